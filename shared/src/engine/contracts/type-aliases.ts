/**
 * Names other tools give the data contract's field types (SQL's, pandas', Python's), each with
 * the Table Schema type it stands for. `float` is many edits from `number`, so no spelling
 * distance finds it: an error that lists the types suggests the one meant through this table.
 */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  number: ["float", "double", "decimal", "real", "numeric", "float64"],
  integer: ["int", "long", "bigint", "int64"],
  string: ["str", "text", "varchar"],
  boolean: ["bool"],
  datetime: ["timestamp"],
};

const BY_ALIAS: ReadonlyMap<string, string> = new Map(
  Object.entries(ALIASES).flatMap(([type, aliases]) =>
    aliases.map((alias) => [alias, type] as const),
  ),
);

/** The Table Schema type that `name` is another tool's name for, or undefined; case is ignored. */
export const typeOfAlias = (name: string): string | undefined =>
  BY_ALIAS.get(name.trim().toLowerCase());

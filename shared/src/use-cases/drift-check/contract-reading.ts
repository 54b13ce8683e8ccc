import { isNumericType, type TableSchema } from "../../engine/data/column-type.js";
import { declaredType } from "../../engine/data/infer-type.js";
import { ownMissingValues, tableMissingValues } from "../../engine/data/read-options.js";
import { InputError } from "../../engine/errors.js";
import type { Profile } from "../../engine/profile/profile-types.js";

/**
 * How to fix a value that does not fit its column's type when a data contract says how the data
 * is read: its declared fields are the contract's, the other columns inferred as without one.
 */
const FIX_CONTRACT_VALUE =
  "Fix the value, declare the column's type in the data contract (string takes any value), or list the value in its missingValues (a field's own for one column; a reference profile is then made again with them): declared fields are read with the contract's types and spellings, the other columns with types inferred from the first rows (the reference's, for the current data)";

/**
 * Data read with a data contract (the `schema` input): its types and spellings, the table's
 * missing values and each field's own, which a profile then records, as validate-data's does.
 */
export const contractReading = (schema: TableSchema) => ({
  schema,
  missingValues: tableMissingValues({ schema }),
  columnMissingValues: ownMissingValues({ schema }),
  invalidCellFix: FIX_CONTRACT_VALUE,
});

/** The checked columns read with missing values of their own, for the report's settings. */
export const ownOfChecked = (
  names: readonly string[],
  own: ReadonlyMap<string, readonly string[]> | undefined,
): { column: string; values: readonly string[] }[] =>
  names.flatMap((column) => {
    const values = own?.get(column);
    return values ? [{ column, values }] : [];
  });

/**
 * Refuses a reference profile whose column the contract reads as the other kind (numbers or
 * dates against text), before the current data is read: the two could not be compared.
 */
export function requireContractTypes(profile: Profile, shown: string, schema: TableSchema): void {
  const columns = new Map(profile.columns.map((column) => [column.name, column]));
  for (const field of schema.fields) {
    if (field.type === undefined || field.type === "any") continue;
    const column = columns.get(field.name);
    if (!column) continue;
    if (isNumericType(column.type) === isNumericType(declaredType(field, []))) continue;
    throw new InputError(
      "reference",
      `${shown} profiled column '${field.name}' as ${column.type}, and the data contract reads it as ${field.type}`,
      "Make the reference profile again with this contract (drift-check --mode profile with schema, or validate-data's profile-path), or leave schema out to read the data as the profile was made",
    );
  }
}

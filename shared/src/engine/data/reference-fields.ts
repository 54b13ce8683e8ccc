import type { ColumnType, TableSchemaField } from "./column-type.js";
import { isDeclared } from "./infer-type.js";

/** The field type that reads a column of each type: strings are refined by the data's sample. */
const DECLARED: Readonly<Record<ColumnType, NonNullable<TableSchemaField["type"]>>> = {
  numeric: "number",
  integer: "number",
  boolean: "boolean",
  datetime: "datetime",
  categorical: "string",
  text: "string",
};

/** A field that reads a column as one of `type`, so that data is read as a reference was. */
function typedField(name: string, type: ColumnType): TableSchemaField {
  // A column inferred from dates and date-times alike takes both, and so must the data's. An
  // integer column is read as any number: a whole number written 57.0 (pandas' integers with
  // gaps) is the reference's kind of value.
  return type === "datetime"
    ? { name, type: DECLARED[type], format: "any" }
    : { name, type: DECLARED[type] };
}

/**
 * The field that a column of data is read with so that it is read as the reference's column of
 * `type` was: `declared`, the schema's own field, where it declares a type (a data contract's
 * type wins), else the reference's type, keeping what `declared` gives the field without a type
 * (its missing values).
 */
export function referenceField(
  name: string,
  type: ColumnType,
  declared: TableSchemaField | undefined,
): TableSchemaField {
  if (declared !== undefined && isDeclared(declared)) return declared;
  return { ...declared, ...typedField(name, type) };
}

/**
 * The six kinds of column the engine knows. Numbers, integers, booleans and datetimes are held
 * as `Float64Array` (booleans as 0/1, datetimes as milliseconds since the Unix epoch, UTC);
 * categorical and text columns are dictionary-encoded strings.
 */
export type ColumnType = "numeric" | "integer" | "boolean" | "categorical" | "datetime" | "text";

/** The column types stored as numbers. */
export type NumericColumnType = "numeric" | "integer" | "boolean" | "datetime";

/** The column types stored as dictionary-encoded strings. */
export type StringColumnType = "categorical" | "text";

export function isNumericType(type: ColumnType): type is NumericColumnType {
  return type !== "categorical" && type !== "text";
}

/** A field of a Frictionless Table Schema (v2), the subset that decides a column's type. */
export interface TableSchemaField {
  name: string;
  type?: "number" | "integer" | "boolean" | "string" | "date" | "datetime" | "any";
  /**
   * How a date or datetime field's values are written: `default` (or none), Table Schema's
   * own, where a date field takes a date alone (`2024-05-01`) and a datetime field a date and a
   * time (`2024-05-01T12:30:00Z`); `any` takes either ISO 8601 form, as an inferred column does;
   * any other is a pattern of strptime's directives (`%d/%m/%Y`, see `compileDatePattern`).
   */
  format?: string;
  /** Per-field missing values; overrides the schema's list for this field. */
  missingValues?: string[];
  /** A number's decimal character, `.` by default (`,` in much of Europe). */
  decimalChar?: string;
  /** A number's or integer's character between digit groups (`1,234,567`); none by default. */
  groupChar?: string;
  /** False: a number may have text around it (`€95`, `95%`), which is dropped. */
  bareNumber?: boolean;
  /** A boolean's words for true and for false, each replacing the default list. */
  trueValues?: string[];
  falseValues?: string[];
}

/**
 * The ISO 8601 forms a column of dates takes: a date alone, a date and a time, or both (see
 * `TableSchemaField.format`).
 */
export type DateForms = "date" | "datetime" | "both";

/** A Frictionless Table Schema (v2): the fields and the strings that mean "no value". */
export interface TableSchema {
  fields: TableSchemaField[];
  /** Defaults to `[""]`, as in the Table Schema specification. */
  missingValues?: string[];
  /**
   * Whether the data may lack declared fields, for a caller that judges the columns itself
   * (validate-data's `fields` check, drift-check's columns); else such a field stops the read.
   */
  fieldsMayBeAbsent?: boolean;
}

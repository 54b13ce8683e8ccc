import type { Contract } from "../../engine/contracts/validate.js";
import { validateContract } from "../../engine/contracts/validate.js";
import type { TableSchema, TableSchemaField } from "../../engine/data/column-type.js";
import { parseDatetime } from "../../engine/data/parse-cell.js";
import { ContractError } from "../../engine/errors.js";
import { readStructured } from "../../engine/files/read-structured.js";
import { compileSchema } from "../../engine/contracts/json-schema.js";
import schema from "./table-schema.schema.json" with { type: "json" };

/** The structure of a data contract (table-schema.schema.json); the rules between fields are below. */
export const tableSchemaContract: Contract = {
  id: "mlops.table-schema/v1",
  validate: compileSchema(schema),
};

export type FieldType = NonNullable<TableSchemaField["type"]>;
export type Bound = number | string;
export type SkewMethod = "linf" | "wasserstein" | "psi";

export interface Range {
  min?: number;
  max?: number;
}

export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  minimum?: Bound;
  maximum?: Bound;
  exclusiveMinimum?: Bound;
  exclusiveMaximum?: Bound;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  enum?: (string | number | boolean)[];
}

export interface FieldStatistics {
  mostly?: number;
  maxMissingRatio?: number;
  mean?: Range;
  distinct?: Range;
  quantiles?: { q: number; min?: number; max?: number }[];
  skew?: false | { method?: SkewMethod; threshold?: number };
}

export interface ContractField {
  name: string;
  type?: FieldType;
  missingValues?: string[];
  constraints?: FieldConstraints;
  "x-mlops"?: FieldStatistics;
}

/** A Frictionless Table Schema v2 descriptor, as far as validate-data reads it. */
export interface TableSchemaDescriptor {
  fields: ContractField[];
  fieldsMatch?: "exact" | "equal" | "subset";
  missingValues?: string[];
  primaryKey?: string | string[];
  uniqueKeys?: string[][];
  "x-mlops"?: { rows?: Range; mostly?: number; maxKeys?: number };
}

/** A checked contract, with the line of any JSON pointer in its file for later messages. */
export interface DataContract {
  readonly file: string;
  readonly descriptor: TableSchemaDescriptor;
  /** The fields of the primary key, none when there is no primary key. */
  readonly primaryKey: readonly string[];
  /** What the data engine is told: types that make each constraint meaningful. */
  readonly readSchema: TableSchema;
  /** `file:line` of a JSON pointer into the contract, or just the file. */
  where(pointer: string): string;
}

const NUMERIC: readonly (FieldType | undefined)[] = [
  "number",
  "integer",
  "boolean",
  "date",
  "datetime",
];
const ORDERED_BOUNDS = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"] as const;

/**
 * The type the engine reads a field as. A field without a type but with a string constraint is
 * read as a string, and with a numeric bound as a number, so that its constraints apply to it.
 */
function readType(field: ContractField): FieldType | undefined {
  if (field.type !== undefined && field.type !== "any") return field.type;
  const c = field.constraints ?? {};
  if (c.pattern !== undefined || c.minLength !== undefined || c.maxLength !== undefined) {
    return "string";
  }
  if (ORDERED_BOUNDS.some((bound) => c[bound] !== undefined)) return "number";
  return field.type;
}

/** A bound as the engine stores the field's values: a number, or epoch milliseconds for dates. */
export function boundValue(bound: Bound, type: FieldType | undefined): number {
  return typeof bound === "number"
    ? bound
    : type === "date" || type === "datetime"
      ? parseDatetime(bound)
      : Number.NaN;
}

/** Reads a data contract and checks it, with errors at the contract's file, line and field. */
export function loadDataContract(path: string, shown: string): DataContract {
  const document = readStructured(path, shown);
  const where = (pointer: string) => {
    const line = document.lineOf(pointer);
    return line === undefined ? shown : `${shown}:${line}`;
  };
  const descriptor = validateContract<TableSchemaDescriptor>(
    tableSchemaContract,
    document.value,
    shown,
    document.lineOf,
  );
  const fail = (pointer: string, problem: string, fix?: string): never => {
    throw new ContractError(where(pointer), pointer, problem, fix);
  };
  const names = new Set<string>();
  descriptor.fields.forEach((field, i) => {
    const at = `/fields/${i}`;
    if (names.has(field.name)) fail(`${at}/name`, `names the field '${field.name}' a second time`);
    names.add(field.name);
    const type = readType(field);
    const c = field.constraints ?? {};
    const numeric = NUMERIC.includes(type);
    for (const bound of ORDERED_BOUNDS) {
      const value = c[bound];
      if (value === undefined) continue;
      if (!numeric) {
        fail(
          `${at}/constraints/${bound}`,
          `applies to number, integer, date and datetime fields, not ${type}`,
        );
      }
      if (!Number.isFinite(boundValue(value, type))) {
        fail(
          `${at}/constraints/${bound}`,
          `is not a ${type === "date" || type === "datetime" ? "date" : "number"}`,
          type === "date" || type === "datetime"
            ? "Write an ISO 8601 date such as 2024-05-01"
            : "Write a number",
        );
      }
    }
    for (const key of ["pattern", "minLength", "maxLength"] as const) {
      if (c[key] !== undefined && type !== "string") {
        fail(`${at}/constraints/${key}`, `applies to string fields, not ${type}`);
      }
    }
    if (c.pattern !== undefined) {
      try {
        new RegExp(c.pattern, "u");
      } catch (error) {
        fail(
          `${at}/constraints/pattern`,
          `is not a regular expression: ${(error as Error).message}`,
        );
      }
    }
    const stats = field["x-mlops"] ?? {};
    for (const key of ["mean", "quantiles"] as const) {
      if (stats[key] !== undefined && !numeric) {
        fail(
          `${at}/x-mlops/${key}`,
          `applies to numeric fields, not ${type ?? "an untyped field"}`,
          "Declare the field's type",
        );
      }
    }
  });
  const known = (pointer: string, list: readonly string[]) =>
    list.forEach((name, i) => {
      if (!names.has(name)) fail(`${pointer}/${i}`, `names '${name}', which is not a field`);
    });
  const primaryKey =
    descriptor.primaryKey === undefined
      ? []
      : typeof descriptor.primaryKey === "string"
        ? [descriptor.primaryKey]
        : descriptor.primaryKey;
  if (typeof descriptor.primaryKey === "string" && !names.has(descriptor.primaryKey)) {
    fail("/primaryKey", `names '${descriptor.primaryKey}', which is not a field`);
  }
  if (Array.isArray(descriptor.primaryKey)) known("/primaryKey", descriptor.primaryKey);
  (descriptor.uniqueKeys ?? []).forEach((key, i) => known(`/uniqueKeys/${i}`, key));
  const rows = descriptor["x-mlops"]?.rows;
  if (rows?.min !== undefined && rows.max !== undefined && rows.min > rows.max) {
    fail("/x-mlops/rows", "has a min above its max");
  }
  return {
    file: shown,
    descriptor,
    primaryKey,
    readSchema: {
      fields: descriptor.fields.map((field) => {
        const type = readType(field);
        return {
          name: field.name,
          ...(type === undefined ? {} : { type }),
          ...(field.missingValues ? { missingValues: field.missingValues } : {}),
        };
      }),
      ...(descriptor.missingValues ? { missingValues: descriptor.missingValues } : {}),
    },
    where,
  };
}

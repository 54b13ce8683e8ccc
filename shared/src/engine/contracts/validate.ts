import { ContractError, FileError } from "../errors.js";
import type { SchemaError, SchemaValidator } from "./json-schema.js";

export interface Contract {
  /** `mlops.<name>/v1`: the value of the `schema` field of documents of this contract. */
  readonly id: string;
  readonly validate: SchemaValidator;
  /** What a document of this contract is, in a sentence: the fix for a file that is not one. */
  readonly describe: string;
}

/** What a document that is not an object at all holds, in words. */
function kindOf(value: unknown): string {
  if (value === null) return "nothing";
  if (Array.isArray(value)) return "a list";
  return typeof value === "string" ? "text" : `a ${typeof value}`;
}

/** One sentence for the first schema violation, and how to fix it. */
function explain(error: SchemaError): { field: string; problem: string; fix?: string } {
  const field = error.instancePath;
  const parent = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
  switch (error.keyword) {
    case "additionalProperties": {
      const allowed = Object.keys(parent?.properties ?? {});
      return {
        field,
        problem: `has an unknown property '${(error.params as { additionalProperty: string }).additionalProperty}'`,
        fix: allowed.length ? `Allowed properties: ${allowed.join(", ")}` : undefined,
      };
    }
    case "required":
      return {
        field,
        problem: `is missing the required property '${(error.params as { missingProperty: string }).missingProperty}'`,
      };
    case "enum":
      return {
        field,
        problem: "has a value that is not allowed",
        fix: `Use one of: ${(error.params as { allowedValues: unknown[] }).allowedValues.join(", ")}`,
      };
    case "minItems": {
      const { limit } = error.params as { limit: number };
      return {
        field,
        problem: limit === 1 ? "is an empty list" : `has fewer than the ${limit} items it needs`,
        fix: `List at least ${limit === 1 ? "one item" : `${limit} items`}`,
      };
    }
    case "const":
      return {
        field,
        problem: `must be ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}`,
      };
    default:
      return { field, problem: error.message ?? "is invalid" };
  }
}

/**
 * Checks a document against its contract and returns it typed; the error names the file, the
 * field (a JSON pointer) and, when `lineOf` knows it, the line.
 */
export function validateContract<T>(
  contract: Contract,
  value: unknown,
  file: string,
  lineOf?: (pointer: string) => number | undefined,
): T {
  const { validate } = contract;
  if (validate(value)) return value as T;
  // A file that is empty, or not a document of this kind at all (a CSV file read as YAML is
  // text), is named as such: its first violation, that '/' is not an object, would not say so.
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const problem =
      value === null ? "is empty" : `holds ${kindOf(value)}, not a ${contract.id} document`;
    throw new FileError(file, problem, contract.describe);
  }
  const { field, problem, fix } = explain(validate.errors![0]!);
  const line = lineOf?.(field);
  throw new ContractError(line === undefined ? file : `${file}:${line}`, field, problem, fix);
}

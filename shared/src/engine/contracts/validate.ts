import { ContractError } from "../errors.js";
import type { SchemaError, SchemaValidator } from "./json-schema.js";

export interface Contract {
  /** `mlops.<name>/v1`: the value of the `schema` field of documents of this contract. */
  readonly id: string;
  readonly validate: SchemaValidator;
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
  const { field, problem, fix } = explain(validate.errors![0]!);
  const line = lineOf?.(field);
  throw new ContractError(line === undefined ? file : `${file}:${line}`, field, problem, fix);
}

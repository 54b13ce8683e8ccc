import { ContractError, FileError } from "../errors.js";
import { explainSchemaError, type SourceOf } from "./explain-schema-error.js";
import type { SchemaValidator } from "./json-schema.js";

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

/**
 * Checks a document against its contract and returns it typed; the error names the file, the
 * field (a JSON pointer) and, when `lineOf` knows it, the line. `sourceOf`, how the file writes
 * a value, lets the fix speak of the file's syntax (an unquoted `yes` in YAML).
 */
export function validateContract<T>(
  contract: Contract,
  value: unknown,
  file: string,
  lineOf?: (pointer: string) => number | undefined,
  sourceOf?: SourceOf,
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
  const { field, problem, fix } = explainSchemaError(validate.errors![0]!, value, sourceOf);
  const line = lineOf?.(field);
  throw new ContractError(line === undefined ? file : `${file}:${line}`, field, problem, fix);
}

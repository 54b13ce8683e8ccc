import { ContractError, FileError } from "../errors.js";
import { jsonPointer, pointerKeys } from "../files/nesting.js";
import { REFUSAL_NAME_LIMIT, shorten } from "../report/shorten.js";
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
 * A field (a JSON pointer) as an error names it: each key cut to `REFUSAL_NAME_LIMIT` characters, as `quoteName`
 * cuts a name, since a key from a pull request (a metric's name) may be of any length. Keys are
 * cut before they are escaped, so that no `~1` is cut in two; the line is found by the whole
 * pointer, before it is cut.
 */
export const shownField = (pointer: string): string =>
  jsonPointer(pointerKeys(pointer).map((key) => shorten(key, REFUSAL_NAME_LIMIT)));

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
  return refuseField(file, lineOf)(field, problem, fix);
}

/**
 * A refusal of a field (a JSON pointer) of `file`: a `ContractError` naming the file, the
 * field's line where `lineOf` knows it, and the field as `shownField` cuts it.
 */
export const refuseField =
  (file: string, lineOf?: (pointer: string) => number | undefined) =>
  (pointer: string, problem: string, fix?: string): never => {
    const line = lineOf?.(pointer);
    throw new ContractError(
      line === undefined ? file : `${file}:${line}`,
      shownField(pointer),
      problem,
      fix,
    );
  };

import { ContractError, FileError } from "../errors.js";
import { jsonPointer, pointerKeys } from "../files/nesting.js";
import { REFUSAL_NAME_LIMIT, shorten } from "../report/shorten.js";
import { explainSchemaError, type SourceOf } from "./explain-schema-error.js";
import { compileWrittenSchema, type JsonSchema, type SchemaValidator } from "./json-schema.js";

export interface Contract {
  /** `mlops.<name>/v1`: the value of the `schema` field of documents of this contract. */
  readonly id: string;
  /** Holds a document to its schema exactly: what this version writes, and what a person does. */
  readonly validate: SchemaValidator;
  /** What a document of this contract is, in a sentence: the fix for a file that is not one. */
  readonly describe: string;
  /**
   * For a document mlops writes, which a later mlops of the same major version may have written
   * with fields this one does not know: the document without them, as reading takes it
   * (decision 0045). Absent for a document a person writes, where an unknown key is a typo.
   */
  readonly known?: (value: unknown) => unknown;
}

/**
 * The contract of a document mlops writes: written exactly as its schema says, read ignoring
 * the fields the schema does not declare.
 */
export function writtenContract(id: string, schema: JsonSchema, describe: string): Contract {
  const { validate, known } = compileWrittenSchema(schema);
  return { id, validate, describe, known };
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

/** `mlops.profile/v1`: the kind of document, and its major version. */
const VERSIONED_ID = /^(.+)\/v([1-9][0-9]{0,8})$/;

/**
 * Refuses a document of the contract's kind and a later major version (`mlops.profile/v2`),
 * which changed what an older reader would take for granted: reading it would mislead, and the
 * fix is a newer mlops, not another file. Any other `schema` is left to the caller or the
 * contract.
 */
export function refuseNewerVersion(
  contract: Contract,
  value: unknown,
  file: string,
  lineOf?: (pointer: string) => number | undefined,
): void {
  const ours = VERSIONED_ID.exec(contract.id);
  const schema: unknown =
    typeof value === "object" && value !== null
      ? (value as { schema?: unknown }).schema
      : undefined;
  const theirs = typeof schema === "string" ? VERSIONED_ID.exec(schema) : null;
  if (!ours || !theirs || theirs[1] !== ours[1] || Number(theirs[2]) <= Number(ours[2])) return;
  throw new FileError(
    file,
    `is a ${schema as string} document, written ${contract.known ? "by" : "for"} a newer mlops than this one, which reads ${contract.id}`,
    `Upgrade mlops (the action's version, or the CLI) to one that reads ${schema as string}`,
    lineOf?.("/schema"),
  );
}

/**
 * Checks a document read against its contract and returns it typed; the error names the file,
 * the field (a JSON pointer) and, when `lineOf` knows it, the line. `sourceOf`, how the file
 * writes a value, lets the fix speak of the file's syntax (an unquoted `yes` in YAML). A
 * document mlops writes is taken without the fields its schema does not declare (`known`), so
 * that one written by a later mlops of the same major version reads; one of a later major
 * version is refused, naming the upgrade.
 */
export function validateContract<T>(
  contract: Contract,
  value: unknown,
  file: string,
  lineOf?: (pointer: string) => number | undefined,
  sourceOf?: SourceOf,
): T {
  refuseNewerVersion(contract, value, file, lineOf);
  return validateReadableVersion(contract, value, file, lineOf, sourceOf);
}

/**
 * `validateContract` after the reader has refused a later major version itself
 * (`refuseNewerVersion`), to tell a file of another kind apart before any field is checked:
 * the document as this version knows it, held to its schema.
 */
export function validateReadableVersion<T>(
  contract: Contract,
  value: unknown,
  file: string,
  lineOf?: (pointer: string) => number | undefined,
  sourceOf?: SourceOf,
): T {
  const known = contract.known ? contract.known(value) : value;
  return conforming(contract, known, file, lineOf, sourceOf);
}

/** Checks a document about to be written against its contract exactly: no field it does not declare. */
export function validateWritten(contract: Contract, value: unknown, file: string): void {
  conforming(contract, value, file);
}

function conforming<T>(
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

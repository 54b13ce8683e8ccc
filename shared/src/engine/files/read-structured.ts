import { closeSync, readFileSync } from "node:fs";
import { extname } from "node:path";
import { load as parse, YAMLException, type LoadOptions } from "js-yaml";
import { FileError } from "../errors.js";
import { duplicateJsonKey } from "./duplicate-json-key.js";
import { lineAt, placeJsonError, type JsonText } from "./json-error-place.js";
import { lineStarts } from "./line-breaks.js";
import { jsonErrorPosition } from "./json-error-position.js";
import { jsonPointer, MAX_NESTING, tooDeep } from "./nesting.js";
import { openForReadingSync, type Refuse, type Unreadable } from "./open-for-reading.js";
import { parsePythonJson } from "./python-json.js";
import { YAML_CORE_SCHEMA } from "./yaml-core-schema.js";
import { YamlLineIndex } from "./yaml-line-index.js";

/** A parsed YAML or JSON document that can say on which line a field stands. */
export interface StructuredDocument {
  readonly file: string;
  readonly value: unknown;
  /** The 1-based line of the node at a JSON pointer such as `/metrics/accuracy`, when known. */
  lineOf(pointer: string): number | undefined;
  /** The text of the scalar at a JSON pointer as the file writes it (`01234`), when known. */
  sourceOf(pointer: string): string | undefined;
}

/**
 * The largest document read: configs, metrics and profiles are far smaller, and a larger one
 * would be read whole into one string before anything could be said about it.
 */
const MAX_DOCUMENT_BYTES = 256 * 2 ** 20;

/**
 * js-yaml's own bound on nesting, which keeps its recursive parser off the end of the stack. It
 * counts levels differently by style (a flow leaf is a level, a block one not always), so it
 * is set past `MAX_NESTING`, which the parsed value is then held to exactly.
 */
const PARSER_MAX_DEPTH = MAX_NESTING + 2;

const tooDeepProblem = `nests objects and arrays deeper than ${MAX_NESTING} levels`;
const tooDeepFix = "Flatten the document: no config, metrics file or profile needs that many";

/** The 1-based line of a YAML error; js-yaml reads one more line than an unended last one. */
function errorLine(text: string, error: YAMLException): number | undefined {
  if (!error.mark) return undefined;
  const lines = lineStarts(text).length - (/[\r\n]$/.test(text) ? 1 : 0);
  return Math.max(1, Math.min(error.mark.line + 1, lines));
}

/** Why a document of `size` bytes is not read (it would be held whole), or undefined. */
export function oversizedDocument(size: number): Unreadable | undefined {
  if (size <= MAX_DOCUMENT_BYTES) return undefined;
  return {
    problem: `is ${(size / 2 ** 20).toFixed(0)} MiB, more than the 256 MiB a YAML or JSON document may hold`,
    fix: "Check that the path names the document meant (not a dataset or a model)",
  };
}

/** The file's bytes, refusing what is not a regular file or too large to hold as a string. */
export function readDocumentBytes(file: string, refuse: Refuse): Buffer {
  const { fd, size } = openForReadingSync(file, refuse);
  try {
    const oversized = oversizedDocument(size);
    if (oversized) throw refuse(oversized);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Why JSON.parse refused `text`, a document or one line of a line-based file (`kind`): V8's
 * words placed as the user finds the place (`placeJsonError`), the line, and, for the NaN and
 * Infinity that Python's json.dump writes by default, how to fix it.
 */
export function jsonSyntaxError(
  text: string,
  message: string,
  kind: JsonText = "document",
): { problem: string; line: number | undefined; fix: string | undefined } {
  const position = jsonErrorPosition(text, message);
  const at = position === undefined ? "" : text.slice(position, position + "Infinity".length);
  // V8 points at `-Infinity`'s I ("No number after minus sign"), and at N or I otherwise.
  const nonFinite = /^(NaN|Infinity)/.exec(at);
  return {
    problem: placeJsonError(text, message.replace(/^JSON\.parse: /, ""), kind),
    line: position === undefined ? undefined : lineAt(text, position),
    fix: nonFinite
      ? `JSON has no ${nonFinite[1]}: write null for a value that is not a number, or find where it comes from with json.dump(..., allow_nan=False)`
      : undefined,
  };
}

/**
 * Holds a `.json` file to JSON: YAML would accept a missing value or a comment. A key twice in
 * one object is refused as YAML refuses it, but in JSON's words. With `pythonNonFinite`, the
 * bare `NaN` and `Infinity` Python's json module writes are taken (YAML then reads them as text).
 */
function checkJson(text: string, shownAs: string, pythonNonFinite: boolean): void {
  try {
    if (pythonNonFinite) parsePythonJson(text);
    else JSON.parse(text);
  } catch (error) {
    const { problem, line, fix } = jsonSyntaxError(text, (error as Error).message);
    throw new FileError(shownAs, `is not valid JSON: ${problem}`, fix, line);
  }
  const duplicate = duplicateJsonKey(text);
  if (duplicate) {
    throw new FileError(
      shownAs,
      `is not valid JSON: the key ${JSON.stringify(duplicate.key)} appears twice in one object`,
      "Keep one of them: JSON readers differ on which one counts",
      duplicate.line,
    );
  }
}

/** Parses the text as YAML 1.2, with a line index when one is given. */
function load(text: string, shownAs: string, index?: YamlLineIndex): unknown {
  const options: LoadOptions & { maxDepth: number } = {
    schema: YAML_CORE_SCHEMA,
    listener: index?.listener,
    maxDepth: PARSER_MAX_DEPTH,
  };
  try {
    return parse(text, options) ?? null;
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const deep = error.reason.startsWith("nesting exceeded maxDepth");
    throw new FileError(
      shownAs,
      deep ? tooDeepProblem : `is not valid YAML: ${error.reason}`,
      deep ? tooDeepFix : undefined,
      errorLine(text, error),
    );
  }
}

/**
 * Reads a YAML or JSON file (JSON is read as YAML 1.2, which contains it). `pythonNonFinite`
 * takes the bare `NaN` and `Infinity` of JSON that Python wrote, as the text of those words:
 * for a file of values a script measured, where a NaN is a value to report, not a syntax error.
 */
export function readStructured(
  file: string,
  shownAs: string = file,
  { pythonNonFinite = false } = {},
): StructuredDocument {
  const refuse: Refuse = ({ problem, fix }) => new FileError(shownAs, problem, fix);
  // A byte order mark (Windows editors save UTF-8 with one) is no part of the document: JSON's
  // RFC lets a parser ignore it, YAML skips it, and the data readers do.
  const text = readDocumentBytes(file, refuse)
    .toString("utf8")
    .replace(/^\uFEFF/, "");
  if (extname(file).toLowerCase() === ".json") checkJson(text, shownAs, pythonNonFinite);
  return parseStructured(text, shownAs);
}

/**
 * Parses YAML text that is no file on disk (a file as a commit holds it), as readStructured
 * reads a file: errors name `shownAs` and the line.
 */
export function parseStructured(text: string, shownAs: string): StructuredDocument {
  // The index costs a listener call per node; a document without `*` has no alias to expand,
  // so it is read plainly and indexed again only when a line is asked for (an error).
  let index = text.includes("*") ? new YamlLineIndex() : undefined;
  const value = load(text, shownAs, index);
  const excessive = index?.checkAliasExpansion(value);
  if (excessive) throw new FileError(shownAs, `is not valid YAML: ${excessive}`);
  let indexed = value;
  const ask = <T>(question: (yaml: YamlLineIndex, root: unknown) => T): T => {
    if (index === undefined) {
      index = new YamlLineIndex();
      indexed = load(text, shownAs, index);
    }
    return question(index, indexed);
  };
  const lineOf = (pointer: string) => ask((yaml, root) => yaml.lineOf(root, pointer));
  const sourceOf = (pointer: string) => ask((yaml, root) => yaml.sourceOf(root, pointer));
  const deep = tooDeep(value);
  if (deep) throw new FileError(shownAs, tooDeepProblem, tooDeepFix, lineOf(jsonPointer(deep)));
  return { file: shownAs, value, lineOf, sourceOf };
}

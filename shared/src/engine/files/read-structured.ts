import { closeSync, readFileSync } from "node:fs";
import { extname } from "node:path";
import { load as parse, YAMLException } from "js-yaml";
import { FileError } from "../errors.js";
import { openForReadingSync, type Refuse } from "./open-for-reading.js";
import { YAML_CORE_SCHEMA } from "./yaml-core-schema.js";
import { YamlLineIndex } from "./yaml-line-index.js";

/** A parsed YAML or JSON document that can say on which line a field stands. */
export interface StructuredDocument {
  readonly file: string;
  readonly value: unknown;
  /** The 1-based line of the node at a JSON pointer such as `/metrics/accuracy`, when known. */
  lineOf(pointer: string): number | undefined;
}

/**
 * The largest document read: configs, metrics and profiles are far smaller, and a larger one
 * would be read whole into one string before anything could be said about it.
 */
const MAX_DOCUMENT_BYTES = 256 * 2 ** 20;

/** The 1-based line of a YAML error; js-yaml reads one more line than an unended last one. */
function errorLine(text: string, error: YAMLException): number | undefined {
  if (!error.mark) return undefined;
  const lines = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
  return Math.max(1, Math.min(error.mark.line + 1, lines));
}

/** Reads a YAML or JSON file (JSON is read as YAML 1.2, which contains it). */
export function readStructured(file: string, shownAs: string = file): StructuredDocument {
  const refuse: Refuse = ({ problem, fix }) => new FileError(shownAs, problem, fix);
  const { fd, size } = openForReadingSync(file, refuse);
  let text: string;
  try {
    if (size > MAX_DOCUMENT_BYTES) {
      throw refuse({
        problem: `is ${(size / 2 ** 20).toFixed(0)} MiB, more than the 256 MiB a YAML or JSON document may hold`,
        fix: "Check that the path names the document meant (not a dataset or a model)",
      });
    }
    text = readFileSync(fd, "utf8");
  } finally {
    closeSync(fd);
  }
  const isJson = extname(file).toLowerCase() === ".json";
  // YAML would accept what JSON refuses (a missing value, a comment), so .json is held to JSON.
  if (isJson) {
    try {
      JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      const at = /position (\d+)/.exec(message);
      const line = at ? text.slice(0, Number(at[1])).split("\n").length : undefined;
      throw new FileError(
        shownAs,
        `is not valid JSON: ${message.replace(/^JSON\.parse: /, "")}`,
        undefined,
        line,
      );
    }
  }
  const load = (index?: YamlLineIndex) =>
    parse(text, { schema: YAML_CORE_SCHEMA, listener: index?.listener }) ?? null;
  // The index costs a listener call per node; a document without `*` has no alias to expand,
  // so it is read plainly and indexed again only when a line is asked for (an error).
  let index = text.includes("*") ? new YamlLineIndex() : undefined;
  let value: unknown;
  try {
    value = load(index);
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    throw new FileError(
      shownAs,
      `is not valid YAML: ${error.reason}`,
      undefined,
      errorLine(text, error),
    );
  }
  const excessive = index?.checkAliasExpansion(value);
  if (excessive) throw new FileError(shownAs, `is not valid YAML: ${excessive}`);
  let indexed = value;
  return {
    file: shownAs,
    value,
    lineOf: (pointer) => {
      if (index === undefined) {
        index = new YamlLineIndex();
        indexed = load(index);
      }
      return index.lineOf(indexed, pointer);
    },
  };
}

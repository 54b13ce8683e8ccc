import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { load as parse, YAMLException } from "js-yaml";
import { FileError } from "../errors.js";
import { YAML_CORE_SCHEMA } from "./yaml-core-schema.js";
import { YamlLineIndex } from "./yaml-line-index.js";

/** A parsed YAML or JSON document that can say on which line a field stands. */
export interface StructuredDocument {
  readonly file: string;
  readonly value: unknown;
  /** The 1-based line of the node at a JSON pointer such as `/metrics/accuracy`, when known. */
  lineOf(pointer: string): number | undefined;
}

/** The 1-based line of a YAML error; js-yaml reads one more line than an unended last one. */
function errorLine(text: string, error: YAMLException): number | undefined {
  if (!error.mark) return undefined;
  const lines = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
  return Math.max(1, Math.min(error.mark.line + 1, lines));
}

/** Reads a YAML or JSON file (JSON is read as YAML 1.2, which contains it). */
export function readStructured(file: string, shownAs: string = file): StructuredDocument {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new FileError(
      shownAs,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
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

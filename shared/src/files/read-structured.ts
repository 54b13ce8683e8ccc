import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { FileError } from "../errors.js";

/** A parsed YAML or JSON document that can say on which line a field stands. */
export interface StructuredDocument {
  readonly file: string;
  readonly value: unknown;
  /** The 1-based line of the node at a JSON pointer such as `/metrics/accuracy`, when known. */
  lineOf(pointer: string): number | undefined;
}

const unescapePointer = (token: string) => token.replace(/~1/g, "/").replace(/~0/g, "~");

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
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const line = lineCounter.linePos(first.pos[0]).line;
    throw new FileError(
      shownAs,
      `is not valid YAML: ${first.message.split("\n")[0]}`,
      undefined,
      line,
    );
  }
  return {
    file: shownAs,
    value: doc.toJS({ maxAliasCount: 100 }),
    lineOf(pointer) {
      const path = pointer === "" ? [] : pointer.slice(1).split("/").map(unescapePointer);
      const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
      const offset = node?.range?.[0];
      return offset === undefined ? undefined : lineCounter.linePos(offset).line;
    },
  };
}

import { textOfBytes } from "../../engine/data/text-bytes.js";

/** Whether a whole value matches a contract's `pattern`: given as text, or as a cell's bytes. */
export interface PatternTest {
  text(value: string): boolean;
  /** The cell `bytes[start, end)` of a column read as bytes (a `Buffer`, or a view made). */
  bytes(bytes: Uint8Array, start: number, end: number): boolean;
}

/** A compiled pattern, or why RE2 does not read it. */
export type CompiledPattern = { readonly test: PatternTest } | { readonly problem: string };

/**
 * The compiler of contract patterns. Patterns come from pull requests, so they run on RE2's
 * linear-time engine (re2js, pure JavaScript): a backtracking RegExp never ends on `(a+)+`
 * against a long run of `a` and one `!`. RE2's `testExact` takes the whole value, as Table Schema
 * patterns do. A cell read as bytes is matched as its text: re2js takes a string faster than a
 * byte array. Loaded only when a contract has a pattern, so that other runs do not parse it.
 */
export async function patternCompiler(): Promise<(pattern: string) => CompiledPattern> {
  const { RE2JS, RE2JSSyntaxException } = await import("re2js");
  return (pattern) => {
    try {
      const regex = RE2JS.compile(pattern);
      return {
        test: {
          text: (value) => regex.testExact(value),
          bytes: (bytes, start, end) => regex.testExact(textOfBytes(bytes, start, end)),
        },
      };
    } catch (error) {
      if (!(error instanceof RE2JSSyntaxException)) throw error;
      return { problem: error.message.replace(/^error parsing regexp: /i, "") };
    }
  };
}

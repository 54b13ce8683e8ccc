import { textOfBytes } from "../../engine/data/text-bytes.js";
import {
  compileAsciiPattern,
  DEFAULT_BUDGET,
  DfaAllowance,
  MATCH,
  UNDECIDED,
} from "../../engine/pattern/index.js";

/** Whether a whole value matches a contract's `pattern`: given as text, or as a cell's bytes. */
export interface PatternTest {
  text(value: string): boolean;
  /** The cell `bytes[start, end)` of a column read as bytes (a `Buffer`, or a view made). */
  bytes(bytes: Uint8Array, start: number, end: number): boolean;
}

/**
 * A compiled pattern and its size: the larger of its length and RE2's program size (a repeat
 * counts its body once per repetition: `[a-z]{0,1000}` is 2,002; re2js makes `a|a|a` three,
 * where the byte DFA's NFA takes a node a character); or why RE2 does not read it.
 */
export type CompiledPattern =
  { readonly test: PatternTest; readonly size: number } | { readonly problem: string };

/**
 * The memory the byte DFAs of one contract's patterns may take together: about 30 times what a
 * pattern's DFA takes at most. Past it, a cell the DFAs have not met goes to re2js.
 */
const CONTRACT_DFA_BYTES = 128 * 2 ** 20;

/**
 * The compiler of contract patterns. Patterns come from pull requests, so they run in linear
 * time: on RE2's engine (re2js, pure JavaScript), where a backtracking RegExp never ends on
 * `(a+)+` against a long run of `a` and one `!`. RE2's `testExact` takes the whole value, as
 * Table Schema patterns do. A cell read as bytes goes first to the pattern's byte DFA
 * (`compileAsciiPattern`: the common syntax, over ASCII cells, with re2js's verdicts), which
 * decides most cells in a few nanoseconds a byte, and every ASCII cell; the rest (non-ASCII
 * cells, syntax it leaves out) is matched as text by re2js. Loaded only when a contract has a
 * pattern, so that other runs do not parse re2js. The DFAs of the patterns one compiler
 * compiles (a contract's) share `CONTRACT_DFA_BYTES`.
 */
export async function patternCompiler(): Promise<(pattern: string) => CompiledPattern> {
  const { RE2JS, RE2JSSyntaxException } = await import("re2js");
  const allowance = new DfaAllowance(CONTRACT_DFA_BYTES);
  return (pattern) => {
    let regex: InstanceType<typeof RE2JS>;
    try {
      regex = RE2JS.compile(pattern);
    } catch (error) {
      if (!(error instanceof RE2JSSyntaxException)) throw error;
      return { problem: error.message.replace(/^error parsing regexp: /i, "") };
    }
    const dfa = compileAsciiPattern(pattern, DEFAULT_BUDGET, allowance);
    const asText = (bytes: Uint8Array, start: number, end: number) =>
      regex.testExact(textOfBytes(bytes, start, end));
    return {
      size: Math.max(regex.programSize(), pattern.length),
      test: {
        text: (value) => regex.testExact(value),
        bytes:
          dfa === undefined
            ? asText
            : (bytes, start, end) => {
                const verdict = dfa.test(bytes, start, end);
                return verdict === UNDECIDED ? asText(bytes, start, end) : verdict === MATCH;
              },
      },
    };
  };
}

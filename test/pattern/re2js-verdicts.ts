import { RE2JS } from "re2js";
import {
  compileAsciiPattern,
  DEFAULT_BUDGET,
  MATCH,
  NO_MATCH,
  type AsciiPattern,
  type ByteDfa,
  type DfaBudget,
} from "@mlops/shared/pattern";

const compiled = new Map<string, RE2JS>();

/** re2js's verdict on the whole of `text`, as `MATCH` or `NO_MATCH`. */
export function re2jsVerdict(pattern: string, text: string): number {
  let regex = compiled.get(pattern);
  if (regex === undefined) compiled.set(pattern, (regex = RE2JS.compile(pattern)));
  return regex.testExact(text) ? MATCH : NO_MATCH;
}

/** The byte DFA of `pattern`, which the test expects the subset to cover. */
export function asciiPattern(pattern: string): AsciiPattern {
  const matcher = compileAsciiPattern(pattern);
  if (matcher === undefined) throw new Error(`pattern ${JSON.stringify(pattern)} was declined`);
  return matcher;
}

/** The DFA's verdict on `text`, given as its UTF-8 bytes in the middle of a larger buffer. */
export function verdictOn(matcher: AsciiPattern, text: string): number {
  const bytes = Buffer.from(`<${text}>`, "utf8");
  return matcher.test(bytes, 1, bytes.length - 1);
}

/** The DFA of `pattern` as `compileAsciiPattern` builds it, under `budget`, to look inside. */
export function dfaOf(pattern: string, budget: DfaBudget = DEFAULT_BUDGET): ByteDfa {
  const dfa = compileAsciiPattern(pattern, budget);
  if (dfa === undefined) throw new Error(`pattern ${JSON.stringify(pattern)} was declined`);
  return dfa;
}

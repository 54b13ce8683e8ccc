import { describe, expect, it } from "vitest";
import {
  compileAsciiPattern,
  DEFAULT_BUDGET,
  DfaAllowance,
  MATCH,
  NO_MATCH,
} from "@mlops/shared/pattern";
import { seededRandom } from "../helpers/seeded-random.js";
import { dfaOf, re2jsVerdict } from "./re2js-verdicts.js";

function randomText(random: () => number, alphabet: string, length: number): string {
  let text = "";
  for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
  return text;
}

describe("hostile patterns", () => {
  it("keeps a pattern whose full DFA is exponential within its state budget, deciding every cell", () => {
    const pattern = "(a|b)*a(a|b){20}";
    const dfa = dfaOf(pattern);
    const random = seededRandom(7);
    const verdicts = new Set<number>();
    for (let i = 0; i < 100; i++) {
      const text = randomText(random, "ab", 1 + Math.floor(random() * 3000));
      const bytes = Buffer.from(text);
      const verdict = dfa.test(bytes, 0, bytes.length);
      verdicts.add(verdict);
      expect(verdict).toBe(re2jsVerdict(pattern, text));
    }
    expect(dfa.stateCount).toBeLessThanOrEqual(DEFAULT_BUDGET.maxStates);
    expect(verdicts).toEqual(new Set([MATCH, NO_MATCH]));
  });

  it("bounds the DFAs of many patterns together by the allowance they share", () => {
    // About 100 states of 1 KiB between them: far less than one such pattern alone would build.
    const allowance = new DfaAllowance(100_000);
    const pattern = "(a|b)*a(a|b){20}";
    const dfas = [1, 2, 3].map(() => compileAsciiPattern(pattern, DEFAULT_BUDGET, allowance)!);
    const random = seededRandom(11);
    for (const dfa of dfas) {
      for (let i = 0; i < 50; i++) {
        const text = randomText(random, "ab", 1 + Math.floor(random() * 3000));
        expect(dfa.test(Buffer.from(text), 0, text.length)).toBe(re2jsVerdict(pattern, text));
      }
    }
    expect(dfas.reduce((sum, dfa) => sum + dfa.stateCount, 0)).toBeLessThan(100);
    // Alone, with the default budget, one of them builds far more on texts like these.
    const alone = dfaOf(pattern);
    for (let i = 0; i < 50; i++) {
      const text = randomText(random, "ab", 3000);
      alone.test(Buffer.from(text), 0, text.length);
    }
    expect(alone.stateCount).toBeGreaterThan(1000);
  });

  it("makes no DFA that its allowance cannot start: the pattern is left to re2js", () => {
    const cell = Buffer.from("abc123");
    const allowance = new DfaAllowance(0);
    expect(compileAsciiPattern("[a-z]+[0-9]+", DEFAULT_BUDGET, allowance)).toBeUndefined();
    expect(compileAsciiPattern("[a-z]+[0-9]+")!.test(cell, 0, cell.length)).toBe(MATCH);
  });

  it("keeps a pattern whose states list many NFA nodes within its budget, deciding every cell", () => {
    const pattern = "[a-z]{0,1000}".repeat(4);
    const dfa = dfaOf(pattern);
    const bytes = Buffer.from("a".repeat(4001));
    expect(dfa.test(bytes, 0, 4000)).toBe(MATCH);
    expect(dfa.test(bytes, 0, 4001)).toBe(NO_MATCH);
    expect(dfa.test(bytes, 0, 100)).toBe(MATCH);
    expect(dfa.stateCount).toBeLessThan(DEFAULT_BUDGET.maxStates);
  });

  it("declines a pattern of more items than the NFA may have nodes, without reading it whole", () => {
    expect(compileAsciiPattern("a".repeat(10_000))).toBeDefined();
    expect(compileAsciiPattern("a".repeat(10_001))).toBeUndefined();
    expect(compileAsciiPattern("()".repeat(1_000_000))).toBeUndefined();
    expect(compileAsciiPattern("|".repeat(1_000_000))).toBeUndefined();
  });

  it("declines repeats whose sizes overflow to infinity, which re2js would refuse anyway", () => {
    const nested = "(?:".repeat(110) + "a" + "){1000}".repeat(110);
    expect(compileAsciiPattern(nested)).toBeUndefined();
  });

  it("declines repeats that would make a huge NFA, before building it", () => {
    expect(compileAsciiPattern("a{1000}".repeat(11))).toBeUndefined();
    expect(compileAsciiPattern("((a{10}){10}){10}")).toBeDefined();
  });

  it("declines deep nesting without overflowing the stack", () => {
    const nested = (depth: number, inner: string) => "(".repeat(depth) + inner + ")".repeat(depth);
    expect(compileAsciiPattern(nested(10_000, "a"))).toBeUndefined();
    expect(compileAsciiPattern("(a|".repeat(1000) + "b" + ")".repeat(1000))).toBeUndefined();
    expect(compileAsciiPattern("(?:".repeat(10_000))).toBeUndefined();
  });

  it("still reads nesting up to its depth limit, as re2js does", () => {
    let pattern = "b";
    for (let depth = 0; depth < 200; depth++) pattern = `(?:a|${pattern}c)*`;
    const matcher = compileAsciiPattern(pattern)!;
    for (const text of ["", "a", "bc", "abcc", "bcb", "acbccc", "c"]) {
      const bytes = Buffer.from(text);
      expect([text, matcher.test(bytes, 0, bytes.length)]).toEqual([
        text,
        re2jsVerdict(pattern, text),
      ]);
    }
  });
});

import fc from "fast-check";
import { RE2JS } from "re2js";
import { describe, expect, it } from "vitest";
import { compileAsciiPattern, DEFAULT_BUDGET, MATCH, UNDECIDED } from "@mlops/shared/pattern";
import { asciiPattern, re2jsVerdict, verdictOn } from "./re2js-verdicts.js";

const RUNS = { numRuns: 400, seed: 42 };

/** Single items over a tiny alphabet, where matches are frequent and edge cases close. */
const atom = fc.constantFrom(
  "a",
  "b",
  ".",
  "[ab]",
  "[^a]",
  "[a-]",
  "[^\\n]",
  "\\d",
  "\\W",
  "\\s",
  "\\n",
  "\n",
  "\\x61",
  "^",
  "$",
  "\\A",
  "\\z",
  "()",
  "{",
  "\\{",
);
const quantifier = fc.constantFrom(
  ...["*", "+", "?", "{0}", "{1}", "{2}", "{1,2}", "{0,3}", "{2,}", "{0,}"].flatMap((q) => [
    q,
    `${q}?`,
  ]),
);

/** Patterns of the subset: atoms, groups, concatenations, alternations (empty ones included). */
const { pattern } = fc.letrec<{ pattern: string; item: string }>((tie) => ({
  item: fc.oneof(
    { depthSize: "small" },
    atom,
    fc.tuple(atom, quantifier).map(([a, q]) => a + q),
    fc
      .tuple(fc.constantFrom("(", "(?:"), tie("pattern"), quantifier)
      .map(([open, inner, q]) => `${open}${inner})${q}`),
    fc
      .tuple(fc.constantFrom("(", "(?:"), tie("pattern"))
      .map(([open, inner]) => `${open}${inner})`),
  ),
  pattern: fc.oneof(
    { depthSize: "small" },
    fc.array(tie("item"), { maxLength: 4 }).map((items) => items.join("")),
    fc.array(tie("item"), { minLength: 2, maxLength: 3 }).map((items) => items.join("|")),
  ),
}));

/** Texts mostly over the same alphabet, sometimes any ASCII. */
const asciiText = fc.oneof(
  fc.string({ unit: fc.constantFrom("a", "b", "\n", "{", "1"), maxLength: 8 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)) }),
);

describe("the byte DFA on random patterns", () => {
  it("decides every ASCII text exactly as re2js does", () => {
    fc.assert(
      fc.property(pattern, fc.array(asciiText, { maxLength: 12 }), (p, texts) => {
        const matcher = asciiPattern(p);
        for (const text of texts) {
          expect([p, text, verdictOn(matcher, text)]).toEqual([p, text, re2jsVerdict(p, text)]);
        }
      }),
      RUNS,
    );
  });

  it("decides every ASCII text as re2js does past a budget of a few states, stepping the NFA", () => {
    const budget = fc.record({
      maxStates: fc.integer({ min: 2, max: 6 }),
      maxListedNodes: fc.integer({ min: 1, max: 40 }),
      maxWork: fc.integer({ min: 0, max: 200 }),
    });
    fc.assert(
      fc.property(pattern, budget, fc.array(asciiText, { maxLength: 12 }), (p, b, texts) => {
        const dfa = compileAsciiPattern(p, { ...DEFAULT_BUDGET, ...b });
        if (dfa === undefined) return;
        for (const text of texts) {
          expect([p, text, verdictOn(dfa, text)]).toEqual([p, text, re2jsVerdict(p, text)]);
        }
        expect(dfa.stateCount).toBeLessThanOrEqual(Math.max(2, b.maxStates));
      }),
      RUNS,
    );
  });

  it("reads any jumble of syntax characters that RE2 accepts as RE2 does, or declines it", () => {
    const piece = fc.constantFrom(
      ..."[]-{,}\\^$|()?*+.ab017xP<>:ndDsSwWAz\n _".split(""),
      ...["\\x", "\\x{", "(?:", "(?P<g", "[^", "\\0", "\\t", "\\v"],
    );
    const accepted = fc
      .array(piece, { minLength: 1, maxLength: 10 })
      .map((pieces) => pieces.join(""))
      .filter((p) => {
        try {
          RE2JS.compile(p);
          return true;
        } catch {
          return false;
        }
      });
    const text = fc.string({ unit: fc.constantFrom(..."ab017\n -]{},\t\v_\\\0AP:"), maxLength: 6 });
    fc.assert(
      fc.property(accepted, fc.array(text, { maxLength: 20 }), (p, texts) => {
        const matcher = compileAsciiPattern(p);
        if (matcher === undefined) return;
        for (const t of texts) {
          expect([p, t, verdictOn(matcher, t)]).toEqual([p, t, re2jsVerdict(p, t)]);
        }
      }),
      { numRuns: 2000, seed: 42 },
    );
  });

  it("leaves a cell with a byte of 0x80 or more to re2js, unless its ASCII start rules a match out", () => {
    const text = fc
      .array(fc.oneof(asciiText, fc.constantFrom("é", "€", "😀", "\u0085")), { minLength: 1 })
      .map((parts) => parts.join(""))
      .filter((t) => [...t].some((c) => c.charCodeAt(0) > 0x7f));
    fc.assert(
      fc.property(pattern, text, (p, t) => {
        const verdict = verdictOn(asciiPattern(p), t);
        expect(verdict).not.toBe(MATCH);
        if (verdict !== UNDECIDED) expect(verdict).toBe(re2jsVerdict(p, t));
      }),
      RUNS,
    );
  });

  it("never decides a cell that starts with such a byte, as text with a lone surrogate does", () => {
    fc.assert(
      fc.property(pattern, asciiText, fc.integer({ min: 0x80, max: 0xff }), (p, t, first) => {
        const bytes = Buffer.concat([Buffer.from([first]), Buffer.from(t)]);
        expect(asciiPattern(p).test(bytes, 0, bytes.length)).toBe(UNDECIDED);
      }),
      RUNS,
    );
  });
});

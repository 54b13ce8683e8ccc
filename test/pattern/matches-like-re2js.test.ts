import { describe, expect, it } from "vitest";
import { MATCH, NO_MATCH } from "@mlops/shared/pattern";
import { asciiPattern, re2jsVerdict, verdictOn } from "./re2js-verdicts.js";

/** Patterns, texts each matches as a whole, and texts it does not. */
const CASES: readonly (readonly [pattern: string, matches: string[], misses: string[]])[] = [
  ["U[0-9]{7}", ["U0001234"], ["U000123", "U00012345", "u0001234", "U0001234\n", ""]],
  [
    "[^@]+@[^@]+\\.[a-z]+",
    ["user123@example.com", "a@b.c", "\n@\t.x"],
    ["a@b@c.d", "@b.c", "a@b.C"],
  ],
  ["^\\d{3}-\\d{4}$", ["555-1234"], ["5551234", "555-1234\n", "555-12345"]],
  ["a|", ["a", ""], ["aa", "b"]],
  ["(a|ab)(c|bcd)(d*)", ["abcd", "abcdd", "ac", "abc"], ["ab", "abd"]],
  ["[^\\n]*", ["", "any text\t\r"], ["\n", "a\nb"]],
  [".*", ["", "x y", "\r"], ["\n", "a\n"]],
  ["\\s\\S\\w\\W\\d\\D", [" x_!5a", "\n\v0\u00009\n"], ["\vx_!5a"]],
  ["x{2,}", ["xx", "xxxxx"], ["x", ""]],
  ["x{0}", [""], ["x"]],
  ["x{2,3}?", ["xx", "xxx"], ["x", "xxxx"]],
  ["(?:ab)+?c", ["abc", "ababc"], ["c", "abac"]],
  ["^$", [""], ["\n", " "]],
  ["a^b", [], ["ab", "a^b", "a\nb"]],
  ["a$b", [], ["ab", "a$b", "a\nb"]],
  ["a$", ["a"], ["a\n"]],
  ["\\Aab\\z", ["ab"], ["ab\n"]],
  ["(^a)*", ["", "a"], ["aa"]],
  ["a^*$*", ["a"], [""]],
  ["$^", [""], ["x"]],
  ["(a*)*", ["", "aaa"], ["b"]],
  ["(|a)+b", ["b", "aab"], ["a"]],
  ["[]a-]", ["]", "a", "-"], ["b", "[]"]],
  ["[^]a]", ["b", "\n"], ["]", "a"]],
  ["[-a]", ["-", "a"], ["b"]],
  ["[a-c-e]", ["a", "b", "-", "e"], ["d"]],
  ["[\\]\\-\\\\]", ["]", "-", "\\"], ["a", "\\\\"]],
  ["[^a]", ["b", "\n", "\u0000", "\u007f"], ["a", ""]],
  ["[^\\D]", ["7"], ["a", "\n"]],
  ["[\\d\\s]+", ["1 2\t3\n"], ["1\v2"]],
  ["a{,2}", ["a{,2}"], ["aa", "a"]],
  ["a{01}", ["a{01}"], ["a"]],
  ["{}", ["{}"], [""]],
  ["\\x41\\x{42}\\103\\0\\08", ["ABC\u0000\u00008"], ["ABC0"]],
  ["\\t\\n\\r\\f\\v\\a", ["\t\n\r\f\v\u0007"], ["tnrfva"]],
  ["\\.\\*\\+\\?\\(\\)\\|\\{\\}\\^\\$\\ ", [".*+?()|{}^$ "], [""]],
  ["(?P<year>\\d{4})-(?<month>\\d\\d)", ["2024-05"], ["2024-5"]],
  ["(a|b)*a(a|b){3}", ["abbb", "babab", "aaaa"], ["bbbb", "abaab", "aaa"]],
];

/** Cells every pattern above is also tried on: the empty cell, each ASCII character, and more. */
const CELLS = [
  "",
  ...Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)),
  Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i)).join(""),
  "\r\n",
  "aa",
  "ab",
  "ba",
  "xx",
  ...CASES.flatMap(([, matches, misses]) => [...matches, ...misses]),
];

describe("the byte DFA of a pattern", () => {
  it.each(CASES)("reads %j as RE2 does", (pattern, matches, misses) => {
    const matcher = asciiPattern(pattern);
    for (const text of matches) {
      expect([text, verdictOn(matcher, text)]).toEqual([text, MATCH]);
      expect(re2jsVerdict(pattern, text)).toBe(MATCH);
    }
    for (const text of misses) {
      expect([text, verdictOn(matcher, text)]).toEqual([text, NO_MATCH]);
      expect(re2jsVerdict(pattern, text)).toBe(NO_MATCH);
    }
  });

  it("gives re2js's verdict on every ASCII cell of the table, empty, newline and controls included", () => {
    for (const [pattern] of CASES) {
      const matcher = asciiPattern(pattern);
      for (const text of CELLS) {
        expect([pattern, text, verdictOn(matcher, text)]).toEqual([
          pattern,
          text,
          re2jsVerdict(pattern, text),
        ]);
      }
    }
  });

  it("reads only bytes start to end of the buffer it is given", () => {
    const matcher = asciiPattern("U[0-9]{7}");
    const bytes = Buffer.from("xxU0001234xx");
    expect(matcher.test(bytes, 2, 10)).toBe(MATCH);
    expect(matcher.test(bytes, 1, 10)).toBe(NO_MATCH);
    expect(matcher.test(bytes, 2, 11)).toBe(NO_MATCH);
  });
});

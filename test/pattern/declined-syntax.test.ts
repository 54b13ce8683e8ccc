import { RE2JS } from "re2js";
import { describe, expect, it } from "vitest";
import { compileAsciiPattern } from "@mlops/shared/pattern";

describe("syntax outside the subset", () => {
  it.each([
    ["(?i)abc", "flags"],
    ["(?s:.)", "flags on a group"],
    ["(?)a", "RE2's empty flag group"],
    ["\\bword\\b", "word boundaries"],
    ["\\Ba", "word boundaries"],
    ["\\pL+", "Unicode classes"],
    ["\\p{Greek}", "Unicode classes"],
    ["[\\PL]", "Unicode classes in a class"],
    ["[[:alpha:]]+", "POSIX classes"],
    ["\\Qa.b\\E", "quoted text"],
    ["café", "a non-ASCII character"],
    ["[à-ÿ]", "non-ASCII characters in a class"],
    ["\\x{e9}", "a non-ASCII character by its code"],
    ["\\377", "a non-ASCII character in octal"],
  ])("leaves %j to re2js (%s)", (pattern) => {
    expect(() => RE2JS.compile(pattern)).not.toThrow();
    expect(compileAsciiPattern(pattern)).toBeUndefined();
  });
});

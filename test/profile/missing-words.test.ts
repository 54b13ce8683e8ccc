import { describe, expect, test } from "vitest";
import { missingWordsAmongNumbers } from "@mlops/shared";

describe("the words that made a column of numbers text", () => {
  test.each([
    // R's NA, a database's NULL, PostgreSQL COPY's \N, pandas' other defaults: sorted.
    [
      ["1.5", "NA", "2", "NULL"],
      ["NA", "NULL"],
    ],
    [["3", "\\N"], ["\\N"]],
    [
      ["-1", "#N/A", "n/a"],
      ["#N/A", "n/a"],
    ],
  ])("%j holds numbers but for %j", (texts, words) => {
    expect(missingWordsAmongNumbers(texts)).toEqual(words);
  });

  test.each([
    // No word, no number, or a word that means something: no finding.
    [["1", "2"]],
    [["NA", "NULL"]],
    [["1", "NA", "unknown"]],
    // Zip codes with a leading zero are ids, text whatever the words.
    [["00501", "NA", "10001"]],
    // NaN and the infinities are numbers already, not words.
    [["1", "NaN", "Infinity"]],
  ])("%j holds none", (texts) => {
    expect(missingWordsAmongNumbers(texts)).toBeNull();
  });
});

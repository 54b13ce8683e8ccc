import { describe, expect, test } from "vitest";
import { VerdictCache } from "@mlops/shared";

/** The cells of `values` end to end, and where each starts. */
function cells(values: string[]): { bytes: Buffer; starts: number[] } {
  const bytes = Buffer.from(values.join(""));
  const starts = [0];
  for (const value of values) starts.push(starts.at(-1)! + Buffer.byteLength(value));
  return { bytes, starts };
}

/** A verdict that tells apart most values: the sum of the code points, modulo 5. */
const verdictOf = (text: string) => [...text].reduce((sum, c) => sum + c.codePointAt(0)!, 0) % 5;

/** Runs `values` through a cache in batches; returns the verdicts and how many were judged. */
function run(values: string[], batch = 65_536) {
  const { bytes, starts } = cells(values);
  let judged = 0;
  const cache = new VerdictCache((b, s, e) => {
    judged++;
    return verdictOf(b.toString("utf8", s, e));
  });
  const verdicts: number[] = [];
  values.forEach((_, i) => {
    if (i % batch === 0) cache.clear();
    verdicts.push(cache.verdict(bytes, starts[i]!, starts[i + 1]!));
  });
  return { verdicts, judged };
}

describe("VerdictCache, a check's verdicts per distinct value of a batch", () => {
  const truth = (values: string[]) => values.map(verdictOf);

  test("judges a repeated value once per batch", () => {
    const values = Array.from({ length: 200_000 }, (_, i) => `v${(i * 7) % 600}`);
    const { verdicts, judged } = run(values);
    expect(verdicts).toEqual(truth(values));
    expect(judged).toBe(600 * 4);
  });

  test("judges every cell of all-distinct values, with the same verdicts", () => {
    const values = Array.from({ length: 200_000 }, (_, i) => `id-${i}`);
    const { verdicts, judged } = run(values);
    expect(verdicts).toEqual(truth(values));
    expect(judged).toBe(values.length);
  });

  test("looks again after a stretch of new values, and finds the repeats that follow", () => {
    // 5,000 values in an order that repeats one only after all others: the first 4,096 cells are
    // all new, and the cache stands aside, then looks again and keeps what it finds.
    const values = Array.from({ length: 65_536 }, (_, i) => `user-${(i * 2919) % 5_000}`);
    const { verdicts, judged } = run(values);
    expect(verdicts).toEqual(truth(values));
    expect(judged).toBeLessThan(values.length / 4);
  });

  test("tells apart values that differ past ASCII, and the empty value", () => {
    const values = [
      "é",
      "e",
      "",
      "日本",
      "日木",
      "😀",
      "",
      "é",
      ...Array.from({ length: 10 }, () => "x"),
    ];
    expect(run(values).verdicts).toEqual(truth(values));
  });
});

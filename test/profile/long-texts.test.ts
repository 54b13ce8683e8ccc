/**
 * A profile's frequent values keep up to 1,024 distinct values whole, and a value may be a
 * document or an image's bytes. A text past `LONGEST_KEPT` characters stands in the summary as
 * its first characters, its length and a hash: counts and comparisons are as they were, and the
 * profile stays small.
 */
import { describe, expect, test } from "vitest";
import {
  compareProfiles,
  keptText,
  LONGEST_KEPT,
  mergeProfiles,
  profileBatches,
  readBatches,
  type Profile,
} from "@mlops/shared";
import { seededRandom } from "../helpers/seeded-random.js";
import { scratchFolder } from "../data/temp-files.js";

const write = scratchFolder();

/** `count` distinct texts of `length` letters, each `times` times, seeded. */
function longTexts(count: number, length: number, times: number, seed = 3): string[] {
  const random = seededRandom(seed);
  const texts = Array.from({ length: count }, () =>
    Array.from({ length }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join(""),
  );
  return texts.flatMap((text) => Array<string>(times).fill(text));
}

const profileOf = (file: string, textAsBytes: boolean, settings = {}): Promise<Profile> =>
  profileBatches(readBatches(file, { textAsBytes, batchSize: 7 }), settings);

describe("a text longer than the frequent values keep", () => {
  test("stands in as its start, its length and a hash; shorter texts stay as they are", () => {
    const long = "a".repeat(LONGEST_KEPT + 1);
    expect(keptText(long)).toMatch(/^a{40}… \(257 characters, hash [0-9a-f]{16}\)$/);
    expect(keptText(long)).toBe(keptText(`${long}`));
    expect(keptText(`b${long.slice(1)}`)).not.toBe(keptText(long));
    expect(keptText("a".repeat(LONGEST_KEPT))).toBe("a".repeat(LONGEST_KEPT));
    // A stand-in stands for itself, so a profile read back keeps it as it is.
    expect(keptText(keptText(long))).toBe(keptText(long));
  });

  test("is counted as the text it stands for, read as bytes or as strings, whole or past the cap", async () => {
    const cells = longTexts(6, 5_000, 3);
    const file = write("long.csv", `t\n${cells.join("\n")}\n`);
    for (const settings of [{}, { exactCap: 2, frequentK: 2 }]) {
      const fromBytes = await profileOf(file, true, settings);
      expect(await profileOf(file, false, settings)).toEqual(fromBytes);
      const [t] = fromBytes.columns;
      expect(t!.distinct.value).toBe(6);
      const { items, maxError } = t!.frequent!;
      for (const { value, count } of items) {
        expect(String(value).length).toBeLessThan(100);
        expect(count).toBeLessThanOrEqual(3);
        expect(count).toBeGreaterThanOrEqual(3 - maxError);
      }
    }
    const [t] = (await profileOf(file, true)).columns;
    expect(t!.frequent!.items.map((item) => item.value).sort()).toEqual(
      [...new Set(cells)].map(keptText).sort(),
    );
  });

  test("keeps a profile of large values small", async () => {
    const cells = longTexts(200, 20_000, 1);
    const file = write("large.csv", `t\n${cells.join("\n")}\n`);
    const profile = await profileOf(file, true);
    // 4 MB of text; the profile holds 200 stand-ins of about 90 characters.
    expect(JSON.stringify(profile).length).toBeLessThan(40_000);
    expect(profile.columns[0]!.distinct.value).toBe(200);
  });

  test("is compared and merged with a profile that holds it whole, as profiles once did", async () => {
    const cells = longTexts(4, 1_000, 5);
    const file = write("merge.csv", `t\n${cells.join("\n")}\n`);
    const kept = await profileOf(file, true);
    const whole = structuredClone(kept);
    const column = whole.columns[0]!;
    column.frequent!.items = [...new Set(cells)].map((value) => ({ value, count: 5 }));
    expect(compareProfiles(whole, kept)[0]).toMatchObject({ psi: { statistic: 0 } });
    const merged = mergeProfiles(whole, kept);
    expect(merged.columns[0]!.frequent!.items).toEqual(
      kept.columns[0]!.frequent!.items.map((item) => ({ ...item, count: 10 })),
    );
  });
});

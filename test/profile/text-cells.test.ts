import { describe, expect, test } from "vitest";
import { profileBatches, readBatches, type Profile, type ReadOptions } from "@mlops/shared";
import { seededRandom } from "../helpers/seeded-random.js";
import { scratchFolder } from "../data/temp-files.js";

const write = scratchFolder();
/** Small enough that the summary leaves its exact phase and purges many times. */
const settings = { exactCap: 16, frequentK: 8 };

/**
 * 3,000 cells of a text column: ids, and four values repeated often enough (about 15% each,
 * more than the 1 / (k + 1) that Misra-Gries is sure to keep), non-ASCII ones (two- three- and four-byte characters), and missing ones.
 */
function textCells(): string[] {
  const random = seededRandom(11);
  const hot = ["héllo", "日本語", "😀 grin", "plain"];
  return Array.from({ length: 3_000 }, (_, i) => {
    const r = random();
    if (r < 0.05) return "";
    if (r < 0.65) return hot[Math.floor(random() * hot.length)]!;
    return i % 7 === 0 ? `idé-${i}` : `id-${i}`;
  });
}

const profileOf = async (file: string, read: ReadOptions): Promise<Profile> =>
  profileBatches(readBatches(file, { ...read, reuseBatches: true }), settings);

describe("a text column's profile", () => {
  const cells = textCells();
  const csv = write("text.csv", `t,n\n${cells.map((t, i) => `${t},${i % 10}`).join("\n")}\n`);

  test("is the same from its bytes as from its strings, wherever batches end", async () => {
    const fromStrings = await profileOf(csv, { batchSize: 65_536 });
    const missing = cells.filter((cell) => cell === "").length;
    expect(fromStrings.columns[0]).toMatchObject({ name: "t", type: "text", missing });
    expect(await profileOf(csv, { textAsBytes: true })).toEqual(fromStrings);
    // A number column's moments are summed batch by batch, to the last bit; text's are not.
    for (const read of [
      { textAsBytes: true, batchSize: 7 },
      { textAsBytes: false, batchSize: 100 },
    ]) {
      expect((await profileOf(csv, read)).columns[0]).toEqual(fromStrings.columns[0]);
    }
  });

  test("keeps the values repeated past the exact cap, each at most maxError short", async () => {
    const [t] = (await profileOf(csv, { textAsBytes: true })).columns;
    const { items, maxError, exact } = t!.frequent!;
    expect(exact).toBe(false);
    const truth = new Map<string, number>();
    for (const cell of cells) if (cell !== "") truth.set(cell, (truth.get(cell) ?? 0) + 1);
    expect(items.map((item) => item.value)).toEqual(
      expect.arrayContaining(["héllo", "日本語", "😀 grin", "plain"]),
    );
    for (const { value, count } of items) {
      expect(count).toBeLessThanOrEqual(truth.get(value as string)!);
      expect(count).toBeGreaterThanOrEqual(truth.get(value as string)! - maxError);
    }
  });

  test("from JSON lines, a text with a lone surrogate is one value of its own", async () => {
    const values = [...cells.slice(0, 500), "\ud800", "\ud800", "\ud800x", "\ufffd"];
    const lines = values.map((t) => JSON.stringify({ t: t === "" ? null : t }));
    const jsonl = write("text.jsonl", `${lines.join("\n")}\n`);
    const fromBytes = await profileOf(jsonl, { textAsBytes: true, batchSize: 50 });
    expect(fromBytes).toEqual(await profileOf(jsonl, {}));
    const counts = new Map(fromBytes.columns[0]!.frequent!.items.map((i) => [i.value, i.count]));
    // A lone surrogate is not replaced by U+FFFD, which would make it one value with "\ufffd".
    expect(counts.get("\ud800")).toBe(2);
    expect(counts.get("\ufffd")).toBe(1);
  });
});

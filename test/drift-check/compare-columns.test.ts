// The comparing thread runs the built comparison (shared/dist), as the bundles do: from source
// there is no script for a thread to run, and every column is compared on the caller's thread.
import { describe, expect, it } from "vitest";
import { readBatches } from "../../shared/dist/engine/data/index.js";
import { InputError } from "../../shared/dist/engine/errors.js";
import { collectSamples } from "../../shared/dist/use-cases/drift-check/column-samples.js";
import { compareColumns } from "../../shared/dist/use-cases/drift-check/compare-columns.js";
import type { DriftMethod } from "../../shared/src/use-cases/drift-check/drift-methods.js";
import { scratchFolder } from "../data/temp-files.js";

const file = scratchFolder();

/** A table of four numeric columns (prices, counts, measurements, doubles) and one of text. */
function table(seed: number, rows: number): string {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const lines = ["price,count,colour,length,ratio"];
  for (let i = 0; i < rows; i++) {
    const price = (next() * 100 + seed).toFixed(2);
    const count = Math.floor(next() * 40);
    const colour = ["red", "green", "blue"][Math.floor(next() * 3)]!;
    const length = (next() * seed * 3).toFixed(4);
    lines.push(`${price},${count},${colour},${length},${next() / 3}`);
  }
  return `${lines.join("\n")}\n`;
}

const reference = file("reference.csv", table(1, 3_000));
const current = file("current.csv", table(2, 2_500));

/**
 * Both sides' samples, the reference's packed as drift-check keeps them while the current is
 * read, and their comparison with the other thread taking columns from `minValues` numbers on.
 */
async function compared(minValues: number, perColumn = new Map<string, DriftMethod>()) {
  const sample = (path: string) => collectSamples(readBatches(path, {}), (columns) => columns);
  const ref = await sample(reference);
  const cur = await sample(current);
  for (const column of ref.columns.values()) if (column.numeric) column.pack();
  const settings = { methods: { all: "auto" as const, perColumn }, referenceRows: ref.rows };
  const comparing = compareColumns(ref.order, ref.columns, cur.columns, settings, minValues);
  return { comparing, reference: ref.columns };
}

describe("comparing columns on two threads", () => {
  it("gives the very comparisons of one thread, in the columns' order", async () => {
    const alone = await (await compared(Infinity)).comparing;
    const shared = await compared(0);
    // The same code on the same values, on another thread: the same doubles, bit for bit.
    expect(await shared.comparing).toEqual(alone);
    expect(alone.map((c) => c.name)).toEqual(["price", "count", "colour", "length", "ratio"]);
    // The other thread took the numeric columns from the last back, two at once: their samples
    // were handed over, so this thread can no longer read them; the first ones it kept.
    const read = (name: string) => () => {
      const sample = shared.reference.get(name)!;
      if (sample.numeric) sample.sorted();
    };
    expect(read("ratio")).toThrow(/taken/);
    expect(read("length")).toThrow(/taken/);
    expect(read("price")).not.toThrow();
  });

  it("fails as one thread fails: at the first column that fails, wherever it was compared", async () => {
    const refused = (perColumn: [string, DriftMethod][]) =>
      compared(0, new Map(perColumn)).then(({ comparing }) => comparing);
    // length and ratio go to the other thread; price stays on this one.
    const theirs = await refused([
      ["ratio", "g_test"],
      ["length", "tvd"],
    ]).catch((e: unknown) => e);
    expect(theirs).toBeInstanceOf(InputError);
    expect((theirs as InputError).input).toBe("method");
    expect((theirs as InputError).message).toMatch(
      /^input 'method': tvd compares categories, and column 'length' is numeric/,
    );
    const ours = await refused([
      ["ratio", "g_test"],
      ["price", "tvd"],
    ]).catch((e: unknown) => e);
    expect((ours as InputError).message).toMatch(/column 'price' is numeric/);
  });
});

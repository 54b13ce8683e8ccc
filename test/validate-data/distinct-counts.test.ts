import { describe, expect, it } from "vitest";
import { DistinctCounts, EXACT_DISTINCT_CAP, readBatches, type Batch } from "@mlops/shared";
import { collect } from "../data/temp-files.js";
import { tempDir } from "../helpers/temp-dir.js";

/** A contract with a `distinct` check on the field `f`: all that the counts read of it. */
const contract = {
  descriptor: { fields: [{ name: "f", "x-mlops": { distinct: { min: 1 } } }] },
} as unknown as ConstructorParameters<typeof DistinctCounts>[0];

const countOf = (batches: readonly Batch[]) => {
  const counts = new DistinctCounts(contract);
  for (const b of batches) counts.add(b);
  return counts.counts().get("f");
};

/** A batch of one column `f` of texts as a reader hands them over as bytes: UTF-8, end to end. */
function asciiBatch(texts: readonly string[]): Batch {
  const encoded = texts.map((text) => new TextEncoder().encode(text));
  const starts = new Uint32Array(texts.length + 1);
  encoded.forEach((cell, i) => (starts[i + 1] = starts[i]! + cell.length));
  const bytes = new Uint8Array(starts[texts.length]!);
  encoded.forEach((cell, i) => bytes.set(cell, starts[i]!));
  const column = {
    name: "f",
    type: "text" as const,
    bytes,
    starts,
    missing: new Uint8Array(texts.length),
  };
  return {
    file: "memory",
    length: texts.length,
    rowOffset: 0,
    lineNumbers: new Float64Array(texts.length),
    names: ["f"],
    columns: new Map(),
    byteColumns: new Map([["f", column]]),
  };
}

const numbers = (values: ArrayLike<number>): Batch => ({
  file: "memory",
  length: values.length,
  rowOffset: 0,
  lineNumbers: new Float64Array(values.length),
  names: ["f"],
  columns: new Map([["f", { name: "f", type: "numeric", values: Float64Array.from(values) }]]),
});

describe("the exact distinct counts of validate-data's distinct checks", () => {
  it("hold 60,000 distinct texts of 2 KB in about a megabyte, not their 120 MB", () => {
    // One batch of 1,000 texts of 2,000 bytes, rewritten in place 60 times with new values, so
    // that the memory that grows is what the counts keep.
    const length = 2000;
    const b = asciiBatch(Array.from({ length: 1000 }, (_, i) => `${i}:`.padEnd(length, "y")));
    const { bytes } = b.byteColumns!.get("f")!;
    const counts = new DistinctCounts(contract);
    const before = process.memoryUsage().arrayBuffers;
    for (let round = 0; round < 60; round++) {
      for (let row = 0; row < 1000; row++) bytes[row * length + length - 1] = 0x41 + round;
      counts.add(b);
    }
    const grown = process.memoryUsage().arrayBuffers - before;
    expect(counts.counts().get("f")).toBe(60_000);
    // A table of 131,072 slots of 8 bytes (1 MiB), and the 512 KiB one it grew from.
    expect(grown).toBeLessThan(4 * 2 ** 20);
  });

  it("count a text once whether its column is read as bytes or as codes", async () => {
    // JSON's `\ud800` is a lone surrogate, which UTF-8 cannot spell: it is not U+FFFD, which
    // UTF-8 would make of it. `é` and `e` with a combining accent are two texts.
    const texts = ["é", "e\u0301", "\\ud800", "\ufffd", "plain", null, "é", "\\ud800"];
    const file = tempDir().write("d.jsonl", texts.map((t) => `{"f": ${t && `"${t}"`}}\n`).join(""));
    const asBytes = await collect(readBatches(file, { byteColumns: ["f"] }));
    const asCodes = await collect(readBatches(file));
    expect(asBytes[0]!.byteColumns?.has("f")).toBe(true);
    expect(asCodes[0]!.columns.get("f")).toHaveProperty("codes");
    expect(countOf(asBytes)).toBe(5);
    expect(countOf(asCodes)).toBe(5);
    expect(countOf([...asBytes, ...asCodes])).toBe(5);
  });

  it("count finite numbers, -0 as 0, and no missing value or infinity", () => {
    expect(countOf([numbers([0, -0, 1.5, NaN, Infinity, -Infinity, 1.5, 2 ** 60])])).toBe(3);
    // Never seen: no count, as for a field the data lacks.
    expect(countOf([])).toBeUndefined();
  });

  it("count up to 65,536 values exactly, and none past them", () => {
    const run = (from: number, n: number) => numbers(Array.from({ length: n }, (_, i) => from + i));
    expect(countOf([run(0, EXACT_DISTINCT_CAP)])).toBe(65_536);
    // Over batches too, the values the second repeats counted once.
    expect(countOf([run(0, 40_000), run(20_000, 45_536)])).toBe(65_536);
    expect(countOf([run(0, EXACT_DISTINCT_CAP + 1)])).toBeNull();
    // A batch of a million values past the cap stops the count, not the run.
    expect(countOf([run(0, 1_000_000), run(0, 1)])).toBeNull();
  });
});

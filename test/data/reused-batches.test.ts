import { describe, expect, test } from "vitest";
import { cellValue, readBatches, readColumns, type Batch } from "@mlops/shared";
import { scratchFolder } from "./temp-files.js";

const file = scratchFolder();

/** Each batch's cells and line numbers, copied out before the next batch is asked for. */
async function copiedBatches(path: string, reuseBatches: boolean) {
  const copies: { lines: number[]; cells: (number | string | null)[][] }[] = [];
  const buffers = new Set<ArrayBufferLike>();
  for await (const batch of readBatches(path, { reuseBatches })) {
    copies.push(copy(batch));
    buffers.add((batch.columns.get("x") as { values: Float64Array }).values.buffer);
  }
  return { copies, buffers: buffers.size };
}

function copy(batch: Batch) {
  const cells = [...batch.columns.values()].map((column) =>
    Array.from({ length: batch.length }, (_, row) => cellValue(column, row)),
  );
  return { lines: Array.from(batch.lineNumbers), cells };
}

describe("reuseBatches: a streaming read that refills its batches", () => {
  // Past one 4 MiB read, so that batches are completed after the first ones were handed out.
  const rows = Array.from(
    { length: 400_000 },
    (_, i) => `${i % 3 === 0 ? "" : i * 1.5},c${i % 4},t${i}`,
  );
  const csv = file("stream.csv", ["x,cat,text", ...rows].join("\n"));

  test("hands out the same cells and lines as a read that allocates every batch", async () => {
    const fresh = await copiedBatches(csv, false);
    const reused = await copiedBatches(csv, true);
    expect(reused.copies).toEqual(fresh.copies);
    // Batches completed after the first ones were given back are filled into their arrays.
    expect(fresh.copies.length).toBeGreaterThan(4);
    expect(fresh.buffers).toBe(fresh.copies.length);
    expect(reused.buffers).toBeLessThan(fresh.buffers);
  });

  test("is never used when the whole table is kept", async () => {
    const table = await readColumns(csv, { reuseBatches: true });
    const x = table.columns.get("x")!;
    expect(Array.from({ length: rows.length }, (_, i) => cellValue(x, i))).toEqual(
      rows.map((row) => (row.startsWith(",") ? null : Number(row.split(",")[0]))),
    );
  });
});

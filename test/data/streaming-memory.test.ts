import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, test } from "vitest";
import { cellValue, readBatches, type Batch } from "@mlops/shared";
import { scratchFolder } from "./temp-files.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const write = scratchFolder();

test("a 200,000-row file streams in batches that the reader does not keep", async () => {
  const lines = ["id,value,group,note"];
  for (let i = 0; i < 200_000; i++) lines.push(`${i},${(i * 0.37) % 101},g${i % 5},"n ${i}"`);
  const file = write("big.csv", lines.join("\n"));
  lines.length = 0;

  const released: WeakRef<Batch>[] = [];
  let rows = 0;
  let largest = 0;
  let lastId = -1;
  for await (const batch of readBatches(file, { batchSize: 10_000 })) {
    rows += batch.length;
    largest = Math.max(largest, batch.length);
    const id = batch.columns.get("id")!;
    if ("values" in id) lastId = id.values[batch.length - 1]!;
    released.push(new WeakRef(batch));
  }
  expect(rows).toBe(200_000);
  expect(largest).toBe(10_000);
  expect(lastId).toBe(199_999);

  await new Promise((resolve) => setTimeout(resolve, 0));
  gc();
  // At most the last batch may still be referenced by the loop's own frame.
  const alive = released.filter((ref) => ref.deref() !== undefined).length;
  expect(released.length).toBe(20);
  expect(alive).toBeLessThanOrEqual(1);
});

/** The rows each column of a batch has room for, whatever the rows it holds. */
function rowsOfRoom(batch: Batch): number[] {
  const columns = [...batch.columns.values(), ...(batch.byteColumns?.values() ?? [])];
  return columns.map((column) =>
    "values" in column
      ? column.values.buffer.byteLength / Float64Array.BYTES_PER_ELEMENT
      : "codes" in column
        ? column.codes.buffer.byteLength / Int32Array.BYTES_PER_ELEMENT
        : column.missing.buffer.byteLength,
  );
}

describe("a file of a row or two and 20,000 columns holds room for a few rows of each", () => {
  const names = Array.from({ length: 20_000 }, (_, i) => `c${i}`);
  const cell = (row: number, i: number) => (i % 4 === 3 ? `t${row}` : `${row + i / 8}`);
  const files = {
    CSV: () =>
      write(
        "wide.csv",
        [names, names.map((_, i) => cell(1, i))].map((r) => r.join(",")).join("\n"),
      ),
    "JSON Lines": () =>
      write(
        "wide.jsonl",
        [1, 2]
          .map((row) => JSON.stringify(Object.fromEntries(names.map((n, i) => [n, cell(row, i)]))))
          .join("\n"),
      ),
  };
  for (const [format, file] of Object.entries(files)) {
    test(format, async () => {
      const batches: Batch[] = [];
      // Text read as bytes too, as validate-data reads it.
      for await (const batch of readBatches(file(), { batchSize: 8_192, textAsBytes: true })) {
        batches.push(batch);
      }

      expect(batches).toHaveLength(1);
      const batch = batches[0]!;
      expect(batch.names).toHaveLength(20_000);
      // Room for 1,024 rows of each column was 160 MB before a row was read.
      expect(new Set(rowsOfRoom(batch))).toEqual(new Set([16]));
      expect(batch.lineNumbers.buffer.byteLength).toBe(16 * Float64Array.BYTES_PER_ELEMENT);
      const column = (name: string) => batch.columns.get(name) ?? batch.byteColumns!.get(name)!;
      expect(cellValue(column("c3"), 0)).toBe("t1");
      expect(cellValue(column("c19998"), batch.length - 1)).toBe(batch.length + 2_499.75);
    });
  }
});

test("the first batch grows as rows arrive and keeps every value; later batches start full", async () => {
  const lines = ["id,label"];
  for (let i = 0; i < 12_345; i++) lines.push(`${i},l${i % 7}`);
  const file = write("growing.csv", lines.join("\n"));

  const ids: number[] = [];
  const labels: string[] = [];
  const lineNumbers: number[] = [];
  const sizes: number[] = [];
  const capacities: number[] = [];
  for await (const batch of readBatches(file, { batchSize: 5_000 })) {
    sizes.push(batch.length);
    const id = batch.columns.get("id")!;
    const label = batch.columns.get("label")!;
    if (!("values" in id) || !("codes" in label)) throw new Error("unexpected column types");
    ids.push(...id.values);
    capacities.push(id.values.buffer.byteLength / Float64Array.BYTES_PER_ELEMENT);
    labels.push(...Array.from(label.codes, (code) => label.dictionary[code]!));
    lineNumbers.push(...batch.lineNumbers);
  }

  expect(sizes).toEqual([5_000, 5_000, 2_345]);
  // The last batch would have grown to 4,096 rows by doubling; it started with room for 5,000.
  expect(capacities).toEqual([5_000, 5_000, 5_000]);
  expect(ids).toEqual(Array.from({ length: 12_345 }, (_, i) => i));
  expect(labels.slice(1020, 1030)).toEqual(lines.slice(1021, 1031).map((l) => l.split(",")[1]));
  expect(new Set(labels)).toEqual(new Set(["l0", "l1", "l2", "l3", "l4", "l5", "l6"]));
  expect(lineNumbers[0]).toBe(2);
  expect(lineNumbers.at(-1)).toBe(12_346);
});

test("the first batch starts with room for the rows the file's size promises, rather than growing", async () => {
  const lines = ["id,value"];
  for (let i = 0; i < 20_000; i++) lines.push(`${i},${(i % 97) / 4}`);
  const file = write("estimated.csv", `${lines.join("\n")}\n`);

  const capacities: number[] = [];
  for await (const batch of readBatches(file, { inferRows: 1_000, batchSize: 65_536 })) {
    const id = batch.columns.get("id")!;
    if (!("values" in id)) throw new Error("unexpected column type");
    capacities.push(id.values.buffer.byteLength / Float64Array.BYTES_PER_ELEMENT);
  }
  // In batches of up to 65,536 rows, grown by doubling, it would hold 32,768.
  // The estimate is a little over the 20,000 rows: the first 1,000, from which it is made,
  // have shorter ids than the rest.
  expect(capacities).toHaveLength(1);
  expect(capacities[0]).toBeGreaterThanOrEqual(20_000);
  expect(capacities[0]).toBeLessThan(25_000);
});

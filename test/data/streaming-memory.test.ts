import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { expect, test } from "vitest";
import { readBatches, type Batch } from "@mlops/shared";
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

test("a small file of many columns holds a small batch, not a full one per column", async () => {
  const names = Array.from({ length: 500 }, (_, i) => `c${i}`);
  const rows = [names.join(","), names.map((_, i) => i).join(","), names.map(() => "x").join(",")];
  const file = write("wide.csv", rows.join("\n"));

  const batches: Batch[] = [];
  for await (const batch of readBatches(file)) batches.push(batch);

  expect(batches.map((batch) => batch.length)).toEqual([2]);
  const bytes = [...batches[0]!.columns.values()].reduce(
    (sum, column) => sum + ("values" in column ? column.values : column.codes).buffer.byteLength,
    0,
  );
  // A full batch (65,536 rows) of 500 columns would be 128 MB or more.
  expect(bytes).toBeLessThanOrEqual(500 * 1024 * 8);
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
  // The last batch would have grown to 4,096 rows from 1,024; it started with room for 5,000.
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
  // In batches of up to 65,536 rows, grown from 1,024 rows by doubling, it would hold 32,768.
  // The estimate is a little over the 20,000 rows: the first 1,000, from which it is made,
  // have shorter ids than the rest.
  expect(capacities).toHaveLength(1);
  expect(capacities[0]).toBeGreaterThanOrEqual(20_000);
  expect(capacities[0]).toBeLessThan(25_000);
});

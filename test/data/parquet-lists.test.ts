import { readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import { parquetMetadata } from "hyparquet";
import { describe, expect, test, vi } from "vitest";
import { DataError, cellValue, readBatches, readColumns } from "@mlops/shared";
import { collect, scratchFolder } from "./temp-files.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

// Written by test/fixtures/parquet/make-fixtures.py.
const lists = fileURLToPath(new URL("../fixtures/parquet/lists/", import.meta.url));
const embeddings = `${lists}embeddings.parquet`;
const kinds = `${lists}kinds.parquet`;
const required = `${lists}required.parquet`;
const structsV2 = `${lists}structs-v2.parquet`;
const write = scratchFolder();

/** The JSON text make-fixtures.py's row `i` of embeddings.parquet reads as, or null. */
function embedding(i: number): string | null {
  if (i % 1000 === 7) return null;
  if (i % 1000 === 8) return "[]";
  return JSON.stringify(Array.from({ length: 8 }, (_, j) => ((i + j) % 9) * 0.25));
}

/** A copy of `file` whose column chunks of `column` are overwritten: no page of it decodes. */
function withColumnDestroyed(file: string, column: string): string {
  const bytes = readFileSync(file);
  const { row_groups } = parquetMetadata(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  );
  for (const { columns } of row_groups) {
    for (const { meta_data: meta } of columns) {
      if (meta?.path_in_schema[0] !== column) continue;
      const start = Number(meta.dictionary_page_offset ?? meta.data_page_offset);
      bytes.fill(0xff, start, start + Number(meta.total_compressed_size));
    }
  }
  return write(`no-${column}.parquet`, bytes);
}

describe("a list column (an embedding) is decoded a page at a time", () => {
  test("every row reads as its JSON text, across slices and pages, to the last", async () => {
    const table = await readColumns(embeddings);
    expect(table.rowCount).toBe(200_000);
    expect(table.columns.get("emb")!.type).toBe("categorical");
    // Around the first slice's end (16,384), a page's end (20,000), the nulls, empty lists and
    // the group's end.
    for (const row of [0, 7, 8, 1_007, 16_383, 16_384, 19_999, 20_000, 123_456, 199_999]) {
      expect(cellValue(table.columns.get("emb")!, row), `row ${row}`).toBe(embedding(row));
      expect(cellValue(table.columns.get("n")!, row), `row ${row}`).toBe(row % 10);
    }
  });

  test("memory holds a page of the list column, not its row group's 200,000 rows", async () => {
    // hyparquet and the reader loaded, so that their code is not counted.
    await readColumns(kinds);
    gc();
    const before = process.memoryUsage().heapUsed;
    let held = 0;
    let rows = 0;
    for await (const batch of readBatches(embeddings, { batchSize: 8_192 })) {
      rows += batch.length;
      if (rows === 12 * 8_192) {
        gc();
        held = process.memoryUsage().heapUsed - before;
      }
    }
    expect(rows).toBe(200_000);
    // Assembled whole, the row group's lists and levels held some 55 MB on the heap; a page of
    // 20,000 rows and a slice, some 12 MB.
    expect(held).toBeLessThan(25e6);
  });

  test("lists of 64-bit integers, lists of lists, a struct, a list of strings and a map read as their JSON", async () => {
    const table = await readColumns(kinds);
    expect(table.rowCount).toBe(3_000);
    const text = (name: string, row: number) => cellValue(table.columns.get(name)!, row);
    for (let i = 0; i < 3_000; i++) {
      // 64-bit integers are written as their bare digits, exact past 2^53, as the JSON Lines
      // reader writes the same list: a number, not a string of digits.
      expect(text("ints", i)).toBe(i % 50 === 3 ? null : `[${i % 7},${i % 5}]`);
      const upTo = Array.from({ length: i % 4 }, (_, k) => k);
      expect(text("nested", i)).toBe(JSON.stringify([[i % 3], [], upTo]));
      expect(text("deep", i)).toBe(`[[${i % 5},${2n ** 53n + BigInt(i % 3)}]]`);
      expect(text("point", i)).toBe(i % 40 === 1 ? null : JSON.stringify({ x: i * 0.5 }));
      expect(text("words", i)).toBe(JSON.stringify(Array<string>(i % 3).fill(`w${i % 4}`)));
      expect(text("tags", i)).toBe(JSON.stringify({ a: i % 3 }));
    }
  });

  test("a column of nested 64-bit integers is written as JSON once a cell, not refused and written again", async () => {
    // JSON.stringify refuses a bigint: once a cell of the column has needed the replacer that
    // writes it, every later one is given it at once. Each cell is written twice: for the sample
    // its type is inferred from, and into the column.
    const stringify = vi.spyOn(JSON, "stringify");
    try {
      const table = await readColumns(kinds, { usedColumns: { only: ["deep"] } });
      expect(cellValue(table.columns.get("deep")!, 2_999)).toBe(`[[4,${2n ** 53n + 2n}]]`);
      expect(stringify.mock.calls.length).toBeLessThanOrEqual(2 * 3_000 + 2);
    } finally {
      stringify.mockRestore();
    }
  });

  test("a struct that may not be null, of a field that may not be null, reads across its pages", async () => {
    // Its pages hold values alone, no levels: each row is one value, and no page ends inside one.
    const table = await readColumns(required);
    expect(table.rowCount).toBe(3_000);
    for (let i = 0; i < 3_000; i++) {
      expect(cellValue(table.columns.get("point")!, i)).toBe(JSON.stringify({ x: i * 0.5 }));
      expect(cellValue(table.columns.get("label")!, i)).toBe(JSON.stringify({ s: `v${i}` }));
    }
  });

  test("a list of structs in version 2 pages reads whole, though pyarrow counts too few nulls in it", async () => {
    // Its empty rows hold no value, but the integer field's pages say none is null: the values are
    // counted from the definition levels instead, or the read runs past the page.
    const table = await readColumns(structsV2);
    expect(table.rowCount).toBe(3_000);
    for (let i = 0; i < 3_000; i++) {
      const items = Array<unknown>(i % 4).fill({ a: i, b: `v${i}` });
      expect(cellValue(table.columns.get("items")!, i)).toBe(JSON.stringify(items));
    }
  });
});

describe("a column the read does not use is not decoded at all", () => {
  const destroyed = withColumnDestroyed(embeddings, "emb");

  test("its pages are never read: a column whose pages cannot be decoded stops no read that leaves it out", async () => {
    const error = await readColumns(destroyed).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toContain(
      "the row group from this row on cannot be decoded",
    );

    for (const usedColumns of [{ except: ["emb"] }, { only: ["n"] }]) {
      const batches = await collect(readBatches(destroyed, { usedColumns }));
      expect(batches.reduce((sum, batch) => sum + batch.length, 0)).toBe(200_000);
      const last = batches.at(-1)!;
      expect(last.names).toEqual(["n", "emb"]);
      expect(cellValue(last.columns.get("n")!, last.length - 1)).toBe(9);
      // Its cells are missing: nothing was read of them.
      const emb = last.byteColumns!.get("emb")!;
      expect(emb.missing.every((flag) => flag === 1)).toBe(true);
    }
  });

  test("its bytes still count as read, so that the bytes read say how far into the file the rows are", async () => {
    const read = async (file: string, options = {}) =>
      (await collect(readBatches(file, { batchSize: 50_000, ...options }))).map(
        (batch) => batch.fileBytesRead!,
      );
    const whole = await read(embeddings);
    const without = await read(embeddings, { usedColumns: { except: ["emb"] } });
    const size = statSync(embeddings).size;
    expect(without).toHaveLength(whole.length);
    // Batch by batch, within 2% of the file of what reading every column had read.
    without.forEach((bytes, i) => expect(Math.abs(bytes - whole[i]!)).toBeLessThan(0.02 * size));
    expect(without.at(-1)).toBeLessThanOrEqual(size);
  });

  test("a column the read asks for as bytes is decoded, whatever the columns it uses", async () => {
    const [batch] = await collect(
      readBatches(embeddings, { usedColumns: { only: ["n"] }, byteColumns: ["emb"] }),
    );
    expect(cellValue(batch!.byteColumns!.get("emb")!, 0)).toBe(embedding(0));
  });
});

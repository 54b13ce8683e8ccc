import { setFlagsFromString } from "node:v8";
import { fileURLToPath } from "node:url";
import { runInNewContext } from "node:vm";
import { describe, expect, test } from "vitest";
import { DataError, cellValue, readBatches, readColumns } from "@mlops/shared";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

// Written by test/fixtures/parquet/make-fixtures.py: row groups larger than the reader's slice.
const slices = fileURLToPath(new URL("../fixtures/parquet/slices/", import.meta.url));
const longGroup = `${slices}long-group.parquet`;

/** What make-fixtures.py writes in row `i` of long-group.parquet. */
const written = (i: number) => ({
  score: i % 10 === 3 ? null : (i % 10) * 0.5,
  city: ["paris", "lyon", "nice"][i % 3],
  code: i === 700_001 ? "x" : "7",
});

describe("a row group of a million rows (pandas' and pyarrow's default) is read a slice at a time", () => {
  test("every row reads as written, across slices and pages, to the last", async () => {
    const table = await readColumns(longGroup);
    expect(table.rowCount).toBe(1_000_000);
    const types = Object.fromEntries([...table.columns].map(([name, c]) => [name, c.type]));
    expect(types).toEqual({ score: "numeric", city: "categorical", code: "categorical" });
    // Around the first slice's end (16,384), a page's end (20,000) and the group's end.
    for (const row of [0, 3, 16_383, 16_384, 19_999, 20_000, 700_001, 999_999]) {
      const { score, city, code } = written(row);
      const read = cellValue(table.columns.get("score")!, row);
      if (score === null) expect(read, `row ${row}`).toBeNull();
      else expect(read as number, `row ${row}`).toBeCloseTo(score, 12);
      expect(cellValue(table.columns.get("city")!, row), `row ${row}`).toBe(city);
      expect(cellValue(table.columns.get("code")!, row), `row ${row}`).toBe(code);
    }
  });

  test("a value deep in the row group that its declared type refuses names its own row", async () => {
    const error = (await readColumns(longGroup, {
      schema: { fields: [{ name: "code", type: "integer" }] },
    }).catch((e: unknown) => e)) as DataError;
    expect(error).toBeInstanceOf(DataError);
    expect(error.rowIndex).toBe(700_001);
    expect(error.message).toBe(
      `${longGroup}: row 700001: column 'code' (integer): "x" is not an integer`,
    );
  });

  test("memory holds a slice of the row group, not the million rows decoded", async () => {
    // hyparquet and the reader loaded, so that their code is not counted.
    await readColumns(`${slices}nested.parquet`);
    gc();
    const before = process.memoryUsage().heapUsed;
    let held = 0;
    let rows = 0;
    for await (const batch of readBatches(longGroup, { batchSize: 8_192 })) {
      rows += batch.length;
      if (rows === 50 * 8_192) {
        gc();
        held = process.memoryUsage().heapUsed - before;
      }
    }
    expect(rows).toBe(1_000_000);
    // Decoded whole, the group's three columns hold some 30 MB of values on the heap; a slice of
    // 16,384 rows and a page of each, well under a megabyte. 8 MB leaves room for the collector.
    expect(held).toBeLessThan(8e6);
  });
});

test("a list column is read a page at a time, and handed out a slice at a time", async () => {
  const table = await readColumns(`${slices}nested.parquet`);
  expect(table.rowCount).toBe(20_000);
  expect(table.columns.get("n")!.type).toBe("integer");
  // 35 pairs in all, each written as text: a categorical column.
  expect(table.columns.get("pair")!.type).toBe("categorical");
  for (const row of [0, 16_383, 16_384, 19_999]) {
    expect(cellValue(table.columns.get("n")!, row)).toBe(row % 10);
    // 64-bit list items are written as bare digits, as JSON Lines writes the same list.
    expect(cellValue(table.columns.get("pair")!, row)).toBe(JSON.stringify([row % 7, row % 5]));
  }
});

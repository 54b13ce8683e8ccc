import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { DataError, cellValue, readBatches, readColumns } from "@mlops/shared";
import { collect, scratchFolder } from "./temp-files.js";

const fixtures = fileURLToPath(new URL("../fixtures/parquet/", import.meta.url));
const write = scratchFolder();

describe("Parquet (fixtures from test/fixtures/parquet/make-fixtures.py)", () => {
  test.each(["none", "snappy", "gzip", "zstd", "brotli", "lz4"])(
    "reads a %s-compressed file with its types",
    async (codec) => {
      const table = await readColumns(`${fixtures}table-${codec}.parquet`);
      expect(table.rowCount).toBe(50);
      const types = Object.fromEntries([...table.columns].map(([name, c]) => [name, c.type]));
      expect(types).toEqual({
        id: "integer",
        score: "numeric",
        small: "integer",
        flag: "boolean",
        city: "categorical",
        zip: "text",
        when: "datetime",
      });
      const score = table.columns.get("score")!;
      expect(cellValue(score, 3)).toBeNull();
      expect(cellValue(score, 4)).toBe(2);
      expect(cellValue(table.columns.get("zip")!, 7)).toBe("00007");
      expect(cellValue(table.columns.get("city")!, 4)).toBe("lyon");
      expect(cellValue(table.columns.get("when")!, 1)).toBe(Date.UTC(2024, 0, 1, 1));
    },
  );

  test("batches of the requested size carry each row's index", async () => {
    const batches = await collect(readBatches(`${fixtures}table-zstd.parquet`, { batchSize: 15 }));
    expect(batches.map((b) => b.length)).toEqual([15, 15, 15, 5]);
    expect(batches[3]!.lineNumbers[0]).toBe(45);
    expect(batches[3]!.rowOffset).toBe(45);
  });

  test("a glob reads several files as one dataset", async () => {
    const table = await readColumns(`${fixtures}table-{none}.parquet`.replace("{none}", "[nz]*"));
    expect(table.rowCount).toBe(100);
  });

  test("a declared type that the values do not fit names the row index", async () => {
    const error = (await readColumns(`${fixtures}table-none.parquet`, {
      schema: { fields: [{ name: "city", type: "integer" }] },
    }).catch((e: unknown) => e)) as DataError;
    expect(error).toBeInstanceOf(DataError);
    expect(error.rowIndex).toBe(0);
    expect(error.message).toContain("row 0: column 'city' (integer)");
  });

  test("a file that is not Parquet", async () => {
    const error = await readColumns(write("fake.parquet", "not parquet")).catch((e: unknown) => e);
    expect((error as DataError).message).toContain("not a readable Parquet file");
  });

  test("an empty file is refused as empty, not with the decoder's words", async () => {
    const file = write("empty.parquet", "");
    const error = (await readColumns(file).catch((e: unknown) => e)) as DataError;
    expect(error).toBeInstanceOf(DataError);
    expect(error.line).toBe(
      `${file}: is empty, not a Parquet file. Check that the file was written whole`,
    );
  });

  test("a gzip-compressed Parquet file is refused with what to do instead", async () => {
    const parquet = readFileSync(`${fixtures}table-none.parquet`);
    const file = write("table.parquet.gz", gzipSync(parquet));
    const error = (await readColumns(file).catch((e: unknown) => e)) as DataError;
    expect(error).toBeInstanceOf(DataError);
    expect(error.message).toBe(
      `${file}: is gzip-compressed Parquet, which the reader cannot read: Parquet is read by ranges, and gzip only from the start`,
    );
    expect(error.fix).toMatch(/^Decompress it \(gunzip\)/);
  });
});

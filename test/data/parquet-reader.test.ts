import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { DataError, cellValue, readBatches, readColumns } from "@mlops/shared";
import { parquetOf, type ParquetFileSpec } from "../helpers/parquet-writer.js";
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

  test("an all-missing text column written with LZ4 reads as missing, its empty dictionary a frame of one token", async () => {
    // pyarrow's `lz4` (Hadoop's frame) writes a dictionary page of no bytes as an LZ4 block of one
    // token: a frame hyparquet-compressors refused ("lz4 offset out of range 0").
    const spec: ParquetFileSpec = {
      codec: "LZ4",
      columns: [
        {
          name: "note",
          type: "BYTE_ARRAY",
          logical: "STRING",
          values: [null, null, null],
          dictionary: true,
        },
        { name: "n", type: "INT64", values: [1n, 2n, 3n], dictionary: true },
      ],
    };
    const table = await readColumns(write("all-missing-lz4.parquet", parquetOf(spec)));
    expect(table.rowCount).toBe(3);
    expect([0, 1, 2].map((row) => cellValue(table.columns.get("note")!, row))).toEqual([
      null,
      null,
      null,
    ]);
    expect([0, 1, 2].map((row) => cellValue(table.columns.get("n")!, row))).toEqual([1, 2, 3]);
  });

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

  test("two columns of one name are refused before a page is read", async () => {
    const file = `${fixtures}names/repeated-name.parquet`;
    const error = (await readColumns(file).catch((e: unknown) => e)) as DataError;
    expect(error).toBeInstanceOf(DataError);
    expect(error.line).toBe(`${file}:1: two columns are named 'x'. Give each column its own name`);
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

describe("Parquet 64-bit ids past 2^53 (fixtures in test/fixtures/parquet/ids/)", () => {
  const ids = `${fixtures}ids/`;
  const range = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, i) => String(from + i));
  /** The columns of ids.parquet as make-fixtures.py writes them, in digits. */
  const written: Record<string, string[]> = {
    id: [
      "9007199254740993",
      "9007199254740992",
      "9223372036854775807",
      "-9223372036854775808",
      ...range(1, 9),
    ],
    late: [...range(0, 11), "9223372036854775806"],
    count: range(0, 12).map((i) => String(Number(i) * 3)),
    unsigned: ["18446744073709551615", "9223372036854775808", ...range(0, 10)],
  };
  type Table = Awaited<ReturnType<typeof readColumns>>;
  const typesOf = (table: Table) =>
    Object.fromEntries([...table.columns].map(([name, c]) => [name, c.type]));
  const cells = (table: Table, name: string) =>
    Array.from({ length: table.rowCount }, (_, row) => cellValue(table.columns.get(name)!, row));
  const refusal = (file: string, options?: Parameters<typeof readColumns>[1]) =>
    readColumns(file, options).then(
      () => undefined,
      (e: unknown) => e as DataError,
    );

  test("a column past 2^53 reads as its exact digits, typed as the same values in a CSV file", async () => {
    const names = Object.keys(written);
    const rows = written.id!.map((_, row) => names.map((name) => written[name]![row]).join(","));
    const csv = await readColumns(write("ids.csv", `${names.join(",")}\n${rows.join("\n")}\n`));
    const parquet = await readColumns(`${ids}ids.parquet`);
    expect(typesOf(parquet)).toEqual({
      id: "categorical",
      late: "categorical",
      count: "integer",
      unsigned: "categorical",
    });
    expect(typesOf(parquet)).toEqual(typesOf(csv));
    for (const name of names) expect(cells(parquet, name)).toEqual(cells(csv, name));
    // Two ids one apart, which one double would hold as 9007199254740992 both.
    expect(cells(parquet, "id").slice(0, 2)).toEqual(["9007199254740993", "9007199254740992"]);
    expect(cells(parquet, "unsigned")[0]).toBe("18446744073709551615");
  });

  test("an id past 2^53 in a row group after the rows inference reads is foreseen from the footer's statistics", async () => {
    const table = await readColumns(`${ids}ids.parquet`, { inferRows: 4 });
    expect(table.columns.get("late")!.type).toBe("categorical");
    expect(cells(table, "late")[11]).toBe("9223372036854775806");
    expect(table.columns.get("count")!.type).toBe("integer");
  });

  test("without statistics, such a late id is refused, never rounded, with the field to declare", async () => {
    const file = `${ids}ids-no-statistics.parquet`;
    const error = await refusal(file, { inferRows: 4 });
    expect(error).toBeInstanceOf(DataError);
    expect(error!.message).toBe(
      `${file}: row 11: column 'late' (integer): 9223372036854775806 is beyond ±9,007,199,254,740,991, which a number holds only rounded, and the column was typed integer from the rows read before it`,
    );
    expect(error!.fix).toBe(
      "Declare the field as string in the contract, so that its ids are read as the digits written",
    );
    expect(error!.column).toBe("late");
    // Declared so, it reads; `id`, past 2^53 in the rows inference reads, is a string unasked.
    const table = await readColumns(file, {
      inferRows: 4,
      schema: { fields: [{ name: "late", type: "string" }] },
    });
    expect(cells(table, "late")[11]).toBe("9223372036854775806");
    expect(cells(table, "id").slice(0, 4)).toEqual(written.id!.slice(0, 4));
  });

  test("an id past 2^53 in a later file of a dataset typed integer by the first is refused", async () => {
    const error = await refusal(`${ids}shard-*.parquet`);
    expect(error).toBeInstanceOf(DataError);
    expect(error!.file).toBe(`${ids}shard-2.parquet`);
    expect(error!.rowIndex).toBe(1);
    expect(error!.problem).toMatch(/^column 'id' \(integer\): 9007199254740993 is beyond/);
  });

  test("a field declared integer refuses an id past 2^53, saying to declare it string", async () => {
    const file = `${ids}ids.parquet`;
    const error = await refusal(file, { schema: { fields: [{ name: "id", type: "integer" }] } });
    expect(error).toBeInstanceOf(DataError);
    expect(error!.message).toBe(
      `${file}: row 0: column 'id' (integer): 9007199254740993 is beyond ±9,007,199,254,740,991, which a number holds only rounded: declare ids this long as string`,
    );
    expect(error!.column).toBe("id");
  });
});

import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { cellValue, readColumns } from "@mlops/shared";

const pandas = fileURLToPath(new URL("../fixtures/parquet/pandas/", import.meta.url));

type Table = Awaited<ReturnType<typeof readColumns>>;
const typesOf = (table: Table) =>
  Object.fromEntries([...table.columns].map(([name, c]) => [name, c.type]));
const cells = (table: Table, name: string) =>
  Array.from({ length: table.rowCount }, (_, row) => cellValue(table.columns.get(name)!, row));

describe("Parquet as pandas writes it (fixtures from test/fixtures/parquet/make-fixtures.py)", () => {
  test("the row labels pandas stores for a filtered frame (__index_level_0__) are no column", async () => {
    const table = await readColumns(`${pandas}filtered.parquet`);
    expect(typesOf(table)).toEqual({ store_id: "integer", units: "integer" });
    expect(cells(table, "store_id")).toEqual([1, 3, 5, 6]);
  });

  test("a time series' unnamed DatetimeIndex keeps its timestamps, as a column", async () => {
    const table = await readColumns(`${pandas}datetime-index.parquet`);
    expect(typesOf(table)).toEqual({ v: "numeric", __index_level_0__: "datetime" });
    expect(cells(table, "__index_level_0__")).toEqual(
      ["2024-01-01", "2024-01-02", "2024-01-03"].map((day) => Date.parse(`${day}T00:00:00Z`)),
    );
  });

  test("an unnamed index of strings is the user's labels, and stays a column", async () => {
    const table = await readColumns(`${pandas}string-index.parquet`);
    expect(cells(table, "__index_level_0__")).toEqual(["paris", "lyon", "nice"]);
  });

  test("every level of an unnamed MultiIndex stays a column, integers too (concat's keys)", async () => {
    const table = await readColumns(`${pandas}multi-index.parquet`);
    expect([...table.columns.keys()]).toEqual([
      "store_id",
      "units",
      "__index_level_0__",
      "__index_level_1__",
    ]);
    expect(cells(table, "__index_level_0__")).toEqual([2023, 2023, 2024, 2024]);
    expect(cells(table, "__index_level_1__")).toEqual([0, 1, 0, 1]);
  });

  test("a data column named as pandas names an index column is data, beside an index or not", async () => {
    const plain = await readColumns(`${pandas}index-like-column.parquet`);
    expect(cells(plain, "__index_level_0__")).toEqual([3, 0, 7, 0, 2, 5]);
    // Filtered, the frame's row labels are stored beside it as __index_level_1__, and left out.
    const filtered = await readColumns(`${pandas}index-like-column-filtered.parquet`);
    expect([...filtered.columns.keys()]).toEqual(["store_id", "__index_level_0__"]);
    expect(cells(filtered, "__index_level_0__")).toEqual([7, 0, 2, 5]);
  });

  test("an index pandas stores under its own name holds the user's values, and stays a column", async () => {
    const table = await readColumns(`${pandas}named-index.parquet`);
    expect([...table.columns.keys()]).toEqual(["store_id", "units", "day"]);
    // Its strings write dates: a date column, as in CSV.
    expect(typesOf(table).day).toBe("datetime");
    expect(cells(table, "day")[0]).toBe(Date.UTC(2024, 11, 18));
  });

  test("a column of None alone (Arrow's null type) has no values and no type of its own", async () => {
    const table = await readColumns(`${pandas}days/2024-12-23.parquet`);
    expect(typesOf(table)).toEqual({ store_id: "integer", holiday: "text" });
    expect(cells(table, "holiday")).toEqual([null, null, null]);
  });

  test("the day such a column holds a string, the dataset reads it, as for an empty CSV column", async () => {
    const table = await readColumns(`${pandas}days/*.parquet`);
    expect(table.columns.get("holiday")!.type).toBe("text");
    expect(cells(table, "holiday")).toEqual([null, null, null, null, null, "Christmas Eve"]);
  });
});

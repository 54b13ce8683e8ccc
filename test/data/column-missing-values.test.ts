import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { readColumns, type ReadOptions } from "@mlops/shared";
import { column } from "./read-helpers.js";
import { scratchFolder } from "./temp-files.js";

const write = scratchFolder();
const fixtures = fileURLToPath(new URL("../fixtures/parquet/", import.meta.url));

/** `-` missing in column x alone, and a column the data does not have. */
const own: ReadOptions = {
  columnMissingValues: new Map([
    ["x", ["-"]],
    ["absent", ["?"]],
  ]),
};

describe("columnMissingValues: a column's own missing values, with no type declared", () => {
  test("CSV: `-` is missing in x, a value in y, and each column keeps its inferred type", async () => {
    const file = write("own.csv", "x,y\n1,a\n-,-\n3,b\n");
    const table = await readColumns(file, own);
    expect([...table.columns.keys()]).toEqual(["x", "y"]);
    expect(table.columns.get("x")!.type).toBe("integer");
    expect(column(table, "x")).toEqual([1, null, 3]);
    expect(column(table, "y")).toEqual(["a", "-", "b"]);
  });

  test("CSV: in place of the table's missing values, not beside them", async () => {
    const file = write("na.csv", "x,y\nNA,NA\n-,b\n2,c\n");
    const table = await readColumns(file, { ...own, missingValues: ["", "NA"] });
    expect(table.columns.get("x")!.type).toBe("categorical");
    expect(column(table, "x")).toEqual(["NA", null, "2"]);
    expect(column(table, "y")).toEqual([null, "b", "c"]);
  });

  test("CSV: over the schema field's own, which still applies to the other fields", async () => {
    const file = write("schema.csv", "x,y\nNA,NA\n-,2\n");
    const schema = {
      fields: [
        { name: "x", missingValues: ["NA"] },
        { name: "y", missingValues: ["NA"] },
      ],
    };
    const table = await readColumns(file, { ...own, schema });
    expect(column(table, "x")).toEqual(["NA", null]);
    expect(column(table, "y")).toEqual([null, 2]);
  });

  test("JSONL: `-` is missing in x alone, and no column is added for a name the data lacks", async () => {
    const file = write(
      "own.jsonl",
      '{"x": 1, "y": "a"}\n{"x": "-", "y": "-"}\n{"x": 3, "y": "b"}\n',
    );
    const table = await readColumns(file, own);
    expect([...table.columns.keys()]).toEqual(["x", "y"]);
    expect(table.columns.get("x")!.type).toBe("integer");
    expect(column(table, "x")).toEqual([1, null, 3]);
    expect(column(table, "y")).toEqual(["a", "-", "b"]);
  });

  test("Parquet: a string column's own missing value, the file's types kept", async () => {
    const table = await readColumns(`${fixtures}table-none.parquet`, {
      columnMissingValues: new Map([["city", ["lyon"]]]),
    });
    const city = column(table, "city");
    expect(table.columns.get("city")!.type).toBe("categorical");
    expect(city.filter((value) => value === null)).toHaveLength(17);
    expect(city).not.toContain("lyon");
    expect(table.columns.get("zip")!.type).toBe("text");
  });
});

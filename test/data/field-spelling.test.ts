import { describe, expect, test } from "vitest";
import { readColumns, type ReadOptions, type TableSchemaField } from "@mlops/shared";
import { column } from "./read-helpers.js";
import { scratchFolder } from "./temp-files.js";

const write = scratchFolder();

/** Reads `x` declared as `field` says, with every invalid cell collected as `[line, text]`. */
async function readX(file: string, field: Omit<TableSchemaField, "name">, options?: ReadOptions) {
  const invalid: [number, string][] = [];
  const table = await readColumns(file, {
    ...options,
    schema: { fields: [{ name: "x", ...field }] },
    onInvalidCell: (_name, line, text) => invalid.push([line, text]),
  });
  return { values: column(table, "x"), invalid };
}

describe("a number field's decimalChar, groupChar and bareNumber (Table Schema)", () => {
  test("decimal commas and points between thousands, in a semicolon-delimited file", async () => {
    const file = write("eu.csv", 'x;y\n1,5;a\n"1.234,25";b\n-0,125;c\n7;d\n');
    const { values, invalid } = await readX(
      file,
      { type: "number", decimalChar: ",", groupChar: "." },
      { delimiter: ";" },
    );
    expect(values).toEqual([1.5, 1234.25, -0.125, 7]);
    expect(invalid).toEqual([]);
  });

  test("a cell the spelling does not take is invalid at its line, told how the field is written", async () => {
    const file = write("mixed.csv", "x;y\n1,5;a\n1.5;b\n1,2,3;c\n");
    const { values, invalid } = await readX(
      file,
      { type: "number", decimalChar: "," },
      { delimiter: ";" },
    );
    expect(values).toEqual([1.5, null, null]);
    expect(invalid).toEqual([
      [3, "1.5"],
      [4, "1,2,3"],
    ]);
    await expect(
      readColumns(file, {
        delimiter: ";",
        schema: { fields: [{ name: "x", type: "number", decimalChar: "," }] },
      }),
    ).rejects.toThrow(
      `${file}:3: column 'x' (numeric): "1.5" is not a number written with "," for decimals`,
    );
  });

  test("bareNumber false drops a currency or a percent sign, and keeps a sign before or after it", async () => {
    const file = write("money.csv", 'x\n€95\n95%\n"EUR 1,234.50"\n-$5\n$-5\nNaN\nabc\n');
    const { values, invalid } = await readX(file, {
      type: "number",
      groupChar: ",",
      bareNumber: false,
    });
    // NaN, which a declared number takes, is read as it is: a value that is not a number.
    expect(values).toEqual([95, 95, 1234.5, -5, -5, null, null]);
    expect(invalid).toEqual([[8, "abc"]]);
  });

  test("group characters only where they group a whole number's digits, in threes or as in India", async () => {
    const file = write(
      "groups.csv",
      'x\n"1,234,567"\n"12,34,567"\n"-1,234.5"\n"1,5"\n"1,2345"\n"1,234.5,6"\n",123"\n',
    );
    const { values, invalid } = await readX(file, { type: "number", groupChar: "," });
    expect(values).toEqual([1234567, 1234567, -1234.5, null, null, null, null]);
    expect(invalid.map(([line]) => line)).toEqual([5, 6, 7, 8]);
  });

  test("bareNumber false refuses a negative number it cannot read as one, rather than drop its sign", async () => {
    const file = write("signs.csv", "x\n\u22121.5\n(1.5)\n1.5-\n$-1.5\n");
    const { values, invalid } = await readX(file, { type: "number", bareNumber: false });
    expect(values).toEqual([null, null, null, -1.5]);
    expect(invalid.map(([line]) => line)).toEqual([2, 3, 4]);
  });

  test("an integer field's groupChar; a decimal in it is still no integer", async () => {
    const file = write("int.csv", 'x\n"1,000"\n"12,345,678"\n"1,5.0"\n');
    const { values, invalid } = await readX(file, { type: "integer", groupChar: "," });
    expect(values).toEqual([1000, 12345678, null]);
    expect(invalid).toEqual([[4, "1,5.0"]]);
  });

  test("a missing value stays missing though the spelling would read it", async () => {
    const file = write("na.csv", "x\n5%\n-\n%\n");
    const { values, invalid } = await readX(file, {
      type: "number",
      bareNumber: false,
      missingValues: ["", "-"],
    });
    expect(values).toEqual([5, null, null]);
    expect(invalid).toEqual([[4, "%"]]);
  });

  test("JSON Lines: a string is read by the spelling, a JSON number as it is", async () => {
    const file = write("eu.jsonl", '{"x": "1,5"}\n{"x": 2.5}\n{"x": "2.5"}\n');
    const { values, invalid } = await readX(file, { type: "number", decimalChar: "," });
    expect(values).toEqual([1.5, 2.5, null]);
    expect(invalid).toEqual([[3, "2.5"]]);
  });
});

describe("a boolean field's trueValues and falseValues", () => {
  test("the field's words replace the defaults, each list on its own", async () => {
    const file = write("yn.csv", "x\nyes\nno\nY\ntrue\nfalse\n1\n");
    const { values, invalid } = await readX(file, {
      type: "boolean",
      trueValues: ["yes", "Y"],
    });
    // A boolean reads as 1 or 0. true and 1 are no longer true; false keeps its default words.
    expect(values).toEqual([1, null, 1, null, 0, null]);
    expect(invalid).toEqual([
      [3, "no"],
      [5, "true"],
      [7, "1"],
    ]);
  });

  test("JSON Lines: a JSON boolean as it is, a string by the field's words", async () => {
    const file = write("yn.jsonl", '{"x": "ja"}\n{"x": false}\n{"x": "nein"}\n');
    const { values } = await readX(file, {
      type: "boolean",
      trueValues: ["ja"],
      falseValues: ["nein"],
    });
    expect(values).toEqual([1, 0, 0]);
  });
});

describe("a date or datetime field's format as strptime's directives", () => {
  test("day first, one or two digits, and a date that does not exist is invalid", async () => {
    const file = write("dmy.csv", "x\n31/12/2024\n1/2/2024\n31/02/2024\n2024-12-31\n");
    const { values, invalid } = await readX(file, { type: "date", format: "%d/%m/%Y" });
    expect(values).toEqual([Date.UTC(2024, 11, 31), Date.UTC(2024, 1, 1), null, null]);
    expect(invalid).toEqual([
      [4, "31/02/2024"],
      [5, "2024-12-31"],
    ]);
  });

  test("a 12-hour clock, month names in any case, two-digit years as strptime reads them", async () => {
    const file = write(
      "us.csv",
      "x\n12/31/2024 05:30 PM\n12/31/2024 12:00 am\n12/31/2024 13:00 PM\n",
    );
    const us = await readX(file, { type: "datetime", format: "%m/%d/%Y %I:%M %p" });
    expect(us.values).toEqual([Date.UTC(2024, 11, 31, 17, 30), Date.UTC(2024, 11, 31, 0, 0), null]);
    const names = write("names.csv", 'x\n05 Jan 69\n"05 january 68"\n05 Jna 24\n');
    // %B takes a month's three letters too; %b its three letters alone.
    const read = await readX(names, { type: "date", format: "%d %B %y" });
    expect(read.values).toEqual([Date.UTC(1969, 0, 5), Date.UTC(2068, 0, 5), null]);
    const short = await readX(names, { type: "date", format: "%d %b %y" });
    expect(short.values).toEqual([Date.UTC(1969, 0, 5), null, null]);
  });

  test("fractions of a second and an offset; a date field keeps the date of a date and time", async () => {
    const file = write("iso.csv", "x\n2024-05-01 12:30:00.25 +0200\n2024-05-01 23:59:59.5 Z\n");
    const stamped = await readX(file, { type: "datetime", format: "%Y-%m-%d %H:%M:%S.%f %z" });
    expect(stamped.values).toEqual([
      Date.UTC(2024, 4, 1, 10, 30, 0, 250),
      Date.UTC(2024, 4, 1, 23, 59, 59, 500),
    ]);
    const day = await readX(file, { type: "date", format: "%Y-%m-%d %H:%M:%S.%f %z" });
    expect(day.values).toEqual([Date.UTC(2024, 4, 1), Date.UTC(2024, 4, 1)]);
    // The time a date field drops must still be one; letters match in either case, as strptime's.
    const hours = write("hours.csv", "x\n2024-12-31t23\n2024-12-31T25\n");
    const kept = await readX(hours, { type: "date", format: "%Y-%m-%dT%H" });
    expect(kept.values).toEqual([Date.UTC(2024, 11, 31), null]);
  });
});

import { describe, expect, test } from "vitest";
import { DataError, cellValue, readColumns } from "@mlops/shared";
import { column } from "./read-helpers.js";
import { scratchFolder } from "./temp-files.js";

const write = scratchFolder();

describe("JSON Lines", () => {
  test("one object per line; null and absent keys are missing", async () => {
    const file = write(
      "rows.jsonl",
      '{"x": 1.5, "c": "a", "ok": true}\n\n{"x": null, "c": "b"}\r\n{"x": 3, "c": "a", "ok": false}',
    );
    const table = await readColumns(file);
    const x = table.columns.get("x")!;
    const ok = table.columns.get("ok")!;
    expect(x.type).toBe("numeric");
    expect(ok.type).toBe("boolean");
    expect([0, 1, 2].map((i) => cellValue(x, i))).toEqual([1.5, null, 3]);
    expect([0, 1, 2].map((i) => cellValue(ok, i))).toEqual([1, null, 0]);
    expect(table.columns.get("c")!.type).toBe("categorical");
  });

  test("an invalid line names its line", async () => {
    const file = write("bad.jsonl", '{"x": 1}\n{"x": 2\n');
    const error = await readColumns(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).lineNumber).toBe(2);
    expect((error as DataError).message).toContain("invalid JSON");
  });

  test("a line that is not an object", async () => {
    const file = write("array.jsonl", '{"x": 1}\n[1, 2]\n');
    const error = (await readColumns(file).catch((e: unknown) => e)) as DataError;
    expect(error.message).toBe(`${file}:2: the line is not a JSON object`);
  });

  test("a value of the wrong type after inference", async () => {
    const lines = Array.from({ length: 20 }, (_, i) => JSON.stringify({ x: i }));
    lines.push('{"x": "seven"}');
    const file = write("late.jsonl", lines.join("\n"));
    const error = (await readColumns(file, { inferRows: 5 }).catch((e: unknown) => e)) as DataError;
    expect(error.lineNumber).toBe(21);
  });

  test("a missing value spells a number or a boolean as a CSV cell would, as in a CSV file", async () => {
    const file = write("sentinel.jsonl", '{"x": 1}\n{"x": -999}\n{"x": "-999"}\n{"x": 2.5}\n');
    const table = await readColumns(file, { missingValues: ["", "-999"] });
    expect(column(table, "x")).toEqual([1, null, null, 2.5]);
    // Where no value but the empty cell is missing, numbers are read as they are.
    expect(column(await readColumns(file), "x")).toEqual([1, -999, -999, 2.5]);
  });

  test("a number is not true or false, declared or inferred, nor a declared integer past 2^53", async () => {
    const bool = write("bool.jsonl", '{"n": 1}\n{"n": true}\n');
    for (const type of ["integer", "number"] as const) {
      const schema = { fields: [{ name: "n", type }] };
      await expect(readColumns(bool, { schema })).rejects.toThrow(/true is not a number/);
    }
    // Inferred from the first row as integers, a later true is refused as well.
    await expect(readColumns(bool, { inferRows: 1 })).rejects.toThrow(/true is not a number/);
    const big = write("big.jsonl", '{"n": 1}\n{"n": 12345678901234567890}\n');
    const schema = { fields: [{ name: "n", type: "integer" as const }] };
    await expect(readColumns(big, { schema })).rejects.toThrow(/beyond ±9,007,199,254,740,991/);
  });

  test("a key named like a property of every object is missing on the rows that lack it", async () => {
    const file = write(
      "inherited.jsonl",
      '{"id": 1, "constructor": "c", "__proto__": "p", "toString": "t"}\n{"id": 2}\n',
    );
    const table = await readColumns(file);
    expect(column(table, "constructor")).toEqual(["c", null]);
    expect(column(table, "__proto__")).toEqual(["p", null]);
    expect(column(table, "toString")).toEqual(["t", null]);
  });

  test("a declared column that no row has is missing throughout, whatever its name", async () => {
    const file = write("undeclared.jsonl", '{"id": 1}\n{"id": 2}\n');
    const fields = ["constructor", "__proto__", "hasOwnProperty"].map((name) => ({ name }));
    const table = await readColumns(file, { schema: { fields } });
    for (const { name } of fields) expect(column(table, name)).toEqual([null, null]);
  });

  test("a value nested deeper than 100 levels is refused at its line, naming its key", async () => {
    const nested = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;
    const fits = write("fits.jsonl", `{"a": ${nested(99)}}\n`);
    expect((await readColumns(fits)).rowCount).toBe(1);
    for (const levels of [100, 5000]) {
      const file = write("deep.jsonl", `{"a": 1}\n{"a": 2, "b": ${nested(levels)}}\n`);
      const error = (await readColumns(file).catch((e: unknown) => e)) as DataError;
      expect(error).toBeInstanceOf(DataError);
      expect(error.line).toBe(
        `${file}:2: the value of key 'b' nests objects and arrays deeper than 100 levels. Flatten the value, or store it as a JSON string`,
      );
    }
  });

  test("an empty file is an error", async () => {
    const error = await readColumns(write("empty.jsonl", "\n")).catch((e: unknown) => e);
    expect((error as DataError).message).toContain("holds no JSON object");
  });
});

import { describe, expect, test } from "vitest";
import { DataError, cellValue, readBatches, readColumns } from "@mlops/shared";
import { column, failure } from "./read-helpers.js";
import { collect, scratchFolder } from "./temp-files.js";

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

  test("an invalid line is placed by the character on it, counted as an editor counts", async () => {
    const unclosed = await failure(readColumns(write("unclosed.jsonl", '{"x": 1}\n{"x": 2\n')));
    expect(unclosed.lineNumber).toBe(2);
    // The same words from every Node: the "line 1" newer ones add (of the one line) is not kept.
    expect(unclosed.problem).toBe(
      "invalid JSON: Expected ',' or '}' after property value at character 8 of this line",
    );
    const emoji = await failure(readColumns(write("emoji.jsonl", '{"x": 1}\n{"😀": x}\n')));
    expect(emoji.problem).toBe("invalid JSON: Unexpected token 'x' at character 7 of this line");
  });

  test("the character counts the line's indent, and is the token's own where it is written twice", async () => {
    // The key's "x" comes first: the place is the value's, where the parse stopped.
    const indented = await failure(readColumns(write("indent.jsonl", '{"x": 1}\n\t  {"x": x}\n')));
    expect(indented.problem).toBe(
      "invalid JSON: Unexpected token 'x' at character 10 of this line",
    );
    // An emoji that stands where a value should is named whole, not by half of its UTF-16 pair.
    const emoji = await failure(readColumns(write("emoji-value.jsonl", '{"😀": 😀}\n')));
    expect(emoji.problem).toBe("invalid JSON: Unexpected token '😀' at character 7 of this line");
  });

  test("the bare NaN and infinities Python's json.dumps writes are read as pandas reads them", async () => {
    const file = write(
      "python.jsonl",
      [
        '{"x": 1.5, "c": "NaN", "n": 1}',
        '{"x": NaN, "c": NaN, "n": -Infinity}',
        '{"x": Infinity, "c": "b", "n": 2}',
        '{"x": -Infinity, "c": "a", "n": [NaN, Infinity]}',
      ].join("\n"),
    );
    const table = await readColumns(file);
    const x = table.columns.get("x")!;
    expect(x.type).toBe("numeric");
    // NaN is no value in any column, as null is; the infinities are values.
    expect([0, 1, 2, 3].map((i) => cellValue(x, i))).toEqual([1.5, null, Infinity, -Infinity]);
    // The word inside a string is the string's.
    const c = table.columns.get("c")!;
    expect([0, 1].map((i) => cellValue(c, i))).toEqual(["NaN", null]);
    // A list holding them is written back as JSON: NaN as null, an infinity as its word.
    expect(cellValue(table.columns.get("n")!, 3)).toBe('[null,"Infinity"]');
    // An integer column takes a NaN as no value, past the rows its type was inferred from.
    const ints = await readColumns(write("ints.jsonl", '{"a": 1}\n{"a": NaN}\n{"a": 3}\n'), {
      inferRows: 1,
    });
    expect(ints.columns.get("a")!.type).toBe("integer");
    expect(column(ints, "a")).toEqual([1, null, 3]);
    // Where no value stands, the word is still no JSON.
    const key = await failure(readColumns(write("key.jsonl", '{"x": 1}\n{NaN: 1}\n')));
    expect(key.lineNumber).toBe(2);
    expect(key.problem).toMatch(/^invalid JSON: /);
  });

  test("a line of bad JSON after a bare NaN is placed by the character as written", async () => {
    const line = '{"b": NaN, "i": Infinity, "c": x}';
    const bad = await failure(readColumns(write("after.jsonl", `{"b": 1}\n${line}\n`)));
    expect(bad.problem).toBe(
      `invalid JSON: Unexpected token 'x' at character ${line.indexOf("x") + 1} of this line`,
    );
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

  test("a number past the largest double is an infinity of a numeric column, as in a CSV file", async () => {
    const file = write("huge.jsonl", '{"a": 1.5}\n{"a": 2.5}\n{"a": 1e400}\n{"a": -1e400}\n');
    const table = await readColumns(file);
    expect(table.columns.get("a")?.type).toBe("numeric");
    expect(column(table, "a")).toEqual([1.5, 2.5, Infinity, -Infinity]);
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

  test("each batch names the columns no line so far has as a key, over the files of a read", async () => {
    const first = write("first.jsonl", '{"id": 1, "late": null}\n{"id": 2}\n{"id": 3}\n');
    const second = write("second.jsonl", '{"id": 4}\n{"id": 5, "later": 0.5}\n');
    const fields = ["id", "late", "later", "gone", "constructor"].map((name) => ({ name }));
    const absent: (readonly string[] | undefined)[] = [];
    for await (const batch of readBatches([first, second], { schema: { fields }, batchSize: 2 })) {
      absent.push(batch.absentKeys);
    }
    // A key given as null is there; one inherited by every object (constructor) is not.
    expect(absent).toEqual([
      ["later", "gone", "constructor"],
      ["later", "gone", "constructor"],
      ["gone", "constructor"],
    ]);
    const all = write("all.jsonl", '{"id": 1, "late": 2}\n');
    const batches = await collect(readBatches(all, { schema: { fields: fields.slice(0, 2) } }));
    expect(batches.map((batch) => "absentKeys" in batch)).toEqual([false]);
  });

  test("a column a CSV file of the same read has is never named absent, before or after", async () => {
    const csv = write("part.csv", "id,score\n1,0.5\n");
    const jsonl = write("part.jsonl", '{"id": 2}\n');
    for (const files of [
      [csv, jsonl],
      [jsonl, csv],
    ]) {
      const fields = [{ name: "id" }, { name: "score" }];
      const batches = await collect(readBatches(files, { schema: { fields }, batchSize: 1 }));
      expect(batches.at(-1)!.names).toEqual(["id", "score"]);
      expect(batches.some((batch) => "absentKeys" in batch)).toBe(files[0] === jsonl);
      expect("absentKeys" in batches.at(-1)!).toBe(false);
    }
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

  test("a file without an object is no rows: of the schema's fields, else of no column", async () => {
    for (const text of ["", "\n", "  \r\n\n"]) {
      const file = write("empty.jsonl", text);
      expect(await collect(readBatches(file))).toEqual([]);
      const fields = [{ name: "id", type: "integer" as const }, { name: "note" }];
      const [batch, ...more] = await collect(readBatches(file, { schema: { fields } }));
      expect(more).toEqual([]);
      expect(batch).toMatchObject({ length: 0, names: ["id", "note"], file });
      expect(batch!.columns.get("id")!.type).toBe("integer");
      expect("absentKeys" in batch! || "lateKeys" in batch!).toBe(false);
    }
    // An empty file among others adds no rows and changes no column.
    const rows = write("rows.jsonl", '{"id": 1}\n');
    const empty = write("none.jsonl", "");
    expect(column(await readColumns([empty, rows, empty]), "id")).toEqual([1]);
  });

  test("a key first seen after the rows typing looked at is named at its first line, over the files", async () => {
    const first = write("first.jsonl", '{"id": 1}\n{"id": 2}\n{"id": 3, "promo": "a"}\n');
    const second = write(
      "second.jsonl",
      '{"id": 4, "promo": null, "id2": 0}\n{"id": 5, "id": 6, "constructor": 1}\n',
    );
    const late: unknown[] = [];
    for await (const batch of readBatches([first, second], { inferRows: 2, batchSize: 2 })) {
      expect(batch.names).toEqual(["id"]);
      late.push(batch.lateKeys);
    }
    expect(late).toEqual([
      undefined,
      [{ name: "promo", file: first, line: 3 }],
      [
        { name: "promo", file: first, line: 3 },
        { name: "id2", file: second, line: 1 },
        { name: "constructor", file: second, line: 2 },
      ],
    ]);
    // A key the schema declares is a column, read from every line: not late.
    const schema = { fields: [{ name: "promo" }] };
    const declared = await collect(readBatches(first, { inferRows: 2, schema }));
    expect(declared.map((batch) => batch.lateKeys)).toEqual([undefined]);
  });

  test("at most the first 10 late keys are named", async () => {
    const wide = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`k${i}`, i]));
    const lines = ['{"id": 1}', JSON.stringify({ id: 2, ...wide }), '{"id": 3, "k99": 1}'];
    const file = write("wide.jsonl", lines.join("\n"));
    const batches = await collect(readBatches(file, { inferRows: 1 }));
    const names = batches.at(-1)!.lateKeys!.map((key) => key.name);
    expect(names).toEqual(Array.from({ length: 10 }, (_, i) => `k${i}`));
  });
});

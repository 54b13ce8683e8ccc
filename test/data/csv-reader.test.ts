import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { FileError, inferType, readBatches, readColumns } from "@mlops/shared";
import { collect, scratchFolder } from "./temp-files.js";
import { column, failure } from "./read-helpers.js";

const write = scratchFolder();

describe("CSV per RFC 4180", () => {
  test("quoted fields keep delimiters, doubled quotes and line breaks", async () => {
    const file = write("quoted.csv", 'id,text\n1,"a, b"\n2,"say ""hi"""\n3,"two\nlines"\n');
    const table = await readColumns(file, {
      schema: { fields: [{ name: "text", type: "string" }] },
    });
    expect(column(table, "text")).toEqual(["a, b", 'say "hi"', "two\nlines"]);
    expect(column(table, "id")).toEqual([1, 2, 3]);
  });

  test("the rows kept until the types are known read as the rows after them", async () => {
    // With the types declared, inferRows only moves the line between the rows kept aside and
    // the rows typed as they come: every cell must read the same either way.
    const cell = fc.oneof(
      fc.constantFrom("", "NA", "1.5", "-0", "7", "true", "2024-02-29", "x", "é✓"),
      fc.string({ maxLength: 6 }).map((text) => `"${text.replaceAll('"', '""')}"`),
    );
    const rows = fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 12 });
    const fields = [
      { name: "n", type: "number" as const },
      { name: "s", type: "string" as const },
      { name: "t", type: "string" as const },
    ];
    let file = 0;
    await fc.assert(
      fc.asyncProperty(rows, fc.integer({ min: 1, max: 12 }), async (cells, inferRows) => {
        const path = write(
          `kept-${file++}.csv`,
          `n,s,t\n${cells.map((r) => r.join(",")).join("\n")}\n`,
        );
        const read = (rowsKept: number) =>
          readColumns(path, {
            inferRows: rowsKept,
            missingValues: ["", "NA"],
            schema: { fields },
            textColumns: ["t"],
            onInvalidCell: () => {},
          });
        const [early, late] = await Promise.all([read(inferRows), read(1000)]);
        for (const { name } of fields) expect(column(early, name)).toEqual(column(late, name));
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  test("CRLF line ends, a byte order mark and a last row without a line end", async () => {
    const file = write("crlf.csv", "\uFEFFa,b\r\n1,x\r\n2,y");
    const table = await readColumns(file);
    expect([...table.columns.keys()]).toEqual(["a", "b"]);
    expect(column(table, "a")).toEqual([1, 2]);
    expect(column(table, "b")).toEqual(["x", "y"]);
  });

  test("a delimiter option, and tabs for .tsv files", async () => {
    const semi = write("semi.csv", "a;b\n1;2,5\n");
    const table = await readColumns(semi, { delimiter: ";" });
    expect(column(table, "b")).toEqual(["2,5"]);
    const tsv = write("t.tsv", "a\tb\n1\t2\n");
    expect(column(await readColumns(tsv), "b")).toEqual([2]);
  });

  test("without a header the columns are named column1, column2, ...", async () => {
    const file = write("noheader.csv", "1,a\n2,b\n");
    const table = await readColumns(file, { header: false });
    expect([...table.columns.keys()]).toEqual(["column1", "column2"]);
    expect(table.rowCount).toBe(2);
  });

  test("blank lines are skipped and line numbers still count them", async () => {
    const file = write("blank.csv", "a\n1\n\n2\n");
    const batches = [];
    for await (const batch of readBatches(file)) batches.push(batch);
    expect(batches[0]!.length).toBe(2);
    expect([...batches[0]!.lineNumbers]).toEqual([2, 4]);
  });

  test("a line of spaces or tabs alone is blank before the header and in a table of columns, as pandas has it", async () => {
    const rows = Array.from({ length: 20 }, (_, i) => `${i},${i % 3}`);
    // Among the rows inference reads, and past them on the one-pass path.
    const text = `a,b\n${rows.slice(0, 10).join("\n")}\n   \n${rows.slice(10).join("\n")}\n\t\n`;
    const [batch] = await collect(readBatches(write("spaces.csv", text), { inferRows: 5 }));
    expect(batch!.length).toBe(20);
    expect([...batch!.lineNumbers].slice(9, 11)).toEqual([11, 13]);
    // Before the header too: the header is the first line with something on it.
    const leading = await readColumns(write("leading.csv", " \t\na,b\n1,2\n"));
    expect([...leading.columns.keys()]).toEqual(["a", "b"]);
    expect(column(leading, "b")).toEqual([2]);
    // Quoted, the spaces are a value: a row of one field, refused as ragged.
    const quoted = await failure(readColumns(write("quoted.csv", 'a,b\n1,2\n"  "\n')));
    expect(quoted.lineNumber).toBe(3);
    expect(quoted.problem).toMatch(/^this row has 1 field, the header has 2/);
  });

  test("line numbers follow line breaks inside quoted fields", async () => {
    const file = write("lines.csv", 'a,b\n1,"x\ny"\n2,z\n');
    const [batch] = await collect(readBatches(file));
    expect([...batch!.lineNumbers]).toEqual([2, 4]);
  });

  test.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
  ])(
    "in a file whose rows end in %s, a lone CR inside a quoted field is no line break, as grep -n and git count lines",
    async (_, end) => {
      const file = write(
        "lone-cr.csv",
        `id,note${end}1,"x\ry"${end}2,"two\r\nlines"${end}3,z${end}`,
      );
      const table = await readColumns(file);
      expect(column(table, "note")).toEqual(["x\ry", "two\r\nlines", "z"]);
      const [batch] = await collect(readBatches(file));
      expect([...batch!.lineNumbers]).toEqual([2, 3, 5]);
    },
  );

  test("in a file whose rows end in lone CRs (classic Mac OS), a CR inside a quoted field is a line break", async () => {
    const file = write("mac.csv", 'id,note\r1,"x\ry"\r2,"two\r\nlines"\r3,z\r');
    const [batch] = await collect(readBatches(file));
    expect(batch!.length).toBe(3);
    expect([...batch!.lineNumbers]).toEqual([2, 4, 6]);
  });

  test("between fields a lone CR still ends a row, whatever the file's first row ends in", async () => {
    const file = write("mixed.csv", 'id,note\n1,"x\ry"\r2,z\n3,w\n');
    const [batch] = await collect(readBatches(file));
    expect([...batch!.lineNumbers]).toEqual([2, 3, 4]);
  });

  test("fields that cross the 1 MiB chunk boundary are read whole", async () => {
    const rows = ["id,text"];
    for (let i = 0; i < 40_000; i++) rows.push(`${i},"row ${i}, with ""quotes"" and\nbreak"`);
    const file = write("chunks.csv", rows.join("\r\n") + "\r\n");
    const table = await readColumns(file, { batchSize: 7_000 });
    expect(table.rowCount).toBe(40_000);
    const text = column(table, "text");
    expect(text[39_999]).toBe('row 39999, with "quotes" and\nbreak');
    expect(column(table, "id").every((v, i) => v === i)).toBe(true);
  });

  test("a 5 MB field is one value", async () => {
    const big = "x".repeat(5_000_000);
    const file = write("huge.csv", `a,b\n1,${big}\n2,"${big}"\n`);
    const table = await readColumns(file);
    expect(table.rowCount).toBe(2);
    expect((column(table, "b")[1] as string).length).toBe(5_000_000);
  });
});

describe("errors name the file and the line", () => {
  test("a ragged row", async () => {
    const file = write("ragged.csv", "a,b\n1,2\n3\n");
    const error = await failure(readColumns(file));
    expect(error).toBeInstanceOf(FileError);
    expect(error.file).toBe(file);
    expect(error.lineNumber).toBe(3);
    expect(error.message).toBe(`${file}:3: this row has 1 field, the header has 2`);
  });

  test("an unterminated quote names the line where it opens", async () => {
    const file = write("unterminated.csv", 'a,b\n1,2\n3,"open\nstill open\n');
    const error = await failure(readColumns(file));
    expect(error.lineNumber).toBe(3);
    expect(error.message).toContain("never closes");
  });

  // Past the first 1 MiB read too, so that the first row's line end is remembered between reads.
  test.each([
    ["LF", "\n", 4],
    ["CR (old Mac)", "\r", 5],
  ])(
    "errors after a quoted field with a lone CR, in a file whose rows end in %s, name the line",
    async (_, end, line) => {
      const padding = `p,0${end}`.repeat(200_000);
      const rows = `"x\ry",1${end}b,3.5${end}c,abc${end}`;
      const fields = [{ name: "n", type: "number" as const }];
      const typed = write("typed.csv", `id,n${end}${padding}${rows}`);
      const error = await failure(readColumns(typed, { schema: { fields } }));
      expect(error.lineNumber).toBe(200_000 + line);
      const ragged = write("ragged-cr.csv", `id,n${end}${rows.replace("c,abc", "c")}`);
      expect((await failure(readColumns(ragged))).message).toBe(
        `${ragged}:${line}: this row has 1 field, the header has 2`,
      );
    },
  );

  test("text after a closing quote names the character, whole, and the field it follows", async () => {
    const file = write("after-quote.csv", 'a,b\n1,"x"y\n');
    const error = await failure(readColumns(file));
    expect(error.lineNumber).toBe(2);
    expect(error.problem).toBe('unexpected "y" after the closing quote of field 2');
    const accent = await failure(readColumns(write("accent.csv", 'a\n"caf"é\n')));
    expect(accent.problem).toBe('unexpected "é" after the closing quote of field 1');
    const emoji = await failure(readColumns(write("emoji.csv", 'a\n"x"😀\n')));
    expect(emoji.problem).toBe('unexpected "😀" after the closing quote of field 1');
    // A byte that begins no character is refused before the fields are read, named in hex.
    const bytes = Buffer.concat([Buffer.from('a\n"x"'), Buffer.from([0x85]), Buffer.from("\n")]);
    const lone = await failure(readColumns(write("lone-byte.csv", bytes)));
    expect(lone.problem).toBe("the byte 0x85 (character 4 of this line) is not valid UTF-8");
  });

  test("invalid UTF-8", async () => {
    const bytes = Buffer.concat([
      Buffer.from("a,b\n1,ok\n2,"),
      Buffer.from([0xc3, 0x28]),
      Buffer.from("\n"),
    ]);
    const file = write("latin.csv", bytes);
    const error = await failure(readColumns(file));
    expect(error.lineNumber).toBe(3);
    // The byte and where an editor's cursor finds it: never the text around it.
    expect(error.problem).toBe("the byte 0xC3 (character 3 of this line) is not valid UTF-8");
  });

  // Files longer than one 4 MiB read, so that the bad line is read before the last one.
  test.each([
    ["CR (old Mac)", "\r"],
    ["LF", "\n"],
    ["CRLF", "\r\n"],
  ])(
    "invalid UTF-8 is refused at its line in a long file whose lines end in %s",
    async (_, end) => {
      const bytes = Buffer.concat([
        Buffer.from(`id,note${end}1,"two${end}lines"${end}2,ok${end}3,`),
        Buffer.from([0xff]),
        Buffer.from(`${end}${`4,padding${end}`.repeat(500_000)}`),
      ]);
      const error = await failure(readColumns(write("long-latin.csv", bytes)));
      expect(error.lineNumber).toBe(5);
      expect(error.problem).toBe("the byte 0xFF (character 3 of this line) is not valid UTF-8");
    },
  );

  test("a character after a closing quote is named whole where a read splits it", async () => {
    // The first 1 MiB read ends after the first byte of the é.
    const size = 2 ** 20;
    const text = `a\n${"x\n".repeat((size - 6) / 2)}"q"é\n`;
    const error = await failure(readColumns(write("split-after-quote.csv", text)));
    expect(Buffer.from(text)[size - 1]).toBe(0xc3);
    expect(error.lineNumber).toBe(size / 2 - 1);
    expect(error.problem).toBe('unexpected "é" after the closing quote of field 1');
  });

  test.each(["é", "€", "😀"])(
    "a character split between two reads is not mistaken for invalid UTF-8: %s",
    async (char) => {
      const size = Buffer.byteLength(char);
      // The first 4 MiB read ends after byte 1, 2... of the first character on the second line.
      for (let cut = 1; cut < size; cut++) {
        const padding = "x".repeat(4 * 2 ** 20 - "note\n".length - cut);
        const file = write("split.csv", `note\n${padding}${char.repeat(4)}\n`);
        const fields = [{ name: "note", type: "string" as const }];
        const table = await readColumns(file, { schema: { fields } });
        expect(String(column(table, "note")[0]).endsWith(char.repeat(4))).toBe(true);
      }
    },
  );

  test("a value that does not fit the inferred type, after the inference rows", async () => {
    const rows = ["x"];
    for (let i = 0; i < 30; i++) rows.push(String(i));
    rows.push("n/a");
    const file = write("late.csv", rows.join("\n"));
    const error = await failure(readColumns(file, { inferRows: 10 }));
    expect(error.lineNumber).toBe(32);
    expect(error.message).toContain("column 'x' (integer): \"n/a\" is not an integer");
  });

  test("a value that does not fit the declared type", async () => {
    const file = write("declared.csv", "x\n1\nabc\n");
    const error = await failure(
      readColumns(file, { schema: { fields: [{ name: "x", type: "number" }] } }),
    );
    expect(error.message).toBe(`${file}:3: column 'x' (numeric): "abc" is not a number`);
  });

  test("an empty file, a missing file, a pattern that matches nothing", async () => {
    const empty = await failure(readColumns(write("empty.csv", "")));
    expect(empty.problem).toBe("the file is empty: no header names its columns");
    expect(empty.fix).toBe(
      "Write the header row, which makes a file of no rows, or read the file with a data contract that declares its columns",
    );
    expect((await failure(readColumns("/nonexistent/data.csv"))).message).toContain("no such file");
    expect((await failure(readColumns("/nonexistent/*.csv"))).message).toContain("no file matches");
  });

  test("an empty file read with a schema is no rows of its fields; among other files, no rows", async () => {
    const empty = write("empty.csv", "");
    const schema = { fields: [{ name: "id", type: "integer" as const }, { name: "city" }] };
    const table = await readColumns(empty, { schema });
    expect(table.rowCount).toBe(0);
    expect([...table.columns.keys()]).toEqual(["id", "city"]);
    expect(table.columns.get("id")!.type).toBe("integer");
    const rows = write("rows.csv", "id,city\n1,Oslo\n");
    expect(column(await readColumns([empty, rows, empty]), "city")).toEqual(["Oslo"]);
  });

  test("a schema field the data lacks", async () => {
    const file = write("lacks.csv", "a\n1\n");
    const error = await failure(readColumns(file, { schema: { fields: [{ name: "b" }] } }));
    expect(error.message).toContain("declares a column 'b'");
    expect([error.lineNumber, error.column]).toEqual([1, "b"]);
  });

  test("an invalid cell names its column and problem as fields", async () => {
    const file = write("invalid-cell.csv", "a,b\n1,x\n2,3\n");
    const schema = { fields: [{ name: "b", type: "integer" as const }] };
    const error = await failure(readColumns(file, { schema }));
    expect(error.column).toBe("b");
    expect(error.problem).toBe(`column 'b' (integer): "x" is not an integer`);
    expect(error.lineNumber).toBe(2);
  });

  test("onInvalidCell reports every invalid cell and stores it as missing", async () => {
    const file = write("invalid-cells.csv", "a,b\n1,x\n2,3\n3,4.5\n");
    const seen: [string, number, string][] = [];
    const table = await readColumns(file, {
      schema: { fields: [{ name: "b", type: "integer" }] },
      onInvalidCell: (name, line, text) => seen.push([name, line, text]),
    });
    expect(seen).toEqual([
      ["b", 2, "x"],
      ["b", 4, "4.5"],
    ]);
    expect(column(table, "b")).toEqual([null, 3, null]);
  });
});

describe("documented results for awkward data", () => {
  test("a header-only file has its columns and no rows", async () => {
    const table = await readColumns(write("header-only.csv", "a,b\n"));
    expect(table.rowCount).toBe(0);
    expect([...table.columns.keys()]).toEqual(["a", "b"]);
    expect(table.columns.get("a")!.type).toBe("text");
  });

  test("an all-missing column is text, every value missing", async () => {
    const table = await readColumns(write("all-missing.csv", "a,b\n,1\n,2\n"));
    expect(table.columns.get("a")!.type).toBe("text");
    expect(column(table, "a")).toEqual([null, null]);
  });

  test("missing values are configurable", async () => {
    const file = write("na.csv", "a,b\n1,NA\nnull,2\n3,\n");
    const table = await readColumns(file, { missingValues: ["NA", "null"] });
    expect(column(table, "a")).toEqual([1, null, 3]);
    // "" is not missing any more: column b holds an empty string, so it is a string column.
    expect(column(table, "b")).toEqual([null, "2", ""]);
  });

  test("a missing value is missing in every typed column, even one it would pass for a value of", async () => {
    // Past the first row, plain rows take the one-pass path: a number, a date or a boolean
    // spelled by a missing value must not be read as that value there.
    const file = write(
      "typed-na.csv",
      "n,d,b,c\n1,2024-01-01,true,x\n-999,2024-01-02,false,NA\nNA,1900-01-01,NA,y\n2,NA,0,n/a\n",
    );
    const table = await readColumns(file, {
      inferRows: 1,
      missingValues: ["", "NA", "n/a", "-999", "1900-01-01", "0"],
      schema: {
        fields: [
          { name: "n", type: "number" },
          { name: "d", type: "date" },
          { name: "b", type: "boolean" },
          { name: "c", type: "string" },
        ],
      },
    });
    expect(column(table, "n")).toEqual([1, null, null, 2]);
    expect(column(table, "d")).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 2), null, null]);
    expect(column(table, "b")).toEqual([1, 0, null, null]);
    expect(column(table, "c")).toEqual(["x", null, "y", null]);
  });

  test("a float column with NaN and INF cells, as pandas writes it, is inferred numeric and read as a declared number", async () => {
    const floats = Array.from({ length: 200 }, (_, i) => String(i + 0.25));
    const odd = ["inf", "INF", "-inf", "+Inf", "NaN", "nan"];
    // Three odd cells among the rows inference reads, three past them on the one-pass path.
    const cells = [...floats.slice(0, 5), ...odd.slice(0, 3), ...floats.slice(5), ...odd.slice(3)];
    const file = write("pandas-floats.csv", `x\n${cells.join("\n")}\n`);
    const inferred = await readColumns(file, { inferRows: 50 });
    expect(inferred.columns.get("x")!.type).toBe("numeric");
    const declared = await readColumns(file, {
      schema: { fields: [{ name: "x", type: "number" }] },
    });
    expect(column(inferred, "x")).toEqual(column(declared, "x"));
    // NaN is no value, as in a declared number; the infinities are values.
    expect(column(inferred, "x").slice(5, 8)).toEqual([Infinity, Infinity, -Infinity]);
    expect(column(inferred, "x").slice(-3)).toEqual([Infinity, null, null]);
    // Integers with an INF are no integers; a word no number spells makes text.
    expect(inferType(["1", "2", "INF"])).toBe("numeric");
    expect(inferType(["1.5", "Infinite"])).toBe("categorical");
  });

  test("a declared number takes NaN, INF and Infinity, signed or not, in any case, and still no other spelling", async () => {
    const number = { fields: [{ name: "a", type: "number" as const }] };
    const read = async (name: string, text: string) => {
      const invalid: string[] = [];
      const table = await readColumns(write(name, text), {
        schema: number,
        // Past the first row, the one-pass path: the spellings are read on the path it leaves.
        inferRows: 1,
        onInvalidCell: (_, line, cell) => invalid.push(`${line}: ${cell}`),
      });
      return { values: column(table, "a"), invalid };
    };
    // NaN is read as the number NaN, no value, and not as a bad cell made missing.
    expect(await read("cases.csv", "a\n1\nnan\ninf\n-Inf\n+iNF\nNAN\n")).toEqual({
      values: [1, null, Infinity, -Infinity, Infinity, null],
      invalid: [],
    });
    // Spark and Java write Infinity; C's printf writes -nan.
    expect(await read("words.csv", "a\n1\nInfinity\n-infinity\n+INFINITY\n-nan\n")).toEqual({
      values: [1, Infinity, -Infinity, Infinity, null],
      invalid: [],
    });
    // ı (dotless i) upper-cases to I: only ASCII letters fold.
    const others = await read("others.csv", "a\n1\nInfinit\n--inf\ninfinityy\nınf\n+-nan\n");
    expect(others.invalid).toEqual([
      "3: Infinit",
      "4: --inf",
      "5: infinityy",
      "6: ınf",
      "7: +-nan",
    ]);
    // Inference reads them as a declared number does, in any case.
    const inferred = await readColumns(write("inferred.csv", "a\n1\nnan\ninf\n-Inf\n"));
    expect(inferred.columns.get("a")!.type).toBe("numeric");
    expect(column(inferred, "a")).toEqual([1, null, Infinity, -Infinity]);
  });

  test("a number padded with spaces or tabs is read as pandas reads it, on either path", async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `${i}, ${i + 0.5} ,x${i}`);
    // Padded past the rows inference reads too, where the one-pass path meets them.
    const file = write("padded.csv", `n,v,t\n${rows.join("\n")}\n\t7\t, -INF ,y\n`);
    const inferred = await readColumns(file, { inferRows: 5 });
    expect(inferred.columns.get("n")!.type).toBe("integer");
    expect(inferred.columns.get("v")!.type).toBe("numeric");
    expect(column(inferred, "n").slice(-2)).toEqual([49, 7]);
    expect(column(inferred, "v").slice(-2)).toEqual([49.5, -Infinity]);
    // A declared number and integer read them alike; text keeps its spaces.
    const declared = await readColumns(file, {
      inferRows: 1,
      schema: {
        fields: [
          { name: "n", type: "integer" },
          { name: "v", type: "number" },
          { name: "t", type: "string" },
        ],
      },
    });
    expect(column(declared, "n")).toEqual(column(inferred, "n"));
    expect(column(declared, "v")).toEqual(column(inferred, "v"));
    expect(column(declared, "t").slice(-1)).toEqual(["y"]);
  });

  test("a date field takes a date alone and a datetime field a date and a time, as Table Schema's default format", async () => {
    const file = write("date-forms.csv", "d\n2024-05-01\n2024-05-01T12:30:00\n");
    const read = (type: "date" | "datetime", format?: "any") =>
      readColumns(file, { schema: { fields: [{ name: "d", type, format }] }, inferRows: 1 });
    expect((await failure(read("date"))).message).toBe(
      `${file}:3: column 'd' (datetime): "2024-05-01T12:30:00" is a date-time, not a date: declare the field "datetime" to keep its time, or give it format: any where dates and date-times mix`,
    );
    expect((await failure(read("datetime"))).message).toBe(
      `${file}:2: column 'd' (datetime): "2024-05-01" is a date without a time: declare the field "date", add the time (such as T00:00:00Z), or give it format: any where dates and date-times mix`,
    );
    // Format any, and inference, take both forms: a column of dates and date-times reads whole.
    const both = [Date.UTC(2024, 4, 1), Date.UTC(2024, 4, 1, 12, 30)];
    expect(column(await read("datetime", "any"), "d")).toEqual(both);
    expect(column(await read("date", "any"), "d")).toEqual(both);
    const inferred = await readColumns(file);
    expect(inferred.columns.get("d")!.type).toBe("datetime");
    expect(column(inferred, "d")).toEqual(both);
  });

  test("a date field that refuses a cell says which form it takes, in JSON Lines too", async () => {
    const csvFile = write("not-a-date.csv", "d\n2024-05-01\nsoon\n");
    const date = { schema: { fields: [{ name: "d", type: "date" as const }] } };
    expect((await failure(readColumns(csvFile, date))).problem).toBe(
      `column 'd' (datetime): "soon" is not an ISO 8601 date`,
    );
    const jsonl = write("date-forms.jsonl", '{"d": "2024-05-01"}\n{"d": "2024-05-01T00:00:00Z"}\n');
    const error = await failure(readColumns(jsonl, date));
    expect(error.lineNumber).toBe(2);
    expect(error.problem).toBe(
      `key 'd' (datetime): "2024-05-01T00:00:00Z" is a date-time, not a date: declare the field "datetime" to keep its time, or give it format: any where dates and date-times mix`,
    );
  });
});

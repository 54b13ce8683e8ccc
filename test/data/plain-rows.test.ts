import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { DataError, readBatches, type Batch, type ReadOptions } from "@mlops/shared/data";
import { scratchFolder } from "./temp-files.js";

// A row whose fields are all unquoted is read in one pass over its bytes (numbers parsed as
// they are scanned); any other row goes through the tokenizer. The same table written with
// every field quoted takes the tokenizer's path on every row, so the two reads must give the
// same columns, the same invalid cells and the same errors, bit for bit.

const write = scratchFolder();

const NUMBERS = ["0", "-0", "+3", "12", ".5", "5.", "-2.5", "1e5", "1E-3", "2.5e+10", "007"];
const ODD_NUMBERS = ["1e", "1e+", "12x", "-", ".", "1.2.3", "12345678901234567890", "1e400"];
const MORE_NUMBERS = ["0.1234567890123456789", "9007199254740993", "-1e-400", "4.9e-324"];
const WORDS = ["", "NA", "a", "sku0001", "é", "a b", 'x"y', "NaN", "INF", "-INF", " 1"];
const DATES = ["2024-01-31", "2024-02-29", "2023-02-29", "2024-01-31T12:00:00Z", "0099-01-01"];
const BOOLEANS = ["true", "False", "TRUE", "yes"];
const VOCABULARY = {
  number: [...NUMBERS, ...MORE_NUMBERS],
  integer: ["0", "-7", "+12", "9007199254740993", "1.0"],
  boolean: BOOLEANS,
  date: DATES,
  string: WORDS,
} as const;
type Kind = keyof typeof VOCABULARY;
const ANY = [...NUMBERS, ...ODD_NUMBERS, ...MORE_NUMBERS, ...WORDS, ...DATES, ...BOOLEANS];

const tables = fc
  .record({
    kinds: fc.array(fc.constantFrom(...(Object.keys(VOCABULARY) as Kind[])), {
      minLength: 1,
      maxLength: 5,
    }),
    declare: fc.boolean(),
    rows: fc.integer({ min: 0, max: 40 }),
    seedCells: fc.array(fc.tuple(fc.nat(), fc.nat(9)), { minLength: 200, maxLength: 200 }),
    lineEnds: fc.array(fc.constantFrom("\n", "\r\n", "\r", "\n\n"), { minLength: 1, maxLength: 4 }),
    finalEnd: fc.boolean(),
    // A space and `e` are in cells; a CR is in line ends; `e` is in numbers.
    delimiter: fc.constantFrom(",", ";", "\t", "|", " ", "\r", "e"),
    // Rows one field short or long, and plain rows with a quoted field, now and then.
    ragged: fc.array(fc.constantFrom(0, 0, 0, 0, 0, 0, -1, 1), { minLength: 41, maxLength: 41 }),
    quoteEvery: fc.integer({ min: 5, max: 60 }),
    files: fc.constantFrom(1, 2),
    // Without a header, the names' row is a row of data.
    header: fc.boolean(),
    // Missing values a typed column can or cannot take for a value: a number, a date or a
    // boolean's plain path is open only to the second kind.
    missingValues: fc.constantFrom(
      undefined,
      ["", "NA"],
      ["NA"],
      ["-0"],
      ["", "-0"],
      ["", "NaN", "n/a", "INF"],
      ["", "true", "2024-01-31", "NA"],
    ),
    collectInvalid: fc.boolean(),
    textAsBytes: fc.boolean(),
    bytesColumn: fc.nat(5),
    batchSize: fc.integer({ min: 1, max: 16 }),
    // Rows before typing is known are kept and replayed through the tokenizer's path.
    inferRows: fc.integer({ min: 1, max: 4 }),
  })
  .map((t) => {
    let next = 0;
    const cell = (kind: Kind) => {
      const [pick, odd] = t.seedCells[next++ % t.seedCells.length]!;
      const list = odd === 0 ? ANY : VOCABULARY[kind];
      return list[pick % list.length]!;
    };
    const names = t.kinds.map((_, i) => `c${i}`);
    const rows = Array.from({ length: t.rows }, (_, r) => {
      const cells = t.kinds.map(cell);
      if (t.ragged[r] === -1) cells.pop();
      if (t.ragged[r] === 1) cells.push(cell("number"));
      return cells;
    });
    return { ...t, names, rows };
  });

type Table = typeof tables extends fc.Arbitrary<infer T> ? T : never;
type Settings = Pick<
  Table,
  | "kinds"
  | "names"
  | "declare"
  | "delimiter"
  | "missingValues"
  | "collectInvalid"
  | "textAsBytes"
  | "bytesColumn"
  | "batchSize"
  | "inferRows"
  | "header"
>;

/**
 * Rows of the table as CSV, every field quoted, or plain but for every `quoteEvery`-th field
 * and a field that plain would change: one holding the delimiter, or an empty one that would
 * start its line with a line end (the only field of a row, or the first before a CR delimiter):
 * a blank line, which is no row.
 */
function csv(table: Table, rows: readonly string[][], quoted: boolean): string {
  const field = (text: string) => `"${text.replaceAll('"', '""')}"`;
  let k = 0;
  const plain = (text: string, i: number, cells: readonly string[]) =>
    ++k % table.quoteEvery !== 0 &&
    !text.includes(table.delimiter) &&
    !(text === "" && i === 0 && (cells.length === 1 || table.delimiter === "\r"));
  const lines = [table.names, ...rows].map((cells) =>
    cells.map((c, i) => (quoted || !plain(c, i, cells) ? field(c) : c)).join(table.delimiter),
  );
  let text = "";
  lines.forEach((line, i) => {
    const end = table.lineEnds[i % table.lineEnds.length]!;
    text += line + (i < lines.length - 1 || table.finalEnd ? end : "");
  });
  return text;
}

function options(table: Settings, invalid: string[]): ReadOptions {
  const types = { number: "number", integer: "integer", boolean: "boolean", date: "date" };
  return {
    delimiter: table.delimiter,
    batchSize: table.batchSize,
    inferRows: table.inferRows,
    header: table.header,
    textAsBytes: table.textAsBytes,
    byteColumns: [`c${table.bytesColumn}`],
    ...(table.missingValues && { missingValues: table.missingValues }),
    ...(table.declare && {
      schema: {
        fields: table.kinds.map((kind, i) => ({
          name: table.names[i]!,
          type: kind === "string" ? "string" : types[kind],
        })),
      },
    }),
    ...(table.collectInvalid && {
      onInvalidCell: (column, line, text, row) => invalid.push(`${column}:${line}:${row}:${text}`),
    }),
  } as ReadOptions;
}

/** Everything a batch holds but its file's name, numbers as their bytes (NaN, -0 included). */
function snapshot(batch: Batch): unknown {
  const bits = (values: Float64Array) => Buffer.from(values.slice().buffer).toString("hex");
  return {
    length: batch.length,
    rowOffset: batch.rowOffset,
    lines: [...batch.lineNumbers],
    columns: [...batch.columns].map(([name, c]) =>
      "values" in c
        ? [name, c.type, bits(c.values)]
        : [name, c.type, [...c.codes], [...c.dictionary]],
    ),
    bytes: [...(batch.byteColumns ?? [])].map(([name, c]) => [
      name,
      Buffer.from(c.bytes).toString("hex"),
      [...c.starts],
      [...c.missing],
    ]),
  };
}

/** What reading `files` gives: batches and invalid cells, or the error with the files named. */
async function outcome(files: string[], table: Settings): Promise<unknown> {
  const invalid: string[] = [];
  try {
    const batches: unknown[] = [];
    for await (const batch of readBatches(files, options(table, invalid))) {
      batches.push(snapshot(batch));
    }
    return { batches, invalid };
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    const e = error as DataError;
    const message = files.reduce((m, file, f) => m.replaceAll(file, `FILE${f}`), e.message);
    return { error: message, line: e.lineNumber, invalid };
  }
}

describe("a row of plain fields, read in one pass", () => {
  test("reads as the same row with every field quoted: values, codes, lines, invalid cells and errors", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(tables, async (table) => {
        n++;
        // Two files of a dataset share the typing: the second's header is read after it.
        const half = table.files === 1 ? table.rows.length : Math.ceil(table.rows.length / 2);
        const parts = [table.rows.slice(0, half), table.rows.slice(half)].slice(0, table.files);
        const written = (quoted: boolean) =>
          parts.map((rows, f) =>
            write(`${quoted ? "quoted" : "plain"}-${n}-${f}.csv`, csv(table, rows, quoted)),
          );
        expect(await outcome(written(false), table)).toEqual(await outcome(written(true), table));
      }),
      { numRuns: 300, seed: 20_261_204 },
    );
  });

  test("rows cut by the reader's 1 MiB reads are read whole, on either path", async () => {
    // 60,000 rows of about 70 bytes, most of it a name of its own: the reads end inside rows,
    // and inside names, which must not be looked up cut short.
    const rows: string[] = [];
    let expectedSum = 0;
    for (let i = 0; i < 60_000; i++) {
      const price = ((i * 7919) % 100_000) / 100;
      expectedSum += price;
      const name = `item-${i}-of-a-long-catalogue-of-items`;
      rows.push(`${i},${price},${name},${i % 3 === 0 ? "" : -i / 8}\r\n`);
    }
    const text = `id,price,name,delta\r\n${rows.join("")}`;
    const table: Settings = {
      kinds: [],
      names: [],
      declare: false,
      delimiter: ",",
      missingValues: undefined,
      collectInvalid: false,
      textAsBytes: false,
      bytesColumn: 9,
      batchSize: 65_536,
      inferRows: 100,
      header: true,
    };
    const plain = write("long-plain.csv", text);
    const quoted = write(
      "long-quoted.csv",
      text.replaceAll(/[^,\r\n]+/g, (f) => `"${f}"`),
    );
    expect(await outcome([plain], table)).toEqual(await outcome([quoted], table));
    let sum = 0;
    let lines = 0;
    for await (const batch of readBatches(plain)) {
      const price = batch.columns.get("price");
      if (price && "values" in price) for (const v of price.values) sum += v;
      lines += batch.length;
      expect(batch.lineNumbers[0]).toBe(batch.rowOffset + 2);
    }
    expect(lines).toBe(60_000);
    expect(sum).toBeCloseTo(expectedSum, 6);
  });
});

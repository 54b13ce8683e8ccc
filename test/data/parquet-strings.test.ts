import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { DataError, cellValue, readColumns, readPredictions } from "@mlops/shared";
import { scratchFolder } from "./temp-files.js";

// Written by test/fixtures/parquet/make-fixtures.py.
const strings = fileURLToPath(new URL("../fixtures/parquet/strings/", import.meta.url));
const exported = `${strings}exported.parquet`;
// The same table, written without statistics.
const bare = `${strings}exported-bare.parquet`;
const predictions = `${strings}predictions.parquet`;
const write = scratchFolder();

type Table = Awaited<ReturnType<typeof readColumns>>;
const typesOf = (table: Table) =>
  Object.fromEntries([...table.columns].map(([name, c]) => [name, c.type]));

/** The instant of make-fixtures.py's row `i`: 2024-06-03 10:00 UTC, and 7 hours a row. */
const instant = (i: number) => Date.UTC(2024, 5, 3, 10) + i * 7 * 3_600_000;
const isoDay = (i: number) => new Date(instant(i)).toISOString().slice(0, 10);

/** The same table as a CSV export writes it, the file's own timestamps in ISO 8601 text. */
function asCsv(): string {
  const rows = Array.from({ length: 30 }, (_, i) => {
    const ts = new Date(instant(i)).toISOString().replace(".000", "");
    const day = i % 10 === 4 ? "" : isoDay(i);
    const note = i === 5 ? "unknown" : isoDay(i);
    return [ts, day, day, note, String(i % 4).padStart(5, "0"), ts].join(",");
  });
  return `ts,day,blank,note,zip,stamp\n${rows.join("\n")}\n`;
}

describe("a Parquet string column of ISO 8601 dates is a date column, as in CSV", () => {
  test("timestamps and dates written as text are dates; other strings stay strings", async () => {
    const table = await readColumns(exported);
    expect(typesOf(table)).toEqual({
      ts: "datetime",
      day: "datetime",
      // An empty string is a missing value, as in CSV, and no reason to leave the dates text.
      blank: "datetime",
      note: "categorical",
      // Digits a writer stored as strings are no number.
      zip: "categorical",
      stamp: "datetime",
    });
    for (const row of [0, 1, 29]) {
      expect(cellValue(table.columns.get("ts")!, row)).toBe(instant(row));
      expect(cellValue(table.columns.get("ts")!, row)).toBe(
        cellValue(table.columns.get("stamp")!, row),
      );
      expect(cellValue(table.columns.get("day")!, row)).toBe(Date.parse(isoDay(row)));
    }
    expect(cellValue(table.columns.get("day")!, 4)).toBeNull();
    expect(cellValue(table.columns.get("blank")!, 4)).toBeNull();
    expect(cellValue(table.columns.get("zip")!, 3)).toBe("00003");
  });

  test("the same table exported as CSV is typed the same, column for column", async () => {
    const parquet = await readColumns(exported);
    const csv = await readColumns(write("exported.csv", asCsv()));
    expect(typesOf(csv)).toEqual(typesOf(parquet));
    for (const name of ["ts", "day", "blank", "stamp"]) {
      for (let row = 0; row < 30; row++) {
        expect(cellValue(parquet.columns.get(name)!, row), `${name} row ${row}`).toBe(
          cellValue(csv.columns.get(name)!, row),
        );
      }
    }
  });

  test("a field the schema declares a string keeps its text", async () => {
    const table = await readColumns(exported, {
      schema: { fields: [{ name: "ts", type: "string" }] },
    });
    // 30 distinct values of 30: strings, too varied to be categories.
    expect(table.columns.get("ts")!.type).toBe("text");
    expect(cellValue(table.columns.get("ts")!, 0)).toBe("2024-06-03T10:00:00Z");
  });

  test("a word however late that the footer's statistics show keeps the column a string", async () => {
    // Inference reads rows 0 to 4, all dates; the file's statistics give `unknown` as the
    // greatest value of `note`, from row 5.
    const table = await readColumns(exported, { inferRows: 5 });
    expect(table.columns.get("note")!.type).toBe("categorical");
    expect(cellValue(table.columns.get("note")!, 0)).toBe("2024-06-03");
    expect(cellValue(table.columns.get("note")!, 5)).toBe("unknown");
    expect(table.columns.get("day")!.type).toBe("datetime");

    // A word the read takes for a missing value says nothing against the dates.
    const missing = await readColumns(exported, {
      inferRows: 5,
      columnMissingValues: new Map([["note", ["", "unknown"]]]),
    });
    expect(missing.columns.get("note")!.type).toBe("datetime");
    expect(cellValue(missing.columns.get("note")!, 5)).toBeNull();
  });

  test("without statistics, a later string that is no date stops the read at its row, as a CSV cell does", async () => {
    const refusal = (file: string) =>
      readColumns(file, { inferRows: 5 }).then(
        () => expect.unreachable("read"),
        (error: unknown) => error as DataError,
      );
    const problem = `column 'note' (datetime): "unknown" is not an ISO 8601 date or date-time`;
    const parquet = await refusal(bare);
    expect(parquet).toBeInstanceOf(DataError);
    expect(parquet.rowIndex).toBe(5);
    expect(parquet.message).toBe(`${bare}: row 5: ${problem}`);
    const csv = write("exported.csv", asCsv());
    expect((await refusal(csv)).message).toBe(`${csv}:7: ${problem}`);
  });
});

describe("a slice column of dates written as text", () => {
  test("names its slices as the file writes them, in Parquet as in CSV", async () => {
    const week = (i: number) => (i < 12 ? "2024-06-03" : "2024-06-10");
    const rows = Array.from(
      { length: 20 },
      (_, i) => `e${i},${i % 2},${Math.floor(i / 2) % 2},${week(i)}`,
    );
    const csv = write("predictions.csv", `id,label,prediction,week\n${rows.join("\n")}\n`);
    for (const file of [predictions, csv]) {
      const read = await readPredictions(file, { slices: ["week"] });
      const slice = read.slices.get("week")!;
      expect(slice.names, file).toEqual(["2024-06-03", "2024-06-10"]);
      expect(Array.from(slice.codes, (code) => slice.names[code])).toEqual(
        Array.from({ length: 20 }, (_, i) => week(i)),
      );
    }
  });
});

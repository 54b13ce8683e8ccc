import { describe, expect, test } from "vitest";
import { readColumns, type TableSchemaField } from "@mlops/shared";
import { column, failure } from "./read-helpers.js";
import { scratchFolder } from "./temp-files.js";

const write = scratchFolder();

/** A JSON Lines file of one key, `d`, a line per value. */
const lines = (values: readonly (number | string)[]) =>
  write("d.jsonl", values.map((value) => `{"d": ${value}}`).join("\n"));

/** The file read with `d` declared as `field` says (a date by default). */
const read = (file: string, field: Partial<TableSchemaField> = {}) =>
  readColumns(file, { schema: { fields: [{ name: "d", type: "date", ...field }] } });

/** The one line a read of `values` is refused with, `d` declared as `field` says. */
async function refusal(values: readonly (number | string)[], field?: Partial<TableSchemaField>) {
  return (await failure(read(lines(values), field))).line;
}

const FIX = "Fix the value, or declare the column's type in the schema";
const SECONDS = Date.UTC(2024, 5, 12, 20, 34) / 1000;
/** Dates near 1970 that pandas writes: 1968-03-01 and 1971-06-01, in milliseconds. */
const NEAR = [Date.UTC(1968, 2, 1), Date.UTC(1971, 5, 1)] as const;
/** A Parquet file of dates as numbers (see make-fixtures.py): 1968, 1971 and 2024 per column. */
const EPOCH_NUMBERS = "test/fixtures/parquet/dates/epoch-numbers.parquet";
/**
 * Whether Node hands a JSON reviver the number's source (from Node 21 on), where the reader keeps
 * an integer past 2^53 exact, as the digits written: a bigint, still a number, not text.
 */
const KEEPS_LONG_DIGITS = JSON.parse(
  "1",
  (_key, _value, context?: { source?: string }) => context?.source !== undefined,
) as boolean;

/** The words of a number refused as milliseconds, read as `instant`, that looks like `what`. */
const looksLike = (value: string, instant: string, what: string, fix: string) =>
  `${value} is ${instant} in milliseconds since 1970, the unit of a number in a date column, but looks like ${what}: ${fix}, or write it as ISO 8601 text`;

/** The Parquet fixture's column `name` read alone, declared a date or as `field` says. */
const readEpochColumn = (name: string, field: Partial<TableSchemaField> = {}) =>
  readColumns(EPOCH_NUMBERS, {
    schema: { fields: [{ name, type: "date", ...field }] },
    usedColumns: { only: [name] },
  });

describe("a number in a date or datetime field", () => {
  test("in JSON Lines is milliseconds since 1970, as pandas' to_json writes dates, before 1970 too", async () => {
    const days = [Date.UTC(2024, 5, 12), Date.UTC(1950, 0, 1), Date.UTC(1975, 0, 1)];
    expect(column(await read(lines(days)), "d")).toEqual(days);
    const instants = [SECONDS * 1000, Date.UTC(1960, 0, 1, 12)];
    expect(column(await read(lines(instants), { type: "datetime" }), "d")).toEqual(instants);
    // format: any takes a date and a time of day alike, as its ISO 8601 text does.
    expect(column(await read(lines(instants), { format: "any" }), "d")).toEqual(instants);
  });

  test("takes pandas' milliseconds of dates from late 1966 to early 1973, in JSON Lines and Parquet", async () => {
    const days = [
      Date.UTC(1966, 10, 1),
      ...NEAR,
      Date.UTC(1969, 5, 1),
      // The nearest day to 1970 taken: 10^10 milliseconds after it is 1970-04-26T17:46:40Z.
      Date.UTC(1970, 3, 27),
      Date.UTC(1973, 1, 1),
    ];
    expect(column(await read(lines(days)), "d")).toEqual(days);
    expect(column(await read(lines(days), { type: "datetime" }), "d")).toEqual(days);
    expect(column(await readEpochColumn("ms"), "ms")).toEqual([...NEAR, Date.UTC(2024, 5, 1)]);
  });

  test("in a date field, is refused where it is no midnight UTC, at its line, with the fix", async () => {
    const file = lines([Date.UTC(2024, 5, 12), SECONDS * 1000]);
    expect((await failure(read(file))).line).toBe(
      `${file}:2: key 'd' (datetime): 1718224440000 is 2024-06-12T20:34:00.000Z in milliseconds since 1970, the unit of a number in a date column, and has a time of day, where a date is a midnight UTC: declare the field datetime to keep the time, or write the date as ISO 8601 text. ${FIX}`,
    );
  });

  test("is refused where its size says seconds, microseconds or nanoseconds, with the conversion", async () => {
    const datetime = { type: "datetime" } as const;
    expect(await refusal([SECONDS], datetime)).toContain(
      "1718224440 is 1970-01-20T21:17:04.440Z in milliseconds since 1970, the unit of a number in a date column, but looks like seconds, 2024-06-12T20:34:00.000Z: multiply it by 1,000, or write it as ISO 8601 text",
    );
    // Python's time.time() has a fraction; a date's seconds show as the date.
    expect(await refusal([SECONDS + 0.25], datetime)).toContain(
      "looks like seconds, 2024-06-12T20:34:00.250Z: multiply it by 1,000",
    );
    expect(await refusal([Date.UTC(2024, 5, 12) / 1000])).toContain(
      "but looks like seconds, 2024-06-12: multiply it by 1,000",
    );
    expect(await refusal([SECONDS * 1e6], datetime)).toContain(
      "1718224440000000 is past the year 2286 in milliseconds since 1970, the unit of a number in a date column, but looks like microseconds, 2024-06-12T20:34:00.000Z: divide it by 1,000, or write it as ISO 8601 text",
    );
    // Nanoseconds are a number written as a float, and in 19 digits too, past 2^53, which the
    // reader keeps exact where Node gives a reviver the source: not text that is no ISO 8601.
    expect(await refusal(["1.71822444e18"], datetime)).toContain(
      "1718224440000000000 is past the year 2286 in milliseconds since 1970, the unit of a number in a date column, but looks like nanoseconds, 2024-06-12T20:34:00.000Z: divide it by 1,000,000, or write it as ISO 8601 text",
    );
    const file = lines([SECONDS * 1e9]);
    expect((await failure(read(file, datetime))).line).toBe(
      `${file}:1: key 'd' (datetime): 1718224440000000000 is past the year 2286 in milliseconds since 1970, the unit of a number in a date column, but looks like nanoseconds, 2024-06-12T20:34:00.000Z: divide it by 1,000,000, or write it as ISO 8601 text. ${FIX}`,
    );
    expect(await refusal([-SECONDS * 1e6], datetime)).toContain(
      "-1718224440000000 is before the year 1653 in milliseconds since 1970",
    );
  });

  test("in pandas' nanoseconds (to_json's date_unit ns), past 2^53, is refused naming the unit", async () => {
    // 2024-06-12T20:34:00.123456789Z in nanoseconds: 19 digits, kept as written where Node gives
    // a reviver the source, else rounded by JSON.parse (to ...456800); a number either way.
    const written = "1718224440123456789";
    const shown = KEEPS_LONG_DIGITS ? written : String(Number(written));
    const pandas = write("ns.jsonl", `{"d": ${written}}\n{"d": ${written}}\n`);
    const nanoseconds = looksLike(
      shown,
      "past the year 2286",
      "nanoseconds, 2024-06-12T20:34:00.123Z",
      "divide it by 1,000,000",
    );
    expect((await failure(read(pandas, { type: "datetime" }))).line).toBe(
      `${pandas}:1: key 'd' (datetime): ${nanoseconds}. ${FIX}`,
    );
    expect((await failure(read(pandas))).line).toContain(nanoseconds);
    // A check that lets bad cells through (validate-data's) is told each was a number, which it
    // notes with the unit as the read does.
    const invalid: [string, boolean][] = [];
    await readColumns(pandas, {
      schema: { fields: [{ name: "d", type: "datetime" }] },
      onInvalidCell: (_column, _line, text, _row, number) => invalid.push([text, number]),
    });
    expect(invalid).toEqual([
      [shown, true],
      [shown, true],
    ]);
  });

  test("past 2^53 is refused where a format pattern would read rounded digits as another instant", async () => {
    const at = { type: "datetime", format: "%Y%m%d%H%M%S%f" } as const;
    // 2024-06-12 20:34:00.123457 as digits: 20 of them. A float holds them rounded (...122000),
    // which the pattern would read as .122; kept as written, an integer reads as the instant.
    const integer = "20240612203400123457";
    const float = "2.0240612203400123457e19";
    expect(await refusal([float], at)).toContain(
      `key 'd' (datetime): 20240612203400122000 is beyond ±9,007,199,254,740,991, where a number holds its digits only rounded, which could read as another date: write the value as text (in JSON, a string)`,
    );
    // To the microsecond (%f reads six digits), within a double's step at this size.
    const instant = SECONDS * 1000 + 123.457;
    const [text] = column(await read(lines([`"${integer}"`]), at), "d") as number[];
    expect(Math.abs(text! - instant)).toBeLessThan(1e-3);
    if (KEEPS_LONG_DIGITS) {
      const [digits] = column(await read(lines([integer]), at), "d") as number[];
      expect(Math.abs(digits! - instant)).toBeLessThan(1e-3);
    } else {
      expect(await refusal([integer], at)).toContain("20240612203400122000 is beyond");
    }
  });

  test("is refused in seconds, microseconds or nanoseconds of dates near 1970 too, naming the unit", async () => {
    const [day1968, day1971] = NEAR;
    const seconds = "multiply it by 1,000";
    expect(await refusal([day1968 / 1000])).toContain(
      looksLike("-57974400", "1969-12-31T07:53:45.600Z", "seconds, 1968-03-01", seconds),
    );
    expect(await refusal([day1971 / 1000])).toContain(
      looksLike("44582400", "1970-01-01T12:23:02.400Z", "seconds, 1971-06-01", seconds),
    );
    const micro = "divide it by 1,000";
    expect(await refusal([day1968 * 1000])).toContain(
      looksLike("-57974400000000", "before the year 1653", "microseconds, 1968-03-01", micro),
    );
    expect(await refusal([day1971 * 1000])).toContain(
      looksLike("44582400000000", "past the year 2286", "microseconds, 1971-06-01", micro),
    );
    // As floats, which stay numbers past 2^53 on every Node.
    const nano = "divide it by 1,000,000";
    expect(await refusal(["-5.79744e16"])).toContain(
      looksLike("-57974400000000000", "before the year 1653", "nanoseconds, 1968-03-01", nano),
    );
    expect(await refusal(["4.45824e16"])).toContain(
      looksLike("44582400000000000", "past the year 2286", "nanoseconds, 1971-06-01", nano),
    );
  });

  test("is refused as no date where no unit makes it one from 1900 to 2200", async () => {
    // 1970-04-26 in milliseconds, just short of 10^10: as seconds, the year 2284.
    expect(await refusal([Date.UTC(1970, 3, 26)])).toContain(
      "9936000000 is 1970-04-26 in milliseconds since 1970, the unit of a number in a date column, too near 1970 to be a date meant, nor a date from 1900 to 2200 in seconds: write it as ISO 8601 text, or null where there is none",
    );
    expect(await refusal(["1e19"], { type: "datetime" })).toContain(
      "10000000000000000000 is past the year 2286 in milliseconds since 1970, the unit of a number in a date column, too far from 1970 to be a date meant, nor a date from 1900 to 2200 in microseconds or nanoseconds: write it as ISO 8601 text, or null where there is none",
    );
  });

  test("is refused within 115 days of 1970, as a date's digits, seconds or no date, saying which", async () => {
    expect(await refusal([20240612])).toContain(
      `20240612 is 1970-01-01T05:37:20.612Z in milliseconds since 1970, the unit of a number in a date column, but looks like the date 2024-06-12 written as digits: write it as "2024-06-12", or give the field format: "%Y%m%d"`,
    );
    for (const sentinel of [0, -1, 5, 1.5]) {
      expect(await refusal([sentinel], { type: "datetime" })).toMatch(
        /in milliseconds since 1970, the unit of a number in a date column, too near 1970 to be a date meant: write it as ISO 8601 text, or null where there is none/,
      );
    }
    // Eight digits that are no date (month 13) are no date's digits, but may be seconds.
    expect(await refusal([20241312])).toContain(
      looksLike(
        "20241312",
        "1970-01-01T05:37:21.312Z",
        "seconds, 1970-08-23T06:35:12.000Z",
        "multiply it by 1,000",
      ),
    );
  });

  test("is read as the digits it writes where the field has a format pattern", async () => {
    expect(column(await read(lines([20240612]), { format: "%Y%m%d" }), "d")).toEqual([
      Date.UTC(2024, 5, 12),
    ]);
    const at = { type: "datetime", format: "%Y%m%d%H%M" } as const;
    expect(column(await read(lines([202406122034]), at), "d")).toEqual([SECONDS * 1000]);
    // Not as milliseconds since 1970: the pattern says how every value is written.
    expect(await refusal([Date.UTC(2024, 5, 12)], { format: "%d/%m/%Y" })).toContain(
      `:1: key 'd' (datetime): 1718150400000 is not a date written as %d/%m/%Y, as the digits of a number are read where the field has a format (without one, a number is milliseconds since 1970)`,
    );
  });

  test("a column of ISO 8601 text inferred as dates takes a later number in the same units", async () => {
    const iso = Array.from({ length: 3 }, (_, i) => `"2024-06-1${i}T00:00:00Z"`);
    const file = write(
      "mixed.jsonl",
      [...iso, SECONDS * 1000].map((v) => `{"d": ${v}}`).join("\n"),
    );
    const table = await readColumns(file, { inferRows: 3 });
    expect(table.columns.get("d")!.type).toBe("datetime");
    expect(column(table, "d").at(-1)).toBe(SECONDS * 1000);
    const late = write("late.jsonl", [...iso, SECONDS].map((v) => `{"d": ${v}}`).join("\n"));
    const error = await failure(readColumns(late, { inferRows: 3 }));
    expect(error.line).toContain(`${late}:4: key 'd' (datetime): 1718224440 is`);
    expect(error.line).toContain("but looks like seconds");
  });

  test("from a Parquet column of numbers that the contract declares a date is read the same way", async () => {
    // The fixture's `small` holds 0 to 6, which as milliseconds are within a moment of 1970.
    const file = "test/fixtures/parquet/table-none.parquet";
    const schema = { fields: [{ name: "small", type: "date" as const }] };
    const error = await failure(readColumns(file, { schema, usedColumns: { only: ["small"] } }));
    expect(error.line).toContain(
      `${file}: row 0: column 'small' (datetime): 0 is 1970-01-01 in milliseconds since 1970, the unit of a number in a date column, too near 1970 to be a date meant`,
    );
  });

  test("from Parquet, in microseconds or nanoseconds (64-bit integers), is refused naming the unit", async () => {
    const refused = async (name: string) => (await failure(readEpochColumn(name))).line;
    expect(await refused("us")).toBe(
      `${EPOCH_NUMBERS}: row 0: column 'us' (datetime): ${looksLike("-57974400000000", "before the year 1653", "microseconds, 1968-03-01", "divide it by 1,000")}. ${FIX}`,
    );
    expect(await refused("ns")).toBe(
      `${EPOCH_NUMBERS}: row 0: column 'ns' (datetime): ${looksLike("-57974400000000000", "before the year 1653", "nanoseconds, 1968-03-01", "divide it by 1,000,000")}. ${FIX}`,
    );
  });

  test("from a Parquet float column, is missing where NaN, and refused as no date where infinite", async () => {
    const datetime = { type: "datetime" } as const;
    expect(column(await readEpochColumn("float_ms", datetime), "float_ms")).toEqual([
      NEAR[0],
      null,
      Date.UTC(2024, 5, 1),
    ]);
    expect((await failure(readEpochColumn("inf_ms", datetime))).line).toBe(
      `${EPOCH_NUMBERS}: row 1: column 'inf_ms' (datetime): inf is not a date. ${FIX}`,
    );
    // With a pattern too, NaN is missing, where the numbers are refused as no digits it writes.
    const invalid: [number, string, boolean][] = [];
    await readColumns(EPOCH_NUMBERS, {
      schema: { fields: [{ name: "float_ms", type: "date", format: "%Y%m%d" }] },
      usedColumns: { only: ["float_ms"] },
      onInvalidCell: (_column, _line, text, row, number) => invalid.push([row, text, number]),
    });
    expect(invalid).toEqual([
      [0, "-57974400000", true],
      [2, "1717200000000", true],
    ]);
  });
});

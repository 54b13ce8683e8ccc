import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { inferType, parseDatetime, parseNumberText, readColumns } from "@mlops/shared";
import { scratchFolder } from "./temp-files.js";

const write = scratchFolder();

describe("type inference follows the documented rule", () => {
  test.each([
    [["true", "False", "TRUE"], "boolean"],
    [["1", "-2", "+3"], "integer"],
    [["1", "2.5", "-3e-2", ".5"], "numeric"],
    [["2024-01-01", "2024-02-29T10:00:00Z"], "datetime"],
    [["a", "b", "a", "b", "a"], "categorical"],
    [Array.from({ length: 100 }, (_, i) => `user-${i}`), "text"],
    [[], "text"],
    [["00501", "02110"], "categorical"],
    // Table Schema's NaN and INF, in any case, are a float column's (pandas writes nan and inf),
    // as are the Infinity of Spark and Java and the signed nan of C's printf.
    [["1", "2", "inf", "NaN", "-INF", "+Inf"], "numeric"],
    [["1", "Infinity", "-infinity", "-nan", "+NaN"], "numeric"],
    [["1", "Infinit"], "categorical"],
    [["1", "infinityy"], "categorical"],
    [["1.5", "nan"], "numeric"],
    // With no finite value, they are words: NaN alone is no value, as an empty column has none.
    [["NaN", "INF", "nan"], "categorical"],
    // A number too large for a double is infinite, as a declared number reads it.
    [["1", "1e400"], "numeric"],
    [["1", "0x10"], "categorical"],
    // Spaces and tabs around a number are the writer's layout, as pandas reads them; spaces alone
    // are no number, nor is a padded id with a leading zero.
    [[" 1", "2 ", "\t3\t"], "integer"],
    [[" 1.5", "2", " nan "], "numeric"],
    [["1", "  "], "categorical"],
    [[" 00501", "02110 "], "categorical"],
    // Whole numbers past 2^53 are ids a number would hold rounded; written as exponents, numbers.
    [["1", "1234567890123456789"], "categorical"],
    [["1", "1.5e19"], "numeric"],
  ] as const)("%j is %s", (values, type) => {
    expect(inferType(values)).toBe(type);
  });

  test("a categorical cap and ratio can be changed", () => {
    const values = Array.from({ length: 100 }, (_, i) => `v${i % 30}`);
    expect(inferType(values)).toBe("categorical");
    expect(inferType(values, { maxCategories: 25 })).toBe("text");
  });

  test("19-digit ids are read as written, not rounded into one another", async () => {
    const file = write("ids.csv", "id\n1234567890123456789\n1234567890123456788\n");
    const id = (await readColumns(file)).columns.get("id")!;
    expect("dictionary" in id && id.dictionary).toEqual([
      "1234567890123456789",
      "1234567890123456788",
    ]);
  });

  test("a declared integer past 2^53 fails, saying to declare such ids as strings", async () => {
    const file = write("big.csv", "id\n1\n9007199254740993\n");
    const read = readColumns(file, { schema: { fields: [{ name: "id", type: "integer" }] } });
    await expect(read).rejects.toThrow(
      /"9007199254740993" is beyond ±9,007,199,254,740,991, which a number holds only rounded: declare ids this long as string/,
    );
    const safe = write("safe.csv", "id\n-9007199254740991\n9007199254740991\n");
    const table = await readColumns(safe, {
      schema: { fields: [{ name: "id", type: "integer" }] },
    });
    expect([...(table.columns.get("id") as { values: Float64Array }).values]).toEqual([
      -9007199254740991, 9007199254740991,
    ]);
  });

  test("zip codes stay strings when declared so", async () => {
    const file = write("zip.csv", "zip\n00501\n10001\n");
    const table = await readColumns(file, {
      schema: { fields: [{ name: "zip", type: "string" }] },
    });
    const zip = table.columns.get("zip")!;
    expect("dictionary" in zip && zip.dictionary).toEqual(["00501", "10001"]);
  });

  test("numbers parse exactly, through the fast and the slow path", () => {
    for (const text of [
      "0.1",
      "123456.789",
      "-1e-7",
      "1.7976931348623157e308",
      "9007199254740993",
      "5e-324",
    ]) {
      expect(parseNumberText(text)).toBe(Number(text));
    }
    expect(parseNumberText("1e")).toBeNaN();
    expect(parseNumberText("")).toBeNaN();
    // Spaces and tabs around a number are taken, as pandas and Python's float take them.
    expect(parseNumberText(" 1\t")).toBe(1);
    expect(parseNumberText("1 1")).toBeNaN();
    expect(parseNumberText(" ")).toBeNaN();
  });

  test("any string of number bytes is the number Number() reads when the grammar takes it, else NaN", () => {
    const grammar = /^ *[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)? *$/;
    const bytes = fc.constantFrom(..."0159+-.eE x");
    fc.assert(
      fc.property(fc.array(bytes, { maxLength: 24 }), (chars) => {
        const text = chars.join("");
        const parsed = parseNumberText(text);
        if (grammar.test(text)) expect(Object.is(parsed, Number(text))).toBe(true);
        else expect(parsed).toBeNaN();
      }),
      { numRuns: 20_000, seed: 20_261_204 },
    );
  });

  test("date-times without an offset are UTC; offsets are applied", () => {
    expect(parseDatetime("2024-05-01")).toBe(Date.UTC(2024, 4, 1));
    expect(parseDatetime("2024-05-01 12:30")).toBe(Date.UTC(2024, 4, 1, 12, 30));
    expect(parseDatetime("2024-05-01T12:30:00.250+02:00")).toBe(
      Date.UTC(2024, 4, 1, 10, 30, 0, 250),
    );
    expect(parseDatetime("2023-02-29")).toBeNaN();
  });

  test("date-times keep their microseconds, and a second 60 is no time, as pandas reads them", () => {
    const base = Date.UTC(2024, 0, 1);
    const first = parseDatetime("2024-01-01T00:00:00.000100Z");
    const second = parseDatetime("2024-01-01T00:00:00.000200Z");
    // A double's step at these magnitudes is about 2.4e-4 ms: stated tolerance 1e-3 ms.
    expect(Math.abs(first - base - 0.1)).toBeLessThan(1e-3);
    expect(Math.abs(second - base - 0.2)).toBeLessThan(1e-3);
    expect(first).toBeLessThan(second);
    expect(parseDatetime("2024-01-01T00:00:00.999999Z")).toBeLessThan(
      Date.UTC(2024, 0, 1, 0, 0, 1),
    );
    expect(parseDatetime("2024-03-05T10:20:60Z")).toBeNaN();
    expect(parseDatetime("2024-03-05T10:20:59.5Z")).toBe(Date.UTC(2024, 2, 5, 10, 20, 59, 500));
  });

  test("years 0 to 99 are those years, not 1900 to 1999", () => {
    expect(new Date(parseDatetime("0050-01-01T12:00:00Z")).toISOString()).toBe(
      "0050-01-01T12:00:00.000Z",
    );
    expect(new Date(parseDatetime("0000-03-01 00:30")).getUTCFullYear()).toBe(0);
    expect(parseDatetime("0001-02-29")).toBeNaN();
    expect(parseDatetime("0004-02-29")).toBe(Date.UTC(2004, 1, 29) - 2000 * 365.2425 * 86_400_000);
  });

  test("date-times take RFC 3339's lower-case t and z, and refuse an offset past 23:59", () => {
    expect(parseDatetime("2024-05-01t12:30:00z")).toBe(Date.UTC(2024, 4, 1, 12, 30));
    expect(parseDatetime("2024-05-01T12:30:00-23:59")).toBe(
      Date.UTC(2024, 4, 1, 12, 30) + (23 * 60 + 59) * 60_000,
    );
    expect(parseDatetime("2024-01-05T10:00:00+25:00")).toBeNaN();
    expect(parseDatetime("2024-01-05T10:00:00+01:60")).toBeNaN();
  });

  test("a column declared boolean takes 1 and 0, as Table Schema's defaults do; inference keeps to the words", async () => {
    const file = write("flags.csv", 'flag,n\n1,1\n0,0\n"1",1\ntrue,0\n');
    const declared = await readColumns(file, {
      schema: { fields: [{ name: "flag", type: "boolean" }] },
    });
    const flag = declared.columns.get("flag")!;
    expect(flag.type).toBe("boolean");
    expect("values" in flag && [...flag.values]).toEqual([1, 0, 1, 1]);
    const inferred = await readColumns(write("counts.csv", "n\n1\n0\n"));
    expect(inferred.columns.get("n")!.type).toBe("integer");
    await expect(
      readColumns(write("bad.csv", "flag\n2\n"), {
        schema: { fields: [{ name: "flag", type: "boolean" }] },
      }),
    ).rejects.toThrow(`column 'flag' (boolean): "2" is not a boolean (true, false, 1 or 0)`);
  });

  test("columns read with their inferred types", async () => {
    const file = write("types.csv", "n,i,b,c,d\n1.5,1,true,x,2024-01-01\n2,2,false,y,2024-01-02\n");
    const table = await readColumns(file);
    expect([...table.columns.values()].map((c) => c.type)).toEqual([
      "numeric",
      "integer",
      "boolean",
      "categorical",
      "datetime",
    ]);
  });
});

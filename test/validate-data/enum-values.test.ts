import { describe, expect, it } from "vitest";
import { readBatches } from "@mlops/shared";
import { collect } from "../data/temp-files.js";
import { validate, validateCsv } from "./validate.js";

/** The values a check's failing examples show. */
const failing = (check: { examples: { value: unknown }[] }) => check.examples.map((e) => e.value);

describe("an enum on a field without a type", () => {
  it("takes the values as the data writes them, whatever type the column is read as", async () => {
    // The columns are read as booleans, dates and integers; the enum lists them as text, as a
    // JSON contract does.
    const contract = JSON.stringify({
      fields: [
        { name: "flag", constraints: { enum: ["true"] } },
        { name: "day", constraints: { enum: ["2024-01-01", "2024-01-02"] } },
        { name: "level", constraints: { enum: ["1", "2"] } },
      ],
    });
    const run = await validate(
      {
        "d.csv": "flag,day,level\ntrue,2024-01-01,1\ntrue,2024-01-02,2\nfalse,2024-01-03,3\n",
        "c.json": contract,
      },
      { data: "d.csv", schema: "c.json" },
    );
    expect(failing(run.check("flag.enum"))).toEqual([false]);
    expect(failing(run.check("day.enum"))).toEqual(["2024-01-03"]);
    expect(failing(run.check("level.enum"))).toEqual([3]);
    expect(run.report.counts.invalid_rows).toBe(1);
  });

  it("does not take a boolean entry for the number 1", async () => {
    const run = await validateCsv(
      "level\n1\n2\n",
      "fields:\n  - name: level\n    constraints: { enum: [true, 2] }\n",
    );
    expect(failing(run.check("level.enum"))).toEqual([1]);
  });
});

describe("an enum on a typed field", () => {
  it("takes the values as text too, as the field's type reads them", async () => {
    const run = await validateCsv(
      "flag,day,amount\n1,2024-01-01,2.5\nfalse,2024-01-01,2.50\n",
      "fields:\n  - name: flag\n    type: boolean\n    constraints: { enum: ['true', false] }\n  - name: day\n    type: date\n    constraints: { enum: ['2024-01-01'] }\n  - name: amount\n    type: number\n    constraints: { enum: ['2.50'] }\n",
    );
    expect(run.outputs.valid).toBe("true");
  });

  it("takes 1 and 0 for true and false on a boolean field, and INF on a number field, as their cells", async () => {
    const run = await validateCsv(
      "flag,ratio\n1,INF\nfalse,0.5\n",
      "fields:\n  - name: flag\n    type: boolean\n    constraints: { enum: [1, 0] }\n  - name: ratio\n    type: number\n    constraints: { enum: [INF, 0.5] }\n",
    );
    expect(run.outputs.valid).toBe("true");
    const inferred = await validateCsv(
      "flag\ntrue\nfalse\n",
      "fields:\n  - name: flag\n    constraints: { enum: [0, 1] }\n",
    );
    expect(inferred.outputs.valid).toBe("true");
  });

  async function contractError(type: string, entries: string) {
    const run = await validateCsv(
      "x\n1\n",
      `fields:\n  - name: x\n    type: ${type}\n    constraints:\n      enum:\n${entries}`,
    );
    expect(run.code).toBe(1);
    expect(run.reportText).toBe("");
    return run.stderr.trim();
  }

  it("refuses an entry the field's type cannot hold, at its line: no value could equal it", async () => {
    expect(await contractError("integer", "        - 1\n        - two\n")).toBe(
      "mlops validate-data: c.yml:7: field '/fields/0/constraints/enum/1' is \"two\", which is not an integer. Write the values as the field's type reads them (such as 1), or declare the field a string",
    );
    expect(await contractError("integer", "        - 1.5\n")).toMatch(
      /c\.yml:6: field '\/fields\/0\/constraints\/enum\/0' is 1\.5, which is not an integer\./,
    );
    expect(await contractError("boolean", "        - yes\n")).toBe(
      "mlops validate-data: c.yml:6: field '/fields/0/constraints/enum/0' is \"yes\", which is not true or false. Write the values as the field's type reads them (such as true), or declare the field a string",
    );
    expect(await contractError("boolean", "        - 2\n")).toMatch(
      /is 2, which is not true or false/,
    );
    // Shown as written: as a double it would be 9007199254740992, which hides the mistake.
    expect(await contractError("integer", "        - 9007199254740993\n")).toMatch(
      /enum\/0' is 9007199254740993, read as 9007199254740992, past the ±9,007,199,254,740,991/,
    );
    expect(await contractError("number", "        - true\n")).toMatch(
      /enum\/0' is true, which is not a number\. .*\(such as 1\.5\)/,
    );
    expect(await contractError("date", "        - tomorrow\n")).toMatch(
      /is "tomorrow", which is not an ISO 8601 date\. .*\(such as 2024-05-01\)/,
    );
  });
});

describe("an enum value written in another Unicode normal form", () => {
  const composed = "Facturaci\u00f3n";
  const decomposed = composed.normalize("NFD");

  it.each([
    ["a column of few values", 4],
    ["a column of mostly distinct values, checked from its bytes", 300],
  ])(
    "fails, with an example that says it differs from an allowed value only in its normal form: %s",
    async (_, rows) => {
      const cells = Array.from({ length: rows }, (_, i) =>
        i === 2 ? decomposed : i % 2 === 0 ? composed : `v${i}`,
      );
      const allowed = [composed, ...cells.filter((cell) => cell.startsWith("v"))];
      const run = await validateCsv(
        `t\n${cells.join("\n")}\n`,
        `fields:\n  - name: t\n    type: string\n    constraints: { enum: ${JSON.stringify(allowed)} }\n`,
      );
      const check = run.check("t.enum");
      expect(check.failed).toBe(1);
      expect(check.examples).toMatchObject([
        {
          line: 4,
          value: decomposed,
          note: `'${decomposed}' differs from '${composed}' only in its Unicode normal form, so the two look the same: it writes its accents decomposed (a letter, then a combining mark, as macOS often exports text). Normalize the file that writes them so to NFC (in Python, unicodedata.normalize("NFC", s) on each value).`,
        },
      ]);
      const [batch] = await collect(readBatches(`${run.dir}/d.csv`, { textAsBytes: true }));
      expect(batch!.byteColumns?.has("t") ?? false).toBe(rows > 4);
    },
  );
});

describe("an enum value that differs from an allowed one only by case or spaces", () => {
  it.each([
    ["a column of few values", 4],
    ["a column of mostly distinct values, checked from its bytes", 300],
  ])("fails, with an example that names the allowed value: %s", async (_, rows) => {
    // Rows 2 to 4 hold "usd", "USD " and "XYZ"; the others allowed values.
    const odd = ["usd", "USD ", "XYZ"];
    const cells = Array.from({ length: rows + 3 }, (_, i) =>
      i >= 2 && i <= 4 ? odd[i - 2]! : i % 2 === 0 ? "USD" : `v${i}`,
    );
    const allowed = ["USD", ...cells.filter((cell) => cell.startsWith("v"))];
    const run = await validateCsv(
      `currency\n${cells.join("\n")}\n`,
      `fields:\n  - name: currency\n    type: string\n    constraints: { enum: ${JSON.stringify(allowed)} }\n`,
    );
    expect(run.check("currency.enum").examples).toMatchObject([
      { line: 4, value: "usd", note: "did you mean 'USD'? it differs only by case" },
      { line: 5, value: "USD ", note: "did you mean 'USD'? it differs only by spaces" },
      { line: 6, value: "XYZ", note: null },
    ]);
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validate, validateCsv } from "./validate.js";

const CONTRACT = `fields:
  - name: day
    type: date
    constraints: { minimum: "2023-01-01", maximum: "2025-01-01" }
  - name: at
    type: datetime
`;

describe("a JSON number in a date or datetime field", () => {
  it("passes as milliseconds since 1970, and fails its type, with the unit and the fix, where it is not", async () => {
    const rows = [
      { day: 1718150400000, at: 1718224440000 },
      { day: 20240612, at: 1718224440 },
      { day: 1718224440000, at: 1718224440000000 },
    ];
    const run = await validate(
      { "d.jsonl": rows.map((row) => JSON.stringify(row)).join("\n"), "c.yml": CONTRACT },
      { data: "d.jsonl", schema: "c.yml" },
    );
    expect(run.code).toBe(1);
    // The first row passes its bounds as the date 2024-06-12; no other check fails.
    expect(run.check("day.minimum")).toMatchObject({ status: "pass", failed: 0 });
    const day = run.check("day.type");
    expect(day).toMatchObject({ failed: 2, expected: "an ISO 8601 date" });
    expect(day.examples.map((e: { line: number; note: string }) => [e.line, e.note])).toEqual([
      [
        2,
        'is 1970-01-01T05:37:20.612Z in milliseconds since 1970, the unit of a number in a date column, but looks like the date 2024-06-12 written as digits: write it as "2024-06-12", or give the field format: "%Y%m%d"',
      ],
      [
        3,
        "is 2024-06-12T20:34:00.000Z in milliseconds since 1970, the unit of a number in a date column, and has a time of day, where a date is a midnight UTC: declare the field datetime to keep the time, or write the date as ISO 8601 text",
      ],
    ]);
    expect(run.stderr).toContain(
      'error: d.jsonl:2: "1718224440" (is 1970-01-20T21:17:04.440Z in milliseconds since 1970, the unit of a number in a date column, but looks like seconds, 2024-06-12T20:34:00.000Z: multiply it by 1,000, or write it as ISO 8601 text): expected an ISO 8601 date-time',
    );
    expect(run.check("at.type").examples[1].note).toContain(
      "but looks like microseconds, 2024-06-12T20:34:00.000Z: divide it by 1,000",
    );
  });

  it("passes pandas' milliseconds of 1968, and gives the unit's note to a number only, not to a string of digits", async () => {
    const rows = [{ at: Date.UTC(1968, 2, 1) }, { at: "1718224440" }, { at: 1718224440 }];
    const run = await validate(
      {
        "d.jsonl": rows.map((row) => JSON.stringify(row)).join("\n"),
        "c.yml": "fields:\n  - name: at\n    type: datetime\n",
      },
      { data: "d.jsonl", schema: "c.yml" },
    );
    const at = run.check("at.type");
    expect(at).toMatchObject({ failed: 2 });
    // A string is never read as milliseconds: multiplying its digits would not make it a date.
    expect(at.examples.map((e: { line: number; note: string | null }) => [e.line, e.note])).toEqual(
      [
        [2, null],
        [
          3,
          "is 1970-01-20T21:17:04.440Z in milliseconds since 1970, the unit of a number in a date column, but looks like seconds, 2024-06-12T20:34:00.000Z: multiply it by 1,000, or write it as ISO 8601 text",
        ],
      ],
    );
  });

  it("takes a Parquet float's NaN for a missing date, and fails an infinity with no unit's note", async () => {
    const run = await validate(
      {
        "d.parquet": readFileSync("test/fixtures/parquet/dates/epoch-numbers.parquet"),
        "c.yml": `fields:
  - name: float_ms
    type: datetime
  - name: inf_ms
    type: datetime
`,
      },
      { data: "d.parquet", schema: "c.yml" },
    );
    expect(run.check("float_ms.type")).toBeUndefined();
    expect(run.check("inf_ms.type")).toMatchObject({ failed: 2 });
    expect(run.check("inf_ms.type").examples.map((e: { note: string | null }) => e.note)).toEqual([
      null,
      null,
    ]);
  });

  it("is read as the digits it writes where the field has a format pattern, as its text is", async () => {
    const contract = 'fields:\n  - name: day\n    type: date\n    format: "%Y%m%d"\n';
    const run = await validate(
      { "d.jsonl": '{"day": 20240612}\n{"day": "20240613"}\n', "c.yml": contract },
      { data: "d.jsonl", schema: "c.yml" },
    );
    expect(run.code).toBe(0);
  });

  it("gives no unit to a CSV cell, which is text: CSV reads no number as a date", async () => {
    const run = await validateCsv(
      "at\n1718224440\n",
      "fields:\n  - name: at\n    type: datetime\n",
    );
    expect(run.check("at.type").examples[0]).toMatchObject({ line: 2, note: null });
  });
});

import { describe, expect, it } from "vitest";
import { readBatches } from "@mlops/shared";
import { collect } from "../data/temp-files.js";
import { validate, validateCsv } from "./validate.js";

/**
 * 300 mostly distinct values, so that the column is read as text (from its bytes): ids, ids
 * with a non-ASCII letter, three- and four-byte characters, quoted cells, missing cells.
 */
const values = Array.from({ length: 300 }, (_, i) => {
  if (i % 50 === 7) return "";
  if (i % 40 === 3) return `é${i}`;
  if (i % 45 === 4) return `日本${i}`;
  if (i % 60 === 5) return `😀${i}`;
  if (i % 70 === 6) return `"u""${i}"`;
  if (i % 30 === 8) return `long-${i}`;
  return `u${String(i).padStart(4, "0")}`;
});
/** A cell's text, as the CSV spells it. */
const text = (cell: string) =>
  cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;

const contract = `fields:
  - name: s
    type: string
    constraints:
      required: true
      minLength: 5
      maxLength: 5
      pattern: "u[0-9]{4}|é[0-9]+|😀[0-9]+"
  - name: t
    type: string
    constraints:
      enum: [${values.filter((_, i) => i % 3 === 0 && values[i] !== "").map((v) => JSON.stringify(text(v)))}]
`;

/** The lines (header on line 1) whose cell fails `test`, as the report's examples list them. */
function failing(test: (value: string) => boolean) {
  return values.flatMap((cell, i) =>
    cell !== "" && !test(text(cell)) ? [{ line: i + 2, value: text(cell) }] : [],
  );
}

describe("a text column (mostly distinct values) is checked from its bytes", () => {
  it("with the verdicts, counts and examples that its strings give", async () => {
    const rows = values.map((cell) => `${cell},${cell}`);
    const run = await validateCsv(`s,t\n${rows.join("\n")}\n`, contract);
    const length = (v: string) => [...v].length;
    const pattern = /^(?:u[0-9]{4}|é[0-9]+|😀[0-9]+)$/u;
    const allowed = new Set(values.filter((_, i) => i % 3 === 0).map(text));
    const expected = {
      "s.minLength": failing((v) => length(v) >= 5),
      "s.maxLength": failing((v) => length(v) <= 5),
      "s.pattern": failing((v) => pattern.test(v)),
      "t.enum": failing((v) => allowed.has(v)),
    };
    for (const [id, failures] of Object.entries(expected)) {
      const check = run.check(id);
      expect(failures.length, id).toBeGreaterThan(0);
      expect(check.failed, id).toBe(failures.length);
      expect(check.evaluated, id).toBe(values.filter((v) => v !== "").length);
      expect(
        check.examples.map((e: { line: number; value: string }) => ({
          line: e.line,
          value: e.value,
        })),
        id,
      ).toEqual(failures.slice(0, 5));
    }
    expect(run.check("s.required").failed).toBe(values.filter((v) => v === "").length);
    // The reader does hand these columns over as bytes to the validation.
    const [batch] = await collect(readBatches(`${run.dir}/d.csv`, { textAsBytes: true }));
    expect([...batch!.byteColumns!.keys()]).toEqual(["s", "t"]);
  });

  it("and a lone surrogate from JSON lines is one character, as in its string", async () => {
    const cells = [
      "\ud800",
      "ab",
      "\ud800\ud800",
      "😀",
      ...Array.from({ length: 30 }, (_, i) => `x${i}`),
    ];
    const lines = cells.map((s) => JSON.stringify({ s }));
    const run = await validate(
      {
        "d.jsonl": `${lines.join("\n")}\n`,
        "c.yml":
          "fields:\n  - name: s\n    type: string\n    constraints: { maxLength: 1, pattern: '.' }\n",
      },
      { data: "d.jsonl", schema: "c.yml" },
    );
    const lines_ = (id: string) => run.check(id).examples.map((e: { line: number }) => e.line);
    expect(run.check("s.maxLength").failed).toBe(cells.length - 2);
    expect(lines_("s.maxLength")).toEqual([2, 3, 5, 6, 7]);
    expect(lines_("s.pattern").slice(0, 2)).toEqual([2, 3]);
  });
});

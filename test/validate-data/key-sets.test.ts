import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runInRunner, validateData } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { runner } from "../runner/runner-step.js";
import { validateCsv } from "./validate.js";

const csv = (header: string, rows: readonly string[]) => `${header}\n${rows.join("\n")}\n`;

/** A file of `id` and a row number `n`, a row per id. */
const idFile = (list: readonly string[]) =>
  csv(
    "id,n",
    list.map((id, i) => `${id},${i}`),
  );

const first14 = Array.from({ length: 14 }, (_, i) => String(i + 1));

/** Ids 1 to 14; then 8 again (line 16); 15; none (line 18); 16, 17; then 12 again (line 21). */
const ids = idFile([...first14, "8", "15", "", "16", "17", "12"]);

/** `id` both unique and the primary key, with room for 10 keys: the 11th new key is on line 12. */
const uniquePrimary =
  "fields:\n  - name: id\n    type: integer\n    constraints: { unique: true }\n  - name: n\nprimaryKey: id\nx-mlops: { maxKeys: 10 }\n";

const BOUND_NOTE =
  "the key memory bound (x-mlops.maxKeys = 10) was reached at d.csv line 12; later new keys were not stored";

const WARNING =
  "id.unique, id.primaryKey checked only part of the keys: the key memory bound (x-mlops.maxKeys = 10) was reached at d.csv:12, and a duplicate of a key first seen from there on passes unseen. " +
  "Raise x-mlops.maxKeys to the number of rows, where the runner has the memory: a key takes up to 40 bytes as a number, 100-140 as a short text";

const where = (check: { examples: { line: number; value: unknown; note: string }[] }) =>
  check.examples.map(({ line, value, note }) => ({ line, value, note }));

describe("the checks over one set of fields", () => {
  it("hold one set of keys: a field's unique and the primary key on it find a duplicate past half the bound", async () => {
    const run = await validateCsv(ids, uniquePrimary);
    // Held once each, the ten keys fill the bound: 8 (line 9) is held, so its repeat is found.
    const duplicate = { line: 16, value: 8, note: "duplicate of line 9" };
    expect(run.check("id.unique")).toMatchObject({ evaluated: 19, failed: 1, note: BOUND_NOTE });
    expect(where(run.check("id.unique"))).toEqual([duplicate]);
    // The primary key also fails the row without an id; 12 (line 13) was never held.
    expect(run.check("id.primaryKey")).toMatchObject({
      evaluated: 20,
      failed: 2,
      note: BOUND_NOTE,
    });
    expect(where(run.check("id.primaryKey"))).toEqual([
      duplicate,
      { line: 18, value: null, note: "a primary key value is missing" },
    ]);
    expect(run.report.counts.invalid_rows).toBe(2);
  });

  it("count a key once against x-mlops.maxKeys, however many checks hold it, and show it in each check's order", async () => {
    // Ten distinct (a, b) keys fit a bound of ten once; held per check, they would not.
    const rows = [...Array.from({ length: 10 }, (_, i) => `${i + 1},x`), "3,x"];
    const contract =
      "fields:\n  - name: a\n  - name: b\nprimaryKey: [a, b]\nuniqueKeys: [[b, a]]\nx-mlops: { maxKeys: 10 }\n";
    const run = await validateCsv(csv("a,b", rows), contract);
    const note = "duplicate of line 4";
    expect(run.check("primaryKey(a, b)")).toMatchObject({ failed: 1, note: null });
    expect(where(run.check("primaryKey(a, b)"))).toEqual([{ line: 12, value: "3, x", note }]);
    expect(run.check("uniqueKey(b, a)")).toMatchObject({ failed: 1, note: null });
    expect(where(run.check("uniqueKey(b, a)"))).toEqual([{ line: 12, value: "x, 3", note }]);
    expect(run.stderr).not.toContain("warning:");
  });

  it("share the bound with the other key sets", async () => {
    const rows = Array.from({ length: 8 }, (_, i) => `${i},${i}`);
    const contract =
      "fields:\n  - name: a\n    constraints: { unique: true }\n  - name: b\n    constraints: { unique: true }\nx-mlops: { maxKeys: 10 }\n";
    const run = await validateCsv(csv("a,b", rows), contract);
    // The sets take a batch in turn: a's 8 keys leave b room for 2, and its third is on line 4.
    expect(run.check("a.unique").note).toBeNull();
    expect(run.check("b.unique").note).toBe(
      "the key memory bound (x-mlops.maxKeys = 10) was reached at d.csv line 4; later new keys were not stored",
    );
    // The rows alone would not be enough: the advice counts the sets that share the bound.
    expect(run.stderr).toContain(
      "Raise x-mlops.maxKeys to the number of rows times 2, the key sets that share it, where the runner has the memory",
    );
  });
});

describe("a key set that reaches x-mlops.maxKeys", () => {
  it("warns on the command line, once, naming its checks, where and how to raise the bound", async () => {
    const run = await validateCsv(ids, uniquePrimary);
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n").filter((line: string) => line.startsWith("warning:"))).toEqual([
      `warning: ${WARNING}`,
    ]);
  });

  it("warns in a runner as a ::warning:: and shows the checks that passed in part in the summary", async () => {
    // No duplicate and no missing id: the checks pass, though a repeat of 12 would have too.
    const passing = idFile([...first14, "30", "15", "31", "16", "17", "18"]);
    const step = runner({ data: "d.csv", schema: "c.yml" });
    writeFileSync(join(step.dir, "d.csv"), passing);
    writeFileSync(join(step.dir, "c.yml"), uniquePrimary);
    expect(await runInRunner(validateData, step.io)).toBe(0);
    expect(step.lines.filter((line) => line.startsWith("::warning"))).toEqual([
      `::warning::${WARNING}`,
    ]);
    const summary = readFileSync(step.env.GITHUB_STEP_SUMMARY!, "utf8");
    expect(summary).toMatch(
      /^### ✅ validate-data: pass \(\d+ checks passed, 2 of them only in part\)\n/,
    );
    expect(summary).toContain(
      [
        "Passed over part of the keys only: past `x-mlops.maxKeys` no new key was held, so the duplicates of a later key were not looked for.",
        "",
        "| Check | Expected | Observed | Examples and Notes |",
        "| --- | --- | --- | --- |",
        `| id.unique | unique | 0 of 20 failed | ${BOUND_NOTE} |`,
        `| id.primaryKey | present and unique | 0 of 20 failed | ${BOUND_NOTE} |`,
      ].join("\n"),
    );
    // Shown once: not again among the other checks.
    expect(summary.match(/\| id\.unique \|/g)).toHaveLength(1);
  });

  it("is what shows a check as passed in part, not a note that only names the bound's words", async () => {
    // A contract's field may be called anything: absent, it is named in the fields check's note.
    const { dir, write } = tempDir();
    write("d.csv", idFile(["1", "2"]));
    write(
      "c.yml",
      'fields:\n  - name: id\n  - name: n\n  - name: "the key memory bound"\nfieldsMatch: superset\n',
    );
    const { code, stdout } = await mlops(
      ["validate-data", "--data", "d.csv", "--schema", "c.yml"],
      dir,
    );
    expect(code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, "mlops-out/validation-report.json"), "utf8"));
    expect(report.checks[0]).toMatchObject({
      id: "fields",
      status: "pass",
      note: "absent, as fieldsMatch superset allows: the key memory bound",
    });
    expect(stdout).toMatch(/^### ✅ validate-data: pass \(2 checks passed\)\n/);
    expect(stdout).not.toContain("Passed over part of the keys only");
  });
});

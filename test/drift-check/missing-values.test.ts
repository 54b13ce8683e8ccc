import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { DriftReport } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/** Runs `mlops drift-check` on two CSV texts with `flags`; the exit code, output and report. */
async function check(reference: string, current: string, flags: string[] = []) {
  const { dir, write } = tempDir();
  write("reference.csv", reference);
  write("current.csv", current);
  const run = await mlops(
    [
      "drift-check",
      ...["--reference", "reference.csv", "--current", "current.csv", "--fail-step", "false"],
      ...flags,
    ],
    dir,
  );
  const path = `${dir}/mlops-out/drift-report.json`;
  const report = JSON.parse(existsSync(path) ? readFileSync(path, "utf8") : "{}") as DriftReport;
  const column = (name: string) => report.columns.find((c) => c.name === name)!;
  return { ...run, report, column };
}

/** `rows` rows of an income, written by R: every fifth is NA. */
const written = (rows: number, shift: number, na: string) =>
  [
    "income,plan",
    ...Array.from({ length: rows }, (_, i) =>
      i % 5 === 0
        ? `${na},${["basic", "pro"][i % 2]}`
        : `${40_000 + ((i * 7919) % 20_000) + shift},${["basic", "pro"][i % 2]}`,
    ),
  ].join("\n") + "\n";

describe("drift-check's missing values", () => {
  it("reads NA, n/a and their kin as missing by default, as pandas does for Evidently: a column with gaps is still numbers", async () => {
    const run = await check(written(400, 0, "NA"), written(400, 0, "n/a"));
    expect(run.code).toBe(0);
    const income = run.column("income");
    expect(income.method).toBe("ks");
    expect(income.drifted).toBe(false);
    expect(income.n_reference).toBe(320);
    expect(income.missing_reference).toBe(80);
    expect(income.missing_current).toBe(80);
    expect(run.report.settings.missing_values).toContain("NA");
    expect(run.report.settings.missing_values[0]).toBe("");
  });

  it("with none, only the empty cell is missing: NA makes the column text, judged as categories", async () => {
    const run = await check(written(400, 0, "NA"), written(400, 0, "NA"), [
      "--missing-values",
      "none",
    ]);
    expect(run.code).toBe(0);
    expect(run.column("income").method).toBe("chi2");
    expect(run.report.settings.missing_values).toEqual([""]);
  });

  it("takes values of its own, such as a sentinel number", async () => {
    const run = await check(written(400, 0, "-999"), written(400, 0, "-999"), [
      "--missing-values",
      "-999",
    ]);
    const income = run.column("income");
    expect(income.missing_reference).toBe(80);
    expect(income.drifted).toBe(false);
    expect(run.report.settings.missing_values).toEqual(["", "-999"]);
  });

  it("refuses none beside other values, naming the input", async () => {
    const run = await check(written(10, 0, "NA"), written(10, 0, "NA"), [
      "--missing-values",
      "none, NA",
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      "mlops drift-check: input 'missing-values': none (only the empty cell is missing) cannot be listed with NA. Give none alone, or the values that are missing besides the empty cell",
    );
  });
});

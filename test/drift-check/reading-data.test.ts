import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { check } from "./check-csv.js";

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
  it("reads only the empty cell as missing by default, as validate-data does: NA makes a column text", async () => {
    const run = await check(written(400, 0, "NA"), written(400, 0, "NA"));
    expect(run.code).toBe(0);
    expect(run.column("income").method).toBe("chi2");
    expect(run.report.settings.missing_values).toEqual([""]);
  });

  it("with pandas, reads NA, n/a and their kin as pandas does for Evidently: a column with gaps is numbers", async () => {
    const run = await check(written(400, 0, "NA"), written(400, 0, "n/a"), [
      "--missing-values",
      "pandas",
    ]);
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

  it("takes values of its own, such as a sentinel number, beside pandas' or alone", async () => {
    const run = await check(written(400, 0, "-999"), written(400, 0, "NA"), [
      "--missing-values",
      "pandas, -999",
    ]);
    const income = run.column("income");
    expect(income.missing_reference).toBe(80);
    expect(income.missing_current).toBe(80);
    expect(income.drifted).toBe(false);
    const alone = await check(written(400, 0, "-999"), written(400, 0, "-999"), [
      "--missing-values",
      "-999",
    ]);
    expect(alone.report.settings.missing_values).toEqual(["", "-999"]);
  });

  it("applies them in profile mode too, so that its profiles compare with data read alike", async () => {
    const { dir, write } = tempDir();
    write("current.csv", written(400, 0, "NA"));
    const run = await mlops(
      [
        "drift-check",
        "--mode",
        "profile",
        "--current",
        "current.csv",
        "--missing-values",
        "pandas",
      ],
      dir,
    );
    expect(run.code).toBe(0);
    const profile = JSON.parse(readFileSync(`${dir}/mlops-out/drift-profile.json`, "utf8")) as {
      columns: { name: string; type: string; missing: number }[];
    };
    expect(profile.columns.find((c) => c.name === "income")).toMatchObject({
      type: "integer",
      missing: 80,
    });
  });
});

describe("drift-check's columns", () => {
  it("warns of columns the current data has and the reference lacks, which it cannot check", async () => {
    const reference = "income\n1\n2\n3\n";
    const current = "income,region,channel\n1,eu,web\n2,us,app\n3,eu,web\n";
    const run = await check(reference, current);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      "warning: current.csv has columns the reference lacks, not checked: 'region', 'channel'",
    );
    expect(run.report.columns.map((c) => c.name)).toEqual(["income"]);
  });

  it("keeps that warning one line whatever the new column's name holds", async () => {
    const run = await check("income\n1\n2\n", 'income,"a\nwarning: forged"\n1,x\n2,y\n');
    const warnings = run.stderr.split("\n").filter((line) => line.includes("warning"));
    expect(warnings).toEqual([
      "warning: current.csv has a column the reference lacks, not checked: 'a warning: forged'",
    ]);
  });
});

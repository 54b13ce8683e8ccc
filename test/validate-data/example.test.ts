import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  profileContract,
  validateContract,
  validationReportContract,
  type ValidationReport,
} from "@mlops/shared";
import { readFiles } from "../helpers/examples.js";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { example } from "./validate.js";

const files = readFiles({
  "data/churn.csv": example("churn.csv"),
  "data/churn-clean.csv": example("churn-clean.csv"),
  "contract.yml": example("data-contract.yml"),
  "reference.json": example("reference-profile.json"),
});

async function run(data: string, extra: string[] = []) {
  const { dir, write } = tempDir();
  for (const [name, text] of Object.entries(files)) write(name, text);
  const result = await mlops(
    ["validate-data", "--data", data, "--schema", "contract.yml", ...extra],
    dir,
  );
  return { ...result, dir };
}

describe("mlops validate-data on the bundled churn example", () => {
  it("passes the clean snapshot, skew included, and writes a report and a reusable profile", async () => {
    const { code, stdout, stderr, dir } = await run("data/churn-clean.csv", [
      "--reference",
      "reference.json",
      "--json",
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const outputs = JSON.parse(stdout);
    expect(outputs).toMatchObject({ valid: "true", "row-count": "200", "failed-checks": "[]" });
    const report = validateContract<ValidationReport>(
      validationReportContract,
      JSON.parse(readFileSync(`${dir}/${outputs["report-path"]}`, "utf8")),
      "report",
    );
    // Every declared field has a skew row; the ids and emails, text, say they were not compared.
    const skew = report.checks.filter((c) => c.check === "skew");
    expect(skew).toHaveLength(10);
    expect(skew.filter((c) => c.status === "skipped").map((c) => c.column)).toEqual([
      "customer_id",
      "email",
    ]);
    expect(report.created_at).toBe("2026-01-01T00:00:00.000Z");
    const profile = JSON.parse(readFileSync(`${dir}/${outputs["profile-path"]}`, "utf8"));
    expect(validateContract(profileContract, profile, "profile")).toBe(profile);
    expect(profile).toEqual(JSON.parse(files["reference.json"]));
  });

  it("finds each of the seven seeded bad rows at its line, and fails", async () => {
    const { code, stdout, stderr } = await run("data/churn.csv");
    expect(code).toBe(1);
    expect(stdout).toContain("### ❌ validate-data: fail (7 of 26 checks failed)");
    expect(stdout).toContain(
      "| customer\\_id.primaryKey | present and unique | 1 of 200 failed | data/churn.csv:152: &quot;C00150&quot; (duplicate of line 151) |",
    );
    expect(stdout).toMatch(/\nvalid: false\nrow-count: 200\nfailed-checks: \[.*\]\n/);
    expect(stderr.split("\n")).toEqual(
      expect.arrayContaining([
        'error: data/churn.csv:59: "gold": expected one of basic, standard, premium',
        'error: data/churn.csv:90: "usa": expected matches [A-Z]{2}',
        "error: data/churn.csv:104: (no value): expected a value in every row",
        "error: data/churn.csv:18: 130: expected ≤ 120",
        "error: data/churn.csv:43: -12.5: expected > 0",
      ]),
    );
    expect(stderr).toContain(
      "mlops validate-data: invalid data: plan.enum (1 of 200 failed); country.pattern (1 of 200 failed)",
    );
  });

  it("only reports with --fail-step false", async () => {
    const { code, stdout } = await run("data/churn.csv", ["--fail-step", "false", "--json"]);
    expect(code).toBe(0);
    const outputs = JSON.parse(stdout);
    expect(outputs.valid).toBe("false");
    expect(JSON.parse(outputs["failed-checks"])).toHaveLength(7);
  });
});

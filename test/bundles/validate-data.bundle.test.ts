import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { node24 } from "../../scripts/node24.js";
import { readFiles, repoRoot } from "../helpers/examples.js";
import { runBundle, workflowCommands } from "../helpers/run-bundle.js";
import { tempDir } from "../helpers/temp-dir.js";
import { example } from "../validate-data/validate.js";

const files = readFiles({
  "data/churn.csv": example("churn.csv"),
  "data/churn-clean.csv": example("churn-clean.csv"),
  ".mlops/data-contract.yml": example("data-contract.yml"),
});

/** 400,000 rows of about 50 bytes, over 16 MiB; row i is on line i + 2; three rows fail. */
function largeCsv(): string {
  const rows = Array.from({ length: 400_000 }, (_, i) => {
    const score = i === 123_456 ? "-1" : i === 398_000 ? "n/a" : String(i % 100);
    const id = i === 250_001 ? "C000250000" : `C${String(i).padStart(9, "0")}`;
    return `${id},${score},2024-05-${String((i % 28) + 1).padStart(2, "0")},a plain row of text`;
  });
  const csv = ["id,score,day,note", ...rows].join("\n") + "\n";
  expect(csv.length).toBeGreaterThan(16 * 2 ** 20);
  return csv;
}

const largeContract = [
  "primaryKey: id",
  "fields:",
  "  - { name: id, type: string }",
  "  - { name: score, type: integer, constraints: { minimum: 0 } }",
  "  - { name: day, type: date }",
  "  - { name: note, type: string }",
].join("\n");

describe("the validate-data bundle, run as the runner runs it", () => {
  it("passes clean data, writes its outputs, the summary, the report and the profile, and exits 0", async () => {
    const run = await runBundle(
      "validate-data",
      { data: "data/churn-clean.csv", schema: ".mlops/data-contract.yml" },
      { files },
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({
      valid: "true",
      "row-count": "200",
      "failed-checks": "[]",
      "report-path": "mlops-out/validation-report.json",
      "profile-path": "mlops-out/data-profile.json",
      digest: "0a0a34c9829e2cff23426b2a69242db475331eb4c6fa4616e1616c2096bb7697",
    });
    expect(run.summary).toContain("### ✅ validate-data: pass (26 checks passed)");
    const report = JSON.parse(
      readFileSync(`${run.workspace}/mlops-out/validation-report.json`, "utf8"),
    );
    expect(report.schema).toBe("mlops.validation-report/v1");
    const profile = JSON.parse(
      readFileSync(`${run.workspace}/mlops-out/data-profile.json`, "utf8"),
    );
    expect(profile.rowCount).toBe(200);
  });

  it("reads JSON Lines ids past 2^53 as the digits written, not as one rounded number", async () => {
    // The second line holds the bare NaN Python writes, and is parsed a second time for it.
    const run = await runBundle(
      "validate-data",
      { data: "ids.jsonl", schema: "c.yml" },
      {
        files: {
          "ids.jsonl":
            '{"id": 1234567890123456789, "x": 1}\n{"id": 1234567890123456788, "x": NaN}\n',
          "c.yml":
            "fields:\n  - name: id\n    type: string\n  - name: x\n    type: number\nprimaryKey: id\n",
        },
      },
    );
    expect(run.outputs.valid).toBe("true");
    expect(run.code).toBe(0);
  });

  it("annotates the bad rows at their file and line, counts them, and fails the step", async () => {
    const run = await runBundle(
      "validate-data",
      { data: "data/churn.csv", schema: ".mlops/data-contract.yml" },
      { files },
    );
    expect(run.code).toBe(1);
    expect(run.outputs.valid).toBe("false");
    expect(JSON.parse(run.outputs["failed-checks"]!)).toHaveLength(7);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toContain(
      '::error title=validate-data%3A plan.enum,file=data/churn.csv,line=59::"gold": expected one of basic, standard, premium',
    );
    expect(lines.filter((line) => line.startsWith("::error title="))).toHaveLength(7);
    expect(lines).toContain(
      "::notice title=validate-data%3A failing rows::7 of 200 rows fail a row check; the report (mlops-out/validation-report.json) lists the first 5 of each check",
    );
    expect(lines.at(-1)).toMatch(/^::error::invalid data: plan\.enum \(1 of 200 failed\)/);
  });

  it("cannot be made to run workflow commands or ping people by a value in the data", async () => {
    const hostile = {
      ...files,
      "data/fork.csv": readFileSync(example("churn-clean.csv"), "utf8").replace(
        "basic",
        '"x\n::add-mask::secret @octocat #1"',
      ),
    };
    const run = await runBundle(
      "validate-data",
      { data: "data/fork.csv", schema: ".mlops/data-contract.yml" },
      { files: hostile },
    );
    expect(run.code).toBe(1);
    expect(workflowCommands(run.stdout).every((line) => /^::(error|notice)[ :]/.test(line))).toBe(
      true,
    );
    expect(run.summary).toContain("@\u200Boctocat #\u200B1");
    expect(run.summary).not.toContain("\n::add-mask");
  });

  it("answers a missing contract with one ::error:: line naming the input", async () => {
    const run = await runBundle(
      "validate-data",
      { data: "data/churn.csv", schema: "nope.yml" },
      { files },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      "::error::input 'schema': file 'nope.yml' does not exist. Check the path; a relative path starts from the working directory\n",
    );
  });

  it("reads a file of 16 MiB or more on a thread of its own, to the same errors at the same lines, and its digest", async () => {
    const csv = largeCsv();
    const run = await runBundle(
      "validate-data",
      { data: "data/large.csv", schema: "contract.yml", "fail-step": "false" },
      { files: { "data/large.csv": csv, "contract.yml": largeContract } },
    );
    expect(run.stderr).toBe("");
    expect(run.outputs["row-count"]).toBe("400000");
    // Taken by the reading thread from the bytes it read: the file's own sha256.
    expect(run.outputs.digest).toBe(createHash("sha256").update(csv).digest("hex"));
    const errors = workflowCommands(run.stdout).filter((line) => line.startsWith("::error title="));
    expect(errors.map((line) => /line=(\d+)/.exec(line)![1])).toEqual([
      "398002",
      "123458",
      "250003",
    ]);
    expect(errors[0]).toContain('"n/a"');
    expect(errors[2]).toContain("duplicate of line 250002");
  });

  it("reads it so from the command line too, whose reading thread starts before the action loads", () => {
    const { dir } = tempDir();
    const csv = largeCsv();
    writeFileSync(join(dir, "large.csv"), csv);
    writeFileSync(join(dir, "contract.yml"), largeContract);
    const args = ["--data", "large.csv", "--schema", "contract.yml", "--fail-step", "false"];
    const run = spawnSync(
      node24,
      [join(repoRoot, "bin/mlops.js"), "validate-data", ...args, "--json"],
      { cwd: dir, encoding: "utf8" },
    );
    expect(run.status).toBe(0);
    const outputs = JSON.parse(run.stdout) as Record<string, string>;
    expect(outputs).toMatchObject({ valid: "false", "row-count": "400000" });
    expect(outputs.digest).toBe(createHash("sha256").update(csv).digest("hex"));
    const lines = [...run.stderr.matchAll(/^error: large\.csv:(\d+):/gm)].map((m) => m[1]);
    expect(lines).toEqual(["398002", "123458", "250003"]);
  });
});

/** A workspace for promote's CLI tests: a git repository that is also the registry. */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { expect } from "vitest";
import { runCli, type PromoteReport } from "@mlops/shared";
import { evalReport, git, makeRepo, steppingClock } from "../registry/git-fixture.js";

export const sha = (text: string) => createHash("sha256").update(text).digest("hex");

/** The published schema of the report, compiled here as a consumer of the report would. */
const reportSchema = new Ajv({ allowUnionTypes: true }).compile(
  JSON.parse(
    readFileSync(
      new URL("../../shared/src/use-cases/promote/promote-report.schema.json", import.meta.url),
      "utf8",
    ),
  ) as object,
);

/** The report at its default path, checked against the schema. */
export function readReport(dir: string): PromoteReport {
  const report = JSON.parse(
    readFileSync(join(dir, "mlops-out", "promote-report.json"), "utf8"),
  ) as PromoteReport;
  expect(reportSchema(report), JSON.stringify(reportSchema.errors)).toBe(true);
  return report;
}

/**
 * A workspace that is also the registry, with a model file and a passing eval report about it,
 * and `policy` committed as its registry policy (promote applies the one committed at HEAD).
 */
export function workspace(policy?: string) {
  const { dir } = makeRepo();
  writeFileSync(join(dir, "model.onnx"), "weights");
  writeFileSync(join(dir, "eval-report.json"), JSON.stringify(evalReport("pass", sha("weights"))));
  if (policy) {
    mkdirSync(join(dir, ".mlops"));
    writeFileSync(join(dir, ".mlops", "registry.yml"), policy);
    git(dir, "add", ".mlops/registry.yml");
    git(dir, "commit", "--quiet", "-m", "Registry policy");
  }
  const clock = steppingClock();
  const mlops = async (...args: string[]) => {
    let stdout = "";
    let stderr = "";
    const code = await runCli(["promote", ...args], {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      cwd: dir,
      now: clock,
    });
    return {
      code,
      stdout,
      stderr,
      outputs:
        code === 0 && args.includes("--json") ? (JSON.parse(stdout) as Record<string, string>) : {},
    };
  };
  return { dir, mlops };
}

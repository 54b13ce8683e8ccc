import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseTagMessage, runCli } from "@mlops/shared";
import { flags } from "../helpers/flags.js";
import { workspace } from "./promote-workspace.js";

/** Prints both variants' latencies, the canary's shifted by SHIFT ms (a deterministic spread). */
const METRICS = `const shift = Number(process.argv[2]);
const values = (base) => Array.from({ length: 30 }, (_, i) => base + (i * 7) % 10);
console.log(JSON.stringify({ baseline: { latency_ms: values(100) }, canary: { latency_ms: values(100 + shift) } }));
`;
const POLICY = "metrics:\n  latency_ms: {direction: lower, max-regression: '10%'}\n";

/** A canary rollout of the workspace's model, its metrics from the command above. */
async function canary(dir: string, shift: number): Promise<number> {
  writeFileSync(join(dir, "metrics.mjs"), METRICS);
  writeFileSync(join(dir, "canary-policy.yml"), POLICY);
  return runCli(
    [
      "canary-deploy",
      ...flags({
        steps: "50",
        interval: "1s",
        "max-holds": "0",
        "set-weight-command": '["true"]',
        "metrics-command": JSON.stringify([process.execPath, "metrics.mjs", String(shift)]),
        policy: "canary-policy.yml",
        "model-file": "model.onnx",
      }),
    ],
    { stdout: () => undefined, stderr: () => undefined, cwd: dir, env: process.env },
  );
}

const PROD = "stages:\n  - name: prod\n    evidence: true\n";
const promoteFlags = flags({
  model: "churn",
  stage: "prod",
  assets: "model.onnx",
  evidence: "mlops-out/canary-report.json",
  json: true,
});

describe("a canary report as promote's evidence", () => {
  it("lets a promoted canary's model into a stage that needs evidence, and stores the report with the stage", async () => {
    const { dir, mlops } = workspace(PROD);
    expect(await canary(dir, 0)).toBe(0);
    const run = await mlops(...promoteFlags);
    expect(run.stderr).not.toMatch(/error/);
    expect(run.outputs).toMatchObject({ "stage-tag": "churn#prod#1", changed: "true" });
    const report = JSON.parse(readFileSync(join(dir, "mlops-out", "promote-report.json"), "utf8"));
    expect(JSON.stringify(report)).toContain("canary-report.json");
    // The stage tag says the evidence was a canary rollout's, not an eval-gate run's.
    const message = execFileSync("git", ["tag", "-l", "--format=%(contents)", "churn#prod#1"], {
      cwd: dir,
      encoding: "utf8",
    });
    expect(parseTagMessage(message).metadata?.evidence).toMatchObject({
      kind: "canary-report",
      verdict: "pass",
      asset: "canary-report.json",
    });
  }, 30_000);

  it("refuses the model of a rolled-back canary in canary-deploy's word, and creates no tag", async () => {
    const { dir, mlops } = workspace(PROD);
    expect(await canary(dir, 40)).toBe(1);
    const run = await mlops(...promoteFlags);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /mlops-out\/canary-report\.json: the canary report's outcome is rolled-back, so .* is refused\. Promote a model whose canary was promoted/,
    );
    expect(execFileSync("git", ["tag", "--list"], { cwd: dir, encoding: "utf8" })).toBe("");
  }, 30_000);

  it("refuses a rolled-back canary's report whose outcome alone was changed to promoted", async () => {
    const { dir, mlops } = workspace(PROD);
    expect(await canary(dir, 40)).toBe(1);
    const path = join(dir, "mlops-out", "canary-report.json");
    const text = readFileSync(path, "utf8");
    expect(text).toContain('"outcome": "rolled-back"');
    writeFileSync(path, text.replace('"outcome": "rolled-back"', '"outcome": "promoted"'));
    const run = await mlops(...promoteFlags);
    expect(run.code).toBe(1);
    const line = text.split("\n").findIndex((l) => l.includes('"outcome"')) + 1;
    expect(run.stderr).toBe(
      `mlops promote: mlops-out/canary-report.json:${line}: field '/outcome' says promoted, ` +
        "but step 1 failed and final_weight is 0 (the traffic went back to the baseline): " +
        "the report was edited by hand or is damaged. " +
        "Run canary-deploy again and give the report it writes as evidence\n",
    );
    expect(execFileSync("git", ["tag", "--list"], { cwd: dir, encoding: "utf8" })).toBe("");
  }, 30_000);

  it("refuses a canary report about another model file, naming both digests", async () => {
    const { dir, mlops } = workspace(PROD);
    expect(await canary(dir, 0)).toBe(0);
    writeFileSync(join(dir, "model.onnx"), "other weights");
    const run = await mlops(...promoteFlags);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /the canary report is about model sha256 [0-9a-f]{64} \(model\.onnx\), but .* has sha256 [0-9a-f]{64}/,
    );
  }, 30_000);

  it("does not stand for the per-example predictions a stage with evidence: predictions needs", async () => {
    const { dir, mlops } = workspace("stages:\n  - name: prod\n    evidence: predictions\n");
    expect(await canary(dir, 0)).toBe(0);
    const run = await mlops(...promoteFlags);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "mlops promote: stage 'prod' needs evidence judged on per-example predictions (evidence: predictions in .mlops/registry.yml), and mlops-out/canary-report.json is a canary report, judged on live traffic. Run eval-gate",
    );
    expect(execFileSync("git", ["tag", "--list"], { cwd: dir, encoding: "utf8" })).toBe("");
  }, 30_000);
});

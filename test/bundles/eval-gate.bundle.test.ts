import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evalGateExample, evalGateExampleOutputs, readFiles } from "../helpers/examples.js";
import { runBundle, workflowCommands } from "../helpers/run-bundle.js";

const files = readFiles({
  "metrics/challenger.json": evalGateExample("challenger.json"),
  "metrics/regressed.json": evalGateExample("challenger-regressed.json"),
  "metrics/champion.json": evalGateExample("champion.json"),
  ".mlops/gate-policy.yml": evalGateExample("policy.yml"),
});

/** The gate of `challenger` against the champion, under the workspace's policy. */
const gateInputs = (challenger: string) => ({
  challenger,
  champion: "metrics/champion.json",
  policy: ".mlops/gate-policy.yml",
});

describe("the eval-gate bundle, run as the runner runs it", () => {
  it("passes, writes its outputs, the job summary and the report, and exits 0", async () => {
    const run = await runBundle("eval-gate", gateInputs("metrics/challenger.json"), { files });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual(evalGateExampleOutputs);
    expect(run.summary).toContain("### ✅ eval-gate: pass");
    expect(run.summary).toContain(
      readFileSync(`${run.workspace}/mlops-out/eval-comment.md`, "utf8"),
    );
    expect(
      JSON.parse(readFileSync(`${run.workspace}/mlops-out/eval-report.json`, "utf8")).schema,
    ).toBe("mlops.eval-report/v1");
  });

  it("fails the step on a failing verdict with annotations at the metric's line and one ::error:: line", async () => {
    const run = await runBundle("eval-gate", gateInputs("metrics/regressed.json"), { files });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe("fail");
    const lines = run.stdout.trim().split("\n");
    expect(lines).toContain(
      "::error title=eval-gate%3A accuracy,file=metrics/regressed.json,line=2::accuracy: regressed by 0.038 (4.17%25), more than the allowed 1%25 (0.00912)",
    );
    expect(lines.at(-1)).toMatch(/^::error::verdict fail: accuracy: regressed by 0\.038/);
    expect(run.summary).toContain("### ❌ eval-gate: fail (2 of 4 gated metrics failed)");
  });

  it("answers bad input with one ::error:: line naming the input, exit 1, no stack trace, nothing written", async () => {
    const run = await runBundle(
      "eval-gate",
      { challenger: "metrics/nope.json", policy: ".mlops/gate-policy.yml" },
      { files },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      "::error::input 'challenger': file 'metrics/nope.json' does not exist. Check the path; a relative path starts from the working directory\n",
    );
    expect(run.stderr).toBe("");
    expect(run.outputs).toEqual({});
    expect(run.summary).toBe("");
  });

  it("prints the stack trace of an error only with RUNNER_DEBUG=1", async () => {
    const broken = { ...files, ".mlops/gate-policy.yml": "metrics: [" };
    const inputs = { challenger: "metrics/challenger.json", policy: ".mlops/gate-policy.yml" };
    const quiet = await runBundle("eval-gate", inputs, { files: broken });
    expect(quiet.stdout.trim().split("\n")).toHaveLength(1);
    expect(quiet.stdout).toMatch(
      /^::error file=\.mlops\/gate-policy\.yml,line=1::\.mlops\/gate-policy\.yml:1: is not valid YAML/,
    );
    const loud = await runBundle("eval-gate", inputs, {
      files: broken,
      env: { RUNNER_DEBUG: "1" },
    });
    expect(loud.stdout).toMatch(/\n\s+at /);
  });

  it("cannot be made to run workflow commands by a metric name from a fork", async () => {
    const hostile = {
      ...files,
      "metrics/fork.json": JSON.stringify({
        accuracy: 0.5,
        "x\n::add-mask::secret": 1,
        latency_p95_ms: 80,
        auc: 0.95,
      }),
    };
    const run = await runBundle("eval-gate", gateInputs("metrics/fork.json"), { files: hostile });
    expect(run.code).toBe(1);
    expect(workflowCommands(run.stdout).every((line) => /^::error[ :]/.test(line))).toBe(true);
  });
});

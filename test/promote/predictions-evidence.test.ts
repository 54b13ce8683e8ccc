/**
 * A stage whose policy says `evidence: predictions` takes only eval-gate's report on per-example
 * predictions: a metrics file anyone may type in is not enough, and the refusal says how to get
 * the report it wants.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ContractError, findRegistryPolicy, parseTagMessage, runCli } from "@mlops/shared";
import { flags } from "../helpers/flags.js";
import { git, makeRepo } from "../registry/git-fixture.js";
import { workspace } from "./promote-workspace.js";

const POLICY = `stages:
  - name: staging
  - name: prod
    evidence: predictions
    may-skip: [oncall-lead]
`;

/** A classifier's predictions on 200 examples, 190 of them right (accuracy 0.95). */
const PREDICTIONS = [
  "id,label,prediction",
  ...Array.from({ length: 200 }, (_, i) => `ex-${i},${i % 2},${i < 190 ? i % 2 : 1 - (i % 2)}`),
].join("\n");

/** Runs eval-gate in `dir` on the predictions above, about model.onnx, as a first model. */
async function gateOnPredictions(dir: string): Promise<void> {
  writeFileSync(join(dir, "predictions.csv"), `${PREDICTIONS}\n`);
  writeFileSync(
    join(dir, "gate.yml"),
    "schema: mlops.gate-policy/v1\nmetrics:\n  accuracy: {direction: higher, min: 0.8}\n",
  );
  const code = await runCli(
    [
      "eval-gate",
      ...flags({
        challenger: "predictions.csv",
        policy: "gate.yml",
        "model-file": "model.onnx",
        "report-path": "predictions-report.json",
        "comment-path": "comment.md",
      }),
    ],
    { stdout: () => undefined, stderr: () => undefined, cwd: dir },
  );
  expect(code).toBe(0);
}

/** The workspace with churn v1.0.0 (model.onnx) registered and in staging. */
async function inStaging() {
  const ws = workspace(POLICY);
  const staged = await ws.mlops(
    ...flags({ model: "churn", version: "v1.0.0", assets: "model.onnx", stage: "staging" }),
  );
  expect(staged.code).toBe(0);
  const prod = (inputs: Record<string, string> = {}) =>
    ws.mlops(...flags({ model: "churn", operation: "assign", stage: "prod", ...inputs }));
  const tags = () => git(ws.dir, "tag", "--list").trim().split("\n");
  return { ...ws, prod, tags };
}

const FIX =
  "Run eval-gate with its challenger input set to churn v1.0.0's per-example predictions (CSV, JSONL or Parquet with an id column) and its model-file input to the model file, and give the report it writes as evidence";

describe("a stage that needs evidence on predictions (evidence: predictions)", () => {
  it("refuses a passing eval report on aggregate metrics in one line naming the stage, the policy file and the fix", async () => {
    const { prod, tags } = await inStaging();
    const run = await prod({ evidence: "eval-report.json" });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `mlops promote: stage 'prod' needs evidence judged on per-example predictions (evidence: predictions in .mlops/registry.yml), and eval-report.json is an eval report judged on aggregate metrics (a metrics file). ${FIX}\n`,
    );
    expect(tags()).toEqual(["churn#staging#1", "churn@v1.0.0"]);
  });

  it("refuses a promotion with no evidence at all, in the same words", async () => {
    const { prod, tags } = await inStaging();
    const run = await prod();
    expect(run.stderr).toBe(
      `mlops promote: stage 'prod' needs evidence judged on per-example predictions (evidence: predictions in .mlops/registry.yml), and none was given. ${FIX}\n`,
    );
    expect(tags()).toEqual(["churn#staging#1", "churn@v1.0.0"]);
  });

  it("takes eval-gate's report on predictions, and the stage tag records its mode", async () => {
    const { dir, prod } = await inStaging();
    await gateOnPredictions(dir);
    const run = await prod({ evidence: "predictions-report.json" });
    expect(run.code, run.stderr).toBe(0);
    const message = git(dir, "tag", "-l", "--format=%(contents)", "churn#prod#2");
    expect(parseTagMessage(message).metadata?.evidence).toMatchObject({
      kind: "eval-report",
      verdict: "pass",
      mode: "predictions",
      champion: null,
    });
  });

  it("lets an actor on the may-skip list give aggregate evidence, recording the skip", async () => {
    const { dir, prod } = await inStaging();
    const run = await prod({ evidence: "eval-report.json", actor: "oncall-lead" });
    expect(run.code).toBe(0);
    const message = git(dir, "tag", "-l", "--format=%(contents)", "churn#prod#2");
    const { metadata } = parseTagMessage(message);
    expect(metadata?.skipped).toEqual(["evidence"]);
    expect(metadata?.evidence).toMatchObject({ mode: "aggregate" });
  });

  it("is a value of evidence the schema knows; any other is refused at its line", () => {
    const { dir } = makeRepo();
    mkdirSync(join(dir, ".mlops"));
    writeFileSync(
      join(dir, ".mlops", "registry.yml"),
      "stages:\n  - name: prod\n    evidence: prediction\n",
    );
    expect(() => findRegistryPolicy(dir)).toThrow(
      expect.objectContaining({
        constructor: ContractError,
        message:
          ".mlops/registry.yml:3: field '/stages/0/evidence' has a value that is not allowed",
        fix: "Did you mean 'predictions'? Use one of: true, false, predictions",
      }),
    );
    writeFileSync(
      join(dir, ".mlops", "registry.yml"),
      "stages:\n  - name: prod\n    evidence: predictions\n",
    );
    expect(findRegistryPolicy(dir)?.stages[0]?.evidence).toBe("predictions");
  });
});

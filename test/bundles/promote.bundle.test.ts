import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { runBundle } from "../helpers/run-bundle.js";

const report = (verdict: string, model: string) =>
  JSON.stringify({
    schema: "mlops.eval-report/v1",
    tool: { name: "mlops", version: "0.1.0" },
    created_at: "2026-01-01T00:00:00.000Z",
    mode: "aggregate",
    verdict,
    challenger: { file: "c.json", sha256: "0".repeat(64) },
    champion: null,
    policy: { file: "p.yml", sha256: "0".repeat(64) },
    model: { file: "model.onnx", sha256: createHash("sha256").update(model).digest("hex") },
    rows: [],
    counts: { pass: 0, fail: 0, skipped: 0, info: 0 },
    notes: [],
  });

const files = {
  "model.onnx": "weights",
  "eval-report.json": report("pass", "weights"),
  ".mlops/registry.yml": "stages:\n  - name: staging\n  - name: prod\n    evidence: true\n",
};

/** The workspace is the registry: a git repository with one commit. */
const init = (dir: string) => {
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=ci", "-c", "user.email=ci@example.com", ...args], {
      cwd: dir,
    });
  git("init", "-q");
  git("add", "-A");
  git("commit", "-qm", "model");
};

describe("the promote bundle, run as the runner runs it", () => {
  it("registers a version and assigns a stage, with tags as outputs", async () => {
    const run = await runBundle(
      "promote",
      { model: "churn", version: "v1.0.0", stage: "staging", assets: "model.onnx", actor: "ci" },
      { files, before: init },
    );
    expect(run.stdout).not.toContain("::error");
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      version: "v1.0.0",
      tag: "churn@v1.0.0",
      "stage-tag": "churn#staging#1",
      changed: "true",
    });
    expect(run.summary).toContain("churn");
  });

  it("refuses a guarded stage without evidence, with one ::error:: line and no tag", async () => {
    const run = await runBundle(
      "promote",
      { model: "churn", version: "v1.0.0", stage: "prod", assets: "model.onnx", actor: "ci" },
      { files, before: init },
    );
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split("\n")).toHaveLength(1);
    expect(run.stdout).toMatch(/^::error::/);
    expect(execFileSync("git", ["tag", "--list"], { cwd: run.workspace, encoding: "utf8" })).toBe(
      "",
    );
  });
});

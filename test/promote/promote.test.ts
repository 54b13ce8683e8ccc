import { createHash } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { manifests, runCli } from "@mlops/shared";
import { evalReport, git, makeRepo, steppingClock } from "../registry/git-fixture.js";

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

/** A workspace that is also the registry, with a model file and a passing eval report about it. */
function workspace(policy?: string) {
  const { dir } = makeRepo();
  writeFileSync(join(dir, "model.onnx"), "weights");
  writeFileSync(join(dir, "eval-report.json"), JSON.stringify(evalReport("pass", sha("weights"))));
  if (policy) {
    mkdirSync(join(dir, ".mlops"));
    writeFileSync(join(dir, ".mlops", "registry.yml"), policy);
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

describe("mlops promote", () => {
  it("registers and assigns in one run, and reports the tags", async () => {
    const { dir, mlops } = workspace("stages:\n  - name: prod\n    evidence: true\n");
    const run = await mlops(
      "--model",
      "churn",
      "--stage",
      "prod",
      "--assets",
      "model.onnx",
      "--evidence",
      "eval-report.json",
      "--actor",
      "ada",
      "--json",
    );
    expect(run.stderr).not.toMatch(/error/);
    expect(run.outputs).toEqual({
      version: "v0.0.1",
      tag: "churn@v0.0.1",
      "stage-tag": "churn#prod#1",
      "release-url": join(".mlops", "releases", "churn@v0.0.1"),
      "previous-version": "",
      changed: "true",
    });
    expect(existsSync(join(dir, ".mlops", "releases", "churn@v0.0.1", "model.onnx"))).toBe(true);
    expect(git(dir, "tag", "--list").trim().split("\n")).toEqual(["churn#prod#1", "churn@v0.0.1"]);
  });

  it("is a no-op when re-run, reporting the existing tags", async () => {
    const { mlops } = workspace();
    const args = [
      "--model",
      "churn",
      "--version",
      "v1.0.0",
      "--stage",
      "prod",
      "--assets",
      "model.onnx",
      "--json",
    ];
    await mlops(...args);
    const again = await mlops(...args);
    expect(again.outputs).toMatchObject({
      tag: "churn@v1.0.0",
      "stage-tag": "churn#prod#1",
      changed: "false",
    });
  });

  it("writes a summary with the stage's history, latest first", async () => {
    const { dir, mlops } = workspace();
    writeFileSync(join(dir, "model2.onnx"), "weights 2");
    await mlops(
      "--model",
      "churn",
      "--version",
      "v1.0.0",
      "--stage",
      "prod",
      "--assets",
      "model.onnx",
    );
    const run = await mlops(
      "--model",
      "churn",
      "--version",
      "v1.1.0",
      "--stage",
      "prod",
      "--assets",
      "model2.onnx",
      "--message",
      "Better recall",
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("## promote: churn v1.1.0 to prod");
    expect(run.stdout).toContain("| before | v1.0.0 |");
    const history = run.stdout.slice(run.stdout.indexOf("### History of prod"));
    expect(history.indexOf("churn#prod#3")).toBeLessThan(history.indexOf("churn#prod#1"));
    expect(history).toContain("Better recall");
    expect(run.stdout).toContain("previous-version: v1.0.0");
  });

  it("refuses evidence about another model, naming both digests, and creates nothing", async () => {
    const { dir, mlops } = workspace("stages:\n  - name: prod\n    evidence: true\n");
    writeFileSync(join(dir, "other.onnx"), "other weights");
    const run = await mlops(
      "--model",
      "churn",
      "--stage",
      "prod",
      "--assets",
      "other.onnx",
      "--evidence",
      "eval-report.json",
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(sha("weights"));
    expect(run.stderr).toContain(sha("other weights"));
    expect(git(dir, "tag", "--list").trim()).toBe("");
  });

  it("rolls back, unassigns and deprecates by operation", async () => {
    const { dir, mlops } = workspace();
    writeFileSync(join(dir, "model2.onnx"), "weights 2");
    await mlops(
      "--model",
      "churn",
      "--version",
      "v1.0.0",
      "--stage",
      "prod",
      "--assets",
      "model.onnx",
    );
    await mlops(
      "--model",
      "churn",
      "--version",
      "v1.1.0",
      "--stage",
      "prod",
      "--assets",
      "model2.onnx",
    );
    const rollback = await mlops(
      "--model",
      "churn",
      "--stage",
      "prod",
      "--operation",
      "rollback",
      "--json",
    );
    expect(rollback.outputs).toMatchObject({
      version: "v1.0.0",
      "stage-tag": "churn#prod#3",
      "previous-version": "v1.1.0",
    });
    const unassign = await mlops(
      "--model",
      "churn",
      "--stage",
      "prod",
      "--operation",
      "unassign",
      "--json",
    );
    expect(unassign.outputs).toMatchObject({ version: "v1.0.0", "stage-tag": "churn#prod!#4" });
    const deprecate = await mlops("--model", "churn", "--operation", "deprecate", "--json");
    expect(deprecate.outputs).toMatchObject({ tag: "churn@deprecated", changed: "true" });
  });

  it("creates nothing in a dry run", async () => {
    const { dir, mlops } = workspace();
    const run = await mlops(
      "--model",
      "churn",
      "--stage",
      "prod",
      "--assets",
      "model.onnx",
      "--dry-run",
      "--json",
    );
    expect(run.outputs).toMatchObject({
      version: "v0.0.1",
      "stage-tag": "churn#prod#1",
      changed: "false",
    });
    expect(git(dir, "tag", "--list").trim()).toBe("");
  });

  it("says which input is wrong", async () => {
    const { mlops } = workspace();
    expect((await mlops("--model", "churn", "--operation", "rollback")).stderr).toContain(
      "input 'stage': is required by operation rollback",
    );
    expect((await mlops("--model", "my model", "--assets", "model.onnx")).stderr).toContain(
      'invalid artifact "my model"',
    );
    expect((await mlops("--model", "churn", "--assets", "missing.onnx")).stderr).toContain(
      "input 'assets': 'missing.onnx' is not a file",
    );
  });

  it("describes every input and output in action.yml", () => {
    const manifest = manifests.promote;
    for (const spec of [...Object.values(manifest.inputs), ...Object.values(manifest.outputs)])
      expect(spec.description.length).toBeGreaterThan(10);
  });
});

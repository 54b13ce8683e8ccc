import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { manifests } from "@mlops/shared";
import { git } from "../registry/git-fixture.js";
import { readReport, sha, workspace } from "./promote-workspace.js";
import { flags } from "../helpers/flags.js";

describe("mlops promote", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("registers and assigns in one run, and reports the tags", async () => {
    const { dir, mlops } = workspace("stages:\n  - name: prod\n    evidence: true\n");
    const run = await mlops(
      ...flags({
        model: "churn",
        stage: "prod",
        assets: "model.onnx",
        evidence: "eval-report.json",
        actor: "ada",
        json: true,
      }),
    );
    expect(run.stderr).not.toMatch(/error/);
    expect(run.outputs).toEqual({
      version: "v0.0.1",
      tag: "churn@v0.0.1",
      "stage-tag": "churn#prod#1",
      "release-url": join(".mlops", "releases", "churn@v0.0.1"),
      "previous-version": "",
      changed: "true",
      "report-path": join("mlops-out", "promote-report.json"),
    });
    expect(existsSync(join(dir, ".mlops", "releases", "churn@v0.0.1", "model.onnx"))).toBe(true);
    expect(git(dir, "tag", "--list").trim().split("\n")).toEqual(["churn#prod#1", "churn@v0.0.1"]);
  });

  it("is a no-op when re-run, reporting the existing tags", async () => {
    const { mlops } = workspace();
    const args = flags({
      model: "churn",
      version: "v1.0.0",
      stage: "prod",
      assets: "model.onnx",
      json: true,
    });
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
      ...flags({ model: "churn", version: "v1.0.0", stage: "prod", assets: "model.onnx" }),
    );
    const run = await mlops(
      ...flags({
        model: "churn",
        version: "v1.1.0",
        stage: "prod",
        assets: "model2.onnx",
        message: "Better recall",
      }),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("### ✅ promote: pass (churn v1.1.0 to prod)");
    expect(run.stdout).toContain("| Before | v1.0.0 |");
    const history = run.stdout.slice(run.stdout.indexOf("**History of prod, latest first**"));
    expect(history.indexOf("churn#prod#3")).toBeLessThan(history.indexOf("churn#prod#1"));
    expect(history).toContain("Better recall");
    expect(run.stdout).toContain("previous-version: v1.0.0");
  });

  it("refuses evidence about another model, naming both digests, and creates nothing", async () => {
    const { dir, mlops } = workspace("stages:\n  - name: prod\n    evidence: true\n");
    writeFileSync(join(dir, "other.onnx"), "other weights");
    const run = await mlops(
      ...flags({
        model: "churn",
        stage: "prod",
        assets: "other.onnx",
        evidence: "eval-report.json",
      }),
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
      ...flags({ model: "churn", version: "v1.0.0", stage: "prod", assets: "model.onnx" }),
    );
    await mlops(
      ...flags({ model: "churn", version: "v1.1.0", stage: "prod", assets: "model2.onnx" }),
    );
    const rollback = await mlops(
      ...flags({ model: "churn", stage: "prod", operation: "rollback", json: true }),
    );
    expect(rollback.outputs).toMatchObject({
      version: "v1.0.0",
      "stage-tag": "churn#prod#3",
      "previous-version": "v1.1.0",
    });
    const unassign = await mlops(
      ...flags({ model: "churn", stage: "prod", operation: "unassign", json: true }),
    );
    expect(unassign.outputs).toMatchObject({ version: "v1.0.0", "stage-tag": "churn#prod!#4" });
    const deprecate = await mlops("--model", "churn", "--operation", "deprecate", "--json");
    expect(deprecate.outputs).toMatchObject({ tag: "churn@deprecated#5", changed: "true" });
  });

  it("creates nothing in a dry run", async () => {
    const { dir, mlops } = workspace();
    const run = await mlops(
      ...flags({
        model: "churn",
        stage: "prod",
        assets: "model.onnx",
        "dry-run": true,
        json: true,
      }),
    );
    expect(run.outputs).toMatchObject({
      version: "v0.0.1",
      "stage-tag": "churn#prod#1",
      changed: "false",
    });
    expect(git(dir, "tag", "--list").trim()).toBe("");
    expect(readReport(dir)).toMatchObject({
      operations: [
        { operation: "register", tag: "churn@v0.0.1", created: true },
        { operation: "assign", tag: "churn#prod#1", created: true },
      ],
      changed: false,
      dry_run: true,
    });
    expect(run.stderr).toBe("would create churn@v0.0.1\nwould create churn#prod#1\n");
  });

  it("says in a dry run which tags it would create and which are already there", async () => {
    const { dir, mlops } = workspace();
    await mlops(...flags({ model: "churn", version: "v1.0.0", assets: "model.onnx" }));
    const run = await mlops(
      ...flags({
        model: "churn",
        version: "v1.0.0",
        stage: "staging",
        assets: "model.onnx",
        "dry-run": true,
      }),
    );
    expect(run).toMatchObject({
      code: 0,
      stderr: "unchanged churn@v1.0.0\nwould create churn#staging#1\n",
    });
    expect(git(dir, "tag", "--list").trim()).toBe("churn@v1.0.0");
  });

  it("reads 1.1.0 as v1.1.0, and completes a version written short in its refusal", async () => {
    const { dir, mlops } = workspace();
    const full = await mlops("--model", "churn", "--version", "1.1.0", "--assets", "model.onnx");
    expect(full.stderr).toBe("created churn@v1.1.0\n");
    // [as typed, as the registry reads it, the full form meant]
    for (const [typed, read, meant] of [
      ["v1.2", "v1.2", "v1.2.0"],
      ["1.2", "v1.2", "v1.2.0"],
      ["v2", "v2", "v2.0.0"],
    ] as const) {
      const run = await mlops("--model", "churn", "--version", typed, "--assets", "model.onnx");
      expect(run, typed).toMatchObject({
        code: 1,
        stderr: `mlops promote: invalid version "${read}": is not 'v' followed by a SemVer 2 version. Write all three numbers: ${meant}\n`,
      });
    }
    expect(git(dir, "tag", "--list").trim()).toBe("churn@v1.1.0");
  });

  it("refuses evidence that is no report, such as a metrics file, saying what to pass", async () => {
    const { dir, mlops } = workspace();
    writeFileSync(join(dir, "metrics.json"), JSON.stringify({ accuracy: 0.91 }));
    writeFileSync(join(dir, "profile.json"), JSON.stringify({ schema: "mlops.profile/v1" }));
    writeFileSync(join(dir, "future.json"), JSON.stringify({ schema: "mlops.eval-report/v9" }));
    writeFileSync(
      join(dir, "huge.json"),
      JSON.stringify({ schema: { list: "x".repeat(100_000) } }),
    );
    const fix =
      "Pass as evidence the report eval-gate writes (its report-path, mlops-out/eval-report.json by default) or the one canary-deploy writes";
    for (const [file, why] of [
      ["metrics.json", "it has no 'schema' field"],
      ["profile.json", 'its schema is "mlops.profile/v1"'],
      // An untrusted file's schema is echoed to 60 characters, never whole.
      ["huge.json", `its schema is {"list":"${"x".repeat(50)}…`],
    ] as const) {
      const run = await mlops(
        ...flags({ model: "churn", stage: "prod", assets: "model.onnx", evidence: file }),
      );
      expect(run).toMatchObject({
        code: 1,
        stderr: `mlops promote: ${file}: not an eval-gate or canary-deploy report (${why}, not mlops.eval-report/v1 or mlops.canary-report/v1). ${fix}\n`,
      });
    }
    // A report of a later major version is one, which this mlops is too old to read.
    const future = await mlops(
      ...flags({ model: "churn", stage: "prod", assets: "model.onnx", evidence: "future.json" }),
    );
    expect(future).toMatchObject({
      code: 1,
      stderr:
        "mlops promote: future.json:1: is a mlops.eval-report/v9 document, written by a newer mlops than this one, which reads mlops.eval-report/v1. Upgrade mlops (the action's version, or the CLI) to one that reads mlops.eval-report/v9\n",
    });
    expect(git(dir, "tag", "--list").trim()).toBe("");
  });

  it("says which input is wrong", async () => {
    const { mlops } = workspace();
    expect((await mlops("--model", "churn", "--operation", "rollback")).stderr).toContain(
      "input 'stage': is required by operation rollback",
    );
    expect((await mlops("--model", "my model", "--assets", "model.onnx")).stderr).toBe(
      `mlops promote: input 'model': "my model" has a space or one of ~ ^ : ? * [ \\. Use letters, digits, '-', '_' and '/', starting and ending with a letter or digit\n`,
    );
    expect((await mlops("--model", "churn", "--stage", "prod#1")).stderr).toContain(
      `input 'stage': "prod#1" has '#', which is not a letter, digit, '-', '_' or '/'`,
    );
    expect((await mlops("--model", "churn", "--assets", "missing.onnx")).stderr).toContain(
      "input 'assets': 'missing.onnx' is not a file",
    );
  });

  it("writes a report of what it did, valid against mlops.promote-report/v1", async () => {
    const { dir, mlops } = workspace("stages:\n  - name: prod\n    evidence: true\n");
    await mlops(
      ...flags({
        model: "churn",
        version: "v1.0.0",
        stage: "prod",
        assets: "model.onnx",
        evidence: "eval-report.json",
        actor: "ada",
      }),
    );
    expect(readReport(dir)).toEqual({
      schema: "mlops.promote-report/v1",
      tool: { name: "mlops", version: expect.any(String) },
      created_at: expect.stringMatching(/^2026-03-01T12:\d\d:00\.000Z$/),
      artifact: "churn",
      operations: [
        { operation: "register", tag: "churn@v1.0.0", created: true },
        { operation: "assign", tag: "churn#prod#1", created: true },
      ],
      version: "v1.0.0",
      stage: "prod",
      previous_version: null,
      rollback_from: null,
      stages_now: [{ stage: "prod", version: "v1.0.0", tag: "churn#prod#1" }],
      evidence: {
        file: "eval-report.json",
        sha256: sha(readFileSync(join(dir, "eval-report.json"), "utf8")),
        verdict: "pass",
        model_sha256: sha("weights"),
      },
      assets: [{ name: "model.onnx", sha256: sha("weights"), size: 7 }],
      skipped: [],
      release_url: join(".mlops", "releases", "churn@v1.0.0"),
      backend: "git",
      actor: "ada",
      changed: true,
      dry_run: false,
    });
  });

  it("writes the report again on a re-run that changes nothing", async () => {
    const { dir, mlops } = workspace();
    const args = ["--model", "churn", "--version", "v1.0.0", "--stage", "prod"];
    await mlops(...args, "--assets", "model.onnx");
    rmSync(join(dir, "mlops-out"), { recursive: true });
    await mlops(...args, "--assets", "model.onnx");
    expect(readReport(dir)).toMatchObject({
      operations: [
        { operation: "register", tag: "churn@v1.0.0", created: false },
        { operation: "assign", tag: "churn#prod#1", created: false },
      ],
      changed: false,
      dry_run: false,
      // No actor was given and no tag was created, so no one is on record for this run.
      actor: null,
    });
  });

  it("records the tagger git used as the actor when none is given", async () => {
    vi.stubEnv("GIT_COMMITTER_NAME", "Grace Hopper");
    vi.stubEnv("GIT_COMMITTER_EMAIL", "grace@example.com");
    const { dir, mlops } = workspace();
    await mlops("--model", "churn", "--version", "v1.0.0", "--assets", "model.onnx");
    expect(
      git(dir, "for-each-ref", "--format=%(taggername)", "refs/tags/churn@v1.0.0").trim(),
    ).toBe("Grace Hopper");
    expect(readReport(dir)).toMatchObject({ actor: "Grace Hopper", changed: true });
  });

  it("warns who skipped a policy check, and records the skip in the report", async () => {
    const { dir, mlops } = workspace(
      "stages:\n  - name: prod\n    evidence: true\n    may-skip: [oncall-lead]\n",
    );
    const run = await mlops(
      ...flags({
        model: "churn",
        version: "v1.0.0",
        stage: "prod",
        assets: "model.onnx",
        actor: "oncall-lead",
      }),
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("warning: oncall-lead assigned prod without: evidence");
    expect(readReport(dir)).toMatchObject({ skipped: ["evidence"], actor: "oncall-lead" });
  });

  it("writes the report where report-path says", async () => {
    const { dir, mlops } = workspace();
    const run = await mlops(
      ...flags({
        model: "churn",
        assets: "model.onnx",
        "dry-run": true,
        json: true,
        "report-path": "out/promote.json",
      }),
    );
    expect(run.outputs["report-path"]).toBe(join("out", "promote.json"));
    expect(JSON.parse(readFileSync(join(dir, "out", "promote.json"), "utf8"))).toMatchObject({
      schema: "mlops.promote-report/v1",
      version: "v0.0.1",
      dry_run: true,
    });
  });

  it("describes every input and output in action.yml", () => {
    const manifest = manifests.promote;
    for (const spec of [...Object.values(manifest.inputs), ...Object.values(manifest.outputs)])
      expect(spec.description.length).toBeGreaterThan(10);
  });
});

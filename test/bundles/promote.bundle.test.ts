import { execFileSync } from "node:child_process";
import { chmodSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/examples.js";
import { runBundle } from "../helpers/run-bundle.js";
import { tempDir } from "../helpers/temp-dir.js";
import { sha } from "../promote/promote-workspace.js";
import { evalReport } from "../registry/git-fixture.js";

const files = {
  "model.onnx": "weights",
  "eval-report.json": JSON.stringify(evalReport("pass", sha("weights"))),
  ".mlops/registry.yml": "stages:\n  - name: staging\n  - name: prod\n    evidence: true\n",
};

/**
 * A `git` first on the PATH that logs each command it runs (its first argument after the
 * settings given with `-c`) before running the real one.
 */
function loggingGit(): { path: string; commands: () => string[] } {
  const real = execFileSync("which", ["git"], { encoding: "utf8" }).trim();
  const { dir, write } = tempDir();
  const log = join(dir, "commands.log");
  const script = [
    "#!/bin/sh",
    `logged() { while [ "$1" = "-c" ]; do shift 2; done; echo "$1" >> '${log}'; }`,
    'logged "$@"',
    `exec '${real}' "$@"`,
  ];
  chmodSync(write("bin/git", `${script.join("\n")}\n`), 0o755);
  return {
    path: `${join(dir, "bin")}:${process.env.PATH ?? ""}`,
    commands: () => readFileSync(log, "utf8").trim().split("\n"),
  };
}

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
    expect(run.outputs["report-path"]).toBe(join("mlops-out", "promote-report.json"));
    const report = JSON.parse(
      readFileSync(join(run.workspace, "mlops-out", "promote-report.json"), "utf8"),
    ) as unknown;
    expect(report).toMatchObject({
      schema: "mlops.promote-report/v1",
      operations: [
        { operation: "register", tag: "churn@v1.0.0", created: true },
        { operation: "assign", tag: "churn#staging#1", created: true },
      ],
      backend: "git",
      actor: "ci",
      changed: true,
    });
  });

  it("dry-runs a first promotion with one status and two listings of the registry's tags", async () => {
    const git = loggingGit();
    const run = await runBundle(
      "promote",
      {
        model: "churn",
        version: "v1.0.0",
        stage: "staging",
        assets: "model.onnx",
        actor: "ci",
        "dry-run": "true",
      },
      { files, before: init, env: { PATH: git.path } },
    );
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ "stage-tag": "churn#staging#1", changed: "false" });
    // The registry policy as committed (the one applied): where the folder is in its repository
    // and HEAD, the policy's entry in HEAD, whether git finds the working copy changed, its
    // bytes, then whether a branch of the remote holds HEAD (a shallow clone or one without
    // remote branches cannot tell); one status of the working tree (tracked files changed since
    // HEAD are warned of); then the model's tags and, for its first version, every tag (a name
    // that differs from another model's only in case is refused), and the stage's counter
    // claims, which a deleted tag leaves. However many tags there are, no more.
    expect(git.commands()).toEqual([
      "rev-parse",
      "rev-parse",
      "ls-tree",
      "--no-optional-locks",
      "cat-file",
      "rev-parse",
      "for-each-ref",
      "--no-optional-locks",
      "remote",
      "for-each-ref",
      "for-each-ref",
      "for-each-ref",
    ]);
  });

  it("leaves the GitHub client out of the entry file: a run on git never parses it", () => {
    const dist = join(repoRoot, "actions", "promote", "dist");
    const chunks = readdirSync(dist).filter((name) => name.endsWith(".js"));
    expect(readFileSync(join(dist, "index.js"), "utf8")).not.toMatch(/octokit/i);
    expect(chunks.some((name) => /octokit/i.test(readFileSync(join(dist, name), "utf8")))).toBe(
      true,
    );
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

import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { git, tempFolder } from "../registry/git-fixture.js";
import { workspace } from "./promote-workspace.js";

describe("promote: a version whose tag name a lightweight tag holds", () => {
  it("is refused in one line that names the tag and how to free it, and writes nothing", async () => {
    const { dir, mlops } = workspace();
    // A hand-made `git tag` without -a: GTO does not read it, and neither does the registry.
    git(dir, "tag", "churn@v1.0.0");
    const run = await mlops("--model", "churn", "--version", "v1.0.0", "--assets", "model.onnx");
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "mlops promote: tag 'churn@v1.0.0' exists but is a lightweight tag, which the registry does not read (its tags are annotated, as GTO's are). " +
        "Delete it (git tag -d 'churn@v1.0.0', and on the remote git push origin ':refs/tags/churn@v1.0.0'), or register another version\n",
    );
    expect(git(dir, "for-each-ref", "refs/mlops").trim()).toBe("");
    expect(git(dir, "cat-file", "-t", "churn@v1.0.0").trim()).toBe("commit");
  });

  it("is stepped over by a bump, whose version the lightweight tag has taken", async () => {
    const { dir, mlops } = workspace();
    git(dir, "tag", "churn@v0.0.1");
    const run = await mlops("--model", "churn", "--version", "auto", "--assets", "model.onnx");
    expect(run.code).toBe(0);
    expect(git(dir, "tag", "--list").trim().split("\n")).toEqual(["churn@v0.0.1", "churn@v0.0.2"]);
  });

  it("does not move a bump's numbering when it lies ahead, out of the way", async () => {
    const { dir, mlops } = workspace();
    git(dir, "tag", "churn@v9.0.0");
    await mlops("--model", "churn", "--version", "v1.0.0", "--assets", "model.onnx");
    writeFileSync(join(dir, "model.onnx"), "retrained weights");
    const run = await mlops("--model", "churn", "--version", "auto", "--assets", "model.onnx");
    expect(run.code).toBe(0);
    expect(git(dir, "tag", "--list").trim().split("\n")).toContain("churn@v1.0.1");
  });
});

describe("promote: a registry whose origin remote cannot be reached", () => {
  it("says why git could not fetch, and which remote to check", async () => {
    const { dir, mlops } = workspace();
    git(dir, "remote", "add", "origin", join(tempFolder(), "gone.git"));
    const run = await mlops("--model", "churn", "--version", "v1.0.0", "--assets", "model.onnx");
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(
      /^mlops promote: git fetch failed: fatal: '.*gone\.git' does not appear to be a git repository\. The registry reads its tags from the remote 'origin' first: check its URL \(git remote -v\), the network and the credentials\n$/,
    );
  });
});

describe("promote: a repository without a commit", () => {
  it("is refused before any file is stored", async () => {
    const dir = tempFolder();
    git(dir, "init", "--quiet");
    // The model file is the workspace's; the registry is the repository without a commit.
    const { mlops } = workspace();
    const run = await mlops(
      ...["--model", "churn", "--version", "v1.0.0", "--assets", "model.onnx", "--registry", dir],
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("'HEAD' is not a commit");
    expect(existsSync(join(dir, ".mlops"))).toBe(false);
    expect(git(dir, "for-each-ref").trim()).toBe("");
  });
});

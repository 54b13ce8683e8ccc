/**
 * What a branch or an earlier failed run can leave where a registration writes its release: a
 * committed folder at a release file's place, or a release ref without its tag. Neither may stop
 * the version from being registered.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  git,
  modelFile,
  remoteWithClones,
  setReleaseRef,
  tempFolder,
} from "../registry/git-fixture.js";
import { workspace } from "./promote-workspace.js";

const REGISTER = ["--model", "churn", "--version", "v1.3.0", "--assets", "model.onnx"];

describe("promote where the branch holds a folder at a release file's place", () => {
  it("replaces the folder with the file, as a checkout of the release does", async () => {
    const { dir, mlops } = workspace();
    const folder = join(dir, ".mlops", "releases", "churn@v1.3.0", "model.onnx");
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "x"), "a file of the branch's");
    git(dir, "add", ".mlops");
    git(dir, "commit", "--quiet", "-m", "A folder where a release file goes");
    const run = await mlops(...REGISTER);
    expect(run.stderr).toBe("created churn@v1.3.0\n");
    expect(run.code).toBe(0);
    expect(readFileSync(folder, "utf8")).toBe("weights");
    expect(git(dir, "show", "refs/mlops/releases/churn@v1.3.0:model.onnx")).toBe("weights");
  });
});

describe("promote where a failed run of an older mlops left the version's release ref without its tag", () => {
  it("registers the version, its release replacing the leftover here and on the remote", async () => {
    const { remote, clones } = remoteWithClones(1);
    const clone = clones[0]!;
    const tag = "churn@v1.3.0";
    setReleaseRef(clone, tag, [modelFile(tempFolder(), "model.onnx", "stale")]);
    git(clone, "push", "--quiet", "origin", `refs/mlops/releases/${tag}`);
    const leftover = git(clone, "rev-parse", `refs/mlops/releases/${tag}`).trim();
    // A workspace of its own, with the model file: the registry is the clone.
    const { mlops } = workspace();
    const run = await mlops(...REGISTER, "--registry", clone);
    // The log tells of the run that died there, and where its files are.
    expect(run.stderr).toBe(
      `warning: ${tag} was registered over a release left without its tag by an earlier ` +
        `registration that stopped midway, or by a tag deleted since: refs/mlops/releases/${tag} ` +
        `here and on the remote 'origin' (commit ${leftover}); its files were replaced by this ` +
        `registration's. git ls-tree <commit> lists them there until git gc prunes the commit\n` +
        `created ${tag}\n`,
    );
    for (const repository of [clone, remote]) {
      expect(git(repository, "show", `refs/mlops/releases/${tag}:model.onnx`)).toBe("weights");
      expect(git(repository, "tag", "--list").trim()).toBe(tag);
    }
  });
});

/**
 * A new version is tagged at HEAD's commit. Where tracked files of the working tree differ from
 * it, promote still registers, and warns that the version holds none of those changes.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { git } from "../registry/git-fixture.js";
import { flags } from "../helpers/flags.js";
import { workspace } from "./promote-workspace.js";

/** The warning for a tag at HEAD while `files` tracked files differ from it. */
const warning = (tag: string, verb: string, head: string, files: string) =>
  `warning: ${tag} ${verb} to HEAD's commit ${head.slice(0, 12)}, which lacks the changes to ${files} in the working tree. ` +
  "Commit them and register a new version if the version should hold them, or ignore this if HEAD's commit is the one meant\n";

/** A workspace whose model file is committed too, so that a changed model is a tracked change. */
function committedModel() {
  const space = workspace();
  git(space.dir, "add", "model.onnx");
  git(space.dir, "commit", "--quiet", "-m", "Model");
  return { ...space, head: git(space.dir, "rev-parse", "HEAD").trim() };
}

describe("promote with uncommitted changes to tracked files", () => {
  it("registers HEAD's commit, and warns how many tracked files differ from it", async () => {
    const { dir, mlops, head } = committedModel();
    writeFileSync(join(dir, "train.py"), "print('train harder')\n");
    writeFileSync(join(dir, "features file.py"), "FEATURES = ['age']\n");
    // Staged or not, a change is not in HEAD's commit.
    git(dir, "add", "train.py", "features file.py");
    git(dir, "commit", "--quiet", "-m", "Features");
    const committed = git(dir, "rev-parse", "HEAD").trim();
    writeFileSync(join(dir, "train.py"), "print('train harder still')\n");
    writeFileSync(join(dir, "features file.py"), "FEATURES = ['age', 'plan']\n");
    git(dir, "add", "train.py");
    const register = flags({ model: "churn", version: "v1.0.0", assets: "model.onnx" });

    const dryRun = await mlops(...register, "--dry-run");
    expect(dryRun.code).toBe(0);
    expect(dryRun.stderr).toContain(
      warning("churn@v1.0.0", "would point", committed, "2 tracked files"),
    );

    const run = await mlops(...register);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `${warning("churn@v1.0.0", "points", committed, "2 tracked files")}created churn@v1.0.0\n`,
    );
    expect(git(dir, "rev-parse", "churn@v1.0.0^{commit}").trim()).toBe(committed);
    expect(committed).not.toBe(head);
  });

  it("counts one file as one, when registering and assigning in one run", async () => {
    const { dir, mlops, head } = committedModel();
    writeFileSync(join(dir, "train.py"), "print('train harder')\n");
    const run = await mlops(...flags({ model: "churn", stage: "prod", assets: "model.onnx" }));
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(warning("churn@v0.0.1", "points", head, "1 tracked file"));
  });

  it("leaves out the assets' own changes: the version stores them as they are", async () => {
    const { dir, mlops } = committedModel();
    writeFileSync(join(dir, "model.onnx"), "weights, retrained");
    const run = await mlops(...flags({ model: "churn", version: "v1.0.0", assets: "model.onnx" }));
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("created churn@v1.0.0\n");
  });

  it("says nothing of untracked files, of a re-run, or of a stage move of a version", async () => {
    // model.onnx and eval-report.json are not tracked in this workspace.
    const { dir, mlops } = workspace();
    const register = flags({ model: "churn", version: "v1.0.0", assets: "model.onnx" });
    const first = await mlops(...register);
    expect(first.stderr).toBe("created churn@v1.0.0\n");

    writeFileSync(join(dir, "train.py"), "print('train harder')\n");
    const again = await mlops(...register);
    expect(again.stderr).toBe("unchanged churn@v1.0.0\n");
    const assign = await mlops(
      ...flags({ model: "churn", operation: "assign", stage: "prod", version: "v1.0.0" }),
    );
    expect(assign.code).toBe(0);
    expect(assign.stderr).toBe("created churn#prod#1\n");
  });
});

import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { git } from "../registry/git-fixture.js";
import { workspace } from "./promote-workspace.js";
import { flags } from "../helpers/flags.js";

const REFUSAL =
  "mlops promote: no assets are given, so churn v1.1.0, which is not registered, would be registered holding no files, though its latest, v1.0.0, holds model.onnx. " +
  "To register v1.1.0, give its model files as assets; to assign a registered version, name it (operation assign takes the version named, else the latest)\n";

/** A workspace whose churn v1.0.0 holds model.onnx and holds staging. */
async function churnWithFiles() {
  const { dir, mlops } = workspace();
  await mlops(
    ...flags({ model: "churn", version: "v1.0.0", stage: "staging", assets: "model.onnx" }),
  );
  return { dir, mlops };
}

describe("promote: a version named outright, not registered, with no files", () => {
  it("is refused into a stage where the versions hold files, before any tag or release is made", async () => {
    const { dir, mlops } = await churnWithFiles();
    const run = await mlops(
      ...flags({ model: "churn", version: "v1.1.0", stage: "prod", "report-path": "refused.json" }),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(REFUSAL);
    expect(git(dir, "tag", "--list").trim().split("\n")).toEqual([
      "churn#staging#1",
      "churn@v1.0.0",
    ]);
    expect(existsSync(join(dir, ".mlops", "releases", "churn@v1.1.0"))).toBe(false);
    expect(existsSync(join(dir, "refused.json"))).toBe(false);
  });

  it("is refused in a dry run too, which would otherwise say the stage can move to it", async () => {
    const { mlops } = await churnWithFiles();
    const run = await mlops(
      ...flags({ model: "churn", version: "v1.1.0", stage: "prod", "dry-run": true }),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(REFUSAL);
  });

  it("is refused without a stage as well, as a bumped version with no files is", async () => {
    const { dir, mlops } = await churnWithFiles();
    const named = await mlops(...flags({ model: "churn", version: "v1.1.0" }));
    expect(named.code).toBe(1);
    expect(named.stderr).toBe(REFUSAL);
    const bumped = await mlops(...flags({ model: "churn", version: "minor" }));
    expect(bumped.stderr).toMatch(/^mlops promote: no assets are given, so a new version of churn/);
    expect(git(dir, "tag", "--list", "churn@*").trim()).toBe("churn@v1.0.0");
  });

  it("is registered with its files and assigned, as the refusal says", async () => {
    const { dir, mlops } = await churnWithFiles();
    const run = await mlops(
      ...flags({
        model: "churn",
        version: "v1.1.0",
        stage: "prod",
        assets: "model.onnx",
        json: true,
      }),
    );
    expect(run.outputs).toMatchObject({ version: "v1.1.0", "stage-tag": "churn#prod#2" });
    expect(existsSync(join(dir, ".mlops", "releases", "churn@v1.1.0", "model.onnx"))).toBe(true);
  });

  it("moves the stage when the version named is registered: no files are needed to assign it", async () => {
    const { dir, mlops } = await churnWithFiles();
    const run = await mlops(
      ...flags({ model: "churn", version: "v1.0.0", stage: "prod", json: true }),
    );
    expect(run.outputs).toMatchObject({
      version: "v1.0.0",
      tag: "churn@v1.0.0",
      "stage-tag": "churn#prod#2",
    });
    expect(git(dir, "tag", "--list", "churn@*").trim()).toBe("churn@v1.0.0");
  });

  it("is still registered into the stage for an artifact whose versions hold no files", async () => {
    const { dir, mlops } = workspace();
    await mlops(...flags({ model: "prompt", version: "v1.0.0", stage: "dev" }));
    const run = await mlops(
      ...flags({ model: "prompt", version: "v1.1.0", stage: "dev", json: true }),
    );
    expect(run.outputs).toMatchObject({ version: "v1.1.0", "stage-tag": "prompt#dev#2" });
    expect(git(dir, "tag", "--list", "prompt@*").trim().split("\n")).toEqual([
      "prompt@v1.0.0",
      "prompt@v1.1.0",
    ]);
  });
});

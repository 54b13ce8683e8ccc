import { describe, expect, it } from "vitest";
import { git } from "../registry/git-fixture.js";
import { workspace } from "./promote-workspace.js";
import { flags } from "../helpers/flags.js";

describe("promote: a stage named without a version or files", () => {
  it("is refused where the versions hold files, rather than registering an empty version into the stage", async () => {
    const { dir, mlops } = workspace();
    await mlops("--model", "churn", "--version", "v1.0.0", "--assets", "model.onnx");
    const run = await mlops("--model", "churn", "--stage", "staging");
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "mlops promote: no assets are given, so a new version of churn would hold no files, though its latest, v1.0.0, holds model.onnx. " +
        "To assign a registered version, use operation assign (it takes the latest, v1.0.0, or the version named); to register new files, give them as assets\n",
    );
    expect(git(dir, "tag", "--list").trim()).toBe("churn@v1.0.0");
  });

  it("assigns the latest version with operation assign, as the refusal says", async () => {
    const { mlops } = workspace();
    await mlops("--model", "churn", "--version", "v1.0.0", "--assets", "model.onnx");
    const run = await mlops(
      ...flags({ model: "churn", stage: "staging", operation: "assign", json: true }),
    );
    expect(run.outputs).toMatchObject({ version: "v1.0.0", "stage-tag": "churn#staging#1" });
  });

  it("still registers the next version of an artifact whose versions hold no files", async () => {
    const { mlops } = workspace();
    await mlops("--model", "prompt", "--version", "v1.0.0");
    const run = await mlops(...flags({ model: "prompt", stage: "dev", json: true }));
    expect(run.outputs).toMatchObject({ version: "v1.0.1", "stage-tag": "prompt#dev#1" });
  });
});

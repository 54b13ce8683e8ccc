import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mlops } from "../helpers/run-cli.js";
import { clockedRegistry, modelFile, tempFolder } from "./git-fixture.js";

/** A local registry with churn v1.0.0 in prod. */
async function localRegistry() {
  const { dir, registry } = clockedRegistry();
  await registry.promote({
    artifact: "churn",
    version: "v1.0.0",
    assets: [modelFile(tempFolder(), "model.bin", "weights")],
    stage: "prod",
    actor: "ada",
  });
  return dir;
}

describe("mlops registry show and history, given a registry reference", () => {
  it("answer with the command for a stage: --stage, or fetch for its files", async () => {
    const dir = await localRegistry();
    for (const command of ["show", "history"]) {
      expect(await mlops(["registry", command, "churn#prod"], dir), command).toEqual({
        code: 1,
        stdout: "",
        stderr: `mlops registry: ${command} takes an artifact name, and 'churn#prod' is a registry reference. Usage: mlops registry ${command} churn --stage prod; the files of 'churn#prod': mlops registry fetch churn#prod\n`,
      });
    }
  });

  it("answer with the command for a version", async () => {
    const dir = await localRegistry();
    const run = await mlops(["registry", "show", "churn@v1.0.0"], dir);
    expect(run.stderr).toBe(
      "mlops registry: show takes an artifact name, and 'churn@v1.0.0' is a registry reference. Usage: mlops registry show churn; the files of 'churn@v1.0.0': mlops registry fetch churn@v1.0.0\n",
    );
  });
});

describe("mlops registry history --at", () => {
  it("is refused rather than ignored: history already dates every event", async () => {
    const dir = await localRegistry();
    const run = await mlops(["registry", "history", "churn", "--at", "2026-03-01"], dir);
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "mlops registry: --at goes with show and fetch. history lists every event with its date; for the registry at a date use mlops registry show <artifact> --at <date>\n",
    });
  });
});

describe("mlops registry show, of an artifact with no stage or no version", () => {
  it("says none rather than leaving a heading empty", async () => {
    const dir = await localRegistry();
    writeFileSync(join(dir, "artifacts.yaml"), "fraud:\n  type: model\n");
    const run = await mlops(["registry", "show", "fraud"], dir);
    expect(run.stdout).toBe(
      "fraud\nlatest: none\nstages: none\nversions (by SemVer precedence): none\n",
    );
  });
});

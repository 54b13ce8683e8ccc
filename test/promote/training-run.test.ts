import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { modelCard, parseTagMessage, runCli } from "@mlops/shared";
import { git } from "../registry/git-fixture.js";
import { sha, workspace } from "./promote-workspace.js";

const node = process.execPath;
const DATA = sha("training data");

/** train-run in the workspace, writing model.onnx as the training command. */
async function train(dir: string) {
  const write = "require('node:fs').writeFileSync('model.onnx', 'weights')";
  const code = await runCli(
    [
      "train-run",
      ...["--command", JSON.stringify([node, "-e", write])],
      ...["--trained-model", "model.onnx", "--data-digests", DATA],
    ],
    { stdout: () => {}, stderr: () => {}, cwd: dir },
  );
  expect(code).toBe(0);
  return JSON.parse(readFileSync(join(dir, "mlops-out/run-record.json"), "utf8")) as {
    run_id: string;
  };
}

describe("a version that leads back to its training run and data", () => {
  it("records the run record's id, digest and data digests in the registration tag and model card", async () => {
    const { dir, mlops } = workspace();
    const record = await train(dir);
    const run = await mlops(
      ...["--model", "churn", "--version", "v1.0.0", "--assets", "model.onnx"],
      ...["--run-record", "mlops-out/run-record.json"],
    );
    expect(run.stderr).toBe("created churn@v1.0.0\n");
    const message = git(dir, "tag", "-l", "--format=%(contents)", "churn@v1.0.0");
    const { metadata } = parseTagMessage(message);
    expect(metadata?.training_run).toEqual({
      id: record.run_id,
      sha256: sha(readFileSync(join(dir, "mlops-out/run-record.json"), "utf8")),
      status: "succeeded",
      data_digests: [DATA],
    });
    const card = modelCard({
      name: "churn@v1.0.0",
      commit: "0".repeat(40),
      tagger: { name: "ada", email: "" },
      date: new Date("2026-01-01T00:00:00Z"),
      message,
    });
    expect(card).toContain(`## Training run\n\nRun ${record.run_id} (succeeded)`);
    expect(card).toContain(`- \`${DATA}\``);
  });

  it("is named by eval-gate's report too, by run id and digest", async () => {
    const { dir } = workspace();
    const record = await train(dir);
    const files = {
      "c.json": '{"accuracy": 0.9}',
      "p.yml": "metrics:\n  accuracy: {direction: higher, min: 0.5}\n",
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const code = await runCli(
      [
        "eval-gate",
        "--challenger",
        "c.json",
        "--policy",
        "p.yml",
        "--run-record",
        "mlops-out/run-record.json",
      ],
      { stdout: () => {}, stderr: () => {}, cwd: dir },
    );
    expect(code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, "mlops-out/eval-report.json"), "utf8"));
    expect(report.run).toEqual({
      id: record.run_id,
      file: "mlops-out/run-record.json",
      sha256: sha(readFileSync(join(dir, "mlops-out/run-record.json"), "utf8")),
    });
  });

  it("warns of a run record whose run did not write the first asset, and records the run", async () => {
    const { dir, mlops } = workspace();
    const record = await train(dir);
    // An export of the trained model is a file the run never wrote, and a real case.
    writeFileSync(join(dir, "champion.onnx"), "other weights");
    const run = await mlops(
      ...["--model", "churn", "--version", "v1.0.0", "--assets", "champion.onnx"],
      ...["--run-record", "mlops-out/run-record.json"],
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `warning: mlops-out/run-record.json: run ${record.run_id} trained model.onnx ` +
        `(sha256 ${sha("weights").slice(0, 12)}), not champion.onnx (sha256 ${sha("other weights").slice(0, 12)}); ` +
        "the version records the run all the same. Give the record of the run that wrote the first asset, " +
        "unless the asset was made from that run's model\ncreated churn@v1.0.0\n",
    );
    const message = git(dir, "tag", "-l", "--format=%(contents)", "churn@v1.0.0");
    expect(parseTagMessage(message).metadata?.training_run?.id).toBe(record.run_id);
  });

  it("says a run record is not recorded where the version was registered before, and not on a re-run", async () => {
    const { dir, mlops } = workspace();
    const record = await train(dir);
    const register = ["--model", "churn", "--version", "v1.0.0", "--assets", "model.onnx"];
    expect((await mlops(...register)).code).toBe(0);
    const again = await mlops(...register, "--run-record", "mlops-out/run-record.json");
    expect(again.code).toBe(0);
    expect(again.stderr).toBe(
      `warning: churn@v1.0.0 was registered before, without a run record, and a registration never changes: run ${record.run_id} is not recorded. Name a new version to register it with its run\nunchanged churn@v1.0.0\n`,
    );
    const withRun = ["--model", "churn", "--version", "v1.0.1", "--assets", "model.onnx"];
    const recorded = [...withRun, "--run-record", "mlops-out/run-record.json"];
    expect((await mlops(...recorded)).stderr).toBe("created churn@v1.0.1\n");
    expect((await mlops(...recorded)).stderr).toBe("unchanged churn@v1.0.1\n");
  });

  it("refuses a run record with an operation that registers nothing, where it would be lost", async () => {
    const { dir, mlops } = workspace();
    await train(dir);
    expect(
      (await mlops("--model", "churn", "--version", "v1.0.0", "--assets", "model.onnx")).code,
    ).toBe(0);
    const run = await mlops(
      ...["--model", "churn", "--version", "v1.0.0", "--operation", "assign", "--stage", "prod"],
      ...["--run-record", "mlops-out/run-record.json"],
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "mlops promote: input 'run-record': operation assign registers no version, so the run record would be recorded nowhere. Give run-record with the registration (operation register, or none)\n",
    );
    expect(git(dir, "tag", "-l")).toBe("churn@v1.0.0\n");
  });

  it("refuses a run record that is not one, naming the field", async () => {
    const { dir, mlops } = workspace();
    writeFileSync(join(dir, "record.json"), '{"schema": "mlops.run-record/v1"}');
    const run = await mlops(
      ...[
        "--model",
        "churn",
        "--version",
        "v1.0.0",
        "--assets",
        "model.onnx",
        "--run-record",
        "record.json",
      ],
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "mlops promote: record.json:1: field '/' is missing the required property 'tool'. Add tool\n",
    );
    expect(git(dir, "tag", "-l")).toBe("");
  });
});

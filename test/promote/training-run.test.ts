import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { modelCard, parseTagMessage, runCli } from "@mlops/shared";
import { mlops as cli } from "../helpers/run-cli.js";
import { git, setReleaseRef, tempFolder } from "../registry/git-fixture.js";
import { sha, workspace } from "./promote-workspace.js";

const node = process.execPath;
const DATA = sha("training data");

/** train-run in the workspace, writing model.onnx as the training command. */
async function train(dir: string, params?: string) {
  const write = "require('node:fs').writeFileSync('model.onnx', 'weights')";
  const code = await runCli(
    [
      "train-run",
      ...["--command", JSON.stringify([node, "-e", write])],
      ...["--trained-model", "model.onnx", "--data-digests", DATA],
      ...(params ? ["--params", params] : []),
    ],
    { stdout: () => {}, stderr: () => {}, cwd: dir },
  );
  expect(code).toBe(0);
  return JSON.parse(readFileSync(join(dir, "mlops-out/run-record.json"), "utf8")) as {
    run_id: string;
  };
}

/**
 * train-run on a change to a tracked file, committed only after the run: the registration's
 * commit holds the change, the run's (`head`) does not.
 */
async function trainDirty(dir: string) {
  const head = git(dir, "rev-parse", "HEAD").trim();
  writeFileSync(join(dir, "train.py"), "print('changed')\n");
  const record = await train(dir);
  git(dir, "commit", "--quiet", "-am", "Change training");
  return { head, record };
}

/** The release text of a tag whose message is `message`, as the registry writes it. */
const cardOf = (name: string, message: string) =>
  modelCard({
    name,
    commit: "0".repeat(40),
    tagger: { name: "ada", email: "" },
    date: new Date("2026-01-01T00:00:00Z"),
    message,
  });

describe("a version that leads back to its training run and data", () => {
  it("records the run's id, digest, data, commit and params in the registration tag and model card", async () => {
    const { dir, mlops } = workspace();
    const record = await train(dir, '{"C": 1}');
    const run = await mlops(
      ...["--model", "churn", "--version", "v1.0.0", "--assets", "model.onnx"],
      ...["--run-record", "mlops-out/run-record.json"],
    );
    expect(run.stderr).toBe("created churn@v1.0.0\n");
    const message = git(dir, "tag", "-l", "--format=%(contents)", "churn@v1.0.0");
    const { metadata } = parseTagMessage(message);
    const head = git(dir, "rev-parse", "HEAD").trim();
    // The params' digest is that of the params file train-run writes beside its record.
    const params = sha(readFileSync(join(dir, "mlops-out/run-record.params.json"), "utf8"));
    expect(metadata?.training_run).toEqual({
      id: record.run_id,
      sha256: sha(readFileSync(join(dir, "mlops-out/run-record.json"), "utf8")),
      status: "succeeded",
      data_digests: [DATA],
      git: { commit: head, dirty: false },
      params_sha256: params,
      asset: "run-record.json",
    });
    const card = cardOf("churn@v1.0.0", message);
    expect(card).toContain(`## Training run\n\nRun ${record.run_id} (succeeded)`);
    expect(card).toContain(`Trained at commit \`${head}\`, params sha256 \`${params}\`.`);
    expect(card).toContain(`- \`${DATA}\``);
  });

  it("stores the run record with the version's files, as run-record.json", async () => {
    const { dir, mlops } = workspace();
    await train(dir);
    const register = ["--model", "churn", "--version", "v1.0.0", "--assets", "model.onnx"];
    expect((await mlops(...register, "--run-record", "mlops-out/run-record.json")).code).toBe(0);
    const release = join(dir, ".mlops", "releases", "churn@v1.0.0");
    expect(readFileSync(join(release, "run-record.json"), "utf8")).toBe(
      readFileSync(join(dir, "mlops-out/run-record.json"), "utf8"),
    );
    // The version's own files are still only those given: the run record is not one of them.
    const message = git(dir, "tag", "-l", "--format=%(contents)", "churn@v1.0.0");
    expect(parseTagMessage(message).metadata?.assets?.map((a) => a.name)).toEqual(["model.onnx"]);
    // A re-run finds the version registered, whether the run record is given again or not.
    expect((await mlops(...register, "--run-record", "mlops-out/run-record.json")).stderr).toBe(
      "unchanged churn@v1.0.0\n",
    );
    expect((await mlops(...register)).stderr).toBe("unchanged churn@v1.0.0\n");
  });

  it("is fetched with the version's files, checked against the digest its tag records", async () => {
    const { dir, mlops } = workspace();
    await train(dir);
    const register = ["--model", "churn", "--version", "v1.0.0", "--assets", "model.onnx"];
    expect((await mlops(...register, "--run-record", "mlops-out/run-record.json")).code).toBe(0);
    const fetch = (to: string) => cli(["registry", "fetch", "churn@v1.0.0", "--to", to], dir);
    const fetched = await fetch("fetched");
    expect(fetched.code).toBe(0);
    expect(fetched.stdout).toMatch(
      /^churn@v1\.0\.0: churn v1\.0\.0 \(churn@v1\.0\.0\), 2 files in /,
    );
    expect(readdirSync(join(dir, "fetched")).sort()).toEqual(["model.onnx", "run-record.json"]);
    expect(readFileSync(join(dir, "fetched", "run-record.json"), "utf8")).toBe(
      readFileSync(join(dir, "mlops-out/run-record.json"), "utf8"),
    );
    // A record changed in the release after registration is refused, and nothing is fetched.
    const edits = tempFolder();
    writeFileSync(join(edits, "run-record.json"), "{}");
    setReleaseRef(dir, "churn@v1.0.0", [join(dir, "model.onnx"), join(edits, "run-record.json")]);
    const edited = await fetch("again");
    expect(edited.code).toBe(1);
    expect(edited.stderr).toContain("release asset run-record.json of churn@v1.0.0 does not match");
    expect(readdirSync(dir)).not.toContain("again");
  });

  it("stores no second run-record.json where the user gave one as an asset", async () => {
    const { dir, mlops } = workspace();
    await train(dir);
    const run = await mlops(
      ...["--model", "churn", "--version", "v1.0.0"],
      ...["--assets", "model.onnx,mlops-out/run-record.json"],
      ...["--run-record", "mlops-out/run-record.json"],
    );
    expect(run.stderr).toBe("created churn@v1.0.0\n");
    const release = join(dir, ".mlops", "releases", "churn@v1.0.0");
    expect(readdirSync(release).sort()).toEqual(["model.onnx", "run-record.json"]);
    const message = git(dir, "tag", "-l", "--format=%(contents)", "churn@v1.0.0");
    const { metadata } = parseTagMessage(message);
    expect(metadata?.assets?.map((a) => a.name)).toEqual(["model.onnx", "run-record.json"]);
    // The asset of that name is this very record: the tag says so.
    expect(metadata?.training_run?.asset).toBe("run-record.json");
  });

  it("warns once of a run trained on uncommitted changes, and records it as dirty", async () => {
    const { dir, mlops } = workspace();
    const { head, record } = await trainDirty(dir);
    const run = await mlops(
      ...["--model", "churn", "--version", "v1.0.0", "--assets", "model.onnx"],
      ...["--run-record", "mlops-out/run-record.json"],
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `warning: mlops-out/run-record.json: run ${record.run_id} trained with uncommitted changes to tracked files, ` +
        `so its commit ${head.slice(0, 12)} does not hold the code it ran; the version records the run as dirty. ` +
        "Commit the changes and train again, so that the version leads back to the code that made it\n" +
        "created churn@v1.0.0\n",
    );
    const message = git(dir, "tag", "-l", "--format=%(contents)", "churn@v1.0.0");
    expect(parseTagMessage(message).metadata?.training_run?.git).toEqual({
      commit: head,
      dirty: true,
    });
    expect(cardOf("churn@v1.0.0", message)).toContain(
      `Trained at commit \`${head}\` with uncommitted changes (dirty)`,
    );
  });

  it("warns of a dirty run only where a new version records it, in the conditional on a dry run", async () => {
    const { dir, mlops } = workspace();
    const { head, record } = await trainDirty(dir);
    const v1 = ["--model", "churn", "--version", "v1.0.0", "--assets", "model.onnx"];
    expect((await mlops(...v1)).code).toBe(0);
    const runRecord = ["--run-record", "mlops-out/run-record.json"];
    // Registered before without it: the version does not record the run, dirty or not.
    expect((await mlops(...v1, ...runRecord)).stderr).toBe(
      `warning: churn@v1.0.0 was registered before, without a run record, and a registration never changes: run ${record.run_id} is not recorded. Name a new version to register it with its run\nunchanged churn@v1.0.0\n`,
    );
    const v2 = ["--model", "churn", "--version", "v2.0.0", "--assets", "model.onnx"];
    expect((await mlops(...v2, ...runRecord, "--dry-run", "true")).stderr).toBe(
      `warning: mlops-out/run-record.json: run ${record.run_id} trained with uncommitted changes to tracked files, ` +
        `so its commit ${head.slice(0, 12)} does not hold the code it ran; the version would record the run as dirty. ` +
        "Commit the changes and train again, so that the version leads back to the code that made it\n" +
        "would create churn@v2.0.0\n",
    );
  });

  it("records at most 200 characters, on one line, of a run record's id and commit", async () => {
    const { dir, mlops } = workspace();
    await train(dir);
    const path = join(dir, "mlops-out/run-record.json");
    const record = JSON.parse(readFileSync(path, "utf8"));
    // A hand-edited record: GitHub caps the size of the release body the card becomes.
    const id = `${"r".repeat(300_000)}\n## Approved by the board`;
    const commit = "c".repeat(300_000);
    writeFileSync(path, JSON.stringify({ ...record, run_id: id, git: { ...record.git, commit } }));
    const run = await mlops(
      ...["--model", "churn", "--version", "v1.0.0", "--assets", "model.onnx"],
      ...["--run-record", "mlops-out/run-record.json"],
    );
    expect(run.code).toBe(0);
    const message = git(dir, "tag", "-l", "--format=%(contents)", "churn@v1.0.0");
    expect(message.length).toBeLessThan(3_000);
    expect(parseTagMessage(message).metadata?.training_run).toMatchObject({
      id: `${"r".repeat(199)}…`,
      git: { commit: `${"c".repeat(199)}…` },
    });
    const card = cardOf("churn@v1.0.0", message);
    expect(card.length).toBeLessThan(3_000);
    expect(card).not.toContain("Approved");
  });

  it("reads a registration tag written before runs recorded their commit and params", () => {
    const metadata = {
      schema: "mlops.registry-event/v1",
      assets: [{ name: "model.onnx", sha256: sha("weights"), size: 7 }],
      training_run: { id: "run-1", sha256: "b".repeat(64), status: "succeeded", data_digests: [] },
    };
    const card = cardOf(
      "churn@v1.0.0",
      `Register churn v1.0.0\n\n\`\`\`mlops\n${JSON.stringify(metadata)}\n\`\`\`\n`,
    );
    expect(card).toContain(`Run run-1 (succeeded), run record sha256 \`${"b".repeat(64)}\`.`);
    expect(card).not.toContain("Trained at commit");
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

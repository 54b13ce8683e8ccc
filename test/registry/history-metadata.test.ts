/**
 * `mlops registry history --json` gives each event's mlops block: what an audit of a stage move
 * needs (the evidence, the policy it was made under, the run a version came from) without
 * parsing tag messages. A block is anyone's writing, so what it shows is checked and bounded.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { flags } from "../helpers/flags.js";
import { workspace } from "../promote/promote-workspace.js";
import { clockedRegistry, git, modelFile, tempFolder } from "./git-fixture.js";

const sha = (bytes: string | Buffer) => createHash("sha256").update(bytes).digest("hex");

interface EventJson {
  readonly tag: string;
  readonly mlops: Record<string, unknown> | null;
}

async function historyOf(dir: string): Promise<EventJson[]> {
  const run = await mlops(["registry", "history", "churn", "--json"], dir);
  expect(run.stderr).toBe("");
  return (JSON.parse(run.stdout) as { events: EventJson[] }).events;
}

/** churn v1.0.0 registered, then a stage tag made with plain git with `message` as its message. */
async function withHandMadeTag(message: string) {
  const { dir, registry } = clockedRegistry();
  const model = modelFile(tempFolder(), "model.bin", "weights");
  await registry.register({ artifact: "churn", version: "v1.0.0", assets: [model] });
  git(dir, "tag", "-a", "churn#prod#1", "-m", message);
  return dir;
}

/** A tag message with `block` as its mlops block. */
const withBlock = (block: object) =>
  `Assign\n\n\`\`\`mlops\n${JSON.stringify({ schema: "mlops.registry-event/v1", ...block })}\n\`\`\``;

describe("mlops registry history --json: each event's mlops block", () => {
  it("gives the evidence, the policy the move was made under and the commit the version's run trained at", async () => {
    const { dir, mlops: promote } = workspace("stages:\n  - name: prod\n    evidence: true\n");
    const trained = await runCli(
      [
        "train-run",
        ...flags({
          command: JSON.stringify([process.execPath, "-e", ""]),
          "trained-model": "model.onnx",
          "data-digests": sha("data"),
        }),
      ],
      { stdout: () => {}, stderr: () => {}, cwd: dir },
    );
    expect(trained).toBe(0);
    const head = git(dir, "rev-parse", "HEAD").trim();
    const run = await promote(
      ...flags({
        model: "churn",
        version: "v1.0.0",
        assets: "model.onnx",
        stage: "prod",
        evidence: "eval-report.json",
        "run-record": "mlops-out/run-record.json",
      }),
    );
    expect(run.code, run.stderr).toBe(0);
    const [registration, assignment] = await historyOf(dir);
    expect(registration?.mlops).toMatchObject({
      assets: [{ name: "model.onnx", sha256: sha("weights"), size: 7 }],
      evidence: null,
      policy: null,
      policy_recorded: false,
      malformed: [],
      cut_short: [],
    });
    expect(registration?.mlops?.training_run).toMatchObject({
      git: { commit: head, dirty: false },
      data_digests: [sha("data")],
      asset: "run-record.json",
    });
    expect(assignment?.tag).toBe("churn#prod#1");
    expect(assignment?.mlops).toEqual({
      assets: null,
      evidence: {
        kind: "eval-report",
        file: "eval-report.json",
        sha256: sha(readFileSync(join(dir, "eval-report.json"))),
        verdict: "pass",
        model_sha256: sha("weights"),
        asset: "eval-report.json",
        mode: "aggregate",
        champion: null,
      },
      run_url: null,
      training_run: null,
      skipped: null,
      policy: {
        file: ".mlops/registry.yml",
        commit: head,
        sha256: sha(readFileSync(join(dir, ".mlops", "registry.yml"))),
      },
      policy_recorded: true,
      malformed: [],
      cut_short: [],
    });
  }, 30_000);

  it("is null for a tag with no block, and says when a tag records no policy", async () => {
    const bare = await historyOf(await withHandMadeTag("Assigned by hand"));
    expect(bare.map((e) => [e.tag, e.mlops === null])).toEqual([
      ["churn@v1.0.0", false],
      ["churn#prod#1", true],
    ]);
    // An older mlops wrote stage tags before the policy was recorded.
    const older = await historyOf(await withHandMadeTag(withBlock({ version: "v1.0.0" })));
    expect(older[1]?.mlops).toMatchObject({ policy: null, policy_recorded: false });
  });

  it("shows no field of a block in a shape mlops never writes, and cuts long text and lists short", async () => {
    const forged = withBlock({
      version: "v1.0.0",
      evidence: { file: 5, sha256: "x", verdict: "pass", model_sha256: null },
      policy: { file: ".mlops/registry.yml", commit: "HEAD", sha256: sha("policy") },
      run_url: `https://ci.example.com/${"a".repeat(500)}`,
      skipped: Array.from({ length: 150 }, () => "evidence"),
      training_run: {
        id: "run\nforged line",
        sha256: sha("record"),
        status: "succeeded",
        data_digests: [],
      },
    });
    const [, stage] = await historyOf(await withHandMadeTag(forged));
    const block = stage!.mlops!;
    expect(block.malformed).toEqual(["evidence", "policy"]);
    expect(block).toMatchObject({ evidence: null, policy: null, policy_recorded: false });
    expect(block.run_url).toHaveLength(200);
    expect(block.run_url).toMatch(/^https:\/\/ci\.example\.com\/a+…$/);
    expect(block.skipped).toHaveLength(100);
    expect(block.training_run).toMatchObject({ id: "run\\nforged line", git: null });
    expect(block.cut_short).toEqual(["/run_url", "/skipped"]);
  });

  it("shows only the properties mlops writes of a field it reads", async () => {
    const block = withBlock({
      evidence: {
        file: "eval-report.json",
        sha256: sha("report"),
        verdict: "pass",
        model_sha256: sha("weights"),
        note: "not a field of mlops",
      },
    });
    const [, stage] = await historyOf(await withHandMadeTag(block));
    // Tags of older versions lack kind, asset, mode and champion: shown as null.
    expect(stage?.mlops?.evidence).toEqual({
      kind: null,
      file: "eval-report.json",
      sha256: sha("report"),
      verdict: "pass",
      model_sha256: sha("weights"),
      asset: null,
      mode: null,
      champion: null,
    });
  });
});

describe("mlops registry history: a hand-made tag's own words", () => {
  it("cuts its summary and tagger short, in JSON and in text, as a gone claim's are", async () => {
    const { dir, registry } = clockedRegistry();
    const model = modelFile(tempFolder(), "model.bin", "weights");
    await registry.register({ artifact: "churn", version: "v1.0.0", assets: [model] });
    const name = "N".repeat(3000);
    const email = `${"e".repeat(3000)}@example.com`;
    const who = ["-c", `user.name=${name}`, "-c", `user.email=${email}`];
    git(dir, ...who, "tag", "-a", "churn#prod#1", "-m", `${"S".repeat(50_000)}\n\nbody`);
    const json = await mlops(["registry", "history", "churn", "--json"], dir);
    const event = (
      JSON.parse(json.stdout) as {
        events: { summary: string; tagger: { name: string; email: string } }[];
      }
    ).events[1]!;
    expect(event.summary).toBe(`${"S".repeat(199)}…`);
    expect(event.tagger).toEqual({ name: `${"N".repeat(199)}…`, email: `${"e".repeat(199)}…` });
    const text = await mlops(["registry", "history", "churn"], dir);
    const line = text.stdout.split("\n")[1]!;
    expect(line).toMatch(
      /^\S+ {2}churn#prod#1 {2}assign prod v1\.0\.0 \(made outside mlops\) {2}by N{199}…: S{199}…$/,
    );
  });
});

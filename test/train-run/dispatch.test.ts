import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RunnerArtifactStore, runInRunner, trainRun, type RunRecord } from "@mlops/shared";
import type { Workflow, WorkflowRun } from "../emulator/emulator-state.js";
import { GitHubEmulator, WORKFLOW_TOKEN } from "../emulator/github-emulator.js";
import { ResultsService } from "../emulator/results-service.js";
import { actionStep } from "../emulator/workflow-jobs.js";
import { repoRoot } from "../helpers/examples.js";
import { mlops } from "../helpers/run-cli.js";
import { parseOutputFile } from "../helpers/run-bundle.js";
import { tempDir } from "../helpers/temp-dir.js";
import { isGone } from "./process-state.js";

const node = process.execPath;
const fixture = (name: string) => join(repoRoot, "test/fixtures/train", name);
const train = fixture("train.mjs");
const sleeper = fixture("sleep-with-child.mjs");

let emulator: GitHubEmulator;
let results: ResultsService;
const repo = () => emulator.repo("acme/models");

beforeAll(async () => {
  results = await ResultsService.start();
  emulator = await GitHubEmulator.start();
  emulator.serveArtifactsOf(results);
  repo().refs.set("refs/heads/main", repo().addCommit("main"));
  // The artifact client reads these from the process's environment, and the API's address only
  // once: one emulated GitHub serves the whole file.
  process.env.GITHUB_API_URL = emulator.apiUrl;
  process.env.GITHUB_SERVER_URL = "https://github.com";
}, 60_000);

afterAll(async () => {
  await emulator?.close();
  await results?.stop();
});

type StepWith = (inputs: Record<string, string>) => Record<string, string>;

/** The GPU job's train-run step, as examples/train-run/train-gpu.yml writes it. */
const trainingStep =
  (command: string[] = [node, train, "out/metrics.jsonl", "out/model"]): StepWith =>
  (inputs) => ({
    command: JSON.stringify(command),
    params: `{epochs: ${inputs.epochs ?? "40"}}`,
    "metrics-file": "out/metrics.jsonl",
    "trained-model": "out/model",
    "correlation-id": inputs.correlation_id!,
  });

let workflows = 0;

/** A training workflow in the emulated repository whose one job runs `step` as a process. */
function trainingWorkflow(
  step: StepWith,
  options: { entry?: string } & Partial<Workflow> = {},
): string {
  const file = `train-gpu-${++workflows}.yml`;
  repo().addWorkflow(file, {
    runName: (inputs) => `train ${String(inputs.correlation_id)}`,
    inputs: ["correlation_id", "epochs"],
    job: actionStep({ entry: options.entry ?? fixture("train-run-step.mjs"), with: step, results }),
    ...options,
  });
  return file;
}

/**
 * A clock whose minutes pass in milliseconds: a poll's wait of 60 s takes 60 ms. Time stands
 * still until `started` resolves, so that a wait can be made to end only once the job runs.
 */
function fastClock(started: Promise<unknown> = Promise.resolve()) {
  let now = Date.now();
  return {
    now: () => now,
    sleep: async (ms: number) => {
      await started;
      now += ms;
      await sleep(ms / 1000);
    },
  };
}

/** The dispatching step: train-run in dispatch mode, on a hosted runner of run 77. */
async function dispatchStep(inputs: Record<string, string>, clock = fastClock()) {
  const { dir, write } = tempDir();
  const given = Object.entries(inputs).map(([name, value]) => [
    `INPUT_${name.toUpperCase()}`,
    value,
  ]);
  const env: NodeJS.ProcessEnv = {
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: write("runner/output", ""),
    GITHUB_STEP_SUMMARY: write("runner/summary", ""),
    GITHUB_REPOSITORY: "acme/models",
    GITHUB_API_URL: emulator.apiUrl,
    GITHUB_REF: "refs/heads/main",
    GITHUB_RUN_ID: "77",
    GITHUB_RUN_ATTEMPT: "1",
    "INPUT_GITHUB-TOKEN": WORKFLOW_TOKEN,
    "INPUT_WAIT-TIMEOUT": "100h",
    ...Object.fromEntries(given),
  };
  const lines: string[] = [];
  const code = await runInRunner(trainRun, {
    env,
    cwd: dir,
    write: (line) => lines.push(line),
    artifactStore: () => new RunnerArtifactStore(),
    clock,
  });
  return {
    code,
    dir,
    lines,
    error: lines.find((line) => line.startsWith("::error::"))?.slice("::error::".length),
    outputs: parseOutputFile(readFileSync(join(dir, "runner/output"), "utf8")),
    summary: readFileSync(join(dir, "runner/summary"), "utf8"),
  };
}

/** The run the last dispatch started. */
const lastRun = (): WorkflowRun => repo().runs.at(-1)!;

/** The run's job, once it has written the pids of its never-ending command. */
async function startedSleeper(runsBefore: number): Promise<{ run: WorkflowRun; pids: string }> {
  for (;;) {
    const run = repo().runs[runsBefore];
    const pids = run?.job && join(run.job.workspace, "pids.json");
    if (pids && existsSync(pids) && readFileSync(pids, "utf8") !== "") return { run: run!, pids };
    await sleep(50);
  }
}

/** Whether the job and every process of its command are gone. */
async function allGone(run: WorkflowRun, pids: string): Promise<boolean> {
  await run.job!.ended;
  const { parent, child } = JSON.parse(readFileSync(pids, "utf8"));
  return isGone(run.job!.pid) && isGone(parent) && isGone(child);
}

const sleeperStep = trainingStep([node, sleeper, "pids.json"]);

describe("train-run in dispatch mode, against an emulated GitHub that runs the job", () => {
  it("trains in the dispatched run and gives the outputs its train-run step gave", async () => {
    const workflow = trainingWorkflow(trainingStep());
    const step = await dispatchStep({
      "dispatch-workflow": workflow,
      "dispatch-inputs": '{"epochs": "60"}',
    });
    expect(step.error).toBeUndefined();
    expect(step.code).toBe(0);

    const run = lastRun();
    await run.job!.ended;
    const remote = parseOutputFile(readFileSync(run.job!.outputFile, "utf8"));
    expect(step.outputs).toEqual(remote);
    expect(step.outputs["artifact-run-id"]).toBe(String(run.id));
    expect(step.outputs.status).toBe("succeeded");
    expect(run).toMatchObject({
      status: "completed",
      conclusion: "success",
      event: "workflow_dispatch",
    });
    const correlationId = String(run.inputs.correlation_id);
    expect(run.display_title).toBe(`train ${correlationId}`);
    expect(run.inputs).toEqual({ epochs: "60", correlation_id: correlationId });

    const record: RunRecord = JSON.parse(
      readFileSync(join(step.dir, "mlops-out/run-record.json"), "utf8"),
    );
    expect(record).toEqual(
      JSON.parse(readFileSync(join(run.job!.workspace, "mlops-out/run-record.json"), "utf8")),
    );
    expect(record.github).toEqual({
      run_id: run.id,
      run_attempt: 1,
      correlation_id: correlationId,
    });
    expect(record.params).toEqual({ epochs: 60 });
    expect(JSON.parse(step.outputs.metrics!)).toEqual(record.metrics.final);
    expect(
      repo()
        .artifacts.filter((a) => a.run_id === run.id)
        .map((a) => a.name),
    ).toEqual([`train-run-record-${correlationId}`, step.outputs["artifact-name"]]);
    expect(step.summary).toContain(`Trained in [the dispatched run](`);
  }, 60_000);

  it("fails with the remote run's address and conclusion when its training fails", async () => {
    const workflow = trainingWorkflow(trainingStep([node, "-e", "process.exit(3)"]));
    const step = await dispatchStep({ "dispatch-workflow": workflow });
    const run = lastRun();
    expect(step.code).toBe(1);
    expect(step.error).toMatch(
      `train-run failed: the dispatched run ${emulator.origin}/web/acme/models/actions/runs/${run.id} concluded failure: the command exited with code 3`,
    );
    expect(step.outputs.status).toBe("failed");
  }, 60_000);

  it("fails when the remote run is cancelled on GitHub, with what its record says", async () => {
    const workflow = trainingWorkflow(sleeperStep);
    const before = repo().runs.length;
    const stepDone = dispatchStep({ "dispatch-workflow": workflow });
    const { run, pids } = await startedSleeper(before);
    const cancel = await fetch(
      `${emulator.apiUrl}/repos/acme/models/actions/runs/${run.id}/cancel`,
      { method: "POST", headers: { authorization: `token ${WORKFLOW_TOKEN}` } },
    );
    expect(cancel.status).toBe(202);
    const step = await stepDone;
    expect(step.code).toBe(1);
    expect(step.error).toMatch(
      /^train-run cancelled: the dispatched run \S+ concluded cancelled: /,
    );
    expect(step.outputs.status).toBe("cancelled");
    expect(await allGone(run, pids)).toBe(true);
  }, 60_000);

  it("cancels the remote run when wait-timeout passes, and leaves nothing running", async () => {
    const workflow = trainingWorkflow(sleeperStep);
    const started = startedSleeper(repo().runs.length);
    const step = await dispatchStep(
      { "dispatch-workflow": workflow, "wait-timeout": "2m" },
      fastClock(started),
    );
    const { run, pids } = await started;
    expect(step.code).toBe(1);
    expect(step.error).toMatch(
      new RegExp(
        `^run \\S+/actions/runs/${run.id} did not complete within 120 s \\(last status: in_progress\\); it was cancelled\\. Raise wait-timeout`,
      ),
    );
    const cancels = emulator.requests.filter((r) => r.route.endsWith("/runs/{run_id}/cancel"));
    expect(cancels.at(-1)).toMatchObject({ method: "POST", status: 202 });
    expect(run.job!.cancelled).toBe(true);
    expect(await allGone(run, pids)).toBe(true);
    expect(step.outputs).toEqual({});
  }, 60_000);

  it("cancels the remote run when this step is cancelled (SIGINT)", async () => {
    const workflow = trainingWorkflow(sleeperStep);
    const before = repo().runs.length;
    const stepDone = dispatchStep({ "dispatch-workflow": workflow });
    const { run, pids } = await startedSleeper(before);
    process.emit("SIGINT", "SIGINT");
    const step = await stepDone;
    expect(step.code).toBe(1);
    expect(step.error).toMatch(
      /^the step was cancelled \(SIGINT\) while it waited for \S+; it was cancelled$/,
    );
    expect(run.job!.cancelled).toBe(true);
    expect(await allGone(run, pids)).toBe(true);
  }, 60_000);
});

describe("train-run in dispatch mode refuses what it cannot follow or trust", () => {
  it("names a workflow file that does not exist", async () => {
    const before = repo().runs.length;
    const step = await dispatchStep({ "dispatch-workflow": "missing.yml" });
    expect(step.code).toBe(1);
    expect(step.error).toBe(
      "input 'dispatch-workflow': acme/models has no workflow 'missing.yml' on 'main' (HTTP 404). Give the file name of a workflow under .github/workflows that exists on dispatch-ref, such as train-gpu.yml",
    );
    expect(repo().runs.length).toBe(before);
  });

  it("passes on GitHub's refusal of an input the workflow does not declare", async () => {
    const workflow = trainingWorkflow(trainingStep());
    const step = await dispatchStep({
      "dispatch-workflow": workflow,
      "dispatch-inputs": "lr: '0.1'",
    });
    expect(step.code).toBe(1);
    expect(step.error).toMatch(
      /\(HTTP 422\): Unexpected inputs provided: \["lr"\].*an input for each of dispatch-inputs$/,
    );
  });

  it("gives up on a run it cannot find by its run-name when GitHub does not return it", async () => {
    const workflow = trainingWorkflow(trainingStep(), { runName: () => "train", job: undefined });
    emulator.state.dispatchReturnsRunDetails = false;
    try {
      const step = await dispatchStep({ "dispatch-workflow": workflow });
      expect(step.code).toBe(1);
      expect(step.error).toMatch(
        /^the run of workflow 'train-gpu-\d+\.yml' \(correlation id [0-9a-f-]{36}\) did not appear, so it could be neither followed nor cancelled\. Give the workflow 'run-name: train \$\{\{ inputs\.correlation_id \}\}'/,
      );
    } finally {
      emulator.state.dispatchReturnsRunDetails = true;
    }
  });

  it("fails when the run left no record under the dispatch's correlation id", async () => {
    const { "correlation-id": _, ...withoutId } = trainingStep()({});
    const workflow = trainingWorkflow(() => withoutId);
    const step = await dispatchStep({ "dispatch-workflow": workflow });
    const run = lastRun();
    expect(step.code).toBe(1);
    expect(step.error).toBe(
      `run ${run.id} has no artifact 'train-run-record-${String(run.inputs.correlation_id)}'. Give the dispatched workflow's train-run step correlation-id set to its correlation_id input`,
    );
  }, 60_000);

  it("refuses an artifact under the record's name that is not a run record", async () => {
    const workflow = trainingWorkflow(
      (inputs) => ({ name: `train-run-record-${inputs.correlation_id}`, content: '{"hello": 1}' }),
      { entry: fixture("upload-step.mjs") },
    );
    const step = await dispatchStep({ "dispatch-workflow": workflow });
    expect(step.code).toBe(1);
    expect(step.error).toMatch(/^artifact 'train-run-record-[0-9a-f-]+': field '\/' /);
  }, 60_000);

  it("refuses the record of another run", async () => {
    const { dir } = tempDir();
    const local = await mlops(
      ["train-run", "--command", JSON.stringify([node, "-e", ""]), "--correlation-id", "other-1"],
      dir,
    );
    expect(local.code).toBe(0);
    const content = readFileSync(join(dir, "mlops-out/run-record.json"), "utf8");
    const workflow = trainingWorkflow(
      (inputs) => ({ name: `train-run-record-${inputs.correlation_id}`, content }),
      { entry: fixture("upload-step.mjs") },
    );
    const step = await dispatchStep({ "dispatch-workflow": workflow });
    const run = lastRun();
    expect(step.code).toBe(1);
    expect(step.error).toMatch(
      new RegExp(
        `holds the record of another run \\(run null, correlation id other-1\\), not of run ${run.id} `,
      ),
    );
  }, 60_000);

  it("refuses command with dispatch-workflow, before dispatching anything", async () => {
    const before = repo().runs.length;
    const step = await dispatchStep({
      "dispatch-workflow": "train-gpu.yml",
      command: "python train.py",
    });
    expect(step.error).toBe(
      "input 'dispatch-workflow': is set, and so is command: in dispatch mode the dispatched workflow trains, and its own train-run step takes those. Give them in that workflow (through dispatch-inputs), or remove dispatch-workflow to train on this runner",
    );
    expect(repo().runs.length).toBe(before);
  });

  it.each([
    ["epochs: 20", "input 'dispatch-inputs': 'epochs' is a number, not a string"],
    [
      '{"correlation_id": "mine"}',
      "input 'dispatch-inputs': 'correlation_id' is train-run's own input",
    ],
    ['["a"]', "input 'dispatch-inputs': is not a mapping"],
  ])("refuses dispatch-inputs %s", async (inputs, error) => {
    const step = await dispatchStep({
      "dispatch-workflow": "train-gpu.yml",
      "dispatch-inputs": inputs,
    });
    expect(step.error).toMatch(new RegExp(`^${error.replace(/[()[\]]/g, "\\$&")}`));
  });

  it("runs from a workflow step only: the command-line program refuses it", async () => {
    const { dir } = tempDir();
    const run = await mlops(["train-run", "--dispatch-workflow", "train-gpu.yml"], dir, {
      env: { GITHUB_REPOSITORY: "acme/models", GITHUB_TOKEN: "t" },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "train-run's dispatch mode runs as a step of a GitHub Actions job only: it fetches the dispatched run's record with the runner's artifact client",
    );
  });
});

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  cancelRun,
  createDeployment,
  dispatchWorkflow,
  GitHubTimeoutError,
  listDeploymentStatuses,
  setDeploymentStatus,
  waitForRun,
} from "@mlops/shared";
import { REPO, startEmulatedGitHub, type EmulatedGitHub } from "./emulated-github.js";

let gh: EmulatedGitHub;

beforeEach(async () => {
  gh = await startEmulatedGitHub();
  const repo = gh.emulator.repo("acme/models");
  repo.refs.set("refs/heads/main", repo.addCommit("main"));
});

afterEach(async () => {
  await gh.emulator.close();
});

describe("deployments", () => {
  it("move through in_progress to success, and the previous success becomes inactive", async () => {
    const first = await createDeployment(gh.github, {
      repo: REPO,
      ref: "main",
      environment: "prod",
    });
    await setDeploymentStatus(gh.github, { repo: REPO, deploymentId: first.id, state: "success" });
    const second = await createDeployment(gh.github, {
      repo: REPO,
      ref: "main",
      environment: "prod",
    });
    await setDeploymentStatus(gh.github, {
      repo: REPO,
      deploymentId: second.id,
      state: "in_progress",
    });
    await setDeploymentStatus(gh.github, { repo: REPO, deploymentId: second.id, state: "success" });

    const states = async (id: number) =>
      (await listDeploymentStatuses(gh.github, REPO, id)).map((s) => s.state);
    expect(await states(second.id)).toEqual(["success", "in_progress"]);
    expect(await states(first.id)).toEqual(["inactive", "success"]);
  });

  it("are found again by correlation id instead of made twice", async () => {
    const options = { repo: REPO, ref: "main", environment: "staging", correlationId: "release-7" };
    const a = await createDeployment(gh.github, options);
    const b = await createDeployment(gh.github, options);
    expect(b.id).toBe(a.id);
    expect(gh.emulator.repo("acme/models").deployments).toHaveLength(1);
  });
});

describe("workflow dispatch", () => {
  it("starts the run with a correlation id, and waits for it with growing pauses", async () => {
    gh.emulator.repo("acme/models").addWorkflow("train.yml", {
      runName: (inputs) => `train ${String(inputs.correlation_id)}`,
      pollsPerStep: 3,
    });
    const run = await dispatchWorkflow(gh.github, {
      repo: REPO,
      workflow: "train.yml",
      ref: "main",
      inputs: { epochs: "3" },
    });
    const outcome = await waitForRun(gh.github, {
      repo: REPO,
      runId: run.runId,
      timeoutMs: 600_000,
      pollMs: 1000,
    });
    expect(outcome).toMatchObject({ status: "completed", conclusion: "success" });
    expect(gh.emulator.repo("acme/models").runs[0]?.inputs).toEqual({
      epochs: "3",
      correlation_id: run.correlationId,
    });
    expect(gh.waits.slice(0, 3)).toEqual([1000, 1500, 2250]);
  });

  it("finds the run by its run-name when the answer carries no run details", async () => {
    gh.emulator.repo("acme/models").addWorkflow("train.yml", {
      runName: (inputs) => `train ${String(inputs.correlation_id)}`,
    });
    gh.emulator.injectFaults({
      seed: 5,
      rate: 1,
      count: 1,
      kinds: { reset: 1 },
      only: /dispatches/,
    });
    const run = await dispatchWorkflow(gh.github, {
      repo: REPO,
      workflow: "train.yml",
      ref: "main",
      correlationId: "abc-123",
    });
    expect(gh.emulator.repo("acme/models").runs.map((r) => r.id)).toEqual([run.runId]);
  });

  it("times out when the run does not finish in time", async () => {
    gh.emulator.repo("acme/models").addWorkflow("train.yml", { pollsPerStep: 1000 });
    const run = await dispatchWorkflow(gh.github, {
      repo: REPO,
      workflow: "train.yml",
      ref: "main",
    });
    let now = 0;
    const github = gh.client({ retry: { now: () => now, sleep: async (ms) => void (now += ms) } });
    await expect(
      waitForRun(github, { repo: REPO, runId: run.runId, timeoutMs: 60_000, pollMs: 5_000 }),
    ).rejects.toBeInstanceOf(GitHubTimeoutError);
    expect(now).toBeLessThanOrEqual(60_000);
  });

  it("stops waiting at once when the signal aborts, with the signal's reason", async () => {
    gh.emulator.repo("acme/models").addWorkflow("train.yml", { pollsPerStep: 1000 });
    const run = await dispatchWorkflow(gh.github, {
      repo: REPO,
      workflow: "train.yml",
      ref: "main",
    });
    const controller = new AbortController();
    const github = gh.client({
      retry: { sleep: async () => controller.abort(new Error("cancelled")) },
    });
    await expect(
      waitForRun(github, {
        repo: REPO,
        runId: run.runId,
        timeoutMs: 3_600_000,
        signal: controller.signal,
      }),
    ).rejects.toThrow("cancelled");
  });

  it("cancels a run, and leaves one that completed as it is", async () => {
    const repo = gh.emulator.repo("acme/models");
    repo.addWorkflow("train.yml", { pollsPerStep: 1000 });
    const run = await dispatchWorkflow(gh.github, {
      repo: REPO,
      workflow: "train.yml",
      ref: "main",
    });
    expect(await cancelRun(gh.github, { repo: REPO, runId: run.runId })).toBe("cancelling");
    expect(repo.runs[0]).toMatchObject({ status: "completed", conclusion: "cancelled" });
    expect(await cancelRun(gh.github, { repo: REPO, runId: run.runId })).toBe("completed");
  });
});

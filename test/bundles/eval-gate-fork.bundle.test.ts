import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { READ_ONLY_TOKEN, WORKFLOW_TOKEN } from "../emulator/github-emulator.js";
import { ResultsService, runtimeToken } from "../emulator/results-service.js";
import {
  forkWorkflowRunEvent,
  openForkPullRequest,
  startEmulatedGitHub,
  type EmulatedGitHub,
} from "../github/emulated-github.js";
import { evalGateExample, readFiles } from "../helpers/examples.js";
import { runBundle } from "../helpers/run-bundle.js";

const PR_RUN = 777;
const files = readFiles({
  "challenger.json": evalGateExample("challenger.json"),
  "champion.json": evalGateExample("champion.json"),
  "policy.yml": evalGateExample("policy.yml"),
});

let gh: EmulatedGitHub;
let results: ResultsService;
let headSha: string;
let forkPr: number;

beforeEach(async () => {
  results = await ResultsService.start();
  gh = await startEmulatedGitHub();
  gh.emulator.serveArtifactsOf(results);
  ({ number: forkPr, headSha } = openForkPullRequest(gh.emulator));
  // The fork's pull-request run, whose artifacts the emulator lists once the service has them.
  gh.emulator.repo("acme/models").runs.push({
    id: PR_RUN,
    workflow_id: 1,
    workflow_path: ".github/workflows/gate.yml",
    name: "gate",
    display_title: "A better model, from a fork",
    event: "pull_request",
    head_branch: "patch-1",
    head_sha: headSha,
    inputs: {},
    status: "completed",
    conclusion: "success",
    created_at: "2026-01-01T00:00:00Z",
    updated_at: "2026-01-01T00:00:00Z",
    run_number: 1,
    pollsLeft: 0,
    pull_requests: [],
  });
});
afterEach(async () => {
  await gh.emulator.close();
  await results.stop();
});

const runnerEnv = (runId: number) => ({
  GITHUB_API_URL: gh.emulator.apiUrl,
  GITHUB_REPOSITORY: "acme/models",
  GITHUB_SERVER_URL: "https://github.com",
  GITHUB_RUN_ID: String(runId),
  ACTIONS_RUNTIME_TOKEN: runtimeToken(`workflow-run-${runId}`, "job-1"),
  ACTIONS_RESULTS_URL: results.url,
});

describe("the eval-gate bundle commenting a fork's report from its run", () => {
  it("downloads the fork run's artifact with its own zip reader, and warns of nothing", async () => {
    const fork = await runBundle(
      "eval-gate",
      {
        challenger: "challenger.json",
        champion: "champion.json",
        policy: "policy.yml",
        "github-token": READ_ONLY_TOKEN,
      },
      {
        files,
        env: { ...runnerEnv(PR_RUN), GITHUB_EVENT_NAME: "pull_request" },
        event: {
          pull_request: {
            number: forkPr,
            head: { sha: headSha, ref: "patch-1", repo: { full_name: "mallory/models" } },
            base: { ref: "main", repo: { full_name: "acme/models" } },
          },
        },
      },
    );
    expect(fork.code).toBe(0);
    expect(gh.emulator.repo("acme/models").artifacts.map((a) => a.name)).toEqual([
      "eval-report",
      "mlops-fork-report-eval-gate",
    ]);

    const base = await runBundle(
      "eval-gate",
      { comment: "from-fork-run", "github-token": WORKFLOW_TOKEN },
      {
        env: { ...runnerEnv(900), GITHUB_EVENT_NAME: "workflow_run" },
        event: forkWorkflowRunEvent(PR_RUN, headSha),
      },
    );
    // No DeprecationWarning (Buffer()) or any other line: the bundle runs under Node 24 as is.
    expect(base.stderr).toBe("");
    expect(base.code).toBe(0);
    const comments = gh.emulator
      .repo("acme/models")
      .comments.filter((c) => c.issue_number === forkPr);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain("eval-gate: pass");
  });
});

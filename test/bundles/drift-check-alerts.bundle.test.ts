import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { READ_ONLY_TOKEN, WORKFLOW_TOKEN } from "../emulator/github-emulator.js";
import { REPO, startEmulatedGitHub, type EmulatedGitHub } from "../github/emulated-github.js";
import { driftCheckFiles } from "../helpers/examples.js";
import { runBundle } from "../helpers/run-bundle.js";

const files = driftCheckFiles();

let gh: EmulatedGitHub;
const repo = () => gh.emulator.repo(`${REPO.owner}/${REPO.repo}`);
beforeEach(async () => {
  gh = await startEmulatedGitHub();
  repo().refs.set("refs/heads/main", repo().addCommit("main"));
  repo().addWorkflow("retrain.yml");
});
afterEach(async () => {
  // Fails the test if any request or response broke GitHub's API description.
  await gh.emulator.close();
});

/** The bundle on a pull_request event against the emulator, as the runner would start it. */
const check = (inputs: Record<string, string>) =>
  runBundle(
    "drift-check",
    { reference: "data/reference.csv", current: "data/current.csv", ...inputs },
    {
      files,
      env: {
        GITHUB_API_URL: gh.emulator.apiUrl,
        GITHUB_REPOSITORY: `${REPO.owner}/${REPO.repo}`,
        GITHUB_EVENT_NAME: "pull_request",
        GITHUB_REF: "refs/pull/7/merge",
        GITHUB_SERVER_URL: "https://github.example",
        GITHUB_RUN_ID: "42",
      },
      event: { pull_request: { number: 7 }, repository: { default_branch: "main" } },
    },
  );

const verdict = {
  drifted: "true",
  "report-path": "mlops-out/drift-report.json",
  "html-path": "mlops-out/drift-report.html",
};

describe("drift-check's alerts on GitHub, run as the runner runs the bundle", () => {
  it("dispatches a pull request's check on the default branch and names it in the summary", async () => {
    const run = await check({
      "on-drift": "dispatch",
      "fail-step": "false",
      "dispatch-workflow": "retrain.yml",
      "github-token": WORKFLOW_TOKEN,
    });
    expect(run.code).toBe(0);
    expect(repo().runs.map((r) => r.head_branch)).toEqual(["main"]);
    expect(run.summary).toMatch(/Retraining dispatched on `main`: \S+/);
  });

  it("when GitHub refuses the issue, fails the step after writing the outputs and the summary", async () => {
    const run = await check({
      "on-drift": "issue",
      "fail-step": "false",
      "github-token": READ_ONLY_TOKEN,
    });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject(verdict);
    expect(run.summary).toContain("### ⚠️ drift-check: drift");
    expect(run.summary).toMatch(/> \*\*Not done on GitHub\*\*: the drift issue failed: GitHub: /);
    expect(run.stdout.trim().split("\n").at(-1)).toMatch(
      /^::error::the drift issue failed: GitHub: syncing the 'drift-check\/data\/reference\.csv' alert issue failed \(HTTP 403\)/,
    );
    expect(repo().issues).toHaveLength(0);
  });
});

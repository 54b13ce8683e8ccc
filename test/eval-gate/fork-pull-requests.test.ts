import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { evalGate, FolderArtifactStore, runInRunner, stickyMarker } from "@mlops/shared";
import { READ_ONLY_TOKEN, WORKFLOW_TOKEN } from "../emulator/github-emulator.js";
import {
  forkWorkflowRunEvent,
  openForkPullRequest,
  startEmulatedGitHub,
  type EmulatedGitHub,
} from "../github/emulated-github.js";
import { evalGateExample } from "../helpers/examples.js";
import { parseOutputFile } from "../helpers/run-bundle.js";
import { tempDir } from "../helpers/temp-dir.js";

const PR_RUN = 501;
let gh: EmulatedGitHub;
let headSha: string;
let forkPr: number;

beforeEach(async () => {
  gh = await startEmulatedGitHub();
  ({ number: forkPr, headSha } = openForkPullRequest(gh.emulator));
});

afterEach(async () => {
  // Fails the test if any request or response broke GitHub's API description.
  await gh.emulator.close();
});

/**
 * One eval-gate step as the runner runs it, in run `runId` of acme/models, with artifacts kept
 * under `artifacts` (the runner's service, as folders: one per run).
 */
function step(
  artifacts: string,
  runId: number,
  event: { name: string; payload: object },
  inputs: Record<string, string>,
) {
  const { dir, write } = tempDir();
  for (const name of ["challenger.json", "champion.json", "policy.yml"])
    write(name, readFileSync(evalGateExample(name), "utf8"));
  const env: NodeJS.ProcessEnv = {
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: write("runner/output", ""),
    GITHUB_STEP_SUMMARY: write("runner/summary", ""),
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: write("runner/event.json", JSON.stringify(event.payload)),
    GITHUB_REPOSITORY: "acme/models",
    GITHUB_API_URL: gh.emulator.apiUrl,
    GITHUB_RUN_ID: String(runId),
    ACTIONS_RUNTIME_TOKEN: "runtime",
    ACTIONS_RESULTS_URL: "https://results.example/",
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const lines: string[] = [];
  return {
    dir,
    lines,
    run: () =>
      runInRunner(evalGate, {
        env,
        cwd: dir,
        write: (line) => lines.push(line),
        artifactStore: () => new FolderArtifactStore(artifacts, String(runId)),
      }),
    outputs: () => parseOutputFile(readFileSync(env.GITHUB_OUTPUT!, "utf8")),
    summary: () => readFileSync(env.GITHUB_STEP_SUMMARY!, "utf8"),
  };
}

const pullRequestEvent = () => ({
  name: "pull_request",
  payload: {
    pull_request: {
      number: forkPr,
      head: { sha: headSha, ref: "patch-1", repo: { full_name: "mallory/models" } },
      base: { ref: "main", repo: { full_name: "acme/models" } },
    },
  },
});

const workflowRunEvent = () => ({
  name: "workflow_run",
  payload: forkWorkflowRunEvent(PR_RUN, headSha),
});

const gateInputs = {
  challenger: "challenger.json",
  champion: "champion.json",
  policy: "policy.yml",
};

describe("eval-gate on a pull request from a fork", () => {
  it("uploads its report from the fork's run, and a workflow_run step comments it on the PR", async () => {
    const { dir: artifacts } = tempDir();
    const pr = step(artifacts, PR_RUN, pullRequestEvent(), {
      ...gateInputs,
      "github-token": READ_ONLY_TOKEN,
    });
    expect(await pr.run()).toBe(0);
    expect(gh.emulator.repo("acme/models").comments).toHaveLength(0);
    expect(pr.summary()).toMatch(
      /\n- \[mlops-fork-report-eval-gate\]\(.+\/runs\/501\/artifacts\/\d+\): the eval report, for a workflow\\_run workflow/,
    );
    const envelope = JSON.parse(
      readFileSync(
        join(artifacts, String(PR_RUN), "mlops-fork-report-eval-gate", "mlops-report.json"),
        "utf8",
      ),
    );
    expect(envelope).toMatchObject({ schema: "mlops.fork-report/v1", key: "eval-gate", headSha });
    expect(envelope.report.verdict).toBe("pass");

    const base = step(artifacts, 900, workflowRunEvent(), {
      comment: "from-fork-run",
      "github-token": WORKFLOW_TOKEN,
    });
    expect(await base.run()).toBe(0);

    const comments = gh.emulator.repo("acme/models").comments;
    expect(comments.map((c) => c.issue_number)).toEqual([forkPr]);
    expect(comments[0]!.body).toContain("### ✅ eval-gate: pass");
    expect(comments[0]!.body).toContain(
      `> Reported by the pull request's own [run ${PR_RUN}](https://github.com/acme/models/actions/runs/${PR_RUN}) for commit \`${headSha.slice(0, 12)}\`: the fork's numbers`,
    );
    // The fork's claims become no output a later step of this privileged run could trust.
    expect(base.outputs()).toMatchObject({
      verdict: "",
      passed: "",
      "failed-metrics": "",
      "report-path": "",
      "comment-path": "mlops-out/eval-comment.md",
    });
    expect(base.outputs()["comment-url"]).toMatch(/#issuecomment-\d+$/);
    // The comment file is the body posted, after its hidden marker.
    expect(comments[0]!.body).toBe(
      `${stickyMarker("eval-gate")}\n${readFileSync(join(base.dir, "mlops-out/eval-comment.md"), "utf8")}`,
    );
    expect(existsSync(join(base.dir, "mlops-out/eval-report.json"))).toBe(false);
  });

  it("uploads nothing from a pull request of the repository itself, nor under pull_request_target", async () => {
    const { dir: artifacts } = tempDir();
    const own = pullRequestEvent();
    own.payload.pull_request.head.repo.full_name = "acme/models";
    const target = { ...pullRequestEvent(), name: "pull_request_target" };
    for (const event of [own, target]) {
      const pr = step(artifacts, PR_RUN, event, { ...gateInputs, "github-token": WORKFLOW_TOKEN });
      expect(await pr.run()).toBe(0);
      expect(pr.summary()).not.toContain("mlops-fork-report");
    }
    expect(existsSync(join(artifacts, String(PR_RUN), "mlops-fork-report-eval-gate"))).toBe(false);
  });

  it("comments nothing for a pull request of the repository itself, which commented on its own", async () => {
    const { dir: artifacts } = tempDir();
    const ownPr = gh.emulator.repo("acme/models").addPull({
      title: "Same repository",
      head: { ref: "feature", sha: headSha, repo: "acme/models" },
      base: { ref: "main", sha: headSha },
    });
    const event = workflowRunEvent();
    Object.assign(event.payload.workflow_run, {
      head_branch: "feature",
      head_repository: { full_name: "acme/models" },
    });
    const base = step(artifacts, 900, event, {
      comment: "from-fork-run",
      "github-token": WORKFLOW_TOKEN,
    });
    expect(await base.run()).toBe(0);
    expect(base.summary()).toContain("nothing to comment");
    expect(
      gh.emulator.repo("acme/models").comments.filter((c) => c.issue_number === ownPr),
    ).toEqual([]);
  });

  it("comments nothing when the run that started it was not a pull request's", async () => {
    const { dir: artifacts } = tempDir();
    const event = workflowRunEvent();
    event.payload.workflow_run.event = "push";
    const base = step(artifacts, 900, event, {
      comment: "from-fork-run",
      "github-token": WORKFLOW_TOKEN,
    });
    expect(await base.run()).toBe(0);
    expect(base.outputs()).toMatchObject({ verdict: "", "comment-url": "" });
    expect(base.summary()).toContain("nothing to comment");
    expect(gh.emulator.repo("acme/models").comments).toHaveLength(0);
  });

  it("refuses from-fork-run outside a workflow_run workflow, in one line that says where it belongs", async () => {
    const { dir: artifacts } = tempDir();
    const pr = step(artifacts, PR_RUN, pullRequestEvent(), {
      comment: "from-fork-run",
      "github-token": WORKFLOW_TOKEN,
    });
    expect(await pr.run()).toBe(1);
    expect(pr.lines.at(-1)).toMatch(
      /^::error::input 'comment': from-fork-run comments the report of the run that started this one, but this run's event is pull_request\. Use it in a workflow that starts on workflow_run/,
    );
  });

  it("still requires a challenger and a policy when it gates", async () => {
    const { dir: artifacts } = tempDir();
    const pr = step(artifacts, PR_RUN, pullRequestEvent(), { policy: "policy.yml" });
    expect(await pr.run()).toBe(1);
    expect(pr.lines.at(-1)).toMatch(/^::error::input 'challenger': is required\./);
  });
});

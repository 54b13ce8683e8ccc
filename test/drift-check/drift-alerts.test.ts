import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "@mlops/shared";
import { WORKFLOW_TOKEN } from "../emulator/github-emulator.js";
import { REPO, startEmulatedGitHub, type EmulatedGitHub } from "../github/emulated-github.js";
import { tempDir } from "../helpers/temp-dir.js";
import { csvTable } from "./drift-data.js";

let gh: EmulatedGitHub;
const repo = () => gh.emulator.repo(`${REPO.owner}/${REPO.repo}`);

beforeEach(async () => {
  gh = await startEmulatedGitHub();
  repo().refs.set("refs/heads/main", repo().addCommit("main"));
});

afterEach(async () => {
  await gh.emulator.close();
});

/**
 * `mlops drift-check` as a scheduled workflow runs it: the runner's variables point at GitHub.
 * The step only reports, unless `extra` says `--fail-step true`.
 */
async function scheduledCheck(
  current: string,
  onDrift: string,
  extra: string[] = [],
  env: Record<string, string> = {},
) {
  const failStep = extra.includes("--fail-step") ? [] : ["--fail-step", "false"];
  const { dir, write } = tempDir();
  write("reference.csv", csvTable({ rows: 300, seed: 1 }));
  write("current.csv", current);
  let stderr = "";
  const code = await runCli(
    [
      "drift-check",
      "--reference",
      "reference.csv",
      "--current",
      "current.csv",
      "--on-drift",
      onDrift,
      ...failStep,
      ...extra,
    ],
    {
      stdout: () => {},
      stderr: (text) => (stderr += text),
      cwd: dir,
      env: {
        GITHUB_API_URL: gh.emulator.apiUrl,
        GITHUB_REPOSITORY: `${REPO.owner}/${REPO.repo}`,
        GITHUB_TOKEN: WORKFLOW_TOKEN,
        GITHUB_REF: "refs/heads/main",
        GITHUB_RUN_ID: "42",
        ...env,
      },
    },
  );
  return { code, stderr, reportWritten: existsSync(join(dir, "mlops-out/drift-report.json")) };
}

const drifted = csvTable({ rows: 300, seed: 2, shift: 1, red: 0.8 });
const stable = csvTable({ rows: 300, seed: 3 });

describe("drift-check on GitHub", () => {
  it("keeps one issue per key: opened on drift, updated while it lasts, closed when it clears", async () => {
    const first = await scheduledCheck(drifted, "issue");
    expect(first.stderr).toContain("drift issue: opened #1");
    expect(first.code).toBe(0);
    expect((await scheduledCheck(csvTable({ rows: 300, seed: 4, shift: 2 }), "issue")).code).toBe(
      0,
    );
    expect(repo().issues).toHaveLength(1);
    expect(repo().issues[0]).toMatchObject({
      state: "open",
      title: "Drift detected: drift-check/reference.csv",
    });
    expect(repo().issues[0]?.body).toContain("drift-check: drift");

    await scheduledCheck(stable, "issue");
    expect(repo().issues.map((i) => i.state)).toEqual(["closed"]);
    expect(repo().comments.at(-1)?.body).toContain("Drift cleared");
  });

  it("keeps separate issues for separate keys, and fails the step too when asked", async () => {
    const churn = await scheduledCheck(drifted, "issue", [
      "--issue-key",
      "churn",
      "--fail-step",
      "true",
    ]);
    await scheduledCheck(drifted, "issue", ["--issue-key", "fraud"]);
    expect(churn.code).toBe(1);
    expect(repo().issues.map((i) => i.title)).toEqual([
      "Drift detected: churn",
      "Drift detected: fraud",
    ]);
  });

  it("triggers the retraining workflow on drift with the report as its input, and not without drift", async () => {
    repo().addWorkflow("retrain.yml");
    await scheduledCheck(stable, "dispatch", ["--dispatch-workflow", "retrain.yml"]);
    expect(repo().runs).toHaveLength(0);

    const { code } = await scheduledCheck(drifted, "dispatch", [
      "--dispatch-workflow",
      "retrain.yml",
    ]);
    expect(code).toBe(0);
    expect(repo().runs).toHaveLength(1);
    const report = JSON.parse(String(repo().runs[0]?.inputs.drift_report));
    expect(report.schema).toBe("mlops.drift-report/v1");
    expect(report.dataset.drifted).toBe(true);
    expect(repo().runs[0]?.head_branch).toBe("main");
  });

  it("dispatches nothing on an inconclusive run, and leaves the open drift issue open: a day without rows clears nothing", async () => {
    repo().addWorkflow("retrain.yml");
    const both = ["--dispatch-workflow", "retrain.yml"];
    await scheduledCheck(drifted, "issue, dispatch", both);
    expect(repo().runs).toHaveLength(1);

    const empty = await scheduledCheck("x,level,color,score\n", "issue, dispatch", both);
    expect(empty.code).toBe(0);
    expect(empty.stderr).toContain("warning: inconclusive: no column could be tested");
    expect(repo().runs).toHaveLength(1);
    expect(repo().issues.map((i) => i.state)).toEqual(["open"]);
    expect(repo().comments.some((c) => c.body.includes("Drift cleared"))).toBe(false);
    expect(empty.stderr).toContain("drift issue: left as it is, the run being inconclusive");
  });

  it("asks for the workflow when dispatch has none to trigger", async () => {
    const { code, stderr } = await scheduledCheck(drifted, "dispatch");
    expect(code).toBe(1);
    expect(stderr).toContain("input 'dispatch-workflow': is required when on-drift has dispatch");
  });

  it.each(["-bad", "my model", "k".repeat(81)])(
    "refuses the issue key '%s' as an input error before writing anything",
    async (key) => {
      const { code, stderr, reportWritten } = await scheduledCheck(drifted, "issue", [
        "--issue-key",
        key,
      ]);
      expect(code).toBe(1);
      expect(stderr).toContain(
        `input 'issue-key': '${key}' is not a valid key. Use 1 to 80 characters: letters, digits and . _ : / -`,
      );
      expect(stderr).not.toMatch(/bug/i);
      expect(reportWritten).toBe(false);
      expect(repo().issues).toHaveLength(0);
    },
  );

  it("dispatches a pull request's check on the default branch the event names, and says so", async () => {
    repo().addWorkflow("retrain.yml");
    const { write } = tempDir();
    const event = write("event.json", JSON.stringify({ repository: { default_branch: "main" } }));
    const { code, stderr } = await scheduledCheck(
      drifted,
      "dispatch",
      ["--dispatch-workflow", "retrain.yml"],
      { GITHUB_REF: "refs/pull/7/merge", GITHUB_EVENT_PATH: event },
    );
    expect(code).toBe(0);
    expect(repo().runs[0]?.head_branch).toBe("main");
    expect(stderr).toMatch(/dispatched retrain\.yml on main: run \d+/);
  });

  it("refuses to dispatch on a pull request's ref when nothing names a branch, after writing the report", async () => {
    repo().addWorkflow("retrain.yml");
    const { code, stderr, reportWritten } = await scheduledCheck(
      drifted,
      "dispatch",
      ["--dispatch-workflow", "retrain.yml"],
      { GITHUB_REF: "refs/pull/7/merge" },
    );
    expect(code).toBe(1);
    expect(stderr).toContain(
      "the retraining dispatch failed: input 'dispatch-workflow': a workflow cannot be dispatched on the run's ref 'refs/pull/7/merge'",
    );
    expect(reportWritten).toBe(true);
    expect(repo().runs).toHaveLength(0);
  });

  it("dispatches once per drift episode: not again while the issue stays open, again after drift cleared and came back", async () => {
    repo().addWorkflow("retrain.yml");
    const both = ["--dispatch-workflow", "retrain.yml"];
    const first = await scheduledCheck(drifted, "issue, dispatch", both);
    expect(first.code).toBe(0);
    expect(repo().runs).toHaveLength(1);

    const again = await scheduledCheck(drifted, "issue, dispatch", both);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(
      `retraining not dispatched again: run ${repo().runs[0]?.id} was dispatched earlier in this drift episode`,
    );
    expect(repo().runs).toHaveLength(1);
    expect(repo().issues.map((i) => i.state)).toEqual(["open"]);

    await scheduledCheck(stable, "issue, dispatch", both);
    expect(repo().issues.map((i) => i.state)).toEqual(["closed"]);
    expect(repo().runs).toHaveLength(1);

    await scheduledCheck(drifted, "issue, dispatch", both);
    expect(repo().issues.map((i) => i.state)).toEqual(["closed", "open"]);
    expect(repo().runs).toHaveLength(2);
  });
});

describe("the retraining of a drift episode", () => {
  const onDrift = "issue, dispatch";

  it("is dispatched again by the next check after a dispatch failed, and the issue says so", async () => {
    repo().addWorkflow("retrain.yml");
    const typo = await scheduledCheck(drifted, onDrift, ["--dispatch-workflow", "retrian.yml"]);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain(
      "the retraining dispatch failed: GitHub: dispatching workflow 'retrian.yml' failed (HTTP 404)",
    );
    expect(typo.stderr).toContain(
      "GitHub knows no workflow file named 'retrian.yml' to run on 'main', or the token cannot see the repository",
    );
    expect(repo().runs).toHaveLength(0);
    expect(repo().issues[0]?.body).toContain(
      "**Retraining not dispatched**: GitHub: dispatching workflow 'retrian.yml' failed (HTTP 404)",
    );

    const fixed = await scheduledCheck(drifted, onDrift, ["--dispatch-workflow", "retrain.yml"]);
    expect(fixed.code).toBe(0);
    expect(repo().runs).toHaveLength(1);
    expect(repo().issues).toHaveLength(1);
    expect(repo().issues[0]?.body).toContain("Retraining dispatched on `main`:");
    expect(repo().issues[0]?.body).not.toContain("Retraining not dispatched");
  });

  it("is not dispatched again once a dispatch succeeded, and the issue links the run it started", async () => {
    repo().addWorkflow("retrain.yml");
    const both = ["--dispatch-workflow", "retrain.yml"];
    await scheduledCheck(drifted, onDrift, both);
    const later = await scheduledCheck(csvTable({ rows: 300, seed: 4, shift: 2 }), onDrift, both);
    expect(later.code).toBe(0);
    expect(repo().runs).toHaveLength(1);
    expect(repo().issues[0]?.body).toContain(
      `Retraining was dispatched earlier in this drift episode, and is not dispatched again while it lasts: https://github.com/${REPO.owner}/${REPO.repo}/actions/runs/${repo().runs[0]?.id}`,
    );
  });

  it("keeps the record of its dispatch through an edit in a browser, which writes CRLF line ends", async () => {
    repo().addWorkflow("retrain.yml");
    const both = ["--dispatch-workflow", "retrain.yml"];
    await scheduledCheck(drifted, onDrift, both);
    const issue = repo().issues[0]!;
    issue.body = issue.body!.replace(/\n/g, "\r\n");
    await scheduledCheck(drifted, onDrift, both);
    expect(repo().runs).toHaveLength(1);
  });

  it("takes only a record of a run id from the issue: a hand-edited one does not stop the dispatch", async () => {
    repo().addWorkflow("retrain.yml");
    const both = ["--dispatch-workflow", "retrain.yml"];
    await scheduledCheck(drifted, onDrift, ["--dispatch-workflow", "retrian.yml"]);
    const issue = repo().issues[0]!;
    const [marker, ...rest] = issue.body!.split("\n");
    issue.body = [marker, "<!-- mlops:retraining-dispatched key=latest -->", ...rest].join("\n");
    await scheduledCheck(drifted, onDrift, both);
    expect(repo().runs).toHaveLength(1);
  });
});

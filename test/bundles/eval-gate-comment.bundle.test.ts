import { existsSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { READ_ONLY_TOKEN, WORKFLOW_TOKEN } from "../emulator/github-emulator.js";
import {
  openPullRequest,
  startEmulatedGitHub,
  type EmulatedGitHub,
} from "../github/emulated-github.js";
import { evalGateExample, readFiles } from "../helpers/examples.js";
import { runBundle } from "../helpers/run-bundle.js";

const files = readFiles({
  "challenger.json": evalGateExample("challenger.json"),
  "champion.json": evalGateExample("champion.json"),
  "policy.yml": evalGateExample("policy.yml"),
});
const inputs = { challenger: "challenger.json", champion: "champion.json", policy: "policy.yml" };

let gh: EmulatedGitHub;
let pr: number;
beforeEach(async () => {
  gh = await startEmulatedGitHub();
  pr = openPullRequest(gh.emulator);
});
afterEach(async () => {
  // Fails the test if any request or response broke GitHub's API description.
  await gh.emulator.close();
});

/** The bundle on a pull_request event against the emulator, as the runner would start it. */
const gate = (extra: Record<string, string>) =>
  runBundle(
    "eval-gate",
    { ...inputs, ...extra },
    {
      files,
      env: {
        GITHUB_API_URL: gh.emulator.apiUrl,
        GITHUB_REPOSITORY: "acme/models",
        GITHUB_EVENT_NAME: "pull_request",
        GITHUB_SERVER_URL: "https://github.example",
        GITHUB_RUN_ID: "42",
      },
      event: {
        pull_request: { number: pr, head: { sha: "1", ref: "feature" }, base: { ref: "main" } },
      },
    },
  );

const comments = () =>
  gh.emulator.repo("acme/models").comments.filter((c) => c.issue_number === pr);

describe("eval-gate's pull-request comment", () => {
  it("is posted once and then kept up to date in place", async () => {
    const first = await gate({ "github-token": WORKFLOW_TOKEN });
    expect(first.stdout).toBe(`::add-mask::${WORKFLOW_TOKEN}\n`);
    expect(first.code).toBe(0);
    expect(comments()).toHaveLength(1);
    expect(comments()[0]?.body).toContain("### ✅ eval-gate: pass");
    expect(first.outputs["comment-url"]).toMatch(/#issuecomment-\d+$/);
    expect(first.summary).toContain(
      `[This comment on the pull request](${first.outputs["comment-url"]}) (created)`,
    );

    const second = await gate({ "github-token": WORKFLOW_TOKEN, challenger: "champion.json" });
    expect(second.outputs["comment-url"]).toBe(first.outputs["comment-url"]);
    expect(comments()).toHaveLength(1);
    expect(comments()[0]?.body).toContain("| `accuracy` | 0.912 | 0.912 |");
  });

  it("keeps one comment per key", async () => {
    await gate({ "github-token": WORKFLOW_TOKEN, "comment-key": "churn" });
    await gate({ "github-token": WORKFLOW_TOKEN, "comment-key": "fraud" });
    expect(comments()).toHaveLength(2);
  });

  it("with a token that may not write (a fork's pull request), stays in the job summary and says why", async () => {
    const run = await gate({ "github-token": READ_ONLY_TOKEN });
    expect(run.code).toBe(0);
    expect(comments()).toHaveLength(0);
    expect(run.outputs["comment-url"]).toBe("");
    expect(run.summary).toMatch(
      /^> The pull-request comment was not posted: the token may not write comments here \(a pull request from a fork/,
    );
    expect(run.summary).toContain("### ✅ eval-gate: pass");
  });

  it("with comment: always, fails the step when it cannot post, after the outputs and the summary", async () => {
    const run = await gate({ "github-token": READ_ONLY_TOKEN, comment: "always" });
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split("\n").at(-1)).toMatch(
      /^::error::the comment could not be posted: the token may not write comments here/,
    );
    expect(run.outputs).toMatchObject({ verdict: "pass", passed: "true", "comment-url": "" });
    expect(run.summary).toMatch(
      /^> \*\*The pull-request comment failed\*\*: the comment could not be posted: the token may not write/,
    );
    expect(run.summary).toContain("### ✅ eval-gate: pass");
  });

  it("refuses a comment key a marker cannot hold, naming the input, before writing anything", async () => {
    const run = await gate({ "github-token": WORKFLOW_TOKEN, "comment-key": "my model" });
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split("\n").at(-1)).toBe(
      "::error::input 'comment-key': 'my model' is not a valid key. Use 1 to 80 characters: letters, digits and . _ : / -, starting with a letter or digit",
    );
    expect(existsSync(`${run.workspace}/mlops-out`)).toBe(false);
    expect(comments()).toHaveLength(0);
  });

  it("with comment: never, talks to no one", async () => {
    const run = await gate({ "github-token": WORKFLOW_TOKEN, comment: "never" });
    expect(run.code).toBe(0);
    expect(gh.emulator.requests).toHaveLength(0);
  });
});

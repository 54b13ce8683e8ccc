import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMMENT_LIMIT, evalGate, runInRunner, stickyMarker } from "@mlops/shared";
import { WORKFLOW_TOKEN } from "../emulator/github-emulator.js";
import {
  openPullRequest,
  startEmulatedGitHub,
  type EmulatedGitHub,
} from "../github/emulated-github.js";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/**
 * Files for a gate whose comment is far over GitHub's limit: `gated` metrics with long names
 * that pass, then one that fails last in the policy, and `ungated` metrics besides.
 */
function largeGate(gated: number, ungated: number) {
  const folder = tempDir();
  const long = (i: number) => `gated_${String(i).padStart(5, "0")}_${"x".repeat(120)}`;
  const values: Record<string, number> = { "the.failing.one": 0.1 };
  let policy = "metrics:\n";
  for (let i = 0; i < gated; i++) {
    values[long(i)] = 0.9;
    policy += `  ${long(i)}:\n    direction: higher\n    min: 0.5\n`;
  }
  policy += "  the.failing.one:\n    direction: higher\n    min: 0.5\n";
  for (let i = 0; i < ungated; i++) values[`extra_${i}`] = i;
  folder.write("challenger.json", JSON.stringify(values));
  folder.write("policy.yml", policy);
  return folder;
}

const args = ["eval-gate", "--challenger", "challenger.json", "--policy", "policy.yml"];

describe("the comment file", () => {
  it("is cut at GitHub's limit, keeping a failing metric that the policy names last", async () => {
    const { dir } = largeGate(1000, 0);
    const { code } = await mlops(args, dir);
    expect(code).toBe(1);
    const body = readFileSync(`${dir}/mlops-out/eval-comment.md`, "utf8");
    expect(`${stickyMarker("eval-gate")}\n${body}`.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toContain("This report was cut to fit GitHub's limit of 65,536 characters");
    expect(body).toContain("| `the.failing.one` | — | 0.1 |");
    expect(body).toContain("- `the.failing.one` (fail): 0.1 is below the minimum 0.5");
  });

  it("echoes a long metric name in at most 200 characters, in the comment and on stderr", async () => {
    const { dir, write } = tempDir();
    // The longest name a metrics file may hold.
    const name = `n${"a".repeat(249)}`;
    write("challenger.json", JSON.stringify({ [name]: 0.1 }));
    write("policy.yml", `metrics:\n  ${name}:\n    direction: higher\n    min: 0.5\n`);
    const { stderr } = await mlops(args, dir);
    const body = readFileSync(`${dir}/mlops-out/eval-comment.md`, "utf8");
    const shown = `n${"a".repeat(198)}…`;
    expect(body).toContain(`| \`${shown}\` |`);
    expect(body).not.toContain("a".repeat(200));
    expect(stderr).toContain(`error: challenger.json:1: ${shown}: 0.1 is below the minimum 0.5`);
    expect(stderr).not.toContain("a".repeat(200));
  });
});

describe("the comment on the pull request", () => {
  let gh: EmulatedGitHub;
  beforeEach(async () => {
    gh = await startEmulatedGitHub();
  });
  afterEach(async () => {
    await gh.emulator.close();
  });

  it("is exactly the comment file after its marker, and the summary keeps the whole table", async () => {
    const number = openPullRequest(gh.emulator);
    const { dir, write } = largeGate(1000, 0);
    const same = { full_name: "acme/models" };
    const event = {
      pull_request: {
        number,
        head: { ref: "feature", sha: "0".repeat(40), repo: same },
        base: { ref: "main", repo: same },
      },
    };
    const env: NodeJS.ProcessEnv = {
      GITHUB_WORKSPACE: dir,
      GITHUB_OUTPUT: write("runner/output", ""),
      GITHUB_STEP_SUMMARY: write("runner/summary", ""),
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_EVENT_PATH: write("runner/event.json", JSON.stringify(event)),
      GITHUB_REPOSITORY: "acme/models",
      GITHUB_API_URL: gh.emulator.apiUrl,
      GITHUB_RUN_ID: "7",
      INPUT_CHALLENGER: "challenger.json",
      INPUT_POLICY: "policy.yml",
      "INPUT_GITHUB-TOKEN": WORKFLOW_TOKEN,
    };
    const lines: string[] = [];
    expect(await runInRunner(evalGate, { env, cwd: dir, write: (l) => lines.push(l) })).toBe(1);
    const [comment] = gh.emulator.repo("acme/models").comments;
    if (!comment) throw new Error(lines.join("\n"));
    const file = readFileSync(`${dir}/mlops-out/eval-comment.md`, "utf8");
    expect(comment?.body).toBe(`${stickyMarker("eval-gate")}\n${file}`);
    expect(comment!.body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    const summary = readFileSync(env.GITHUB_STEP_SUMMARY!, "utf8");
    expect(summary).toContain("gated_00999_");
    expect(summary).not.toContain("This report was cut");
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WORKFLOW_TOKEN } from "../emulator/github-emulator.js";
import { openPullRequest } from "../github/emulated-github.js";
import { readFiles } from "../helpers/examples.js";
import { runBundle } from "../helpers/run-bundle.js";
import { tempDir } from "../helpers/temp-dir.js";
import { startGitHubRegistry, type GitHubRegistry } from "../registry/github-fixture.js";

const EXAMPLE = join(import.meta.dirname, "../../examples/eval-gate/predictions");
const example = (file: string) => readFileSync(join(EXAMPLE, file), "utf8");
const files = readFiles({
  "preds/challenger.csv": join(EXAMPLE, "challenger.csv"),
  "policy.yml": join(EXAMPLE, "policy.yml"),
});

let gh: GitHubRegistry;
let pr: number;
beforeEach(async () => {
  gh = await startGitHubRegistry();
  pr = openPullRequest(gh.emulator);
  // Production's version was registered with its model and its predictions on the test set.
  const assets = tempDir();
  await gh.registry().promote({
    artifact: "churn",
    version: "v1.0.0",
    assets: [
      assets.write("model.pkl", "weights"),
      assets.write("predictions.csv", example("champion.csv")),
    ],
    stage: "prod",
    actor: "ada",
  });
});
afterEach(async () => {
  // Fails the test if any request or response broke GitHub's API description.
  await gh.emulator.close();
});

describe("the eval-gate bundle on per-example predictions", () => {
  it("gates against the champion's predictions in the registry's release, and comments the evidence", async () => {
    const run = await runBundle(
      "eval-gate",
      {
        challenger: "preds/challenger.csv",
        champion: "churn#prod",
        policy: "policy.yml",
        "github-token": WORKFLOW_TOKEN,
        "fail-step": "false",
      },
      {
        files,
        env: {
          GITHUB_API_URL: gh.emulator.apiUrl,
          GITHUB_REPOSITORY: "acme/models",
          GITHUB_EVENT_NAME: "pull_request",
          GITHUB_SERVER_URL: "https://github.example",
          GITHUB_RUN_ID: "42",
          GITHUB_SHA: gh.commit,
        },
        event: {
          pull_request: { number: pr, head: { sha: "1", ref: "feature" }, base: { ref: "main" } },
        },
      },
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe("inconclusive");
    expect(JSON.parse(run.outputs["inconclusive-metrics"]!)).toContainEqual({
      metric: "accuracy",
      slice: null,
    });
    const report = JSON.parse(
      readFileSync(join(run.workspace, run.outputs["report-path"]!), "utf8"),
    );
    expect(report.champion.file).toBe("churn@v1.0.0 (predictions.csv)");
    expect(report.mode).toBe("predictions");
    const [comment] = gh.emulator.repo("acme/models").comments.filter((c) => c.issue_number === pr);
    expect(comment?.body).toContain("### ⚠️ eval-gate: inconclusive");
    expect(comment?.body).toContain("```mermaid\nxychart-beta\n");
    // This runner has no artifact service: the comment says where the report is instead.
    expect(comment?.body).toContain(
      "The eval report is `mlops-out/eval-report.json` on the runner of [the run](https://github.example/acme/models/actions/runs/42), not uploaded as an artifact (this runner has no artifact service).",
    );
    // The comment file is the body posted, after its hidden marker line.
    expect(
      comment?.body.endsWith(
        readFileSync(join(run.workspace, run.outputs["comment-path"]!), "utf8"),
      ),
    ).toBe(true);
  });
});

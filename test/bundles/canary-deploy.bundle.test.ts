import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDeployment, setDeploymentStatus } from "@mlops/shared";
import { WORKFLOW_TOKEN } from "../emulator/github-emulator.js";
import { REPO, startEmulatedGitHub, type EmulatedGitHub } from "../github/emulated-github.js";
import { runBundle, workflowCommands } from "../helpers/run-bundle.js";

/** Both variants' latencies, the canary's shifted by the first argument (in ms), or none. */
const METRICS_SCRIPT = `
const shift = process.argv[2];
const latencies = (by) => Array.from({ length: 40 }, (_, i) => 95 + (i * 7) % 10 + by);
console.log(JSON.stringify({
  baseline: { latency_ms: latencies(0) },
  canary: shift === "none" ? {} : { latency_ms: latencies(Number(shift)) },
}));
`;
const POLICY = 'metrics:\n  latency_ms: {direction: lower, max-regression: "10%"}\n';
const RUN_URL = "https://github.example/acme/models/actions/runs/42";

let gh: EmulatedGitHub;
let sha: string;
beforeEach(async () => {
  gh = await startEmulatedGitHub();
  // The deployment is of the run's commit, which the repository must hold.
  sha = gh.emulator.repo("acme/models").addCommit();
});
afterEach(async () => {
  // Fails the test if any request or response broke GitHub's API description.
  await gh.emulator.close();
});

/** The committed bundle in a push run against the emulator, the canary shifted by `shift` ms. */
const deploy = (shift: number | "none") =>
  runBundle(
    "canary-deploy",
    {
      steps: "10,50,100",
      interval: "1s",
      "max-holds": "0",
      "set-weight-command": JSON.stringify(["echo", "weight {weight}"]),
      "metrics-command": JSON.stringify([process.execPath, "metrics.mjs", String(shift)]),
      policy: "policy.yml",
      environment: "canary-eu",
      "github-token": WORKFLOW_TOKEN,
    },
    {
      files: { "metrics.mjs": METRICS_SCRIPT, "policy.yml": POLICY },
      env: {
        GITHUB_API_URL: gh.emulator.apiUrl,
        GITHUB_REPOSITORY: "acme/models",
        GITHUB_EVENT_NAME: "push",
        GITHUB_SHA: sha,
        GITHUB_SERVER_URL: "https://github.example",
        GITHUB_RUN_ID: "42",
      },
      event: {},
    },
  );

/** Each deployment's statuses, oldest first. */
function statusesOf(id: number) {
  return gh.emulator
    .repo("acme/models")
    .statuses.filter((s) => s.deployment_id === id)
    .map(({ state, description, log_url }) => ({ state, description, log_url }));
}

describe("canary-deploy's bundle on GitHub", () => {
  it("records a promoted rollout as a deployment: in_progress at each step, then success", async () => {
    const earlier = await createDeployment(gh.github, {
      repo: REPO,
      ref: sha,
      environment: "canary-eu",
    });
    await setDeploymentStatus(gh.github, {
      repo: REPO,
      deploymentId: earlier.id,
      state: "success",
    });

    const run = await deploy(0);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toEqual({
      outcome: "promoted",
      "final-weight": "100",
      "report-path": "mlops-out/canary-report.json",
    });
    const deployments = gh.emulator.repo("acme/models").deployments;
    expect(deployments).toHaveLength(2);
    const made = deployments[1]!;
    expect(made).toMatchObject({ sha, environment: "canary-eu", production_environment: false });
    expect(statusesOf(made.id)).toEqual([
      { state: "in_progress", description: "canary at 10% (step 1 of 3)", log_url: RUN_URL },
      { state: "in_progress", description: "canary at 50% (step 2 of 3)", log_url: RUN_URL },
      { state: "in_progress", description: "canary at 100% (step 3 of 3)", log_url: RUN_URL },
      {
        state: "success",
        description:
          "promoted at 100%: all 2 judged steps passed, and the canary now serves all traffic",
        log_url: RUN_URL,
      },
    ]);
    // The environment's earlier deployment is no longer the live one.
    expect(statusesOf(earlier.id).map((s) => s.state)).toEqual(["success", "inactive"]);
    const report = JSON.parse(
      readFileSync(`${run.workspace}/mlops-out/canary-report.json`, "utf8"),
    );
    expect(report.deployment).toEqual({ id: made.id, environment: "canary-eu" });
    expect(run.summary).toContain("### ✅ canary promoted (final weight 100%)");
    expect(workflowCommands(run.stdout).filter((c) => c.startsWith("::error"))).toEqual([]);
  });

  it("ends a rolled-back rollout's deployment in failure with the reason, and fails the step", async () => {
    const run = await deploy(40);
    expect(run.code).toBe(1);
    expect(run.outputs).toEqual({
      outcome: "rolled-back",
      "final-weight": "0",
      "report-path": "mlops-out/canary-report.json",
    });
    const [made] = gh.emulator.repo("acme/models").deployments;
    const statuses = statusesOf(made!.id);
    expect(statuses.map((s) => s.state)).toEqual(["in_progress", "failure"]);
    expect(statuses[1]!.description).toMatch(
      /^rolled-back at 0%: step 1 at 10% failed: latency_ms: the canary's latency_ms is /,
    );
    expect(statuses[1]!.description.length).toBeLessThanOrEqual(140);
    const errors = workflowCommands(run.stdout).filter((c) => c.startsWith("::error"));
    expect(errors).toHaveLength(1);
    // The runner reads % as the start of an escape, so the command writes it as %25.
    expect(errors[0]).toBe(
      "::error::canary rolled-back: step 1 at 10%25 failed: latency_ms: the canary's latency_ms is at least 38.0 worse than the baseline's (97.5%25 CI +38.0 to +42.0), beyond the margin of 10%25 of the baseline's value (10.0)",
    );
    expect(run.summary).toContain("### ❌ canary rolled back (final weight 0%)");
  });

  it("ends an inconclusive rollout's deployment in error", async () => {
    const run = await deploy("none");
    expect(run.code).toBe(1);
    expect(run.outputs.outcome).toBe("inconclusive");
    const [made] = gh.emulator.repo("acme/models").deployments;
    expect(statusesOf(made!.id).map((s) => s.state)).toEqual(["in_progress", "error"]);
    expect(statusesOf(made!.id)[1]!.description).toMatch(
      /^inconclusive at 0%: too little evidence after 0 holds at 10%: latency_ms: no data from the canary yet/,
    );
  });
});

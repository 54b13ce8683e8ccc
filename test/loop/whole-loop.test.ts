/**
 * The whole loop as this repository's workflows run it on examples/loop: the pull request's
 * gate, the merge to main's staging, canary and prod, and the daily drift check that opens an
 * issue and retrains on the GPU runners by dispatch. Each workflow file is read and run step by
 * step (workflow-runner.ts) with the six committed bundles under Node 24, against an emulated
 * GitHub that checks every call against GitHub's API description and runs dispatched workflows.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTagMessage } from "@mlops/shared";
import type { RepoState } from "../emulator/emulator-state.js";
import { GitHubEmulator, WORKFLOW_TOKEN } from "../emulator/github-emulator.js";
import { ResultsService } from "../emulator/results-service.js";
import { repoRoot } from "../helpers/examples.js";
import { runBundle } from "../helpers/run-bundle.js";
import { dispatchable, runWorkflow, type JobResult, type RunContext } from "./workflow-runner.js";

const REPOSITORY = "acme/models";
const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");

let emulator: GitHubEmulator;
let results: ResultsService;
let repo: RepoState;
let source: string;
let sha: string;
let runs = 0;
/** The folders of all runs, kept until the emulator has stopped the dispatched runs' jobs. */
let runsDir: string;
const runRoot = () => mkdtempSync(join(runsDir, "run-"));

/**
 * The repository as actions/checkout sees it: one commit of the workflows, the registry policy
 * and the example project, as they are in this working tree.
 */
function commitRepository(): { source: string; sha: string } {
  const dir = mkdtempSync(join(tmpdir(), "mlops-repository-"));
  const files = execFileSync(
    "git",
    ["ls-files", "-co", "--exclude-standard", ".github", ".mlops", "examples/loop"],
    { cwd: repoRoot, encoding: "utf8" },
  );
  for (const file of files.trim().split("\n")) cpSync(join(repoRoot, file), join(dir, file));
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=ci", "-c", "user.email=ci@example.com", ...args], {
      cwd: dir,
      encoding: "utf8",
    }).trim();
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-qm", "The loop");
  return { source: dir, sha: git("rev-parse", "HEAD") };
}

/** One run of a workflow of the repository, for an event on main or a pull request. */
function run(file: string, event: string, payload: Record<string, unknown>, ref: string) {
  const context: RunContext = {
    repository: REPOSITORY,
    apiUrl: emulator.apiUrl,
    token: WORKFLOW_TOKEN,
    source,
    sha,
    ref,
    runId: 9000 + ++runs,
    event,
    payload,
    results,
  };
  return runWorkflow(file, context, runRoot()).jobs;
}

/** Fails with the step's log when a job did not succeed. */
function succeeded(job: JobResult | undefined): JobResult {
  const failed = job?.steps.find((step) => step.code !== 0);
  expect(failed?.log ?? "", `${failed?.uses} failed`).toBe("");
  expect(job?.conclusion).toBe("success");
  return job!;
}

/** The outputs of the `n`th step of the job that uses the action. */
const outputs = (job: JobResult, uses: string, n = 0) =>
  job.steps.filter((step) => step.uses === uses)[n]!.outputs;

let retrainRuns: ReturnType<typeof dispatchable>;
let gpuRuns: ReturnType<typeof dispatchable>;

beforeAll(async () => {
  runsDir = mkdtempSync(join(tmpdir(), "mlops-runs-"));
  results = await ResultsService.start();
  emulator = await GitHubEmulator.start();
  emulator.serveArtifactsOf(results);
  ({ source, sha } = commitRepository());
  repo = emulator.repo(REPOSITORY);
  repo.commits.add(sha);
  repo.refs.set("refs/heads/main", sha);
  const where = { source, token: WORKFLOW_TOKEN, results, root: runRoot };
  retrainRuns = dispatchable(repo, "retrain.yml", where);
  gpuRuns = dispatchable(repo, "train-gpu.yml", where);
}, 60_000);

afterAll(async () => {
  // Fails the file if any request or response broke GitHub's API description.
  await emulator?.close();
  await results?.stop();
  for (const dir of [source, runsDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the whole loop, as .github/workflows runs it on examples/loop", () => {
  it("a pull request: valid data, champion and challenger trained, the challenger gated on its predictions, one comment", async () => {
    const pr = repo.addPull({
      title: "Shape features",
      head: { ref: "shape-features", sha, repo: REPOSITORY },
      base: { ref: "main", sha },
    });
    const jobs = await run(
      "train-gate-deploy.yml",
      "pull_request",
      { pull_request: { number: pr, head: { sha, ref: "shape-features" }, base: { ref: "main" } } },
      `refs/pull/${pr}/merge`,
    );
    const gate = succeeded(jobs.gate);
    expect(jobs.deploy!.conclusion).toBe("skipped");

    const data = outputs(gate, "./actions/validate-data");
    const training = readFileSync(join(repoRoot, "examples/loop/training.csv"));
    expect(data).toMatchObject({ valid: "true", "row-count": "400", digest: sha256(training) });
    const champion = outputs(gate, "./actions/train-run", 0);
    const challenger = outputs(gate, "./actions/train-run", 1);
    expect(champion.status).toBe("succeeded");
    expect(challenger.status).toBe("succeeded");
    const model = readFileSync(join(gate.workspace, "mlops-out/challenger/model.json"));
    expect(challenger["model-digest"]).toBe(sha256(model));
    // The run record ties the model to the data validate-data read.
    const record = JSON.parse(
      readFileSync(join(gate.workspace, challenger["record-path"]!), "utf8"),
    );
    expect(record.data_digests).toEqual([data.digest]);

    const verdict = outputs(gate, "./actions/eval-gate");
    expect(verdict).toMatchObject({ verdict: "pass", passed: "true", "failed-metrics": "[]" });
    const comments = repo.comments.filter((c) => c.issue_number === pr);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.author).toBe("github-actions[bot]");
    expect(comments[0]!.body).toContain("eval-gate: pass");
    expect(comments[0]!.body).toContain("`recall`");
    expect(verdict["comment-url"]).toMatch(/#issuecomment-\d+$/);
  }, 120_000);

  it("the merge to main: the challenger to staging on its eval report, a promoted canary, prod on the canary's report", async () => {
    const jobs = await run(
      "train-gate-deploy.yml",
      "push",
      { ref: "refs/heads/main" },
      "refs/heads/main",
    );
    const trained = outputs(succeeded(jobs.gate), "./actions/train-run", 1);
    const deploy = succeeded(jobs.deploy);

    const staging = outputs(deploy, "./actions/promote", 0);
    const prod = outputs(deploy, "./actions/promote", 1);
    const canary = outputs(deploy, "./actions/canary-deploy");
    expect(canary).toMatchObject({ outcome: "promoted", "final-weight": "100" });
    expect(staging.version).toBe(prod.version);
    const version = staging.version!;
    expect(staging).toMatchObject({ tag: `loop@${version}`, "stage-tag": "loop#staging#1" });
    expect(prod).toMatchObject({ tag: `loop@${version}`, "stage-tag": "loop#prod#2" });

    expect([...repo.refs.keys()].filter((ref) => ref.startsWith("refs/tags/")).sort()).toEqual(
      [`refs/tags/loop#prod#2`, `refs/tags/loop#staging#1`, `refs/tags/loop@${version}`].sort(),
    );
    // The registration holds the model, its predictions (a later gate's champion), the data
    // profile (drift's reference) and the run record it came from; each stage tag, its evidence.
    const assetsOf = (tag: string) => {
      const release = repo.releases.find((r) => r.tag_name === tag)!;
      return repo.assets.filter((a) => a.release_id === release.id);
    };
    const registered = assetsOf(`loop@${version}`);
    expect(registered.map((a) => a.name)).toEqual([
      "model.json",
      "predictions.csv",
      "data-profile.json",
      "run-record.json",
    ]);
    const model = readFileSync(join(deploy.workspace, "mlops-out/challenger/model.json"));
    expect(registered[0]!.data.equals(model)).toBe(true);
    expect(assetsOf("loop#staging#1").map((a) => a.name)).toEqual(["eval-report.json"]);
    expect(assetsOf("loop#prod#2").map((a) => a.name)).toEqual(["canary-report.json"]);
    const metadata = (tag: string) =>
      parseTagMessage(repo.tagObjects.get(repo.refs.get(`refs/tags/${tag}`)!)!.message).metadata!;
    expect(metadata("loop#staging#1").evidence).toMatchObject({
      file: "mlops-out/eval-report.json",
      verdict: "pass",
      model_sha256: sha256(model),
    });
    expect(metadata("loop#prod#2").evidence).toMatchObject({
      file: "mlops-out/canary-report.json",
      verdict: "pass",
      model_sha256: sha256(model),
    });
    // The version leads back to its training run, and the run to its data.
    expect(metadata(`loop@${version}`).training_run).toMatchObject({
      id: trained["run-id"],
      data_digests: [sha256(readFileSync(join(repoRoot, "examples/loop/training.csv")))],
    });

    expect(repo.deployments).toHaveLength(1);
    const [deployment] = repo.deployments;
    expect(deployment).toMatchObject({ sha, environment: "canary" });
    const states = repo.statuses
      .filter((s) => s.deployment_id === deployment!.id)
      .map((s) => s.state);
    expect(states).toEqual(["in_progress", "in_progress", "in_progress", "success"]);
  }, 180_000);

  it("after the merge, a pull request's gate can take prod as its champion: the predictions registered with it", async () => {
    const tag = [...repo.refs.keys()].find((ref) => ref.startsWith("refs/tags/loop@"))!.slice(10);
    const release = repo.releases.find((r) => r.tag_name === tag)!;
    const predictions = repo.assets.find(
      (a) => a.release_id === release.id && a.name === "predictions.csv",
    )!;
    // The challenger here is prod's own model: the point is that the champion is found and paired.
    const gate = await runBundle(
      "eval-gate",
      {
        challenger: "predictions.csv",
        champion: "loop#prod",
        policy: "gate-policy.yml",
        comment: "never",
        "fail-step": "false",
      },
      {
        files: {
          "predictions.csv": predictions.data.toString("utf8"),
          "gate-policy.yml": readFileSync(join(repoRoot, "examples/loop/gate-policy.yml"), "utf8"),
        },
        env: {
          GITHUB_API_URL: emulator.apiUrl,
          GITHUB_REPOSITORY: REPOSITORY,
          GITHUB_TOKEN: WORKFLOW_TOKEN,
        },
      },
    );
    expect(gate.code, gate.stdout).toBe(0);
    const report = JSON.parse(
      readFileSync(join(gate.workspace, "mlops-out/eval-report.json"), "utf8"),
    );
    expect(report).toMatchObject({
      mode: "predictions",
      champion: { file: `${tag} (predictions.csv)` },
      pairing: { paired: 134, champion_unpaired: 0, challenger_unpaired: 0 },
    });
    // A model against itself: every delta is zero, with no spread to decide on either way.
    expect(gate.outputs.verdict).toBe("inconclusive");
  }, 60_000);

  it("the daily drift check: the later cases against prod's profile, a drift issue, and retraining on the GPU runners", async () => {
    const jobs = await run("drift.yml", "schedule", { schedule: "17 6 * * *" }, "refs/heads/main");
    const drift = jobs.drift!;
    // Drift fails the check (fail-step's default), after the issue and the dispatch.
    expect(drift.conclusion).toBe("failure");
    const verdict = outputs(drift, "./actions/drift-check");
    expect(verdict.drifted).toBe("true");
    // The id and the label are ignored: only the features count in the share.
    const drifted: string[] = JSON.parse(verdict["drifted-columns"]!);
    expect(drifted).toContain("worst_symmetry");
    expect(drifted).not.toContain("malignant");
    expect(verdict.share).toBe("0.4");

    expect(repo.issues).toHaveLength(1);
    expect(repo.issues[0]).toMatchObject({ state: "open", author: "github-actions[bot]" });
    expect(repo.issues[0]!.body).toContain("12 of 30 columns drifted");

    const retrain = repo.runs.find((r) => r.workflow_path === ".github/workflows/retrain.yml")!;
    expect(retrain).toMatchObject({ event: "workflow_dispatch", head_branch: "main" });
    const report = JSON.parse(String(retrain.inputs.drift_report));
    expect(report.dataset.drifted).toBe(true);
    // The reference is the profile prod's version was registered with, read from its release.
    expect(report.reference).toMatchObject({ source: "loop#prod", kind: "registry", rows: 400 });
    const retrained = succeeded((await retrainRuns.get(retrain.id)!).train);

    const gpu = repo.runs.find((r) => r.workflow_path === ".github/workflows/train-gpu.yml")!;
    const correlationId = String(gpu.inputs.correlation_id);
    expect(gpu.display_title).toBe(`train ${correlationId}`);
    expect(gpu).toMatchObject({ status: "completed", conclusion: "success" });
    const trained = succeeded((await gpuRuns.get(gpu.id)!).train);
    const local = outputs(trained, "./actions/train-run");
    const dispatched = outputs(retrained, "./actions/train-run");
    expect(dispatched).toEqual(local);
    expect(dispatched["artifact-run-id"]).toBe(String(gpu.id));
    expect(repo.artifacts.filter((a) => a.run_id === gpu.id).map((a) => a.name)).toEqual([
      `train-run-record-${correlationId}`,
      dispatched["artifact-name"],
    ]);
  }, 240_000);
});

/**
 * Every GitHub operation of the suite, run once in a row against one repository, and a snapshot
 * of the state it leaves (ids left out), so runs with and without faults can be compared.
 */
import {
  createAnnotatedTag,
  createDeployment,
  dispatchWorkflow,
  ensureRelease,
  setDeploymentStatus,
  syncAlertIssue,
  upsertStickyComment,
  uploadReleaseAsset,
  waitForRun,
  type GitHub,
} from "@mlops/shared";
import type { GitHubEmulator } from "../emulator/github-emulator.js";
import { digestOf } from "../emulator/wire.js";

export interface ScenarioRepo {
  fullName: string;
  pr: number;
  sha: string;
}

/** A repository with a main branch, a pull request and a training workflow. */
export function prepareRepo(emulator: GitHubEmulator, fullName: string): ScenarioRepo {
  const repo = emulator.repo(fullName);
  const sha = repo.addCommit("main");
  repo.refs.set("refs/heads/main", sha);
  const head = repo.addCommit("feature");
  repo.refs.set("refs/heads/feature", head);
  const pr = repo.addPull({
    title: "Better model",
    head: { ref: "feature", sha: head, repo: fullName },
    base: { ref: "main", sha },
  });
  repo.addWorkflow("train.yml", {
    runName: (inputs) => `train ${String(inputs.correlation_id)}`,
    pollsPerStep: 2,
  });
  return { fullName, pr, sha };
}

export async function runLifecycle(github: GitHub, target: ScenarioRepo): Promise<void> {
  const [owner = "", name = ""] = target.fullName.split("/");
  const repo = { owner, repo: name };

  for (const body of ["accuracy 0.90", "accuracy 0.92", "accuracy 0.92"]) {
    await upsertStickyComment(github, { repo, issueNumber: target.pr, key: "eval-gate", body });
  }

  const alert = { repo, key: "drift/features", title: "Drift in features" };
  await syncAlertIssue(github, { ...alert, active: true, body: "3 of 10 columns drifted" });
  await syncAlertIssue(github, { ...alert, active: true, body: "6 of 10 columns drifted" });
  await syncAlertIssue(github, { ...alert, active: false, body: "", resolvedComment: "Cleared." });

  const tag = { repo, tag: "churn@v1.0.0", sha: target.sha, message: "register churn v1.0.0" };
  await createAnnotatedTag(github, tag);
  await createAnnotatedTag(github, tag);

  const release = await ensureRelease(github, { repo, tag: tag.tag, body: "model card" });
  const asset = { repo, release, name: "model.onnx" };
  await uploadReleaseAsset(github, { ...asset, data: Buffer.from("weights v1") });
  await uploadReleaseAsset(github, { ...asset, data: Buffer.from("weights v1") });
  await uploadReleaseAsset(github, { ...asset, data: Buffer.from("weights v2"), replace: true });

  const deployment = await createDeployment(github, {
    repo,
    ref: "main",
    environment: "staging",
    correlationId: "deploy-1",
  });
  for (const state of ["in_progress", "in_progress", "success"] as const) {
    await setDeploymentStatus(github, { repo, deploymentId: deployment.id, state });
  }

  const run = await dispatchWorkflow(github, {
    repo,
    workflow: "train.yml",
    ref: "main",
    inputs: { epochs: "3" },
    correlationId: "train-1",
  });
  await waitForRun(github, { repo, runId: run.runId, timeoutMs: 3_600_000 });
}

/** What the lifecycle leaves behind, without ids and times. */
export function snapshot(emulator: GitHubEmulator, fullName: string) {
  const repo = emulator.repo(fullName);
  const tags = [...repo.refs]
    .filter(([ref]) => ref.startsWith("refs/tags/"))
    .map(([ref, sha]) => {
      const tag = repo.tagObjects.get(sha);
      const onMain = tag?.object.sha === repo.refs.get("refs/heads/main");
      return {
        ref,
        tag: tag?.tag,
        message: tag?.message,
        commit: onMain ? "main" : tag?.object.sha,
      };
    });
  return {
    comments: repo.comments.map((c) => ({
      on: c.issue_number,
      author: c.author,
      body: c.body.replace(/alert-cleared key=\S+/, "alert-cleared"),
    })),
    issues: repo.issues.map((i) => ({
      title: i.title,
      body: i.body,
      state: i.state,
      labels: i.labels,
    })),
    tags,
    releases: repo.releases.map((r) => ({
      tag: r.tag_name,
      body: r.body,
      assets: repo.assets
        .filter((a) => a.release_id === r.id)
        .map((a) => ({ name: a.name, digest: digestOf(a.data) })),
    })),
    deployments: repo.deployments.map((d) => ({
      environment: d.environment,
      ref: d.ref,
      statuses: repo.statuses.filter((s) => s.deployment_id === d.id).map((s) => s.state),
    })),
    runs: repo.runs.map((r) => ({
      title: r.display_title,
      status: r.status,
      conclusion: r.conclusion,
    })),
  };
}

/**
 * Deployments of a ref to an environment, and their statuses (in_progress, success, failure,
 * inactive), as canary-deploy reports them. A deployment carries a correlation id in its
 * payload, so a retry after a lost answer finds the one already made instead of making another.
 */
import { randomUUID } from "node:crypto";
import type { GitHub } from "./client.js";
import { converge } from "./converge.js";
import type { RepoRef } from "./github-context.js";

export type DeploymentState =
  "in_progress" | "queued" | "success" | "failure" | "error" | "inactive";

export interface DeploymentOptions {
  repo: RepoRef;
  /** Branch, tag or commit to deploy. */
  ref: string;
  environment: string;
  description?: string;
  payload?: Record<string, unknown>;
  productionEnvironment?: boolean;
  /** Stable across retries and re-runs of the same deployment; a fresh id by default. */
  correlationId?: string;
}

export interface DeploymentRef {
  id: number;
  environment: string;
  sha: string;
  correlationId: string;
}

const CORRELATION = "mlops_correlation_id";

export async function createDeployment(
  github: GitHub,
  options: DeploymentOptions,
): Promise<DeploymentRef> {
  const { repo, environment } = options;
  const correlationId = options.correlationId ?? randomUUID();
  const toRef = (d: { id: number; sha: string }) => ({
    id: d.id,
    environment,
    sha: d.sha,
    correlationId,
  });
  return converge(github, `creating a deployment to '${environment}'`, async (attempt) => {
    if (attempt > 0 || options.correlationId) {
      const existing = await github.octokit.paginate(github.octokit.rest.repos.listDeployments, {
        ...repo,
        environment,
        ref: options.ref,
        per_page: 100,
      });
      const ours = existing.find((d) => {
        const payload = typeof d.payload === "object" && d.payload ? d.payload : {};
        return (payload as Record<string, unknown>)[CORRELATION] === correlationId;
      });
      if (ours) return toRef(ours);
    }
    const { data, status } = await github.octokit.rest.repos.createDeployment({
      ...repo,
      ref: options.ref,
      environment,
      auto_merge: false,
      required_contexts: [],
      description: options.description ?? "",
      payload: { ...options.payload, [CORRELATION]: correlationId },
      production_environment: options.productionEnvironment ?? environment === "production",
    });
    if (status !== 201 || !("id" in data)) {
      throw new Error(`GitHub did not create the deployment: ${JSON.stringify(data)}`);
    }
    return toRef(data);
  });
}

export interface DeploymentStatusOptions {
  repo: RepoRef;
  deploymentId: number;
  state: DeploymentState;
  description?: string;
  environmentUrl?: string;
  logUrl?: string;
}

/** Sets the deployment's status; the same status as the latest one is not posted again. */
export async function setDeploymentStatus(
  github: GitHub,
  options: DeploymentStatusOptions,
): Promise<{ action: "set" | "unchanged" }> {
  const { repo, deploymentId, state } = options;
  const description = (options.description ?? "").slice(0, 140);
  return converge(github, `setting deployment ${deploymentId} to ${state}`, async () => {
    const { data: statuses } = await github.octokit.rest.repos.listDeploymentStatuses({
      ...repo,
      deployment_id: deploymentId,
      per_page: 1,
    });
    const latest = statuses[0];
    if (latest && latest.state === state && latest.description === description) {
      return { action: "unchanged" as const };
    }
    await github.octokit.rest.repos.createDeploymentStatus({
      ...repo,
      deployment_id: deploymentId,
      state,
      description,
      ...(options.environmentUrl ? { environment_url: options.environmentUrl } : {}),
      ...(options.logUrl ? { log_url: options.logUrl } : {}),
      auto_inactive: true,
    });
    return { action: "set" as const };
  });
}

/** The statuses of a deployment, newest first. */
export async function listDeploymentStatuses(github: GitHub, repo: RepoRef, deploymentId: number) {
  const statuses = await converge(github, `listing statuses of deployment ${deploymentId}`, () =>
    github.octokit.paginate(github.octokit.rest.repos.listDeploymentStatuses, {
      ...repo,
      deployment_id: deploymentId,
      per_page: 100,
    }),
  );
  return statuses.map((s) => ({
    state: s.state,
    description: s.description ?? "",
    createdAt: s.created_at,
  }));
}

import type { CanaryOutcome } from "../../engine/contracts/canary-report.js";
import { MlopsError } from "../../engine/errors.js";
import { createGitHubClient, type GitHub } from "../../platform/github/client.js";
import type { RepoRef } from "../../platform/github/github-context.js";
import {
  createDeployment,
  setDeploymentStatus,
  type DeploymentState,
} from "../../platform/github/deployments.js";
import type { RunContext } from "../../interface/define-action.js";

/** The rollout as GitHub's Deployments show it on the environment's page. */
export interface DeploymentTrail {
  readonly deployment: { readonly id: number; readonly environment: string } | null;
  progress(step: number, steps: number, weight: number): Promise<void>;
  finish(outcome: CanaryOutcome, reason: string, weight: number): Promise<void>;
}

const NO_TRAIL: DeploymentTrail = {
  deployment: null,
  progress: async () => undefined,
  finish: async () => undefined,
};

/** Each outcome's final state; success marks the environment's earlier deployment inactive. */
const FINAL_STATE: Readonly<Record<CanaryOutcome, DeploymentState>> = {
  promoted: "success",
  "rolled-back": "failure",
  inconclusive: "error",
};

/**
 * Sets a status; one GitHub does not take is said in the log, for the rollout, not its record,
 * decides where the traffic goes.
 */
async function postStatus(
  client: GitHub,
  status: {
    repo: RepoRef;
    deploymentId: number;
    state: DeploymentState;
    description: string;
    logUrl: string | undefined;
  },
  log: (line: string) => void,
): Promise<void> {
  const { logUrl, ...rest } = status;
  try {
    await setDeploymentStatus(client, { ...rest, ...(logUrl ? { logUrl } : {}) });
  } catch (error) {
    if (!(error instanceof MlopsError)) throw error;
    log(
      `canary-deploy: warning: deployment ${status.deploymentId} not set to ${status.state}: ${error.line}`,
    );
  }
}

/**
 * Opens a deployment of `ref` to the environment when the run is on GitHub with a token;
 * elsewhere (the CLI on a laptop) the rollout leaves no trail and says so in the log.
 */
export async function openTrail(
  context: RunContext,
  options: {
    token: string | undefined;
    environment: string;
    ref: string | undefined;
    payload: Record<string, unknown>;
  },
): Promise<DeploymentTrail> {
  const { github } = context;
  const token = options.token ?? github.token;
  const ref = options.ref ?? github.sha;
  if (!github.repo || !token || !ref) {
    context.log(
      "canary-deploy: not on GitHub with a token and a commit, so no deployment is recorded",
    );
    return NO_TRAIL;
  }
  const client = createGitHubClient({
    token,
    apiUrl: github.apiUrl,
    log: context.log,
    ...(context.clock ? { retry: context.clock } : {}),
  });
  const repo = github.repo;
  // Stable across re-runs of the same job: a retry finds the deployment it made.
  const correlationId = github.runId
    ? `canary-${github.runId}-${github.runAttempt ?? 1}-${options.environment}`
    : undefined;
  const made = await createDeployment(client, {
    repo,
    ref,
    environment: options.environment,
    description: "canary rollout by mlops canary-deploy",
    payload: options.payload,
    productionEnvironment: false,
    ...(correlationId ? { correlationId } : {}),
  });
  const status = (state: DeploymentState, description: string) =>
    postStatus(
      client,
      { repo, deploymentId: made.id, state, description, logUrl: github.runUrl },
      context.log,
    );
  return {
    deployment: { id: made.id, environment: options.environment },
    progress: (step, steps, weight) =>
      status("in_progress", `canary at ${weight}% (step ${step} of ${steps})`),
    finish: (outcome, reason, weight) =>
      status(FINAL_STATE[outcome], `${outcome} at ${weight}%: ${reason}`),
  };
}

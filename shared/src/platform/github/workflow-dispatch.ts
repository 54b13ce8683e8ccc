/**
 * Starting a workflow elsewhere (training on a self-hosted GPU runner) and waiting for it.
 * The dispatch carries a correlation id in its inputs; the dispatched workflow puts it in its
 * `run-name`, which is how the run is found when GitHub does not return it (older servers, or
 * an answer lost after the dispatch took effect). A lost answer is never followed by a second
 * dispatch before the first one has been looked for.
 */
import { randomUUID } from "node:crypto";
import { InputError } from "../../engine/errors.js";
import type { GitHub } from "./client.js";
import { converge, statusOf } from "./converge.js";
import { GitHubError, GitHubTimeoutError } from "./github-error.js";
import { readEventPayload, type GitHubContext, type RepoRef } from "./github-context.js";

export const CORRELATION_INPUT = "correlation_id";

export interface DispatchOptions {
  repo: RepoRef;
  /** The workflow file name (`train.yml`) or id. */
  workflow: string | number;
  ref: string;
  inputs?: Record<string, string>;
  correlationId?: string;
  /** How often to look for the run of a dispatch whose answer was lost, before dispatching again. */
  findAttempts?: number;
}

export interface DispatchedRun {
  runId: number;
  correlationId: string;
  url: string;
}

/** The run of a dispatch with this correlation id in its run-name, if it exists yet. */
export async function findDispatchedRun(
  github: GitHub,
  options: { repo: RepoRef; workflow: string | number; correlationId: string; since?: string },
): Promise<DispatchedRun | undefined> {
  const runs = await github.octokit.paginate(github.octokit.rest.actions.listWorkflowRuns, {
    ...options.repo,
    workflow_id: options.workflow,
    event: "workflow_dispatch",
    ...(options.since ? { created: `>=${options.since}` } : {}),
    per_page: 100,
  });
  const run = runs.find((r) => (r.display_title ?? "").includes(options.correlationId));
  return run
    ? { runId: run.id, correlationId: options.correlationId, url: run.html_url }
    : undefined;
}

/**
 * The branch or tag a dispatch from this run runs on. A workflow can only be dispatched on a
 * branch or tag, so the ref of a pull-request run (`refs/pull/7/merge`) gives way to the
 * repository's default branch, named in the event payload.
 */
export async function dispatchRef(github: GitHubContext): Promise<string> {
  const own = /^refs\/(?:heads|tags)\/(.+)$/.exec(github.ref ?? "")?.[1];
  if (own) return own;
  const payload = await readEventPayload(github.eventPath);
  const repository = payload.repository as { default_branch?: unknown } | undefined;
  if (typeof repository?.default_branch === "string" && repository.default_branch !== "") {
    return repository.default_branch;
  }
  throw new InputError(
    "dispatch-workflow",
    `a workflow cannot be dispatched on the run's ref '${github.ref ?? "(unknown)"}', and the event does not name the default branch`,
    "Run on a branch (push, schedule or workflow_dispatch), or set GITHUB_REF to refs/heads/<branch>",
  );
}

/**
 * A dispatch GitHub answered 404, with the fix for a dispatch: the workflow file is what is most
 * likely missing, as the repository's other calls went through.
 */
function workflowNotFound(error: unknown, { workflow, ref }: DispatchOptions): unknown {
  if (!(error instanceof GitHubError) || error.status !== 404) return error;
  return new GitHubError(
    error.message,
    404,
    `GitHub knows no workflow file named '${workflow}' to run on '${ref}', or the token cannot see the repository: check the file's name in .github/workflows`,
  );
}

export async function dispatchWorkflow(
  github: GitHub,
  options: DispatchOptions,
): Promise<DispatchedRun> {
  try {
    return await dispatchOnce(github, options);
  } catch (error) {
    throw workflowNotFound(error, options);
  }
}

/** One dispatch, and the run it started. */
async function dispatchOnce(github: GitHub, options: DispatchOptions): Promise<DispatchedRun> {
  const correlationId = options.correlationId ?? randomUUID();
  const since = new Date(github.retry.now() - 5 * 60_000).toISOString().replace(/\.\d{3}Z$/, "Z");
  const find = () => findDispatchedRun(github, { ...options, correlationId, since });
  let dispatched = false;
  return converge(github, `dispatching workflow '${options.workflow}'`, async () => {
    if (dispatched) {
      // The last dispatch may have taken effect: look for its run before dispatching again.
      for (let i = 0; i < (options.findAttempts ?? 3); i++) {
        const run = await find();
        if (run) return run;
        await github.retry.sleep(2_000 * (i + 1));
      }
    }
    dispatched = true;
    // Octokit's types predate `return_run_details`; GitHub answers 200 with the run when it can.
    const answer = (await github.octokit.rest.actions.createWorkflowDispatch({
      ...options.repo,
      workflow_id: options.workflow,
      ref: options.ref,
      inputs: { ...options.inputs, [CORRELATION_INPUT]: correlationId },
      return_run_details: true,
    })) as { status: number; data: unknown };
    const details = answer.data as { workflow_run_id?: number; html_url?: string } | undefined;
    if (answer.status === 200 && details?.workflow_run_id) {
      return { runId: details.workflow_run_id, correlationId, url: details.html_url ?? "" };
    }
    for (let i = 0; i < (options.findAttempts ?? 3); i++) {
      const run = await find();
      if (run) return run;
      await github.retry.sleep(2_000 * (i + 1));
    }
    throw new GitHubTimeoutError(
      `the run of workflow '${options.workflow}' (correlation id ${correlationId}) did not appear`,
      `Give the workflow 'run-name: \${{ inputs.${CORRELATION_INPUT} }}' so its run can be found`,
    );
  });
}

export interface RunOutcome {
  runId: number;
  status: string;
  conclusion: string | null;
  url: string;
}

/**
 * Polls a run until it completes, backing off from `pollMs` by half again each time up to
 * `maxPollMs`: no jitter, as one client polls one run. Times out with a GitHubTimeoutError; an
 * aborted `signal` ends the wait at once with the signal's reason.
 */
export async function waitForRun(
  github: GitHub,
  options: {
    repo: RepoRef;
    runId: number;
    timeoutMs: number;
    pollMs?: number;
    maxPollMs?: number;
    signal?: AbortSignal;
  },
): Promise<RunOutcome> {
  const { signal } = options;
  const deadline = github.retry.now() + options.timeoutMs;
  let delay = options.pollMs ?? 5_000;
  for (;;) {
    signal?.throwIfAborted();
    const { data } = await converge(github, `reading run ${options.runId}`, () =>
      github.octokit.rest.actions.getWorkflowRun({ ...options.repo, run_id: options.runId }),
    );
    const outcome = {
      runId: data.id,
      status: data.status ?? "",
      conclusion: data.conclusion,
      url: data.html_url,
    };
    if (data.status === "completed") return outcome;
    if (github.retry.now() + delay > deadline) {
      throw new GitHubTimeoutError(
        `run ${outcome.url} did not complete within ${Math.round(options.timeoutMs / 1000)} s (last status: ${outcome.status})`,
        "Raise the timeout, or check the runner that should pick the job up",
      );
    }
    await github.retry.sleep(delay, signal);
    delay = Math.min(Math.ceil(delay * 1.5), options.maxPollMs ?? 60_000);
  }
}

/**
 * Asks GitHub to cancel a run (`actions: write`); GitHub then stops its jobs as a person's
 * cancel would. A run that completed meanwhile is left as it is: `completed` says so.
 */
export function cancelRun(
  github: GitHub,
  options: { repo: RepoRef; runId: number },
): Promise<"cancelling" | "completed"> {
  return converge(github, `cancelling run ${options.runId}`, async () => {
    try {
      await github.octokit.rest.actions.cancelWorkflowRun({
        ...options.repo,
        run_id: options.runId,
      });
      return "cancelling" as const;
    } catch (error) {
      // 409: "Cannot cancel a workflow run that is completed."
      if (statusOf(error) === 409) return "completed" as const;
      throw error;
    }
  });
}

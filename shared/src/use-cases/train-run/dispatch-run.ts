/**
 * train-run's dispatch mode: training on other runners (self-hosted GPU runners), started from a
 * job on a hosted runner. The training workflow is dispatched with a correlation id, which it
 * puts in its run-name (how its run is found where GitHub does not return it) and passes to its
 * own train-run step, which uploads the run record alone under a name made of that id. This step
 * waits for the run, cancelling it when the wait times out or this step is cancelled, then
 * fetches the record, checks that it is that run's, and gives the outputs local mode gives.
 */
import { mkdtemp, rm } from "../../engine/files/async-fs.js";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reportFile } from "../../engine/contracts/report-file.js";
import { validateContract } from "../../engine/contracts/validate.js";
import { InputError, MlopsError } from "../../engine/errors.js";
import { displayPath } from "../../engine/files/display-path.js";
import { writeFilesAtomic } from "../../engine/files/write-output.js";
import { abortOnSignals, CancelledError } from "../../engine/process/cancel-signals.js";
import { sanitizeMarkdown } from "../../engine/report/sanitize-markdown.js";
import type { ActionResult, RunContext } from "../../interface/define-action.js";
import type { ArtifactStore } from "../../platform/artifacts/artifact-store.js";
import { readRunArtifactJson } from "../../platform/artifacts/read-run-artifact.js";
import { createGitHubClient, type GitHub } from "../../platform/github/client.js";
import type { RepoRef } from "../../platform/github/github-context.js";
import { GitHubError, GitHubTimeoutError } from "../../platform/github/github-error.js";
import {
  cancelRun,
  CORRELATION_INPUT,
  dispatchRef,
  dispatchWorkflow,
  waitForRun,
  type DispatchedRun,
  type RunOutcome,
} from "../../platform/github/workflow-dispatch.js";
import { recordArtifactName, recordOutputs } from "./record-outputs.js";
import { renderSummary } from "./render-summary.js";
import { runRecordContract } from "../../engine/contracts/run-record.js";
import type { RunRecord } from "../../engine/contracts/run-record.js";

export interface DispatchRequest {
  /** The workflow file, such as train-gpu.yml. */
  readonly workflow: string;
  /** The branch or tag; this run's when undefined. */
  readonly ref: string | undefined;
  readonly inputs: Readonly<Record<string, string>>;
  readonly waitMs: number;
  readonly token: string | undefined;
  readonly recordPath: string;
  readonly failStep: boolean;
}

/** The largest run record fetched: metric histories of a long run, far below a model's size. */
export const RECORD_MAX_BYTES = 64 * 1024 * 1024;

/**
 * How often the run of a dispatch whose answer carried no run id (lost, or from a server without
 * `return_run_details`) is looked for by its run-name: about 30 s in all, where GitHub lists a
 * new run within seconds.
 */
const FIND_ATTEMPTS = 5;

const CORRELATION_FIX = `Give the dispatched workflow's train-run step correlation-id set to its ${CORRELATION_INPUT} input`;

interface Dispatched {
  readonly client: GitHub;
  readonly repo: RepoRef;
  readonly token: string;
  readonly run: DispatchedRun;
}

/** A dispatch GitHub refused, said in terms of dispatch-workflow. */
function refusedDispatch(error: unknown, request: DispatchRequest, ref: string, repo: RepoRef) {
  if (!(error instanceof GitHubError)) return error;
  if (error.status === 404)
    return new InputError(
      "dispatch-workflow",
      `${repo.owner}/${repo.repo} has no workflow '${request.workflow}' on '${ref}' (HTTP 404)`,
      "Give the file name of a workflow under .github/workflows that exists on dispatch-ref, such as train-gpu.yml",
    );
  if (error.status === 422)
    return new GitHubError(
      error.message,
      422,
      `The workflow needs on: workflow_dispatch with a ${CORRELATION_INPUT} input, and an input for each of dispatch-inputs`,
    );
  if (error instanceof GitHubTimeoutError)
    return new GitHubTimeoutError(
      `${error.message}, so it could be neither followed nor cancelled`,
      `Give the workflow 'run-name: train \${{ inputs.${CORRELATION_INPUT} }}' so its run can be found`,
    );
  return error;
}

/** Dispatches the workflow and finds its run. */
async function dispatch(request: DispatchRequest, context: RunContext): Promise<Dispatched> {
  const { github } = context;
  const token = request.token ?? github.token;
  if (!github.repo || !token)
    throw new InputError(
      "github-token",
      "dispatch mode needs the repository (GITHUB_REPOSITORY) and a token",
      "Keep github-token's default, the workflow token, with permissions actions: write",
    );
  const client = createGitHubClient({
    token,
    apiUrl: github.apiUrl,
    log: context.log,
    ...(context.clock ? { retry: context.clock } : {}),
  });
  const ref = request.ref ?? (await dispatchRef(github));
  context.acting?.();
  try {
    const run = await dispatchWorkflow(client, {
      repo: github.repo,
      workflow: request.workflow,
      ref,
      inputs: request.inputs,
      findAttempts: FIND_ATTEMPTS,
    });
    context.log(
      `train-run: dispatched ${request.workflow} on ${ref}: ${run.url} (correlation id ${run.correlationId})`,
    );
    return { client, repo: github.repo, token, run };
  } catch (error) {
    throw refusedDispatch(error, request, ref, github.repo);
  }
}

/** Cancels the dispatched run, and says how that went in words for an error line. */
async function cancelDispatched(dispatched: Dispatched, context: RunContext): Promise<string> {
  const { client, repo, run } = dispatched;
  try {
    const state = await cancelRun(client, { repo, runId: run.runId });
    context.log(`train-run: cancelling ${run.url}: ${state}`);
    return state === "completed" ? "it had completed meanwhile" : "it was cancelled";
  } catch (error) {
    if (!(error instanceof MlopsError)) throw error;
    return `cancelling it failed (${error.line}): cancel it at ${run.url}`;
  }
}

/**
 * Waits for the run to complete. A wait that ends otherwise (the timeout, this step cancelled,
 * GitHub unreachable) cancels the run first: nothing is left training for no one.
 */
async function follow(
  dispatched: Dispatched,
  request: DispatchRequest,
  context: RunContext,
  signal: AbortSignal,
): Promise<RunOutcome> {
  const { client, repo, run } = dispatched;
  try {
    return await waitForRun(client, { repo, runId: run.runId, timeoutMs: request.waitMs, signal });
  } catch (error) {
    if (!(error instanceof MlopsError)) throw error;
    const cancelled = await cancelDispatched(dispatched, context);
    if (error instanceof CancelledError)
      throw new MlopsError(`${error.message} while it waited for ${run.url}; ${cancelled}`);
    if (error instanceof GitHubTimeoutError)
      throw new MlopsError(
        `${error.message}; ${cancelled}`,
        "Raise wait-timeout, or check that a runner with the job's runs-on labels is online",
      );
    throw new MlopsError(`${error.message}; waiting for ${run.url} stopped, and ${cancelled}`);
  }
}

/** The run record the dispatched run uploaded, checked to be that run's. */
async function fetchRecord(store: ArtifactStore, dispatched: Dispatched): Promise<RunRecord> {
  const { run, repo, token } = dispatched;
  const name = recordArtifactName(run.correlationId);
  const workDir = await mkdtemp(join(tmpdir(), "mlops-run-record-"));
  try {
    const value = await readRunArtifactJson(store, {
      from: { token, runId: run.runId, ...repo },
      name,
      maxBytes: RECORD_MAX_BYTES,
      what: "a run record",
      workDir,
      missingFix: CORRELATION_FIX,
    });
    const record = validateContract<RunRecord>(runRecordContract, value, `artifact '${name}'`);
    const { correlation_id: correlationId, run_id: runId } = record.github;
    if (correlationId !== run.correlationId || runId !== run.runId)
      throw new MlopsError(
        `artifact '${name}' holds the record of another run (run ${runId}, correlation id ${correlationId ?? "none"}), not of run ${run.runId} (correlation id ${run.correlationId})`,
        CORRELATION_FIX,
      );
    return record;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** The record of a run that did not succeed, if it left one: then the outputs say more. */
async function recordOfFailedRun(
  store: ArtifactStore,
  dispatched: Dispatched,
  outcome: RunOutcome,
): Promise<RunRecord> {
  try {
    return await fetchRecord(store, dispatched);
  } catch (error) {
    if (!(error instanceof MlopsError)) throw error;
    throw new MlopsError(
      `train-run: the dispatched run ${outcome.url} concluded ${outcome.conclusion}, and left no run record (${error.message})`,
      "Open the run's log for why it failed",
    );
  }
}

/** The outputs, summary and verdict of a completed run, from its record. */
function result(
  record: RunRecord,
  outcome: RunOutcome,
  request: DispatchRequest,
  context: RunContext,
): ActionResult<"train-run"> {
  writeFilesAtomic([reportFile(runRecordContract, record, request.recordPath)]);
  const succeeded = outcome.conclusion === "success";
  const why = record.error ? `: ${record.error}` : "";
  const failure = succeeded
    ? record.error && `train-run ${record.status}${why}`
    : `train-run ${record.status}: the dispatched run ${outcome.url} concluded ${outcome.conclusion}${why}`;
  return {
    outputs: recordOutputs(record, displayPath(context.cwd, request.recordPath)),
    summary: `${renderSummary(record)}\nTrained in [the dispatched run](${outcome.url}), which concluded ${sanitizeMarkdown(outcome.conclusion ?? "")}.\n`,
    failure: failure && request.failStep ? failure : undefined,
  };
}

/**
 * Dispatch mode. SIGINT and SIGTERM (the runner cancelling this step) and SIGHUP (a closed
 * terminal) are held from the dispatch on: the run is cancelled before this step ends.
 */
export async function dispatchRun(
  request: DispatchRequest,
  context: RunContext,
): Promise<ActionResult<"train-run">> {
  const store = context.artifactStore?.();
  if (!store)
    throw new MlopsError(
      "train-run's dispatch mode runs as a step of a GitHub Actions job only: it fetches the dispatched run's record with the runner's artifact client",
      "Outside a workflow, start the training workflow with gh workflow run, or train here without dispatch-workflow",
    );
  const held = abortOnSignals();
  try {
    const dispatched = await dispatch(request, context);
    const outcome = await follow(dispatched, request, context, held.signal);
    context.log(`train-run: ${outcome.url} concluded ${outcome.conclusion}`);
    const record =
      outcome.conclusion === "success"
        ? await fetchRecord(store, dispatched)
        : await recordOfFailedRun(store, dispatched, outcome);
    return result(record, outcome, request, context);
  } finally {
    held.release();
  }
}

/**
 * Workflow dispatch, workflow runs, cancelling them, and run artifacts. A dispatched run moves
 * queued -> in_progress -> completed as it is polled, so waiting for it can be tested without
 * clocks; a run whose workflow has a job (workflow-jobs.ts) is in progress until its process
 * ends, and its exit code gives the conclusion.
 */
import { newId, type RepoState, type Workflow, type WorkflowRun } from "./emulator-state.js";
import {
  body,
  HttpError,
  intParam,
  paginate,
  type Handler,
  type RouteContext,
} from "./route-context.js";
import { artifact, workflowRun } from "./wire.js";

const findWorkflow = (ctx: RouteContext): Workflow => {
  const id = ctx.params.workflow_id ?? "";
  const found = ctx.repo.workflows.find(
    (w) => String(w.id) === id || w.path === `.github/workflows/${id}`,
  );
  if (!found) throw new HttpError(404, "Not Found");
  return found;
};

/** How a job's process ended, as a run's conclusion. */
const jobConclusion = (job: NonNullable<WorkflowRun["job"]>): string =>
  job.cancelled ? "cancelled" : job.exitCode === 0 ? "success" : "failure";

/**
 * One poll of a run: it takes `pollsPerStep` looks at each status before it moves on, and a run
 * with a job stays in progress until the job's process has ended.
 */
function advance(repo: RepoState, run: WorkflowRun): void {
  if (run.status === "completed") return;
  if (run.pollsLeft > 0) {
    run.pollsLeft -= 1;
    return;
  }
  const workflow = repo.workflows.find((w) => w.id === run.workflow_id);
  if (run.job && run.status === "in_progress" && run.job.exitCode === undefined) return;
  run.status = run.status === "queued" ? "in_progress" : "completed";
  if (run.status === "completed")
    run.conclusion = run.job ? jobConclusion(run.job) : (workflow?.conclusion ?? "success");
  run.pollsLeft = workflow?.pollsPerStep ?? 1;
  run.updated_at = repo.timestamp();
}

/** Inputs the workflow does not declare: GitHub refuses the dispatch with 422. */
function refuseUndeclared(workflow: Workflow, inputs: Record<string, unknown>): void {
  if (!workflow.inputs) return;
  const unexpected = Object.keys(inputs).filter((name) => !workflow.inputs!.includes(name));
  if (unexpected.length > 0)
    throw new HttpError(422, `Unexpected inputs provided: ${JSON.stringify(unexpected)}`);
}

export const actionsRoutes: Record<string, Handler> = {
  "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches": (ctx) => {
    const workflow = findWorkflow(ctx);
    const b = body(ctx) as {
      ref: string;
      inputs?: Record<string, unknown>;
      return_run_details?: boolean;
    };
    const branch = b.ref.replace(/^refs\/heads\//, "");
    const sha =
      ctx.repo.refs.get(`refs/heads/${branch}`) ?? ctx.repo.refs.get(`refs/tags/${branch}`);
    if (!sha) throw new HttpError(422, `No ref found for: ${b.ref}`);
    const inputs = b.inputs ?? {};
    refuseUndeclared(workflow, inputs);
    const at = ctx.repo.timestamp();
    const run: WorkflowRun = {
      id: newId(),
      workflow_id: workflow.id,
      workflow_path: workflow.path,
      name: workflow.name,
      display_title: workflow.runName(inputs),
      event: "workflow_dispatch",
      head_branch: branch,
      head_sha: sha,
      inputs,
      status: "queued",
      conclusion: null,
      created_at: at,
      updated_at: at,
      run_number: ctx.repo.runs.filter((r) => r.workflow_id === workflow.id).length + 1,
      pollsLeft: workflow.pollsPerStep,
      pull_requests: [],
    };
    ctx.repo.runs.push(run);
    run.job = workflow.job?.(run, { apiUrl: ctx.api, repo: ctx.repo.fullName });
    if (!b.return_run_details || !ctx.state.dispatchReturnsRunDetails) return { status: 204 };
    const html = (workflowRun(ctx, run) as { html_url: string }).html_url;
    return {
      status: 200,
      body: {
        workflow_run_id: run.id,
        run_url: `${ctx.api}/repos/${ctx.repo.fullName}/actions/runs/${run.id}`,
        html_url: html,
      },
    };
  },

  "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs": (ctx) => {
    const workflow = findWorkflow(ctx);
    const q = ctx.query;
    const created = q.get("created")?.replace(/^>=/, "");
    const found = ctx.repo.runs
      .filter((r) => r.workflow_id === workflow.id)
      .filter((r) => !q.get("event") || r.event === q.get("event"))
      .filter((r) => !q.get("branch") || r.head_branch === q.get("branch"))
      .filter((r) => !q.get("head_sha") || r.head_sha === q.get("head_sha"))
      .filter((r) => !q.get("status") || r.status === q.get("status"))
      .filter((r) => !created || r.created_at >= created)
      .sort((a, b) => b.id - a.id);
    const { page, link } = paginate(ctx, found);
    return {
      status: 200,
      body: { total_count: found.length, workflow_runs: page.map((r) => workflowRun(ctx, r)) },
      ...(link ? { headers: { link } } : {}),
    };
  },

  "GET /repos/{owner}/{repo}/actions/runs/{run_id}": (ctx) => {
    const id = intParam(ctx, "run_id");
    const run = ctx.repo.runs.find((r) => r.id === id);
    if (!run) throw new HttpError(404, "Not Found");
    advance(ctx.repo, run);
    return { status: 200, body: workflowRun(ctx, run) };
  },

  "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel": (ctx) => {
    const id = intParam(ctx, "run_id");
    const run = ctx.repo.runs.find((r) => r.id === id);
    if (!run) throw new HttpError(404, "Not Found");
    if (run.status === "completed")
      throw new HttpError(409, "Cannot cancel a workflow run that is completed.");
    if (run.job) {
      run.job.cancel();
    } else {
      run.status = "completed";
      run.conclusion = "cancelled";
      run.updated_at = ctx.repo.timestamp();
    }
    return { status: 202, body: {} };
  },

  "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}": (ctx) => {
    const id = intParam(ctx, "artifact_id");
    const found = ctx.repo.artifacts.find((a) => a.id === id);
    if (!found || ctx.params.archive_format !== "zip") throw new HttpError(404, "Not Found");
    if (!found.blobUrl) throw new HttpError(410, "Gone");
    return { status: 302, headers: { location: found.blobUrl } };
  },

  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts": (ctx) => {
    const id = intParam(ctx, "run_id");
    const name = ctx.query.get("name");
    const found = ctx.repo.artifacts.filter((a) => a.run_id === id && (!name || a.name === name));
    const { page, link } = paginate(ctx, found);
    return {
      status: 200,
      body: { total_count: found.length, artifacts: page.map((a) => artifact(ctx, a)) },
      ...(link ? { headers: { link } } : {}),
    };
  },
};

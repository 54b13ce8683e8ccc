/** Deployments to environments and their statuses (newest first, as GitHub lists them). */
import { newId, type Deployment } from "./emulator-state.js";
import { body, HttpError, intParam, listReply, type Handler } from "./route-context.js";
import { deployment, deploymentStatus } from "./wire.js";

export const deploymentRoutes: Record<string, Handler> = {
  "GET /repos/{owner}/{repo}/deployments": (ctx) => {
    const q = ctx.query;
    const found = ctx.repo.deployments
      .filter((d) => !q.get("environment") || d.environment === q.get("environment"))
      .filter((d) => !q.get("ref") || d.ref === q.get("ref"))
      .filter((d) => !q.get("sha") || d.sha === q.get("sha"))
      .filter((d) => !q.get("task") || d.task === q.get("task"))
      .sort((a, b) => b.id - a.id);
    return listReply(ctx, found, (d) => deployment(ctx, d));
  },

  "POST /repos/{owner}/{repo}/deployments": (ctx) => {
    const b = body(ctx);
    const ref = String(b.ref);
    const sha =
      ctx.repo.refs.get(`refs/heads/${ref}`) ?? (ctx.repo.commits.has(ref) ? ref : undefined);
    if (!sha) throw new HttpError(422, `No ref found for: ${ref}`);
    const environment = typeof b.environment === "string" ? b.environment : "production";
    const created: Deployment = {
      id: newId(),
      sha,
      ref,
      task: typeof b.task === "string" ? b.task : "deploy",
      environment,
      description: typeof b.description === "string" ? b.description : null,
      payload: (b.payload ?? {}) as Record<string, unknown>,
      creator: ctx.identity.login,
      created_at: ctx.repo.timestamp(),
      production_environment:
        typeof b.production_environment === "boolean"
          ? b.production_environment
          : environment === "production",
      transient_environment: b.transient_environment === true,
    };
    ctx.repo.deployments.push(created);
    return { status: 201, body: deployment(ctx, created) };
  },

  "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses": (ctx) => {
    const id = intParam(ctx, "deployment_id");
    if (!ctx.repo.deployments.some((d) => d.id === id)) throw new HttpError(404, "Not Found");
    const found = ctx.repo.statuses
      .filter((s) => s.deployment_id === id)
      .sort((a, b) => b.id - a.id);
    return listReply(ctx, found, (s) => deploymentStatus(ctx, s));
  },

  "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses": (ctx) => {
    const id = intParam(ctx, "deployment_id");
    const target = ctx.repo.deployments.find((d) => d.id === id);
    if (!target) throw new HttpError(404, "Not Found");
    const b = body(ctx);
    const state = String(b.state);
    const created = {
      id: newId(),
      deployment_id: id,
      state,
      description: typeof b.description === "string" ? b.description : "",
      environment_url: typeof b.environment_url === "string" ? b.environment_url : "",
      log_url: typeof b.log_url === "string" ? b.log_url : "",
      creator: ctx.identity.login,
      created_at: ctx.repo.timestamp(),
    };
    ctx.repo.statuses.push(created);
    // GitHub marks earlier non-transient deployments of the environment inactive on success.
    if (state === "success" && b.auto_inactive !== false) {
      for (const other of ctx.repo.deployments) {
        if (other.id === id || other.environment !== target.environment) continue;
        const latest = ctx.repo.statuses.filter((s) => s.deployment_id === other.id).at(-1);
        if (latest?.state === "success") {
          ctx.repo.statuses.push({
            ...latest,
            id: newId(),
            state: "inactive",
            created_at: created.created_at,
          });
        }
      }
    }
    return { status: 201, body: deploymentStatus(ctx, created) };
  },
};

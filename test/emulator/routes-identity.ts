/**
 * Who the token is, the rate limit, and pull requests by head. GET /user answers 403 for
 * workflow and installation tokens, as GitHub does; GraphQL `viewer { login }` answers for all.
 */
import { isTagRefsQuery, tagRefsQuery } from "./graphql-tag-refs.js";
import { HttpError, listReply, type Handler } from "./route-context.js";
import { instanceOf } from "./schema-instances.js";
import { pull, user } from "./wire.js";

export const identityRoutes: Record<string, Handler> = {
  "GET /user": (ctx) => {
    if (ctx.identity.integration)
      throw new HttpError(403, "Resource not accessible by integration");
    return {
      status: 200,
      body: instanceOf("public-user", { ...user(ctx, ctx.identity.login, ctx.identity.type) }),
    };
  },

  "GET /rate_limit": () => {
    const core = {
      limit: 5000,
      used: 0,
      remaining: 5000,
      reset: Math.floor(Date.now() / 1000) + 3600,
    };
    return {
      status: 200,
      body: instanceOf("rate-limit-overview", { resources: { core, search: core }, rate: core }),
    };
  },

  "GET /repos/{owner}/{repo}/pulls": (ctx) => {
    const state = ctx.query.get("state") ?? "open";
    const head = ctx.query.get("head");
    const base = ctx.query.get("base");
    const found = ctx.repo.pulls
      .filter((p) => state === "all" || p.state === state)
      .filter((p) => !head || `${p.head.repo.split("/")[0]}:${p.head.ref}` === head)
      .filter((p) => !base || p.base.ref === base)
      .sort((a, b) => b.number - a.number);
    return listReply(ctx, found, (p) => pull(ctx, p));
  },
};

/** GitHub's GraphQL endpoint, for the queries the suite sends: `{ viewer { login } }` and tag refs. */
export const graphql: Handler = (ctx) => {
  const { query } = (ctx.body ?? {}) as { query?: unknown };
  if (typeof query !== "string") throw new HttpError(400, "Problems parsing JSON");
  if (isTagRefsQuery(query)) return tagRefsQuery(ctx, query);
  if (!/^\s*(query\s*\w*\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query)) {
    return {
      status: 200,
      body: { errors: [{ message: "The emulator answers only `{ viewer { login } }`" }] },
    };
  }
  return { status: 200, body: { data: { viewer: { login: ctx.identity.login } } } };
};

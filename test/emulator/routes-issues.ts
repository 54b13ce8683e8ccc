/** Issues, issue and pull request comments, and labels. */
import { newId, type Issue } from "./emulator-state.js";
import {
  body,
  HttpError,
  intParam,
  listReply,
  type Handler,
  type RouteContext,
} from "./route-context.js";
import { comment, issue, label } from "./wire.js";

const findIssue = (ctx: RouteContext): Issue => {
  const number = intParam(ctx, "issue_number");
  const found = ctx.repo.issues.find((i) => i.number === number);
  if (!found) throw new HttpError(404, "Not Found");
  return found;
};

/** Comments go on issues and on pull requests alike. */
const requireConversation = (ctx: RouteContext): number => {
  const number = intParam(ctx, "issue_number");
  const exists =
    ctx.repo.issues.some((i) => i.number === number) ||
    ctx.repo.pulls.some((p) => p.number === number);
  if (!exists) throw new HttpError(404, "Not Found");
  return number;
};

const ensureLabels = (ctx: RouteContext, names: unknown): string[] => {
  const list = Array.isArray(names)
    ? names.map((n) => (typeof n === "string" ? n : String((n as { name: string }).name)))
    : [];
  for (const name of list) {
    if (!ctx.repo.labels.has(name))
      ctx.repo.labels.set(name, { id: newId(), name, color: "ededed" });
  }
  return list;
};

export const issueRoutes: Record<string, Handler> = {
  "GET /repos/{owner}/{repo}/issues": (ctx) => {
    const state = ctx.query.get("state") ?? "open";
    const labels = (ctx.query.get("labels") ?? "").split(",").filter(Boolean);
    const creator = ctx.query.get("creator");
    const found = ctx.repo.issues
      .filter((i) => state === "all" || i.state === state)
      .filter((i) => labels.every((l) => i.labels.includes(l)))
      .filter((i) => !creator || i.author === creator)
      .sort((a, b) => b.number - a.number);
    return listReply(ctx, found, (i) => issue(ctx, i));
  },

  "POST /repos/{owner}/{repo}/issues": (ctx) => {
    const b = body(ctx);
    const at = ctx.repo.timestamp();
    const created: Issue = {
      number: ctx.repo.nextNumber(),
      title: String(b.title),
      body: typeof b.body === "string" ? b.body : null,
      state: "open",
      state_reason: null,
      labels: ensureLabels(ctx, b.labels),
      author: ctx.identity.login,
      created_at: at,
      updated_at: at,
      closed_at: null,
    };
    ctx.repo.issues.push(created);
    return { status: 201, body: issue(ctx, created) };
  },

  "GET /repos/{owner}/{repo}/issues/{issue_number}": (ctx) => ({
    status: 200,
    body: issue(ctx, findIssue(ctx)),
  }),

  "PATCH /repos/{owner}/{repo}/issues/{issue_number}": (ctx) => {
    const found = findIssue(ctx);
    const b = body(ctx);
    if (typeof b.title === "string") found.title = b.title;
    if (typeof b.body === "string") found.body = b.body;
    if (b.labels !== undefined) found.labels = ensureLabels(ctx, b.labels);
    if (b.state === "open" || b.state === "closed") {
      if (b.state !== found.state)
        found.closed_at = b.state === "closed" ? ctx.repo.timestamp() : null;
      found.state = b.state;
      found.state_reason =
        b.state === "closed"
          ? typeof b.state_reason === "string"
            ? b.state_reason
            : "completed"
          : null;
    }
    found.updated_at = ctx.repo.timestamp();
    return { status: 200, body: issue(ctx, found) };
  },

  "GET /repos/{owner}/{repo}/issues/{issue_number}/comments": (ctx) => {
    const number = requireConversation(ctx);
    const found = ctx.repo.comments.filter((c) => c.issue_number === number);
    return listReply(ctx, found, (c) => comment(ctx, c));
  },

  "POST /repos/{owner}/{repo}/issues/{issue_number}/comments": (ctx) => {
    const number = requireConversation(ctx);
    const created = ctx.repo.addComment(number, String(body(ctx).body), ctx.identity);
    return { status: 201, body: comment(ctx, created) };
  },

  "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}": (ctx) => {
    const id = intParam(ctx, "comment_id");
    const found = ctx.repo.comments.find((c) => c.id === id);
    if (!found) throw new HttpError(404, "Not Found");
    if (found.author !== ctx.identity.login) {
      throw new HttpError(403, "Resource not accessible by integration");
    }
    found.body = String(body(ctx).body);
    found.updated_at = ctx.repo.timestamp();
    return { status: 200, body: comment(ctx, found) };
  },

  "GET /repos/{owner}/{repo}/labels/{name}": (ctx) => {
    const found = ctx.repo.labels.get(ctx.params.name ?? "");
    if (!found) throw new HttpError(404, "Not Found");
    return { status: 200, body: label(ctx, found) };
  },

  "POST /repos/{owner}/{repo}/labels": (ctx) => {
    const b = body(ctx);
    const name = String(b.name);
    if (ctx.repo.labels.has(name)) {
      throw new HttpError(422, "Validation Failed", [
        { resource: "Label", code: "already_exists", field: "name" },
      ]);
    }
    const created = { id: newId(), name, color: typeof b.color === "string" ? b.color : "ededed" };
    ctx.repo.labels.set(name, created);
    return { status: 201, body: label(ctx, created) };
  },
};

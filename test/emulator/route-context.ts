/** What a route handler receives and answers; kept apart so route files stay small. */
import type { IncomingHttpHeaders } from "node:http";
import type { EmulatorState, Identity, RepoState } from "./emulator-state.js";

export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  raw: Buffer;
  headers: IncomingHttpHeaders;
  state: EmulatorState;
  identity: Identity;
  /** The API root as clients reach it, e.g. http://127.0.0.1:1234 (or …/api/v3 for GHES). */
  api: string;
  /** The server origin, for upload and download URLs. */
  origin: string;
  /** The repository named by the path's owner and repo, when it has them. */
  repo: RepoState;
  /** The URL path of the request, without the query. */
  path: string;
}

export interface Reply {
  status: number;
  body?: unknown;
  /** Bytes sent as they are (asset downloads), instead of JSON. */
  bytes?: Buffer;
  headers?: Record<string, string>;
}

export type Handler = (ctx: RouteContext) => Reply | Promise<Reply>;

/** An answer GitHub gives as an error: status, message and, for 422, the validation errors. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, unknown>[],
  ) {
    super(message);
  }
}

export const body = (ctx: RouteContext): Record<string, unknown> =>
  (ctx.body ?? {}) as Record<string, unknown>;

export const intParam = (ctx: RouteContext, name: string): number => {
  const n = Number(ctx.params[name]);
  if (!Number.isInteger(n)) throw new HttpError(404, "Not Found");
  return n;
};

/** One page of a list and its Link header, as GitHub paginates (per_page up to 100). */
export function paginate<T>(ctx: RouteContext, items: readonly T[]): { page: T[]; link?: string } {
  const perPage = Math.min(Number(ctx.query.get("per_page") ?? 30) || 30, 100);
  const page = Math.max(Number(ctx.query.get("page") ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const url = (n: number) => {
    const q = new URLSearchParams(ctx.query);
    q.set("per_page", String(perPage));
    q.set("page", String(n));
    return `<${ctx.origin}${ctx.path}?${q}>`;
  };
  const links: string[] = [];
  if (page < last) links.push(`${url(page + 1)}; rel="next"`, `${url(last)}; rel="last"`);
  if (page > 1) links.push(`${url(1)}; rel="first"`, `${url(page - 1)}; rel="prev"`);
  return {
    page: items.slice((page - 1) * perPage, page * perPage),
    ...(links.length ? { link: links.join(", ") } : {}),
  };
}

export function listReply<T>(ctx: RouteContext, items: readonly T[], wire: (item: T) => unknown) {
  const { page, link } = paginate(ctx, items);
  return { status: 200, body: page.map(wire), ...(link ? { headers: { link } } : {}) };
}

/** Git refs and annotated tag objects: the registry's storage, with GitHub's 422s. */
import { sha1 } from "./emulator-state.js";
import { body, HttpError, type Handler, type RouteContext } from "./route-context.js";
import { gitRef, tagObject } from "./wire.js";

const refWire = (ctx: RouteContext, ref: string, sha: string) =>
  gitRef(ctx, ref, sha, ctx.repo.tagObjects.has(sha) ? "tag" : "commit");

const objectExists = (ctx: RouteContext, sha: unknown): sha is string =>
  typeof sha === "string" && (ctx.repo.commits.has(sha) || ctx.repo.tagObjects.has(sha));

export const gitRoutes: Record<string, Handler> = {
  "GET /repos/{owner}/{repo}/git/matching-refs/{ref}": (ctx) => {
    const prefix = `refs/${ctx.params.ref}`;
    const refs = [...ctx.repo.refs].filter(([ref]) => ref.startsWith(prefix)).sort();
    return { status: 200, body: refs.map(([ref, sha]) => refWire(ctx, ref, sha)) };
  },

  "GET /repos/{owner}/{repo}/git/ref/{ref}": (ctx) => {
    const ref = `refs/${ctx.params.ref}`;
    const sha = ctx.repo.refs.get(ref);
    if (!sha) throw new HttpError(404, "Not Found");
    return { status: 200, body: refWire(ctx, ref, sha) };
  },

  "POST /repos/{owner}/{repo}/git/refs": (ctx) => {
    const { ref, sha } = body(ctx) as { ref: string; sha: string };
    if (!/^refs\/[^/]+\/.+/.test(ref)) throw new HttpError(422, "Reference name is invalid");
    if (ctx.repo.refs.has(ref)) throw new HttpError(422, "Reference already exists");
    if (!objectExists(ctx, sha)) throw new HttpError(422, "Object does not exist");
    ctx.repo.refs.set(ref, sha);
    return { status: 201, body: refWire(ctx, ref, sha) };
  },

  "PATCH /repos/{owner}/{repo}/git/refs/{ref}": (ctx) => {
    const ref = `refs/${ctx.params.ref}`;
    const { sha } = body(ctx) as { sha: string };
    if (!ctx.repo.refs.has(ref)) throw new HttpError(422, "Reference does not exist");
    if (!objectExists(ctx, sha)) throw new HttpError(422, "Object does not exist");
    ctx.repo.refs.set(ref, sha);
    return { status: 200, body: refWire(ctx, ref, sha) };
  },

  "DELETE /repos/{owner}/{repo}/git/refs/{ref}": (ctx) => {
    const ref = `refs/${ctx.params.ref}`;
    if (!ctx.repo.refs.delete(ref)) throw new HttpError(422, "Reference does not exist");
    return { status: 204 };
  },

  "POST /repos/{owner}/{repo}/git/tags": (ctx) => {
    const b = body(ctx) as {
      tag: string;
      message: string;
      object: string;
      type: string;
      tagger?: { name: string; email: string; date?: string };
    };
    if (!objectExists(ctx, b.object)) throw new HttpError(422, "Object does not exist");
    const tagger = {
      name: b.tagger?.name ?? ctx.identity.login,
      email: b.tagger?.email ?? `${ctx.identity.login}@users.noreply.github.com`,
      date: b.tagger?.date ?? ctx.repo.timestamp(),
    };
    const content = JSON.stringify([b.tag, b.message, b.object, b.type, tagger]);
    const sha = sha1(`tag ${content}`);
    const tag = {
      sha,
      tag: b.tag,
      message: b.message,
      object: { sha: b.object, type: b.type },
      tagger,
    };
    ctx.repo.tagObjects.set(sha, tag);
    return { status: 201, body: tagObject(ctx, tag) };
  },

  "GET /repos/{owner}/{repo}/git/tags/{tag_sha}": (ctx) => {
    const tag = ctx.repo.tagObjects.get(ctx.params.tag_sha ?? "");
    if (!tag) throw new HttpError(404, "Not Found");
    return { status: 200, body: tagObject(ctx, tag) };
  },
};

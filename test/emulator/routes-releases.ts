/** Releases and their assets, uploads on the uploads path, downloads by redirect as on GitHub. */
import { newId } from "./emulator-state.js";
import {
  body,
  HttpError,
  intParam,
  listReply,
  type Handler,
  type RouteContext,
} from "./route-context.js";
import { asset, release } from "./wire.js";

const findRelease = (ctx: RouteContext) => {
  const id = intParam(ctx, "release_id");
  const found = ctx.repo.releases.find((r) => r.id === id);
  if (!found) throw new HttpError(404, "Not Found");
  return found;
};

const findAsset = (ctx: RouteContext) => {
  const id = intParam(ctx, "asset_id");
  const found = ctx.repo.assets.find((a) => a.id === id);
  if (!found) throw new HttpError(404, "Not Found");
  return found;
};

/**
 * The 422 GitHub gives a release that would share its tag name with a published one. Drafts do
 * not hold their tag name: GitHub keeps any number of drafts of one name beside each other and
 * beside its published release.
 */
const refuseSecondPublished = (ctx: RouteContext, tag: string, self?: number) => {
  if (ctx.repo.releases.some((r) => r.tag_name === tag && !r.draft && r.id !== self)) {
    throw new HttpError(422, "Validation Failed", [
      { resource: "Release", code: "already_exists", field: "tag_name" },
    ]);
  }
};

/** Newest first, as GitHub lists them. */
const newestFirst = <T extends { id: number }>(items: readonly T[]) =>
  [...items].sort((a, b) => b.id - a.id);

export const releaseRoutes: Record<string, Handler> = {
  "GET /repos/{owner}/{repo}/releases": (ctx) =>
    listReply(ctx, newestFirst(ctx.repo.releases), (r) => release(ctx, r)),

  "POST /repos/{owner}/{repo}/releases": (ctx) => {
    const b = body(ctx) as Record<string, string | boolean | undefined>;
    const tag = String(b.tag_name);
    refuseSecondPublished(ctx, tag);
    const created = {
      id: newId(),
      tag_name: tag,
      target_commitish: typeof b.target_commitish === "string" ? b.target_commitish : "main",
      name: typeof b.name === "string" ? b.name : null,
      body: typeof b.body === "string" ? b.body : null,
      draft: b.draft === true,
      prerelease: b.prerelease === true,
      author: ctx.identity.login,
      created_at: ctx.repo.timestamp(),
    };
    ctx.repo.releases.push(created);
    return { status: 201, body: release(ctx, created) };
  },

  "GET /repos/{owner}/{repo}/releases/tags/{tag}": (ctx) => {
    const found = ctx.repo.releases.find((r) => r.tag_name === ctx.params.tag && !r.draft);
    if (!found) throw new HttpError(404, "Not Found");
    return { status: 200, body: release(ctx, found) };
  },

  "GET /repos/{owner}/{repo}/releases/{release_id}": (ctx) => ({
    status: 200,
    body: release(ctx, findRelease(ctx)),
  }),

  "PATCH /repos/{owner}/{repo}/releases/{release_id}": (ctx) => {
    const found = findRelease(ctx);
    const b = body(ctx);
    const draft = typeof b.draft === "boolean" ? b.draft : found.draft;
    if (!draft)
      refuseSecondPublished(
        ctx,
        typeof b.tag_name === "string" ? b.tag_name : found.tag_name,
        found.id,
      );
    for (const key of ["name", "body", "target_commitish", "tag_name"] as const) {
      if (typeof b[key] === "string") found[key] = b[key];
    }
    for (const key of ["draft", "prerelease"] as const) {
      if (typeof b[key] === "boolean") found[key] = b[key];
    }
    found.updated_at = ctx.repo.timestamp();
    return { status: 200, body: release(ctx, found) };
  },

  /** Deleting a release deletes its assets with it; its tag stays. */
  "DELETE /repos/{owner}/{repo}/releases/{release_id}": (ctx) => {
    const found = findRelease(ctx);
    ctx.repo.releases.splice(ctx.repo.releases.indexOf(found), 1);
    const kept = ctx.repo.assets.filter((a) => a.release_id !== found.id);
    ctx.repo.assets.splice(0, ctx.repo.assets.length, ...kept);
    return { status: 204 };
  },

  "GET /repos/{owner}/{repo}/releases/{release_id}/assets": (ctx) => {
    const id = findRelease(ctx).id;
    const assets = ctx.repo.assets.filter((a) => a.release_id === id);
    return listReply(ctx, assets, (a) => asset(ctx, a));
  },

  "POST /repos/{owner}/{repo}/releases/{release_id}/assets": (ctx) => {
    const id = findRelease(ctx).id;
    const name = ctx.query.get("name");
    if (!name) throw new HttpError(422, "Validation Failed", [{ field: "name", code: "missing" }]);
    if (ctx.repo.assets.some((a) => a.release_id === id && a.name === name)) {
      throw new HttpError(422, "Validation Failed", [
        { resource: "ReleaseAsset", code: "already_exists", field: "name" },
      ]);
    }
    const created = {
      id: newId(),
      release_id: id,
      name,
      label: ctx.query.get("label"),
      content_type: String(ctx.headers["content-type"] ?? "application/octet-stream"),
      data: Buffer.from(ctx.raw),
      uploader: ctx.identity.login,
      created_at: ctx.repo.timestamp(),
    };
    ctx.repo.assets.push(created);
    return { status: 201, body: asset(ctx, created) };
  },

  "GET /repos/{owner}/{repo}/releases/assets/{asset_id}": (ctx) => {
    const found = findAsset(ctx);
    const wire = asset(ctx, found) as { browser_download_url: string };
    if (String(ctx.headers.accept ?? "").includes("application/octet-stream")) {
      return { status: 302, headers: { location: wire.browser_download_url } };
    }
    return { status: 200, body: wire };
  },

  "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}": (ctx) => {
    const found = findAsset(ctx);
    ctx.repo.assets.splice(ctx.repo.assets.indexOf(found), 1);
    return { status: 204 };
  },
};

/**
 * Releases and their assets: the registry keeps a model's files on the release of its version
 * tag. Every call converges on the asked-for state, so a retry after a lost answer neither makes
 * a second release nor a second asset; an asset is compared by its sha256 digest.
 */
import { createHash } from "node:crypto";
import type { GitHub } from "./client.js";
import { converge, statusOf } from "./converge.js";
import { GitHubConflictError } from "./github-error.js";
import type { RepoRef } from "./github-context.js";

export interface ReleaseOptions {
  repo: RepoRef;
  tag: string;
  name?: string;
  body?: string;
  prerelease?: boolean;
}

export interface ReleaseRef {
  id: number;
  tag: string;
  uploadUrl: string;
  url: string;
}

export interface AssetRef {
  id: number;
  name: string;
  size: number;
  digest: string | null;
  url: string;
}

const releaseRef = (r: { id: number; tag_name: string; upload_url: string; html_url: string }) => ({
  id: r.id,
  tag: r.tag_name,
  uploadUrl: r.upload_url,
  url: r.html_url,
});

/** The published release of a tag, or undefined. */
export async function findRelease(
  github: GitHub,
  repo: RepoRef,
  tag: string,
): Promise<ReleaseRef | undefined> {
  return converge(github, `reading the release of '${tag}'`, async () => {
    try {
      const { data } = await github.octokit.rest.repos.getReleaseByTag({ ...repo, tag });
      return releaseRef(data);
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  });
}

/** The release of `tag`, created or brought up to date (name, body). */
export async function ensureRelease(
  github: GitHub,
  options: ReleaseOptions,
): Promise<ReleaseRef & { action: "created" | "updated" | "unchanged" }> {
  const { repo, tag } = options;
  return converge(github, `publishing the release of '${tag}'`, async () => {
    let found;
    try {
      found = (await github.octokit.rest.repos.getReleaseByTag({ ...repo, tag })).data;
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
    const wanted = { name: options.name ?? tag, body: options.body ?? "" };
    if (!found) {
      const { data } = await github.octokit.rest.repos.createRelease({
        ...repo,
        tag_name: tag,
        ...wanted,
        prerelease: options.prerelease === true,
      });
      return { ...releaseRef(data), action: "created" as const };
    }
    if (found.name === wanted.name && (found.body ?? "") === wanted.body) {
      return { ...releaseRef(found), action: "unchanged" as const };
    }
    const { data } = await github.octokit.rest.repos.updateRelease({
      ...repo,
      release_id: found.id,
      ...wanted,
    });
    return { ...releaseRef(data), action: "updated" as const };
  });
}

export async function listReleaseAssets(
  github: GitHub,
  repo: RepoRef,
  releaseId: number,
): Promise<AssetRef[]> {
  const assets = await converge(github, "listing release assets", () =>
    github.octokit.paginate(github.octokit.rest.repos.listReleaseAssets, {
      ...repo,
      release_id: releaseId,
      per_page: 100,
    }),
  );
  return assets.map((a) => ({
    id: a.id,
    name: a.name,
    size: a.size,
    digest: a.digest ?? null,
    url: a.browser_download_url,
  }));
}

export interface UploadAssetOptions {
  repo: RepoRef;
  release: ReleaseRef;
  name: string;
  data: Uint8Array;
  contentType?: string;
  /** Replace an asset of the same name with other content (else that is a conflict). */
  replace?: boolean;
}

export const sha256Digest = (data: Uint8Array): string =>
  `sha256:${createHash("sha256").update(data).digest("hex")}`;

/** Uploads an asset; the same content already there is a no-op, other content a conflict or a replacement. */
export async function uploadReleaseAsset(
  github: GitHub,
  options: UploadAssetOptions,
): Promise<AssetRef & { action: "uploaded" | "replaced" | "unchanged" }> {
  const { repo, release, name, data } = options;
  const digest = sha256Digest(data);
  let replaced = false;
  return converge(github, `uploading '${name}' to the release of '${release.tag}'`, async () => {
    const assets = await listReleaseAssets(github, repo, release.id);
    const existing = assets.find((a) => a.name === name);
    if (existing) {
      if (existing.digest === digest) {
        return { ...existing, action: replaced ? ("replaced" as const) : ("unchanged" as const) };
      }
      if (!options.replace) {
        throw new GitHubConflictError(
          `release '${release.tag}' already has an asset '${name}' with other content`,
          "Publish a new version instead of changing a released one",
        );
      }
      try {
        await github.octokit.rest.repos.deleteReleaseAsset({ ...repo, asset_id: existing.id });
      } catch (error) {
        // A repeated DELETE whose first answer was lost: the asset is already gone.
        if (statusOf(error) !== 404) throw error;
      }
      replaced = true;
    }
    const { data: uploaded } = await github.octokit.rest.repos.uploadReleaseAsset({
      ...repo,
      release_id: release.id,
      url: release.uploadUrl,
      name,
      data: data as unknown as string,
      headers: {
        "content-type": options.contentType ?? "application/octet-stream",
        "content-length": data.byteLength,
      },
    });
    return {
      id: uploaded.id,
      name: uploaded.name,
      size: uploaded.size,
      digest: uploaded.digest ?? digest,
      url: uploaded.browser_download_url,
      action: replaced ? ("replaced" as const) : ("uploaded" as const),
    };
  });
}

/** The bytes of an asset, through the API (which redirects to the file). */
export async function downloadReleaseAsset(
  github: GitHub,
  repo: RepoRef,
  assetId: number,
): Promise<Buffer> {
  const { data } = await converge(github, `downloading release asset ${assetId}`, () =>
    github.octokit.rest.repos.getReleaseAsset({
      ...repo,
      asset_id: assetId,
      headers: { accept: "application/octet-stream" },
    }),
  );
  return Buffer.from(data as unknown as ArrayBuffer);
}

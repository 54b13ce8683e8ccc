/**
 * The draft release that holds a version's assets until its registration tag exists. A draft
 * creates no tag on GitHub (a published release would create a lightweight one), so the assets
 * can be uploaded first and the release published once the tag is there; a registration that
 * loses its race deletes its draft and leaves nothing behind.
 */
import { randomBytes } from "node:crypto";
import type { GitHub } from "../github/client.js";
import { converge, statusOf } from "../github/converge.js";
import type { RepoRef } from "../github/github-context.js";
import type { AssetRef, ReleaseRef } from "../github/releases.js";

const toRef = (r: { id: number; tag_name: string; upload_url: string; html_url: string }) => ({
  id: r.id,
  tag: r.tag_name,
  uploadUrl: r.upload_url,
  url: r.html_url,
});

/** What comes before a draft's random mark: `<tag> (uploading `. */
const uploadingPrefix = (tag: string) => `${tag} (uploading `;

/** A draft's name with a fresh random mark: `<tag> (uploading 1152c47871bc)`. */
const uploadingName = (tag: string) => `${uploadingPrefix(tag)}${randomBytes(6).toString("hex")})`;

/**
 * Whether `name` is one createDraftRelease gives a draft of `tag`: the tag and a mark of 12
 * lowercase hex digits. A person's draft of the same tag name has any other name.
 */
export function isUploadingDraftName(name: string | null, tag: string): boolean {
  const prefix = uploadingPrefix(tag);
  return name?.startsWith(prefix) === true && /^[0-9a-f]{12}\)$/.test(name.slice(prefix.length));
}

/**
 * Creates a draft release of `tag`. Its name carries a random mark, so that a retry after a lost
 * answer finds the draft it made instead of making a second one.
 */
export async function createDraftRelease(
  github: GitHub,
  repo: RepoRef,
  tag: string,
): Promise<ReleaseRef> {
  const name = uploadingName(tag);
  return converge(github, `creating a draft release of '${tag}'`, async (attempt) => {
    if (attempt > 0) {
      const made = (await draftsOf(github, repo, tag)).find((r) => r.name === name);
      if (made) return made;
    }
    const { data } = await github.octokit.rest.repos.createRelease({
      ...repo,
      tag_name: tag,
      name,
      body: "",
      draft: true,
    });
    return toRef(data);
  });
}

/** A release whose tag name is the one asked for, as listing the releases shows it. */
export interface TagNameHolder extends ReleaseRef {
  readonly name: string | null;
  readonly draft: boolean;
  /** When it was last written to: made, edited, or an asset uploaded. */
  readonly lastWrite: Date;
  /** Its assets; `uploaded` is false for one whose upload has not finished. */
  readonly assets: readonly (AssetRef & { readonly uploaded: boolean })[];
}

/** Every release, draft or published, whose tag name is `tag`. */
async function releasesOf(github: GitHub, repo: RepoRef, tag: string): Promise<TagNameHolder[]> {
  const releases = await github.octokit.paginate(github.octokit.rest.repos.listReleases, {
    ...repo,
    per_page: 100,
  });
  return releases
    .filter((r) => r.tag_name === tag)
    .map((r) => ({
      ...toRef(r),
      name: r.name,
      draft: r.draft,
      lastWrite: new Date(
        Math.max(
          Date.parse(r.created_at),
          r.updated_at ? Date.parse(r.updated_at) : 0,
          ...r.assets.map((a) => Date.parse(a.updated_at)),
        ),
      ),
      assets: r.assets.map((a) => ({
        id: a.id,
        name: a.name,
        size: a.size,
        digest: a.digest ?? null,
        url: a.browser_download_url,
        uploaded: a.state === "uploaded",
      })),
    }));
}

/** The draft releases of `tag`, with their names. */
async function draftsOf(github: GitHub, repo: RepoRef, tag: string): Promise<TagNameHolder[]> {
  return (await releasesOf(github, repo, tag)).filter((r) => r.draft);
}

/** The draft releases of `tag`: those a run left when it could not publish or delete them. */
export function findDraftReleases(
  github: GitHub,
  repo: RepoRef,
  tag: string,
): Promise<ReleaseRef[]> {
  return converge(github, `listing the draft releases of '${tag}'`, () =>
    draftsOf(github, repo, tag),
  );
}

/** The releases, drafts or not, that hold the tag name `tag`: what stops a draft of it being made. */
export function findTagNameHolders(
  github: GitHub,
  repo: RepoRef,
  tag: string,
): Promise<TagNameHolder[]> {
  return converge(github, `listing the releases of tag name '${tag}'`, () =>
    releasesOf(github, repo, tag),
  );
}

/**
 * Takes over a stopped run's draft: renamed with a mark of this run's, which writes to it, so
 * that another run finds it live (`github-leftover-draft.ts`) and leaves it to this one.
 */
export async function claimDraft(
  github: GitHub,
  repo: RepoRef,
  release: ReleaseRef,
): Promise<void> {
  const name = uploadingName(release.tag);
  await converge(github, `taking over the draft release of '${release.tag}'`, () =>
    github.octokit.rest.repos.updateRelease({ ...repo, release_id: release.id, name }),
  );
}

/** Publishes a draft under the tag's name, with `body` as its text. */
export async function publishRelease(
  github: GitHub,
  repo: RepoRef,
  release: ReleaseRef,
  body: string,
): Promise<void> {
  await converge(github, `publishing the release of '${release.tag}'`, () =>
    github.octokit.rest.repos.updateRelease({
      ...repo,
      release_id: release.id,
      name: release.tag,
      body,
      draft: false,
    }),
  );
}

/** Deletes a release and its assets; one already gone is not an error. */
export async function deleteRelease(
  github: GitHub,
  repo: RepoRef,
  release: ReleaseRef,
): Promise<void> {
  await converge(github, `deleting the draft release of '${release.tag}'`, async () => {
    try {
      await github.octokit.rest.repos.deleteRelease({ ...repo, release_id: release.id });
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  });
}

/**
 * The draft release that holds a version's assets until its registration tag exists. A draft
 * creates no tag on GitHub (a published release would create a lightweight one), so the assets
 * can be uploaded first and the release published once the tag is there; a registration that
 * loses its race deletes its draft and leaves nothing behind. A draft does not hold its tag name
 * either: GitHub keeps any number of drafts of one tag name, and refuses a new release only where
 * a published one holds the name.
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

/** A release as listing the releases shows it. */
export interface ListedRelease extends ReleaseRef {
  readonly name: string | null;
  readonly draft: boolean;
  /** When it was last written to, by GitHub's clock: made, edited, or an asset uploaded. */
  readonly lastWrite: Date;
  /** Its assets; `uploaded` is false for one whose upload has not finished. */
  readonly assets: readonly (AssetRef & { readonly uploaded: boolean })[];
}

/** Every release of a repository, and the time GitHub listed them at. */
export interface ReleaseListing {
  readonly releases: readonly ListedRelease[];
  /**
   * Milliseconds since the epoch by GitHub's clock (the listing's `Date` header), which its
   * `updated_at` times are on; the runner's own clock only where GitHub sent no readable date.
   */
  readonly now: number;
}

/** The time a response's `Date` header gives, or undefined where there is none to read. */
function serverTime(headers: { readonly date?: string }): number | undefined {
  const at = headers.date === undefined ? NaN : Date.parse(headers.date);
  return Number.isNaN(at) ? undefined : at;
}

async function listAll(github: GitHub, repo: RepoRef): Promise<ReleaseListing> {
  const releases: ListedRelease[] = [];
  let now: number | undefined;
  const pages = github.octokit.paginate.iterator(github.octokit.rest.repos.listReleases, {
    ...repo,
    per_page: 100,
  });
  for await (const page of pages) {
    // The first page's time: what it shows was true then, and later pages are only younger.
    now ??= serverTime(page.headers);
    releases.push(...page.data.map(listed));
  }
  return { releases, now: now ?? github.retry.now() };
}

const listed = (r: {
  id: number;
  tag_name: string;
  upload_url: string;
  html_url: string;
  name: string | null;
  draft: boolean;
  created_at: string;
  updated_at?: string | null;
  assets: readonly {
    id: number;
    name: string;
    size: number;
    digest?: string | null;
    browser_download_url: string;
    state: string;
    updated_at: string;
  }[];
}): ListedRelease => ({
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
});

/**
 * One release as GitHub holds it now, read by its id, with GitHub's time of the reading;
 * undefined once it is gone.
 */
export function readReleaseNow(
  github: GitHub,
  repo: RepoRef,
  release: ReleaseRef,
): Promise<{ readonly release: ListedRelease; readonly now: number } | undefined> {
  return converge(github, `reading the draft release of '${release.tag}'`, async () => {
    try {
      const { data, headers } = await github.octokit.rest.repos.getRelease({
        ...repo,
        release_id: release.id,
      });
      return { release: listed(data), now: serverTime(headers) ?? github.retry.now() };
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  });
}

/** The draft releases of `tag`, with their names. */
async function draftsOf(github: GitHub, repo: RepoRef, tag: string): Promise<ListedRelease[]> {
  return (await listAll(github, repo)).releases.filter((r) => r.draft && r.tag === tag);
}

/** Every release of the repository, drafts among them, with GitHub's time of the listing. */
export function listReleasesNow(github: GitHub, repo: RepoRef): Promise<ReleaseListing> {
  return converge(github, "listing the releases", () => listAll(github, repo));
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

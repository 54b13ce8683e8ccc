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
import type { ReleaseRef } from "../github/releases.js";

const toRef = (r: { id: number; tag_name: string; upload_url: string; html_url: string }) => ({
  id: r.id,
  tag: r.tag_name,
  uploadUrl: r.upload_url,
  url: r.html_url,
});

/**
 * Creates a draft release of `tag`. Its name carries a random mark, so that a retry after a lost
 * answer finds the draft it made instead of making a second one.
 */
export async function createDraftRelease(
  github: GitHub,
  repo: RepoRef,
  tag: string,
): Promise<ReleaseRef> {
  const name = `${tag} (uploading ${randomBytes(6).toString("hex")})`;
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

/** The draft releases of `tag`, with their names. */
async function draftsOf(
  github: GitHub,
  repo: RepoRef,
  tag: string,
): Promise<(ReleaseRef & { name: string | null })[]> {
  const releases = await github.octokit.paginate(github.octokit.rest.repos.listReleases, {
    ...repo,
    per_page: 100,
  });
  return releases
    .filter((r) => r.draft && r.tag_name === tag)
    .map((r) => ({ ...toRef(r), name: r.name }));
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

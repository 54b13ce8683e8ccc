/**
 * Annotated tags through the API: the tag object first, then the ref that names it. Creating a
 * ref is atomic on GitHub, so two concurrent promotions cannot both take one name: the loser gets
 * a GitHubConflictError. Creating the same tag again (same name, commit and message) is a no-op,
 * which is what makes a retried or re-run promotion safe.
 */
import type { GitHub } from "./client.js";
import { converge, statusOf } from "./converge.js";
import { GitHubConflictError } from "./github-error.js";
import type { RepoRef } from "./github-context.js";

export interface AnnotatedTagOptions {
  repo: RepoRef;
  /** The tag name without refs/tags/, e.g. `model@v1.2.0`. */
  tag: string;
  /** The commit it marks. */
  sha: string;
  message: string;
  tagger?: { name: string; email: string; date?: string };
  /**
   * A ref to create first, naming the tag object: one that names another object is a conflict.
   * The registry claims counters this way; a tag object's sha is its content's, so a retry
   * after a lost answer finds its own claim.
   */
  claim?: string;
}

export interface TagRef {
  name: string;
  /** The ref's target: the tag object for annotated tags, the commit for lightweight ones. */
  sha: string;
  type: string;
}

export interface AnnotatedTagResult {
  action: "created" | "exists";
  tagSha: string;
}

const isAlreadyExists = (error: unknown): boolean =>
  statusOf(error) === 422 && /already exists/i.test((error as Error).message);

export async function createAnnotatedTag(
  github: GitHub,
  options: AnnotatedTagOptions,
): Promise<AnnotatedTagResult> {
  const { repo, tag, sha, message } = options;
  const ref = `tags/${tag}`;

  /** The existing tag when it is the one asked for; a conflict when it is another. */
  const existing = async (): Promise<AnnotatedTagResult | undefined> => {
    let target: { sha: string; type: string };
    try {
      target = (await github.octokit.rest.git.getRef({ ...repo, ref })).data.object;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
    if (target.type === "tag") {
      const { data } = await github.octokit.rest.git.getTag({ ...repo, tag_sha: target.sha });
      if (data.tag === tag && data.object.sha === sha && data.message === message) {
        return { action: "exists", tagSha: target.sha };
      }
    }
    throw new GitHubConflictError(
      `tag '${tag}' already exists and points elsewhere (${target.type} ${target.sha.slice(0, 12)})`,
      "Choose another version, or delete the tag if it was made by mistake",
    );
  };

  return converge(github, `creating tag '${tag}'`, async (attempt) => {
    if (attempt > 0) {
      const found = await existing();
      if (found) return found;
    }
    const { data: object } = await github.octokit.rest.git.createTag({
      ...repo,
      tag,
      message,
      object: sha,
      type: "commit",
      ...(options.tagger ? { tagger: options.tagger } : {}),
    });
    if (options.claim) await claimRef(github, repo, options.claim, object.sha);
    try {
      await github.octokit.rest.git.createRef({
        ...repo,
        ref: `refs/tags/${tag}`,
        sha: object.sha,
      });
      return { action: "created", tagSha: object.sha };
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
      const found = await existing();
      if (found) return found;
      throw error;
    }
  });
}

async function claimRef(github: GitHub, repo: RepoRef, ref: string, sha: string): Promise<void> {
  try {
    await github.octokit.rest.git.createRef({ ...repo, ref, sha });
  } catch (error) {
    if (!isAlreadyExists(error)) throw error;
    const { data } = await github.octokit.rest.git.getRef({ ...repo, ref: ref.slice(5) });
    if (data.object.sha === sha) return;
    throw new GitHubConflictError(
      `'${ref}' already names another tag (${data.object.sha.slice(0, 12)})`,
      "Read the registry again and take the next counter",
    );
  }
}

/** Every tag whose name starts with `prefix` (all of them when empty), in GitHub's order. */
export async function listTags(github: GitHub, repo: RepoRef, prefix = ""): Promise<TagRef[]> {
  const { data } = await converge(github, `listing tags '${prefix}*'`, () =>
    github.octokit.rest.git.listMatchingRefs({ ...repo, ref: `tags/${prefix}` }),
  );
  return data.map((r) => ({
    name: r.ref.slice("refs/tags/".length),
    sha: r.object.sha,
    type: r.object.type,
  }));
}

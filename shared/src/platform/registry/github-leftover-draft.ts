/**
 * Which of promote's draft releases a stopped run left. On GitHub a draft holds neither its tag
 * nor its tag name, and promote's draft is one: a run stopped (cancelled, its runner lost)
 * between uploading its files and making the tag leaves its draft, which nothing else would
 * ever publish or delete.
 *
 * The rule that tells a stopped run's draft from a running one's: a draft promote made (its
 * name is `<tag> (uploading <mark>)`) that nothing was written to for LEFTOVER_AFTER_MS is a
 * leftover. A running promotion writes to its draft at least that often: each upload is bounded
 * by the client's per-request timeout and retry budget, and the longest single wait it accepts,
 * a rate limit, is 15 minutes. A younger draft may be a concurrent run's upload in progress, and
 * is never touched. Registration tags take no counter claim, so a claim cannot tell the two apart.
 * The age is taken on GitHub's clock, which stamped the draft: a runner's own clock may be off by
 * more than the limit.
 */
import { hashFile } from "../../engine/files/hash-file.js";
import { stat } from "../../engine/files/async-fs.js";
import { RegistryError, TagConflictError } from "./errors.js";
import type { GitHub } from "../github/client.js";
import type { RepoRef } from "../github/github-context.js";
import {
  isUploadingDraftName,
  readReleaseNow,
  type ListedRelease,
} from "./github-draft-release.js";

/** How long a draft of promote's goes unwritten before it counts as a stopped run's. */
export const LEFTOVER_AFTER_MS = 30 * 60_000;

/** Whether `release` is a draft promote made for its own tag name. */
export const isPromoteDraft = (release: ListedRelease): boolean =>
  release.draft && isUploadingDraftName(release.name, release.tag);

/** Whether `release` is a draft of promote's that nothing wrote to for the limit, at `now`. */
export const isLeftover = (release: ListedRelease, now: number): boolean =>
  isPromoteDraft(release) && now - release.lastWrite.getTime() >= LEFTOVER_AFTER_MS;

/** The drafts of promote's of one tag name, at `now`; others' drafts are no part of either. */
export interface DraftsVerdict {
  /** Written to lately: another run may be uploading to one now. */
  readonly live: readonly ListedRelease[];
  /** Stopped runs' drafts: reused or deleted. */
  readonly leftovers: readonly ListedRelease[];
}

/** What the drafts of tag name `tag` among `releases` are, at `now` (ms since the epoch). */
export function judgeDrafts(
  tag: string,
  releases: readonly ListedRelease[],
  now: number,
): DraftsVerdict {
  const promotes = releases.filter((r) => r.tag === tag && isPromoteDraft(r));
  return {
    live: promotes.filter((r) => !isLeftover(r, now)),
    leftovers: promotes.filter((r) => isLeftover(r, now)),
  };
}

/**
 * `leftovers`, each read again: another run may have taken one over since the listing they come
 * from (taking over writes to a draft, so it is live again), and a gone one is dropped. Read just
 * before they are taken over or deleted, this leaves a race of a few requests' time, where acting
 * on the listing left one of seconds.
 */
export async function rereadLeftovers(
  github: GitHub,
  repo: RepoRef,
  leftovers: readonly ListedRelease[],
): Promise<DraftsVerdict> {
  const live: ListedRelease[] = [];
  const still: ListedRelease[] = [];
  for (const leftover of leftovers) {
    const current = await readReleaseNow(github, repo, leftover);
    if (current === undefined) continue;
    (isLeftover(current.release, current.now) ? still : live).push(current.release);
  }
  return { live, leftovers: still };
}

export interface FileDigest {
  readonly name: string;
  readonly sha256: string;
  readonly size: number;
}

/** The digests of the files to store, under the names they are stored as. */
export function fileDigests(
  files: readonly string[],
  names: readonly string[],
): Promise<FileDigest[]> {
  return Promise.all(
    files.map(async (file, i) => ({
      name: names[i]!,
      sha256: await hashFile(file),
      size: (await stat(file)).size,
    })),
  );
}

/**
 * Whether a leftover holds exactly these files, every upload finished, each by name, size and
 * GitHub's sha256 digest: an asset without a digest is uploaded again, not trusted by its size.
 */
export function holdsExactly(release: ListedRelease, files: readonly FileDigest[]): boolean {
  return (
    release.assets.length === files.length &&
    files.every((file) =>
      release.assets.some(
        (asset) =>
          asset.uploaded &&
          asset.name === file.name &&
          asset.size === file.size &&
          asset.digest === `sha256:${file.sha256}`,
      ),
    )
  );
}

/**
 * A published release holds the tag name, and the tag is not there (deleted since): GitHub makes
 * no other release of the name, and promote does not touch one it did not make.
 */
export function foreignHolderError(tag: string, release: ListedRelease): RegistryError {
  return new RegistryError(
    `the tag name '${tag}' is held by the published release ${JSON.stringify(release.name ?? "")}, which promote did not make, so it is left as it is and the version's files cannot be stored`,
    `Delete that release or give it another tag on GitHub (${release.url}), or register another version`,
  );
}

/**
 * Another promotion's draft of the tag, written to lately: its run may be uploading now. A
 * conflict, so the registry reads again and retries, and finds the version registered once that
 * run is done; it names the draft, since the tag does not exist yet.
 */
export class DraftInProgressError extends TagConflictError {
  declare readonly fix: string;

  constructor(tag: string, release: ListedRelease) {
    super(tag);
    const since = release.lastWrite.toISOString();
    const from = new Date(release.lastWrite.getTime() + LEFTOVER_AFTER_MS).toISOString();
    this.message = `another promotion may be uploading the files of '${tag}': its draft release ${JSON.stringify(release.name ?? "")} was last written at ${since}`;
    this.fix = `Run again once it has finished; if none is running, delete that draft on GitHub (${release.url}), or run again from ${from}, when it counts as a stopped run's and is replaced`;
  }
}

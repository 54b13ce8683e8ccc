/**
 * What to do with the releases that hold a tag name when a draft of it cannot be made and the
 * tag does not exist. On GitHub only a release can hold a name without its tag, and promote's
 * draft is one: a run stopped (cancelled, its runner lost) between uploading its files and
 * making the tag leaves its draft, and no later run could store that version's files again.
 *
 * The rule that tells a stopped run's draft from a running one's: a draft promote made (its
 * name is `<tag> (uploading <mark>)`) that nothing was written to for LEFTOVER_AFTER_MS is a
 * leftover. A running promotion writes to its draft at least that often: each upload is bounded
 * by the client's per-request timeout and retry budget, and the longest single wait it accepts,
 * a rate limit, is 15 minutes. A younger draft may be a concurrent run's upload in progress, and
 * is never touched. Registration tags take no counter claim, so a claim cannot tell the two apart.
 */
import { hashFile } from "../../engine/files/hash-file.js";
import { stat } from "../../engine/files/async-fs.js";
import { RegistryError, TagConflictError } from "./errors.js";
import { isUploadingDraftName, type TagNameHolder } from "./github-draft-release.js";

/** How long a draft of promote's goes unwritten before it counts as a stopped run's. */
export const LEFTOVER_AFTER_MS = 30 * 60_000;

export type HoldersVerdict =
  /** A release promote did not make (a person's draft, or one published): never replaced. */
  | { readonly kind: "foreign"; readonly release: TagNameHolder }
  /** A draft of promote's written to lately: another run may be uploading to it now. */
  | { readonly kind: "live"; readonly release: TagNameHolder }
  /** Drafts of stopped runs (none when the holder is gone since): reused or deleted. */
  | { readonly kind: "leftovers"; readonly releases: readonly TagNameHolder[] };

/** What the releases holding tag name `tag` are, at `now` (milliseconds since the epoch). */
export function judgeHolders(
  tag: string,
  holders: readonly TagNameHolder[],
  now: number,
): HoldersVerdict {
  const foreign = holders.find((r) => !r.draft || !isUploadingDraftName(r.name, tag));
  if (foreign) return { kind: "foreign", release: foreign };
  const live = holders.find((r) => now - r.lastWrite.getTime() < LEFTOVER_AFTER_MS);
  if (live) return { kind: "live", release: live };
  return { kind: "leftovers", releases: holders };
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
export function holdsExactly(release: TagNameHolder, files: readonly FileDigest[]): boolean {
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

/** A release promote did not make holds the tag name: it is someone's, and stays. */
export function foreignHolderError(tag: string, release: TagNameHolder): RegistryError {
  const what = release.draft ? "draft release" : "published release";
  return new RegistryError(
    `the tag name '${tag}' is held by the ${what} ${JSON.stringify(release.name ?? "")}, which promote did not make, so it is left as it is and the version's files cannot be stored`,
    `Delete that release or give it another tag on GitHub (${release.url}), or register another version`,
  );
}

/**
 * Another promotion's draft holds the tag name, written to lately: its run may be uploading
 * now. A conflict, so the registry reads again and retries, and finds the version registered
 * once that run is done; it says what holds the name, since the tag does not exist.
 */
export class DraftInProgressError extends TagConflictError {
  declare readonly fix: string;

  constructor(tag: string, release?: TagNameHolder) {
    super(tag);
    if (!release) {
      this.message = `another promotion is storing the files of '${tag}' at the same time`;
      this.fix = "Run again once it has finished";
      return;
    }
    const since = release.lastWrite.toISOString();
    const from = new Date(release.lastWrite.getTime() + LEFTOVER_AFTER_MS).toISOString();
    this.message = `another promotion may be uploading the files of '${tag}': its draft release ${JSON.stringify(release.name ?? "")} was last written at ${since}`;
    this.fix = `Run again once it has finished; if none is running, delete that draft on GitHub (${release.url}), or run again from ${from}, when it counts as a stopped run's and is replaced`;
  }
}

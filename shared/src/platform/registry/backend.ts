import type { TagScope } from "./tag-scope.js";

/** Who made a registry event: the annotated tag's tagger. */
export interface Identity {
  readonly name: string;
  readonly email: string;
}

/** One tag as the backend stores it, with the annotated tag's metadata (the audit trail). */
export interface TagRecord {
  /** The tag's name, without `refs/tags/`. */
  readonly name: string;
  /** Lightweight tags carry no tagger, date or message, so they never count as events. */
  readonly annotated: boolean;
  /** The commit the tag points to (peeled). */
  readonly commit: string;
  readonly tagger: Identity | null;
  readonly date: Date | null;
  readonly message: string;
}

/** A counter claim (see counter-claims.ts), with the tag object it names. */
export interface CounterClaim {
  readonly ref: string;
  readonly counter: number;
  /** The object the claim names: the tag object of the tag made with it. */
  readonly object: string;
  /**
   * That tag object as a record (its own name, tagger, date and message); undefined where the
   * claim names no tag object, which mlops never writes.
   */
  readonly tag: TagRecord | undefined;
}

/** Claims whose tags are gone, by counter, as far as they were read, and how many more there are. */
export interface ClaimsWithoutTags {
  readonly claims: readonly CounterClaim[];
  readonly more: number;
}

/** What an annotated tag is made of; the backend adds nothing to it. */
export interface NewTag {
  readonly name: string;
  readonly commit: string;
  readonly tagger: Identity;
  readonly date: Date;
  readonly message: string;
}

/** A file stored with a release, and where it is. */
export interface StoredAsset {
  readonly name: string;
  readonly sha256: string;
  readonly size: number;
  readonly location: string;
}

/** Tracked files of a working tree that differ from HEAD, and HEAD's commit. */
export interface UncommittedChanges {
  readonly files: number;
  readonly head: string;
}

/**
 * Where a registry lives: tags and release assets. The local git backend keeps them in a
 * repository on disk (pushed to its remote); a GitHub backend keeps them as tags and releases
 * through the REST API. Everything above this interface is the same for both.
 */
export interface RegistryBackend {
  /** Which backend this is, as reports name it. */
  readonly kind: "git" | "github";
  /** Names the backend in messages: "local git repository /srv/models". */
  readonly description: string;
  /**
   * The tags in `scope` (every tag of the repository when absent), fresh from the source of
   * truth: a read about one artifact costs the same however many tags other artifacts have.
   */
  listTags(scope?: TagScope): Promise<TagRecord[]>;
  /**
   * The highest counter claimed for the artifact (see counter-claims.ts), 0 when none: a claim
   * can outlive a writer that never made its tag, so counters go past claims as well as tags.
   */
  highestClaimedCounter(artifact: string): Promise<number>;
  /**
   * The artifact's counter claims whose counter none of `counters` (its tags') has, each with the
   * tag object it names: a tag deleted since it was made leaves its claim, and what it said. At
   * most `limit` are read, those of the highest counters; the rest are only counted.
   */
  claimsWithoutTags(
    artifact: string,
    counters: ReadonlySet<number>,
    limit: number,
  ): Promise<ClaimsWithoutTags>;
  /** The commit a ref (HEAD, a branch, a sha) names. */
  resolveCommit(ref: string): Promise<string>;
  /**
   * Where HEAD is a working tree's (the local git backend), how many tracked files there differ
   * from it, `besides` (absolute paths: the assets, stored as they are whatever HEAD holds): a
   * version tagged at HEAD holds none of those changes. Undefined where none differ, and for a
   * backend or repository without a working tree.
   */
  uncommittedChanges?(besides: readonly string[]): Promise<UncommittedChanges | undefined>;
  /** The identity to record when the caller names no actor. */
  defaultTagger(): Promise<Identity>;
  /**
   * Creates the annotated tag, or fails with TagConflictError when a tag of that name exists
   * already, here or on the remote. Never half-done: on failure no tag is left behind.
   */
  createTag(tag: NewTag): Promise<void>;
  /**
   * Makes sure the release of a registration tag that exists is in place, storing `files` (the
   * version's own and its run record, as the tag records them, under `names` as storeAssets
   * takes them; empty when the caller has none) when nothing else holds them. GitHub publishes
   * the tag after the tag is made, and a run can fail in between; git makes both in one
   * transaction, so there it has nothing to do.
   */
  completeRelease(tag: NewTag, files: readonly string[], names?: readonly string[]): Promise<void>;
  /**
   * Stores files as the release of `tag`, before the tag exists, under `names` (their base names
   * when absent); returns what it stored, where the release has it once the tag is made.
   */
  storeAssets(
    tag: string,
    files: readonly string[],
    names?: readonly string[],
  ): Promise<StoredAsset[]>;
  /**
   * Removes what a failed run stored as the release of `tag`; absent is not an error. The release
   * of a tag that exists (another run's, made meanwhile) stays.
   */
  removeAssets(tag: string): Promise<void>;
  /** The release's stored assets, for reading them back; empty when it has none. */
  fetchAssets(tag: string): Promise<StoredAsset[]>;
  /**
   * A local file with the bytes of the release asset `name` of `tag`: the checkout for git, a
   * download for GitHub; undefined when the release has no such asset.
   */
  assetFile(tag: string, name: string): Promise<string | undefined>;
  /**
   * Writes the release assets `names` of `tag` into `folder` (which exists), each under its own
   * name, reading the release once; an asset the release lacks, or whose name is not a plain
   * file name (it comes from a tag anyone may push), is left out of what it returns.
   */
  saveAssets(tag: string, names: readonly string[], folder: string): Promise<StoredAsset[]>;
  /** Where people find the release of `tag`: a URL, or for a local registry its folder. */
  releaseUrl(tag: string): string;
}

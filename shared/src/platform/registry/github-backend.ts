import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { readFile } from "../../engine/files/async-fs.js";
import { removeRunTempFolder, runTempFolder } from "../../engine/files/run-temp-folder.js";
import type { GitHub } from "../github/client.js";
import { converge, statusOf } from "../github/converge.js";
import { GitHubConflictError, GitHubError } from "../github/github-error.js";
import type { RepoRef } from "../github/github-context.js";
import { createAnnotatedTag } from "../github/git-tags.js";
import {
  downloadReleaseAsset,
  ensureRelease,
  findRelease,
  listReleaseAssets,
  sha256Digest,
  uploadReleaseAsset,
  type AssetRef,
  type ReleaseRef,
} from "../github/releases.js";
import { tokenLogin } from "../github/token-identity.js";
import { assetNames, isPlainName } from "./asset-names.js";
import type {
  ClaimsWithoutTags,
  CounterClaim,
  Identity,
  NewTag,
  RegistryBackend,
  StoredAsset,
  TagRecord,
} from "./backend.js";
import { RegistryError, TagConflictError } from "./errors.js";
import {
  claimDraft,
  createDraftRelease,
  deleteRelease,
  listReleasesNow,
  publishRelease,
  type ListedRelease,
  type ReleaseListing,
} from "./github-draft-release.js";
import {
  DraftInProgressError,
  fileDigests,
  foreignHolderError,
  holdsExactly,
  isLeftover,
  isPromoteDraft,
  judgeDrafts,
  rereadLeftovers,
} from "./github-leftover-draft.js";
import { listTagRecords } from "./github-tag-records.js";
import { modelCard } from "./model-card.js";
import { parseTagMessage } from "./tag-message.js";
import { tryParseTag } from "./tag-grammar.js";
import {
  claimedCounter,
  claimRef,
  claimsPrefix,
  highestClaim,
  newestClaims,
} from "./counter-claims.js";
import type { TagScope } from "./tag-scope.js";

/** Tag objects of claims without their tags read at once, in history. */
const TAG_READS_AT_ONCE = 5;

export interface GitHubBackendOptions {
  readonly github: GitHub;
  readonly repo: RepoRef;
  /** Where people see the repository: GITHUB_SERVER_URL, https://github.com by default. */
  readonly serverUrl?: string;
  /** The commit `HEAD` stands for: the run's GITHUB_SHA. */
  readonly head?: string;
}

const SHA = /^[0-9a-f]{40}$/;

const stored = (asset: AssetRef): StoredAsset => ({
  name: asset.name,
  sha256: asset.digest?.replace(/^sha256:/, "") ?? "",
  size: asset.size,
  location: asset.url,
});

/**
 * The registry in a GitHub repository: annotated tag objects and refs, and releases. Creating a
 * ref is atomic on GitHub, so a name someone else took answers 422 and becomes a
 * TagConflictError, which the registry answers by re-reading and planning again. A version's
 * assets go to a draft release before its tag exists; the draft is published (with the model card
 * as its text) once the tag is there, and deleted when the tag cannot be made. A draft that a
 * stopped run left holding the tag name is taken over or replaced by the next run of that
 * version (see github-leftover-draft.ts).
 */
export class GitHubBackend implements RegistryBackend {
  readonly kind = "github";
  readonly description: string;
  private readonly github: GitHub;
  private readonly repo: RepoRef;
  private readonly serverUrl: string;
  private readonly head: string | undefined;
  /** The drafts this backend made, by tag: only these are ever published or deleted by it. */
  private readonly drafts = new Map<string, ReleaseRef>();
  /** The tags whose draft is a stopped run's leftover taken over, not one this backend made. */
  private readonly reused = new Set<string>();

  constructor(options: GitHubBackendOptions) {
    this.github = options.github;
    this.repo = options.repo;
    this.serverUrl = (options.serverUrl ?? "https://github.com").replace(/\/+$/, "");
    this.head = options.head;
    this.description = `GitHub repository ${options.repo.owner}/${options.repo.repo}`;
  }

  /** One GraphQL request per 100 tags listed, however many of them are annotated. */
  listTags(scope?: TagScope): Promise<TagRecord[]> {
    return listTagRecords(this.github, this.repo, scope);
  }

  async highestClaimedCounter(artifact: string): Promise<number> {
    const refs = await this.claimRefs(artifact);
    return highestClaim(
      refs.map((r) => r.ref),
      artifact,
    );
  }

  /**
   * One request for the claims, and one for each tag object a claim without its tag names, up to
   * `limit`, a few at a time: tags deleted by the thousand must not fire as many requests at once.
   */
  async claimsWithoutTags(
    artifact: string,
    counters: ReadonlySet<number>,
    limit: number,
  ): Promise<ClaimsWithoutTags> {
    const gone = (await this.claimRefs(artifact)).flatMap(({ ref, object }) => {
      const counter = claimedCounter(ref, artifact);
      return counter === undefined || counters.has(counter) ? [] : [{ ref, counter, object }];
    });
    const { newest, more } = newestClaims(gone, limit);
    const claims: CounterClaim[] = [];
    for (let at = 0; at < newest.length; at += TAG_READS_AT_ONCE) {
      const batch = newest.slice(at, at + TAG_READS_AT_ONCE);
      claims.push(
        ...(await Promise.all(
          batch.map(async ({ ref, counter, object }) => ({
            ref,
            counter,
            object: object.sha,
            tag: object.type === "tag" ? await this.tagObject(object.sha) : undefined,
          })),
        )),
      );
    }
    return { claims, more };
  }

  private async claimRefs(artifact: string) {
    const prefix = claimsPrefix(artifact);
    const { data } = await converge(this.github, `listing counter claims of '${artifact}'`, () =>
      this.github.octokit.rest.git.listMatchingRefs({
        ...this.repo,
        ref: prefix.slice("refs/".length),
      }),
    );
    return data;
  }

  /** A tag object as a record, under the name it gives itself. */
  private async tagObject(sha: string): Promise<TagRecord> {
    const { data } = await converge(this.github, `reading tag object ${sha.slice(0, 12)}`, () =>
      this.github.octokit.rest.git.getTag({ ...this.repo, tag_sha: sha }),
    );
    return {
      name: data.tag,
      annotated: true,
      commit: data.object.sha,
      tagger: { name: data.tagger.name, email: data.tagger.email },
      date: new Date(data.tagger.date),
      message: data.message,
    };
  }

  async resolveCommit(ref: string): Promise<string> {
    if (SHA.test(ref)) return ref;
    if (ref === "HEAD") {
      if (this.head) return this.head;
      throw new RegistryError(
        `'HEAD' means nothing in ${this.description} outside a workflow run`,
        "Name the commit to tag by its sha",
      );
    }
    const found = await converge(this.github, `reading branch '${ref}'`, async () => {
      try {
        return (await this.github.octokit.rest.git.getRef({ ...this.repo, ref: `heads/${ref}` }))
          .data.object.sha;
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        throw error;
      }
    });
    if (found) return found;
    throw new RegistryError(
      `'${ref}' is neither a commit sha nor a branch of ${this.description}`,
      "Name the commit to tag by its sha or a branch",
    );
  }

  /** The token's own account, with GitHub's no-reply address. */
  async defaultTagger(): Promise<Identity> {
    const login = await tokenLogin(this.github);
    return { name: login, email: `${login}@users.noreply.github.com` };
  }

  async createTag(tag: NewTag): Promise<void> {
    const claim = claimRef(tag.name);
    try {
      await createAnnotatedTag(this.github, {
        ...(claim ? { claim } : {}),
        repo: this.repo,
        tag: tag.name,
        sha: tag.commit,
        message: tag.message,
        tagger: {
          name: tag.tagger.name,
          email: tag.tagger.email || "mlops@users.noreply.github.com",
          date: tag.date.toISOString().replace(/\.\d{3}Z$/, "Z"),
        },
      });
    } catch (error) {
      if (!(error instanceof GitHubConflictError)) throw error;
      // Someone else's tag: this run's draft can never be published.
      await this.removeAssets(tag.name);
      throw new TagConflictError(tag.name);
    }
    // Registrations always get a release (the model card); other events when they stored files.
    const event = tryParseTag(tag.name);
    const registration = event?.action === "register" ? event : undefined;
    if (registration || this.drafts.has(tag.name)) {
      try {
        await this.publish(tag);
      } catch (error) {
        // The tag stays, and its files in the draft: a re-run of a registration publishes them
        // (completeRelease); a stage tag's report waits there for a person. The draft is the
        // tag's now, not this run's, so the run's clean-up (removeAssets) leaves it.
        this.drafts.delete(tag.name);
        this.reused.delete(tag.name);
        throw new RegistryError(
          `${tag.name} is made, but its release could not be published: ${(error as Error).message}`,
          registration
            ? `Run the promotion again with version ${registration.version}: it publishes the release the tag records`
            : `Publish the draft release of ${tag.name} on GitHub: it holds the report the tag records`,
        );
      }
    }
  }

  /**
   * Publishes the release of a registration tag an earlier run made but could not publish:
   * from a draft of promote's that holds the files the tag records, else from the files this
   * run gives (its run record among them, where the tag stores one). With neither (a version
   * registered elsewhere and pushed, or whose release was deleted) the tag is left as it is.
   * Other drafts of the tag are judged as storeAssets judges them: a stopped run's is deleted
   * where this run has the files to replace it with, one written to lately is left to its run,
   * and one promote did not make is never touched.
   */
  async completeRelease(
    tag: NewTag,
    files: readonly string[],
    names?: readonly string[],
  ): Promise<void> {
    if (await findRelease(this.github, this.repo, tag.name)) return;
    const metadata = parseTagMessage(tag.message).metadata;
    const recorded = metadata?.assets ?? [];
    // The run record stored beside the version's files is the tag's too, not an upload's leftover.
    const runRecord = metadata?.training_run?.asset;
    const listing = await listReleasesNow(this.github, this.repo);
    if (!this.drafts.has(tag.name)) {
      const ready = listing.releases.find(
        (draft) =>
          draft.tag === tag.name &&
          isPromoteDraft(draft) &&
          holdsRecorded(
            draft.assets.filter(
              (asset) =>
                asset.uploaded &&
                (asset.name !== runRecord || recorded.some((file) => file.name === runRecord)),
            ),
            recorded,
          ),
      );
      if (ready) this.drafts.set(tag.name, ready);
    }
    if (!this.drafts.has(tag.name)) {
      // A version with files the run lacks keeps its tag alone; one with none gets its card.
      if (files.length > 0) {
        await this.storeFiles(tag.name, files, names ?? assetNames(files), listing);
      } else if (recorded.length > 0) return;
    } else {
      // Copies of the files, or parts of them, that no run will publish now.
      const kept = this.drafts.get(tag.name)!.id;
      const { leftovers } = judgeDrafts(tag.name, listing.releases, listing.now);
      const others = leftovers.filter((release) => release.id !== kept);
      // One another run took over since the listing is its now.
      await this.deleteLeftovers((await rereadLeftovers(this.github, this.repo, others)).leftovers);
    }
    await this.publish(tag);
  }

  /**
   * Publishes this run's draft as the release of a tag now in place, or, when no
   * files were stored, makes a release that only holds the model card.
   */
  private async publish(tag: NewTag): Promise<void> {
    const draft = this.drafts.get(tag.name);
    if (!draft) {
      await ensureRelease(this.github, { repo: this.repo, tag: tag.name, body: modelCard(tag) });
      return;
    }
    await publishRelease(this.github, this.repo, draft, modelCard(tag));
    this.drafts.delete(tag.name);
    this.reused.delete(tag.name);
  }

  storeAssets(
    tag: string,
    files: readonly string[],
    names: readonly string[] = assetNames(files),
  ): Promise<StoredAsset[]> {
    return this.storeFiles(tag, files, names);
  }

  /**
   * Stores the files in a draft of `tag`. `tagMade` is the listing completeRelease read, for a
   * tag that is there already.
   */
  private async storeFiles(
    tag: string,
    files: readonly string[],
    names: readonly string[],
    tagMade?: ReleaseListing,
  ): Promise<StoredAsset[]> {
    const { draft, stored: held } = await this.newDraft(tag, files, names, tagMade);
    this.drafts.set(tag, draft);
    if (held) {
      this.reused.add(tag);
      return held;
    }
    try {
      const assets: StoredAsset[] = [];
      for (const [i, file] of files.entries()) {
        const uploaded = await uploadReleaseAsset(this.github, {
          repo: this.repo,
          release: draft,
          name: names[i]!,
          data: await readFile(file),
        });
        assets.push(stored(uploaded));
      }
      return assets;
    } catch (error) {
      await this.removeAssets(tag);
      throw error;
    }
  }

  /**
   * A draft of `tag` for this run's files: a stopped run's leftover holding exactly these files
   * (see github-leftover-draft.ts for the rule), with what it holds, or a new one. Leftovers
   * holding other files are deleted; a live draft of another run stops this one, saying so, and
   * drafts promote did not make are left alone (on GitHub they do not hold the tag name).
   */
  private async newDraft(
    tag: string,
    files: readonly string[],
    names: readonly string[],
    tagMade?: ReleaseListing,
  ): Promise<{ draft: ReleaseRef; stored?: StoredAsset[] }> {
    const listing = tagMade ?? (await listReleasesNow(this.github, this.repo));
    await this.clearStoppedEvidence(tag, listing);
    const listed = judgeDrafts(tag, listing.releases, listing.now);
    // A tag made meanwhile: its draft may be the one it waits to publish (a re-run of a
    // registration does that; a stage tag's waits for a person), so nothing is deleted.
    const drafts = listed.live.length + listed.leftovers.length;
    if (!tagMade && drafts > 0 && (await this.tagExists(tag))) throw new TagConflictError(tag);
    if (listed.live[0]) throw new DraftInProgressError(tag, listed.live[0]);
    // Hashed first: the re-read is then acted on at once, not after the files' hashing.
    const digests = listed.leftovers.length > 0 ? await fileDigests(files, names) : [];
    const { live, leftovers } = await rereadLeftovers(this.github, this.repo, listed.leftovers);
    if (live[0]) throw new DraftInProgressError(tag, live[0]);
    const kept = leftovers.find((release) => holdsExactly(release, digests));
    // Written to before anything else, so that another run finds it live and leaves it to this one.
    if (kept) await claimDraft(this.github, this.repo, kept);
    await this.deleteLeftovers(leftovers.filter((release) => release !== kept));
    if (kept) {
      const byName = new Map(kept.assets.map((asset) => [asset.name, asset]));
      return { draft: kept, stored: names.map((name) => stored(byName.get(name)!)) };
    }
    try {
      return { draft: await createDraftRelease(this.github, this.repo, tag) };
    } catch (error) {
      if (!(error instanceof GitHubError && error.status === 422)) throw error;
      if (!/already_exists/.test(error.message)) throw error;
    }
    // Only a published release holds a tag name, and publishing makes the tag.
    if (tagMade || (await this.tagExists(tag))) throw new TagConflictError(tag);
    const published = (await listReleasesNow(this.github, this.repo)).releases.find(
      (release) => release.tag === tag && !release.draft,
    );
    if (published) throw foreignHolderError(tag, published);
    throw new TagConflictError(tag);
  }

  /**
   * Deletes the evidence drafts of this artifact's stage tags that stopped assign runs left: a
   * stage tag's name takes a counter, which the next run takes again only when the stopped one
   * claimed none, so such a draft is otherwise never cleared. One whose tag exists is kept: it
   * holds the report that tag records, waiting to be published.
   */
  private async clearStoppedEvidence(tag: string, listing: ReleaseListing): Promise<void> {
    const artifact = tryParseTag(tag)?.artifact;
    const stopped: ListedRelease[] = [];
    for (const release of listing.releases) {
      if (release.tag === tag || !isLeftover(release, listing.now)) continue;
      const event = tryParseTag(release.tag);
      if (event?.action !== "assign" || event.artifact !== artifact) continue;
      if (!(await this.tagExists(release.tag))) stopped.push(release);
    }
    await this.deleteLeftovers((await rereadLeftovers(this.github, this.repo, stopped)).leftovers);
  }

  private async deleteLeftovers(leftovers: readonly ListedRelease[]): Promise<void> {
    for (const release of leftovers) await deleteRelease(this.github, this.repo, release);
  }

  private async tagExists(tag: string): Promise<boolean> {
    return converge(this.github, `reading tag '${tag}'`, async () => {
      try {
        await this.github.octokit.rest.git.getRef({ ...this.repo, ref: `tags/${tag}` });
        return true;
      } catch (error) {
        if (statusOf(error) === 404) return false;
        throw error;
      }
    });
  }

  /**
   * Deletes the draft this backend made for `tag`; a published release is never touched. A
   * leftover it reused is left as it was: another re-run may have reused it too and publish it.
   */
  async removeAssets(tag: string): Promise<void> {
    const draft = this.drafts.get(tag);
    if (!draft) return;
    if (!this.reused.has(tag)) await deleteRelease(this.github, this.repo, draft);
    this.drafts.delete(tag);
    this.reused.delete(tag);
  }

  async fetchAssets(tag: string): Promise<StoredAsset[]> {
    const release = this.drafts.get(tag) ?? (await findRelease(this.github, this.repo, tag));
    if (!release) return [];
    return (await listReleaseAssets(this.github, this.repo, release.id)).map(stored);
  }

  /**
   * Downloads the asset into a folder of its own under the system's temporary folder, removed
   * when the process exits: the caller reads the file later in the run.
   */
  async assetFile(tag: string, name: string): Promise<string | undefined> {
    const folder = runTempFolder("mlops-asset-");
    let saved: StoredAsset | undefined;
    try {
      [saved] = await this.saveAssets(tag, [name], folder);
    } finally {
      // Nothing saved (no such file, or a failed download): no folder is left for it.
      if (!saved) removeRunTempFolder(folder);
    }
    return saved?.location;
  }

  async saveAssets(tag: string, names: readonly string[], folder: string): Promise<StoredAsset[]> {
    const release = this.drafts.get(tag) ?? (await findRelease(this.github, this.repo, tag));
    if (!release) return [];
    const assets = await listReleaseAssets(this.github, this.repo, release.id);
    const saved: StoredAsset[] = [];
    for (const asset of assets.filter((a) => names.includes(a.name) && isPlainName(a.name))) {
      const data = await downloadReleaseAsset(this.github, this.repo, asset.id);
      if (asset.digest && asset.digest !== sha256Digest(data)) {
        throw new RegistryError(
          `release asset '${asset.name}' of ${tag} does not match the digest GitHub records for it`,
          "Download it again; if it persists, the release was changed after upload",
        );
      }
      const location = join(folder, asset.name);
      writeFileSync(location, data);
      saved.push({ ...stored(asset), location });
    }
    return saved;
  }

  releaseUrl(tag: string): string {
    return `${this.serverUrl}/${this.repo.owner}/${this.repo.repo}/releases/tag/${encodeURIComponent(tag)}`;
  }
}

/**
 * Whether a draft's assets are the files a tag records: by name and digest, or by name and
 * size where GitHub gives no digest (older assets).
 */
function holdsRecorded(
  held: readonly { name: string; size: number; digest?: string | null }[],
  recorded: readonly { name: string; sha256: string; size: number }[],
): boolean {
  return (
    held.length === recorded.length &&
    recorded.every((file) =>
      held.some(
        (asset) =>
          asset.name === file.name &&
          (asset.digest ? asset.digest === `sha256:${file.sha256}` : asset.size === file.size),
      ),
    )
  );
}

import {
  constants,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join, resolve } from "node:path";
import { GitAssetStore, releaseRef } from "./git-asset-store.js";
import { assetNames, isPlainName } from "./asset-names.js";
import type {
  ClaimsWithoutTags,
  Identity,
  NewTag,
  RegistryBackend,
  StoredAsset,
  TagRecord,
  UncommittedChanges,
} from "./backend.js";
import { GitError, RegistryError, TagConflictError } from "./errors.js";
import {
  bareByName,
  execGit,
  gitOk,
  inRepository,
  refTaken,
  tagConflict,
  type GitExec,
} from "./git-exec.js";
import { hashFile } from "../../engine/files/hash-file.js";
import { safeForLog, shownRef } from "../../engine/report/escape-control.js";
import { shorten } from "../../engine/report/shorten.js";
import { releaseFolder } from "./release-folder.js";
import { claimRef, claimsPrefix, highestClaim, newestClaims } from "./counter-claims.js";
import { parseClaimRefs, parseTagRefs, REF_FORMAT } from "./git-tag-records.js";
import { assertName } from "./names.js";
import { tryParseTag } from "./tag-grammar.js";
import { makeStagingFolder, removeDeadStaging } from "./staging-folders.js";
import { inScope, scopePrefixes, type TagScope } from "./tag-scope.js";

export interface LocalGitOptions {
  /** The repository (its working tree or a bare repository). */
  readonly path: string;
  /** The remote tags are fetched from and pushed to, when the repository has it. */
  readonly remote?: string;
  readonly exec?: GitExec;
  /** How the user names another repository, when `path` is none; default: promote's input. */
  readonly repositoryFix?: string;
  /** Where the backend's warnings go (a run's `warn`); absent, they are not shown. */
  readonly warn?: (message: string) => void;
}

/**
 * The `.gitignore` of the releases folder: its files are checkouts of what git keeps under
 * refs/mlops/releases, never a branch's files; `*` covers the .gitignore itself too.
 */
const RELEASES_IGNORE =
  "# Release assets of the mlops registry: git keeps them under refs/mlops/releases.\n*\n";

/** A tagger line's name and email may not hold the characters that delimit them. */
const clean = (text: string) => text.replace(/[<>\n\r\0]/g, "").trim();

/**
 * The `for-each-ref` patterns of the refs starting with each prefix: its `*` stops at a '/'
 * (fnmatch with FNM_PATHNAME), and stage names may hold one, so `/**` continues past it.
 */
const refPatterns = (prefixes: readonly string[]): string[] =>
  prefixes.flatMap((p) => [`refs/tags/${p}*`, `refs/tags/${p}*/**`]);

/**
 * The path of an entry of `git status --porcelain=v2 -z --no-renames`: a changed file's comes
 * after 8 fields, a conflicted one's after 10; it may hold spaces.
 */
function statusPath(entry: string): string {
  let at = 0;
  for (let fields = entry.startsWith("u ") ? 10 : 8; fields > 0; fields--) {
    at = entry.indexOf(" ", at) + 1;
  }
  return entry.slice(at);
}

/** A file's real path, as git names the files of a working tree; the path itself if none. */
function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * The registry in a git repository on disk. Tags are created as tag objects and then as refs
 * with `update-ref`'s create-only check, so two writers can never both take a name; with a
 * remote, the push is the arbiter (a ref is created atomically there too) and a rejected push
 * removes the local tag again. Release assets live in a folder beside the repository's files.
 */
export class LocalGitBackend implements RegistryBackend {
  readonly kind = "git";
  readonly description: string;
  private readonly path: string;
  private readonly releases: string;
  private readonly remoteName: string;
  private readonly exec: GitExec;
  private readonly warn: ((message: string) => void) | undefined;
  private remote: Promise<boolean> | undefined;
  private readonly assets: GitAssetStore;
  /** Each release stored and not tagged yet: its ref and its files come with the tag. */
  private readonly staged = new Map<string, StagedRelease>();

  constructor(options: LocalGitOptions) {
    this.path = resolve(options.path);
    this.releases = join(this.path, ".mlops", "releases");
    this.remoteName = options.remote ?? "origin";
    this.exec = inRepository(
      bareByName(options.exec ?? execGit, this.path),
      this.path,
      options.repositoryFix,
    );
    this.description = `local git repository ${this.path}`;
    this.warn = options.warn;
    this.assets = new GitAssetStore(this.exec, this.path, async () =>
      (await this.hasRemote()) ? this.remoteName : undefined,
    );
  }

  private git(args: readonly string[], input?: string, fix?: string): Promise<string> {
    return gitOk(this.exec, args, { cwd: this.path, input }, fix);
  }

  /** Whether the repository has the remote; asked once per backend. */
  private hasRemote(): Promise<boolean> {
    this.remote ??= this.git(["remote"]).then((out) => out.split("\n").includes(this.remoteName));
    return this.remote;
  }

  /**
   * Fetches the refs the refspecs name from the remote, when there is one; with a `+`, a ref
   * that differs here is taken from the remote. A refspec's `*` matches across '/'.
   */
  private async fetchFromRemote(refspecs: readonly string[]): Promise<void> {
    if (!(await this.hasRemote())) return;
    await this.git(
      ["fetch", "--quiet", "--no-tags", this.remoteName, ...refspecs],
      undefined,
      `The registry reads its tags from the remote '${this.remoteName}' first: check its URL (git remote -v), the network and the credentials`,
    );
  }

  /** One `git for-each-ref`, after one `git fetch` of the same tags when there is a remote. */
  async listTags(scope?: TagScope): Promise<TagRecord[]> {
    const prefixes = scope ? scopePrefixes(scope) : [""];
    await this.fetchFromRemote(prefixes.map((p) => `+refs/tags/${p}*:refs/tags/${p}*`));
    const patterns = scope ? refPatterns(prefixes) : ["refs/tags/"];
    const records = parseTagRefs(
      await this.git(["for-each-ref", `--format=${REF_FORMAT}`, ...patterns]),
    );
    return scope ? records.filter((record) => inScope(scope, record.name)) : records;
  }

  /**
   * The artifact's claims here and on the remote (fetched first). A claim and its tag are made in
   * one transaction and one atomic push, but a tag deleted afterwards (by hand, or GTO's
   * `deregister --delete`) leaves its claim, which no later tag may take again.
   */
  async highestClaimedCounter(artifact: string): Promise<number> {
    return highestClaim((await this.claimRefs(artifact, "%(refname)")).split("\n"), artifact);
  }

  /** The claims a deleted tag leaves: found here and on the remote, as the highest one is. */
  async claimsWithoutTags(
    artifact: string,
    counters: ReadonlySet<number>,
    limit: number,
  ): Promise<ClaimsWithoutTags> {
    const claims = parseClaimRefs(await this.claimRefs(artifact, REF_FORMAT), artifact);
    const { newest, more } = newestClaims(
      claims.filter((claim) => !counters.has(claim.counter)),
      limit,
    );
    return { claims: newest, more };
  }

  /** The artifact's claim refs as `format` prints them, after fetching the remote's. */
  private async claimRefs(artifact: string, format: string): Promise<string> {
    const prefix = claimsPrefix(assertName("artifact", artifact));
    await this.fetchFromRemote([`+${prefix}*:${prefix}*`]);
    return this.git(["for-each-ref", `--format=${format}`, `${prefix}*`]);
  }

  async resolveCommit(ref: string): Promise<string> {
    const result = await this.exec(
      ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`],
      {
        cwd: this.path,
      },
    );
    if (result.code !== 0) {
      throw new RegistryError(
        `'${ref}' is not a commit in ${this.description}`,
        "The registry tags a commit: commit first, or name an existing one",
      );
    }
    return result.stdout.trim();
  }

  /**
   * One `git status`: its entries are the tracked files that differ from HEAD (untracked ones
   * are not asked for), its branch header HEAD's commit. Without optional locks, so that it never
   * writes the index, which a git command of the user's may hold. A bare repository has no
   * working tree, and git says so with a non-zero exit.
   */
  async uncommittedChanges(besides: readonly string[]): Promise<UncommittedChanges | undefined> {
    const status = await this.exec(
      [
        "--no-optional-locks",
        "status",
        "--porcelain=v2",
        "-z",
        "--no-renames",
        "--branch",
        "--untracked-files=no",
      ],
      { cwd: this.path },
    );
    if (status.code !== 0) return undefined;
    const entries = status.stdout.split("\0");
    // Without a commit the header says "(initial)", and there is no HEAD to tag.
    const head = entries
      .map((entry) => /^# branch\.oid ([0-9a-f]+)$/.exec(entry)?.[1])
      .find(Boolean);
    const changed = entries.filter((entry) => /^[1u] /.test(entry));
    if (!head || changed.length === 0) return undefined;
    // Porcelain paths are the repository's, from its top folder.
    const top = await gitOk(this.exec, ["rev-parse", "--show-toplevel"], { cwd: this.path });
    const left = new Set(besides.map(realPathOf));
    const files = changed.filter((entry) => !left.has(resolve(top.trim(), statusPath(entry))));
    return files.length > 0 ? { files: files.length, head } : undefined;
  }

  async defaultTagger(): Promise<Identity> {
    const result = await this.exec(["var", "GIT_COMMITTER_IDENT"], { cwd: this.path });
    const match = /^(.*) <(.*)> \d+ [+-]\d{4}$/.exec(result.stdout.trim());
    // Without a configured identity the tag still needs a tagger; say who wrote it.
    return result.code === 0 && match
      ? { name: match[1]!, email: match[2]! }
      : { name: "mlops", email: "" };
  }

  async createTag(tag: NewTag): Promise<void> {
    const staged = this.staged.get(tag.name);
    try {
      const seconds = Math.floor(tag.date.getTime() / 1000);
      const body =
        `object ${tag.commit}\ntype commit\ntag ${tag.name}\n` +
        `tagger ${clean(tag.tagger.name) || "mlops"} <${clean(tag.tagger.email)}> ${seconds} +0000\n\n` +
        `${tag.message.endsWith("\n") ? tag.message : `${tag.message}\n`}`;
      const object = (await this.git(["mktag"], body)).trim();
      const claim = claimRef(tag.name);
      const refs = [`refs/tags/${tag.name}`, ...(claim ? [claim] : [])];
      const remote = await this.hasRemote();
      const release = await this.releaseChange(tag.name, staged?.commit, remote);
      // The tag, its counter's claim and its release in one transaction: all, or a conflict.
      await this.createRefs(tag.name, refs, object, release);
      const replaced = remote ? await this.push(tag.name, refs, object, release) : undefined;
      if (release) this.warnOfLeftovers(tag.name, release, replaced);
      // Only now are the files the tag's: a run that failed or lost never wrote its folder.
      if (staged) this.publish(tag.name, staged);
    } finally {
      this.discard(tag.name);
    }
  }

  /**
   * What a tag does to its release ref. A release ref found without its tag was left by a run of
   * an older mlops that failed midway, or by a tag deleted since. A tag with files sets the ref to
   * their commit, replacing such a leftover here (looked for, to be named) and on the remote (its
   * forced push says what it replaced). A registration without files removes the leftover here
   * and on the remote (fetched first), where it would pass for its release; no other tag has one.
   */
  private async releaseChange(
    tag: string,
    commit: string | undefined,
    remote: boolean,
  ): Promise<ReleaseChange | undefined> {
    const ref = releaseRef(tag);
    if (!commit && tryParseTag(tag)?.action !== "register") return undefined;
    const onRemote = !commit && remote && (await this.fetchLeftover(ref));
    const here = await this.exec(["rev-parse", "--verify", "--quiet", ref], { cwd: this.path });
    return { ref, commit, leftover: here.code === 0 ? here.stdout.trim() : undefined, onRemote };
  }

  /**
   * Fetches the remote's release ref `ref` over this repository's, where the remote has one;
   * whether it had. Named in full, the ref is the only one git asks the remote for (protocol v2
   * sends its name as a ref prefix), where `ls-remote` would list every ref of the remote. A
   * leftover's files come with it, once: the push deletes it there.
   */
  private async fetchLeftover(ref: string): Promise<boolean> {
    const fetched = await this.exec(
      ["fetch", "--quiet", "--no-tags", this.remoteName, `+${ref}:${ref}`],
      { cwd: this.path },
    );
    if (fetched.code === 0) return true;
    // git names the remote ref it did not find, in any language; one it names in quotes is
    // the ref here that it could not write (a lock), which fails as any other cause does.
    if (fetched.stderr.includes(ref) && !fetched.stderr.includes(`'${ref}'`)) return false;
    throw new GitError(
      ["fetch", this.remoteName, ref],
      fetched.stderr,
      `The registry asks the remote '${this.remoteName}' for a release left without its tag: check its URL (git remote -v), the network and the credentials`,
    );
  }

  /**
   * Creates the refs, each create-only, and makes the release's change, in one transaction. The
   * tag, created with it, was not there, so a release ref there is a leftover, replaced only at
   * the object it was found at (the one a warning names). A deletion comes only with a
   * registration without files: git locks packed-refs for any deletion, which `git gc` may hold.
   */
  private async createRefs(
    tag: string,
    refs: readonly string[],
    object: string,
    release: ReleaseChange | undefined,
  ): Promise<void> {
    let input = refs.map((r) => `create ${r} ${object}\n`).join("");
    if (release?.commit) {
      input += release.leftover
        ? `update ${release.ref} ${release.commit} ${release.leftover}\n`
        : `create ${release.ref} ${release.commit}\n`;
    } else if (release?.leftover) input += `delete ${release.ref} ${release.leftover}\n`;
    const created = await this.exec(["update-ref", "-m", "mlops registry", "--stdin"], {
      cwd: this.path,
      input,
    });
    if (created.code === 0) return;
    if (refTaken(created)) throw tagConflict(tag, created);
    throw new GitError(["update-ref", refs[0]!], created.stderr);
  }

  /**
   * Pushes the refs and the release atomically; when the remote refuses, the local ones go again.
   * Each ref is leased as absent: a tag or claim the remote has is another writer's, and is never
   * fast-forwarded to this one. The release ref is forced, to replace a leftover there too: it
   * lands only with its new tag. A tag without files deletes the remote's leftover instead,
   * leased at the object it was fetched at. Returns the object a forced release ref replaced on
   * the remote, as git abbreviates it: not `--quiet`, so that git reports each ref it pushed.
   */
  private async push(
    tag: string,
    refs: readonly string[],
    object: string,
    release: ReleaseChange | undefined,
  ): Promise<string | undefined> {
    const leases = refs.map((r) => `--force-with-lease=${r}:`);
    const specs = refs.map((r) => `${r}:${r}`);
    if (release?.commit) specs.push(`+${release.ref}:${release.ref}`);
    else if (release?.onRemote && release.leftover) {
      leases.push(`--force-with-lease=${release.ref}:${release.leftover}`);
      specs.push(`:${release.ref}`);
    }
    // Whole object names in the porcelain lines: the commit a forced push replaced there is no
    // object of this clone, and only its whole name finds it again on the remote.
    const pushed = await this.exec(
      [
        "-c",
        "core.abbrev=no",
        "push",
        "--atomic",
        "--porcelain",
        ...leases,
        this.remoteName,
        ...specs,
      ],
      { cwd: this.path },
    );
    if (pushed.code === 0)
      return release?.commit ? replacedOn(pushed.stdout, release.ref) : undefined;
    for (const r of refs) await this.exec(["update-ref", "-d", r, object], { cwd: this.path });
    if (release?.commit) {
      await this.exec(["update-ref", "-d", release.ref, release.commit], { cwd: this.path });
    }
    const refused = refusedRefs(pushed.stdout);
    if (await this.takenOnRemote(refs, refused)) throw new TagConflictError(tag);
    throw new GitError(
      ["push", this.remoteName, refs[0]!],
      refusal(this.remoteName, refused, pushed.stderr) ?? (pushed.stderr || pushed.stdout),
      refused.length > 0
        ? `Let mlops create refs/tags/* and update refs/mlops/* on '${this.remoteName}' (its hooks or ref rules), then run again`
        : "Check the remote and its credentials",
    );
  }

  /**
   * Whether the push was refused because another promotion took the tag or its claim first:
   * git says so, before sending, of a ref whose lease failed ("stale info": the remote has the
   * tag or claim, or moved the leftover release since it was fetched); every ref it pushes
   * unforced is leased, so it never gets to the checks that say "already exists" or
   * "non-fast-forward". A remote that refuses them itself ("[remote rejected]") names no cause
   * when another push took them between its check and its update, so the remote is asked
   * whether it has them now.
   */
  private async takenOnRemote(refs: readonly string[], refused: RefusedRef[]): Promise<boolean> {
    if (refused.some((r) => r.status === "[rejected]" && r.reason === STALE)) return true;
    const own = refused.filter((r) => refs.includes(r.ref));
    if (!own.some((r) => r.status.startsWith("[remote "))) return false;
    // Asked only to tell the push's failure apart: where the remote cannot say, that failure stands.
    const held = await this.remoteRefs(refs).catch(() => []);
    return held.length > 0;
  }

  /**
   * Those of `refs` the remote has. Only after a refused push: ls-remote matches a pattern
   * against the end of each ref's name, so the remote lists all of its refs.
   */
  private async remoteRefs(refs: readonly string[]): Promise<string[]> {
    const listed = await this.git(
      ["ls-remote", this.remoteName, ...refs],
      undefined,
      `The registry asks the remote '${this.remoteName}' for its refs: check its URL (git remote -v), the network and the credentials`,
    );
    return listed.split("\n").flatMap((line) => {
      const ref = line.split("\t")[1];
      return ref && refs.includes(ref) ? [ref] : [];
    });
  }

  /**
   * Warns of the release refs the tag's transaction and push replaced, found without their tag:
   * the run that left them died there, and its files are no longer any version's. `replaced` is
   * what a forced push replaced on the remote; a registration without files fetched the remote's
   * leftover over the one here, so it names the remote only.
   */
  private warnOfLeftovers(tag: string, release: ReleaseChange, replaced: string | undefined): void {
    const remote = `on the remote '${this.remoteName}'`;
    const here = release.leftover !== release.commit ? release.leftover : undefined;
    // The same commit in both places (pushed from here, or fetched from there) is named once.
    const same = replaced !== undefined && here?.startsWith(replaced);
    const hereWhere = same ? `here and ${remote}` : release.onRemote ? remote : "here";
    const found: Leftover[] = here ? [{ where: hereWhere, commit: here }] : [];
    if (replaced && !same) found.push({ where: remote, commit: replaced });
    if (found.length > 0) this.warn?.(leftoverWarning(tag, release, found));
  }

  /** The tag's release folder, with no link on the way to it (release-folder.ts). */
  private folder(tag: string): string {
    return releaseFolder(this.path, join(this.releases, tag));
  }

  /**
   * The folder of a tag's release files, made ready to write: the releases folder gets the
   * `.gitignore` that keeps its files off every branch (`git add -A` would commit the models),
   * unless one is there already, which is the user's and is kept.
   */
  private writableFolder(tag: string): string {
    const folder = this.folder(tag);
    mkdirSync(this.releases, { recursive: true });
    try {
      // Exclusive: created only where none is, so a .gitignore of the user's is never replaced.
      writeFileSync(join(this.releases, ".gitignore"), RELEASES_IGNORE, { flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    return folder;
  }

  /** The tag and its release are made in one transaction: an existing tag has its release. */
  completeRelease(): Promise<void> {
    return Promise.resolve();
  }

  /**
   * Stores the files as git objects, to be the release of `tag` once the tag is made (createTag),
   * and copies them into a staging folder of this run's own: the release folder is another run's
   * too until one of them has made the tag. Reports the files where they will be. The staging
   * folders of runs killed before their tag go first (staging-folders.ts).
   */
  async storeAssets(
    tag: string,
    files: readonly string[],
    names: readonly string[] = assetNames(files),
  ): Promise<StoredAsset[]> {
    // Checked first: a link on the way to the folder is refused before anything is written.
    const folder = this.writableFolder(tag);
    this.discard(tag);
    removeDeadStaging(this.releases);
    const commit = await this.assets.write(tag, files, names);
    const staging = makeStagingFolder(this.releases);
    this.staged.set(tag, { commit, folder: staging, names });
    const stored: StoredAsset[] = [];
    for (const [i, file] of files.entries()) {
      const copy = join(staging, names[i]!);
      copyFileSync(file, copy, constants.COPYFILE_EXCL);
      stored.push({
        name: names[i]!,
        sha256: await hashFile(copy),
        size: statSync(copy).size,
        location: join(folder, names[i]!),
      });
    }
    return stored;
  }

  /**
   * Moves the staged files of a tag just made into its release folder. Whatever the branch or an
   * older mlops left at a file's place, a link or a folder included, is replaced rather than
   * written through, as a checkout does (GitAssetStore.holds).
   */
  private publish(tag: string, staged: StagedRelease): void {
    const folder = this.writableFolder(tag);
    mkdirSync(folder, { recursive: true });
    for (const name of staged.names) {
      const location = join(folder, name);
      rmSync(location, { recursive: true, force: true });
      renameSync(join(staged.folder, name), location);
    }
  }

  /** Forgets the release staged for `tag`, removing its staging folder. */
  private discard(tag: string): void {
    const staged = this.staged.get(tag);
    if (!staged) return;
    this.staged.delete(tag);
    rmSync(staged.folder, { recursive: true, force: true });
  }

  /**
   * After a failed run: its staged files go. Nothing else was this run's: its release ref and
   * release folder are made only with its tag, so those there are another run's (or a leftover
   * that the next registration of the version replaces).
   */
  removeAssets(tag: string): Promise<void> {
    this.discard(tag);
    return Promise.resolve();
  }

  /**
   * The release's files, checked out from git's objects (fetched from the remote when this clone
   * lacks them); a release stored by an earlier version of mlops is only a folder, read as it is.
   */
  async fetchAssets(tag: string): Promise<StoredAsset[]> {
    const entries = await this.assets.entries(tag);
    if (entries) return this.assets.checkout(entries, this.writableFolder(tag));
    return legacyAssets(this.folder(tag));
  }

  async assetFile(tag: string, name: string): Promise<string | undefined> {
    return (await this.fetchAssets(tag)).find((a) => a.name === name)?.location;
  }

  async saveAssets(tag: string, names: readonly string[], folder: string): Promise<StoredAsset[]> {
    const wanted = (await this.fetchAssets(tag)).filter(
      (asset) => names.includes(asset.name) && isPlainName(asset.name),
    );
    return wanted.map((asset) => {
      const location = join(folder, asset.name);
      copyFileSync(asset.location, location);
      return { ...asset, location };
    });
  }

  releaseUrl(tag: string): string {
    return this.folder(tag);
  }
}

/** A release stored and not tagged yet: its commit, and its files in a folder of their own. */
interface StagedRelease {
  readonly commit: string;
  readonly folder: string;
  readonly names: readonly string[];
}

/**
 * What a release ref does with a tag: set to the files' commit, or a leftover (the object it was
 * found at) deleted here and, where the remote had it, there; a leftover here is replaced by the
 * files' commit.
 */
interface ReleaseChange {
  readonly ref: string;
  readonly commit?: string;
  readonly leftover?: string;
  readonly onRemote: boolean;
}

/** A release ref found without its tag: where, and the commit it held there. */
interface Leftover {
  readonly where: string;
  readonly commit: string;
}

/**
 * The warning of the leftovers a tag replaced: the log is all that tells of the run that died,
 * and the commits are all that lead to the files it left: named whole, as the remote's is no
 * object of this clone, which only its whole name finds there.
 */
function leftoverWarning(tag: string, release: ReleaseChange, found: readonly Leftover[]): string {
  const places = found.map((l) => `${l.where} (commit ${l.commit})`).join(" and ");
  const fate = release.commit
    ? "its files were replaced by this registration's"
    : "its files were dropped, as this registration has none";
  return (
    `${shownRef(tag)} was registered over a release left without its tag by an earlier ` +
    `registration that stopped midway, or by a tag deleted since: ${shownRef(release.ref)} ` +
    `${places}; ${fate}. git ls-tree <commit> lists them there until git gc prunes the commit`
  );
}

/** How git says, of a leased ref it did not push, that another writer has it or moved it. */
const STALE = "stale info";

/** A ref a push did not update, as `git push --porcelain` reports it. */
interface RefusedRef {
  readonly ref: string;
  /** `[rejected]` (by git, before sending), `[remote rejected]` or `[remote failure]`. */
  readonly status: string;
  readonly reason: string;
}

/** A ref's line of `git push --porcelain`: `<flag><TAB><from>:<to><TAB><summary>`. */
interface PushedRef {
  readonly flag: string;
  readonly ref: string;
  readonly summary: string;
}

function pushedRefs(stdout: string): PushedRef[] {
  return stdout.split("\n").flatMap((line) => {
    const pushed = /^(.)\t[^\t]*:([^\t]+)\t(.*)$/.exec(line);
    return pushed ? [{ flag: pushed[1]!, ref: pushed[2]!, summary: pushed[3]! }] : [];
  });
}

/** The refused refs of `git push --porcelain`: flag `!`, summary `<status> (<reason>)`. */
function refusedRefs(stdout: string): RefusedRef[] {
  return pushedRefs(stdout).flatMap(({ flag, ref, summary }) => {
    const refused = flag === "!" ? /^(\[[^\]]+\])(?: \((.*)\))?$/.exec(summary) : null;
    return refused ? [{ ref, status: refused[1]!, reason: refused[2] ?? "" }] : [];
  });
}

/**
 * The object a push replaced at `ref`, as `git push --porcelain` abbreviates it: a forced update
 * (`+`, `<old>...<new>`) or a fast-forward (` `, `<old>..<new>`); undefined where the ref was new
 * (`*`) or already at the object pushed (`=`). Only hex is taken: the old object is the remote's.
 */
function replacedOn(stdout: string, ref: string): string | undefined {
  const pushed = pushedRefs(stdout).find(
    (p) => p.ref === ref && (p.flag === "+" || p.flag === " "),
  );
  return pushed && /^([0-9a-f]{4,64})\.\.\.?[0-9a-f]/.exec(pushed.summary)?.[1];
}

/** What an atomic push says of the refs it gave up only because another was refused. */
const COLLATERAL = /^atomic (push|transaction) failed$/;

/** How many lines of what the remote said a refusal echoes, and how many characters of each. */
const SAID_LINES = 3;
const SAID_LENGTH = 200;

/**
 * One line naming the refs the remote refused and why, with the first lines the remote said (its
 * hook's output), for a push refused for another cause than a taken tag; undefined when git
 * named none. A remote may say anything, at any length: each cause and line is shortened, and
 * none of their characters can steer a terminal or issue a workflow command.
 */
function refusal(remote: string, refused: RefusedRef[], stderr: string): string | undefined {
  if (refused.length === 0) return undefined;
  const causes = refused.filter((r) => !COLLATERAL.test(r.reason));
  const byCause = new Map<string, string[]>();
  for (const r of causes.length > 0 ? causes : refused) {
    const cause = shorten(
      `${r.status.slice(1, -1)}${r.reason ? `: ${r.reason}` : ""}`,
      SAID_LENGTH,
    );
    byCause.set(cause, [...(byCause.get(cause) ?? []), r.ref]);
  }
  const named = [...byCause].map(([cause, refs]) => `${refs.join(" and ")} (${cause})`).join(", ");
  const lines = stderr
    .split("\n")
    .flatMap((line) => (line.startsWith("remote: ") ? [line.slice(8).trim()] : []))
    .filter(Boolean);
  const said = lines
    .slice(0, SAID_LINES)
    .map((line) => shorten(line, SAID_LENGTH))
    .concat(lines.length > SAID_LINES ? [`(${lines.length - SAID_LINES} more lines)`] : [])
    .join(" ");
  return safeForLog(`the remote '${remote}' refused ${named}${said ? `; it said: ${said}` : ""}`);
}

async function legacyAssets(folder: string): Promise<StoredAsset[]> {
  if (!existsSync(folder)) return [];
  const assets: StoredAsset[] = [];
  for (const name of readdirSync(folder).sort()) {
    const location = join(folder, name);
    const stat = lstatSync(location);
    if (stat.isFile())
      assets.push({ name, sha256: await hashFile(location), size: stat.size, location });
  }
  return assets;
}

import {
  constants,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join, resolve } from "node:path";
import { GitAssetStore, releaseRef } from "./git-asset-store.js";
import { assetNames, isPlainName } from "./asset-names.js";
import type {
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
import { releaseFolder } from "./release-folder.js";
import { claimRef, COUNTERS_REF } from "./counter-claims.js";
import { inScope, scopePrefixes, type TagScope } from "./tag-scope.js";

export interface LocalGitOptions {
  /** The repository (its working tree or a bare repository). */
  readonly path: string;
  /** The remote tags are fetched from and pushed to, when the repository has it. */
  readonly remote?: string;
  readonly exec?: GitExec;
  /** How the user names another repository, when `path` is none; default: promote's input. */
  readonly repositoryFix?: string;
}

/**
 * The `.gitignore` of the releases folder: its files are checkouts of what git keeps under
 * refs/mlops/releases, never a branch's files; `*` covers the .gitignore itself too.
 */
const RELEASES_IGNORE =
  "# Release assets of the mlops registry: git keeps them under refs/mlops/releases.\n*\n";

const FIELDS = [
  "%(refname)",
  "%(objecttype)",
  "%(objectname)",
  "%(*objectname)",
  "%(taggername)",
  "%(taggeremail)",
  "%(taggerdate:unix)",
  "%(contents)",
];
/** NUL cannot occur in refs or messages, so it separates fields safely. */
const FORMAT = FIELDS.map((field) => `${field}%00`).join("");

/** A tagger line's name and email may not hold the characters that delimit them. */
const clean = (text: string) => text.replace(/[<>\n\r\0]/g, "").trim();

function parseRefs(output: string): TagRecord[] {
  const parts = output.split("\0");
  const records: TagRecord[] = [];
  for (let i = 0; i + FIELDS.length <= parts.length; i += FIELDS.length) {
    const [ref, type, object, peeled, name, email, date, contents] = parts.slice(
      i,
      i + FIELDS.length,
    );
    // for-each-ref ends each record with a newline, which lands before the next refname.
    const refname = ref!.replace(/^\n/, "");
    if (!refname.startsWith("refs/tags/")) continue;
    const annotated = type === "tag";
    records.push({
      name: refname.slice("refs/tags/".length),
      annotated,
      commit: annotated ? peeled! : object!,
      tagger: annotated ? { name: name!, email: email!.replace(/^<|>$/g, "") } : null,
      date: annotated && date ? new Date(Number(date) * 1000) : null,
      message: annotated ? contents! : "",
    });
  }
  return records;
}

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
  private remote: Promise<boolean> | undefined;
  private readonly assets: GitAssetStore;

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

  /** One `git for-each-ref`, after one `git fetch` of the same tags when there is a remote. */
  async listTags(scope?: TagScope): Promise<TagRecord[]> {
    const prefixes = scope ? scopePrefixes(scope) : [""];
    if (await this.hasRemote()) {
      // Tags others pushed become visible; tags that differ are taken from the remote. A
      // refspec's `*` matches across '/'.
      await this.git(
        [
          "fetch",
          "--quiet",
          "--no-tags",
          this.remoteName,
          ...prefixes.map((p) => `+refs/tags/${p}*:refs/tags/${p}*`),
        ],
        undefined,
        `The registry reads its tags from the remote '${this.remoteName}' first: check its URL (git remote -v), the network and the credentials`,
      );
    }
    const patterns = scope ? refPatterns(prefixes) : ["refs/tags/"];
    const records = parseRefs(await this.git(["for-each-ref", `--format=${FORMAT}`, ...patterns]));
    return scope ? records.filter((record) => inScope(scope, record.name)) : records;
  }

  /** Here a claim never outlives its tag: both are made in one transaction and one atomic push. */
  highestClaimedCounter(): Promise<number> {
    return Promise.resolve(0);
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
    const seconds = Math.floor(tag.date.getTime() / 1000);
    const body =
      `object ${tag.commit}\ntype commit\ntag ${tag.name}\n` +
      `tagger ${clean(tag.tagger.name) || "mlops"} <${clean(tag.tagger.email)}> ${seconds} +0000\n\n` +
      `${tag.message.endsWith("\n") ? tag.message : `${tag.message}\n`}`;
    const object = (await this.git(["mktag"], body)).trim();
    const claim = claimRef(tag.name);
    // The tag and its counter's claim in one transaction: both, or a conflict.
    const refs = [`refs/tags/${tag.name}`, ...(claim ? [claim] : [])];
    await this.createRefs(tag.name, refs, object);
    if (!(await this.hasRemote())) return;
    // The release goes in the same atomic push: never a tag without its files.
    if (await this.assets.has(tag.name)) refs.push(releaseRef(tag.name));
    await this.push(tag.name, refs, object);
  }

  /** Creates the refs in one transaction, each create-only: all of them, or a conflict. */
  private async createRefs(tag: string, refs: readonly string[], object: string): Promise<void> {
    const input = refs.map((ref) => `create ${ref} ${object}\n`).join("");
    const created = await this.exec(["update-ref", "-m", "mlops registry", "--stdin"], {
      cwd: this.path,
      input,
    });
    if (created.code === 0) return;
    if (refTaken(created)) throw tagConflict(tag, created);
    throw new GitError(["update-ref", refs[0]!], created.stderr);
  }

  /** Pushes the refs atomically; when the remote refuses, the local tag and claim go again. */
  private async push(tag: string, refs: readonly string[], object: string): Promise<void> {
    const pushed = await this.exec(
      [
        "push",
        "--atomic",
        "--porcelain",
        "--quiet",
        this.remoteName,
        ...refs.map((r) => `${r}:${r}`),
      ],
      { cwd: this.path },
    );
    if (pushed.code === 0) return;
    const [ref, ...claims] = refs;
    await this.exec(["update-ref", "-d", ref!, object], { cwd: this.path });
    for (const claim of claims.filter((r) => r.startsWith(COUNTERS_REF)))
      await this.exec(["update-ref", "-d", claim, object], { cwd: this.path });
    if (
      /rejected|already exists|fetch first|stale info/i.test(`${pushed.stdout}\n${pushed.stderr}`)
    )
      throw new TagConflictError(tag);
    throw new GitError(
      ["push", this.remoteName, ref!],
      pushed.stderr || pushed.stdout,
      "Check the remote and its credentials",
    );
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

  /** Stores the files as git objects under `refs/mlops/releases/<tag>`, then checks them out. */
  async storeAssets(
    tag: string,
    files: readonly string[],
    names: readonly string[] = assetNames(files),
  ): Promise<StoredAsset[]> {
    // The folder is checked first: a refused one leaves no ref behind either.
    const folder = this.writableFolder(tag);
    await this.assets.store(tag, files, names);
    // The checkout of what was just stored is the files themselves: copied, not unpacked again.
    mkdirSync(folder, { recursive: true });
    const stored: StoredAsset[] = [];
    for (const [i, file] of files.entries()) {
      const location = join(folder, names[i]!);
      // Whatever the branch left there, a link included, is replaced rather than written through.
      rmSync(location, { force: true });
      copyFileSync(file, location, constants.COPYFILE_EXCL);
      stored.push({
        name: names[i]!,
        sha256: await hashFile(location),
        size: statSync(location).size,
        location,
      });
    }
    return stored;
  }

  async removeAssets(tag: string): Promise<void> {
    await this.assets.remove(tag);
    rmSync(this.folder(tag), { recursive: true, force: true });
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

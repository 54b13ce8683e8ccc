import { lstatSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { isPlainName } from "./asset-names.js";
import type { StoredAsset } from "./backend.js";
import { GitError } from "./errors.js";
import type { GitExec } from "./git-exec.js";
import { hashFile } from "../../engine/files/hash-file.js";

/**
 * Where a version's assets live in the repository: a commit whose tree holds them, under this
 * ref. Git's own objects travel with a push of `refs/mlops/*`, so a clone gets the models
 * along with the tags (README: "The registry in git").
 */
export const RELEASES_REF = "refs/mlops/releases/";

export const releaseRef = (tag: string): string => `${RELEASES_REF}${tag}`;

/** One file of a release as git holds it. */
interface TreeEntry {
  readonly name: string;
  readonly blob: string;
}

/**
 * The assets of a release, kept as git objects under `refs/mlops/releases/<tag>` and checked
 * out into a folder (`<folder>/<name>`) for the files' users. The commit is made of the files
 * alone (fixed author and date), so the same files make the same commit on any machine.
 */
export class GitAssetStore {
  constructor(
    private readonly exec: GitExec,
    private readonly cwd: string,
    private readonly remote: () => Promise<string | undefined>,
  ) {}

  private async git(args: readonly string[], input?: string): Promise<string> {
    const result = await this.exec(args, { cwd: this.cwd, input });
    if (result.code !== 0) throw new GitError(args, result.stderr || result.stdout);
    return result.stdout;
  }

  /**
   * Writes the files as a commit and returns it, making no ref: the release ref is made with the
   * tag, in one transaction (LocalGitBackend.createTag), so that a run that fails before leaves
   * only unreachable objects, which git collects in time.
   */
  async write(tag: string, files: readonly string[], names: readonly string[]): Promise<string> {
    const lines: string[] = [];
    for (const [i, file] of files.entries()) {
      const blob = (await this.git(["hash-object", "-w", "--no-filters", "--", file])).trim();
      lines.push(`100644 blob ${blob}\t${names[i]!}`);
    }
    const tree = (await this.git(["mktree", "-z"], lines.map((l) => `${l}\0`).join(""))).trim();
    const body = `tree ${tree}\nauthor mlops <> 0 +0000\ncommitter mlops <> 0 +0000\n\nAssets of ${tag}\n`;
    return (await this.git(["hash-object", "-t", "commit", "-w", "--stdin"], body)).trim();
  }

  /** The release's files, fetched from the remote when only it has them; undefined: no release. */
  async entries(tag: string): Promise<TreeEntry[] | undefined> {
    const ref = releaseRef(tag);
    let found = await this.exec(["rev-parse", "--verify", "--quiet", ref], { cwd: this.cwd });
    const remote = await this.remote();
    if (found.code !== 0 && remote) {
      await this.exec(["fetch", "--quiet", "--no-tags", remote, `+${ref}:${ref}`], {
        cwd: this.cwd,
      });
      found = await this.exec(["rev-parse", "--verify", "--quiet", ref], { cwd: this.cwd });
    }
    if (found.code !== 0) return undefined;
    const listing = await this.git(["ls-tree", "-z", `${found.stdout.trim()}^{tree}`]);
    return listing.split("\0").flatMap((line) => {
      const entry = /^100644 blob ([0-9a-f]+)\t(.+)$/s.exec(line);
      return entry ? [{ name: entry[2]!, blob: entry[1]! }] : [];
    });
  }

  /**
   * Checks the release out into `folder` (a file already there with the same content is kept)
   * and describes each file. Names come from a tree anyone could have pushed: only plain names
   * are written, never a path that could leave the folder.
   */
  async checkout(entries: readonly TreeEntry[], folder: string): Promise<StoredAsset[]> {
    mkdirSync(folder, { recursive: true });
    const assets: StoredAsset[] = [];
    for (const { name, blob } of entries) {
      if (!isPlainName(name)) continue;
      const location = join(folder, name);
      if (!(await this.holds(location, blob))) {
        // unpack-file writes the blob, bytes intact, to a temporary file in the repository.
        const temporary = (await this.git(["unpack-file", blob])).trim();
        mkdirSync(dirname(location), { recursive: true });
        renameSync(join(this.cwd, temporary), location);
      }
      assets.push({
        name,
        sha256: await hashFile(location),
        size: statSync(location).size,
        location,
      });
    }
    return assets;
  }

  /** Whether `location` is a plain file with the blob's bytes; anything else there is removed. */
  private async holds(location: string, blob: string): Promise<boolean> {
    const stats = lstatSync(location, { throwIfNoEntry: false });
    if (stats === undefined) return false;
    if (!stats.isFile()) {
      rmSync(location, { recursive: true, force: true });
      return false;
    }
    const same = await this.exec(["hash-object", "--no-filters", "--", location], {
      cwd: this.cwd,
    });
    if (same.stdout.trim() === blob) return true;
    rmSync(location, { force: true });
    return false;
  }
}

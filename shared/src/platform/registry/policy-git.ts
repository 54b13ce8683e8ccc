/**
 * The git calls that read the registry policy as a commit holds it. They run in the host's
 * environment (its HOME holds the safe.directory that trusts a checkout), and they carry bytes:
 * the sha256 a stage tag records is of the file's bytes, as `git show <commit>:<file> |
 * sha256sum` prints them. What they tell is read from exit codes and plumbing output, never
 * from git's messages, which speak the user's language.
 */
import { execFile } from "node:child_process";
import { posix } from "node:path";
import { HARDENED_GIT } from "../../engine/process/hardened-git.js";
import { shownRef } from "../../engine/report/escape-control.js";
import { GitError, PolicyRefusal } from "./errors.js";
import { bareByName, gitOk, type GitExec } from "./git-exec.js";

/** git could not be started: it is not installed, or not on the PATH. */
export class GitMissingError extends GitError {}

/** Room for the largest document read (read-structured's cap), which is checked first. */
const MAX_BUFFER = 512 * 2 ** 20;

/** The environment git runs in: the host's, which the caller passes in. */
export type GitEnvironment = Readonly<Record<string, string | undefined>>;

/** The longest target a symbolic link may name (Linux's PATH_MAX): a longer one is no path. */
const MAX_LINK_TARGET = 4096;

/**
 * git for the repository of `root` (by name where it is a bare one), in `env` or, where none is
 * given, in the environment of this process, as the registry's own git runs. Its stdout is
 * decoded as latin1, which maps each byte to one character and back: GitExec carries text, and
 * a blob must come through unchanged. `bytes` and `text` read it.
 */
export function policyGit(root: string, env?: GitEnvironment): GitExec {
  const exec: GitExec = (args, { cwd, input }) =>
    new Promise((resolve, reject) => {
      const child = execFile(
        "git",
        [...HARDENED_GIT, ...args],
        { cwd, env, encoding: "latin1", maxBuffer: MAX_BUFFER },
        (error, stdout, stderr) => {
          const stderrText = text(stderr);
          if (error && typeof error.code !== "number") {
            const Failure = error.code === "ENOENT" ? GitMissingError : GitError;
            reject(new Failure(args, `${error.message}\n${stderrText}`));
            return;
          }
          resolve({ code: error ? Number(error.code) : 0, stdout, stderr: stderrText });
        },
      );
      child.stdin?.on("error", () => undefined);
      child.stdin?.end(input);
    });
  return bareByName(exec, root);
}

/** What `policyGit` printed, as the bytes git wrote. */
export const bytes = (stdout: string): Buffer => Buffer.from(stdout, "latin1");

/** What `policyGit` printed, as UTF-8 text (paths, messages). */
export const text = (stdout: string): string => bytes(stdout).toString("utf8");

/** A path from the top of the repository, taken as it is written (no glob). */
const literal = (path: string): string => `:(top,literal)${path}`;

/** One entry of a commit's tree: its mode (`100644`, `120000` a link), object and size. */
interface TreeEntry {
  readonly mode: string;
  readonly object: string;
  readonly size: number;
}

/** A file that a commit holds, with its object and size. */
export interface CommittedFile {
  readonly file: string;
  readonly object: string;
  readonly size: number;
}

/**
 * Where a path leads in a commit: to a file, to nothing (`path`: where the links led, a file
 * the commit does not hold), or by a link out of the repository.
 */
export type Resolved =
  | { readonly kind: "file"; readonly found: CommittedFile; readonly links: readonly string[] }
  | { readonly kind: "none"; readonly path: string; readonly links: readonly string[] }
  | { readonly kind: "outside"; readonly target: string; readonly links: readonly string[] };

/** A symbolic link's mode in a tree. */
const LINK = "120000";
/** Links followed in one path before it is taken for a loop (Linux's MAXSYMLINKS). */
const MAX_LINKS = 40;

/** The entries of `commit` at each of `paths` (from the top), in one `git ls-tree`. */
async function treeEntries(
  git: GitExec,
  root: string,
  commit: string,
  paths: readonly string[],
): Promise<Map<string, TreeEntry>> {
  const args = ["ls-tree", "--full-tree", "-l", "-z", commit, "--", ...paths];
  const entries = new Map<string, TreeEntry>();
  // `<mode> <type> <object> <size>\t<path>`: a tree one descends through is not listed itself.
  for (const row of text(await gitOk(git, args, { cwd: root })).split("\0")) {
    const tab = row.indexOf("\t");
    if (tab < 0) continue;
    const [mode = "", , object = "", size = ""] = row.slice(0, tab).split(/ +/);
    entries.set(row.slice(tab + 1), { mode, object, size: Number(size) });
  }
  return entries;
}

/**
 * Where `path` leads in `commit`, following the links the commit holds on the way (a committed
 * `registry.yml -> ../config/registry.yml` is followed, as a checkout of it is read): a file
 * the commit holds, none, or a link that leads out of the repository, whose file no commit
 * holds. `links` are the links passed, which a working tree must hold as committed too.
 */
export async function resolveCommitted(
  git: GitExec,
  root: string,
  commit: string,
  path: string,
): Promise<Resolved> {
  const links: string[] = [];
  let current = path;
  for (;;) {
    const parts = current.split("/");
    const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join("/"));
    const entries = await treeEntries(git, root, commit, prefixes);
    const at = prefixes.findIndex((prefix) => entries.get(prefix)?.mode === LINK);
    if (at < 0) {
      const entry = entries.get(current);
      if (entry === undefined) return { kind: "none", path: current, links };
      if (!/^100[67]/.test(entry.mode)) {
        throw new PolicyRefusal(
          `${shownRef(current)} is no file in commit ${commit.slice(0, 12)} (git mode ${entry.mode}): the registry policy must be one`,
          "Commit the policy as a file",
        );
      }
      return { kind: "file", found: { file: current, ...entry }, links };
    }
    const link = prefixes[at]!;
    links.push(link);
    if (links.length > MAX_LINKS) {
      throw new PolicyRefusal(
        `${path} leads through more than ${MAX_LINKS} symbolic links in commit ${commit.slice(0, 12)}, a loop`,
        "Commit the policy as a file, or a link to one",
      );
    }
    const target = await linkTarget(git, root, commit, link, entries.get(link)!);
    const next = posix.normalize(posix.join(posix.dirname(link), target, ...parts.slice(at + 1)));
    if (posix.isAbsolute(target) || next === ".." || next.startsWith("../")) {
      return { kind: "outside", target, links };
    }
    current = next;
  }
}

/** The path a committed link names, read only where it is no longer than a path may be. */
async function linkTarget(
  git: GitExec,
  root: string,
  commit: string,
  link: string,
  entry: TreeEntry,
): Promise<string> {
  if (entry.size > MAX_LINK_TARGET) {
    throw new PolicyRefusal(
      `${shownRef(link)} is a symbolic link of ${entry.size} bytes in commit ${commit.slice(0, 12)}, more than the ${MAX_LINK_TARGET} a path may hold`,
      "Commit the policy as a file, or a link to one",
    );
  }
  return text(await gitOk(git, ["cat-file", "blob", entry.object], { cwd: root }));
}

/** The bytes of a committed file. */
export async function blobBytes(git: GitExec, root: string, object: string): Promise<Buffer> {
  return bytes(await gitOk(git, ["cat-file", "blob", object], { cwd: root }));
}

/** A path as `git status --porcelain` lists it: `??` untracked, `!!` ignored, else changed. */
export interface Change {
  readonly code: string;
  readonly path: string;
}

/**
 * How the working tree holds `paths` unlike HEAD, as git judges it: its filters (core.autocrlf,
 * an `eol` attribute) make no change, and a file a sparse checkout leaves out (skip-worktree) is
 * not deleted. Ignored files are listed too, as a policy never committed. No lock is taken: the
 * index is only read.
 */
export async function changes(
  git: GitExec,
  root: string,
  paths: readonly string[],
): Promise<Change[]> {
  const args = [
    "--no-optional-locks",
    "status",
    "--porcelain",
    "-z",
    "--ignored=matching",
    "--untracked-files=all",
    "--",
    ...paths.map(literal),
  ];
  const fields = text(await gitOk(git, args, { cwd: root })).split("\0");
  const found: Change[] = [];
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    if (field.length < 4) continue;
    found.push({ code: field.slice(0, 2), path: field.slice(3) });
    // A rename or copy names where it came from in the next field.
    if (/^[RC]/.test(field)) i++;
  }
  return found;
}

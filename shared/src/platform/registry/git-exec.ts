import { execFile } from "node:child_process";
import { existsSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { HARDENED_GIT } from "../../engine/process/hardened-git.js";
import { GitError, RegistryError, TagConflictError } from "./errors.js";

export interface GitResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs one git command. Injectable, so that tests can count invocations and inject failures;
 * it resolves with the exit code rather than throwing, since callers tell conflicts apart.
 */
export type GitExec = (
  args: readonly string[],
  options: { readonly cwd: string; readonly input?: string },
) => Promise<GitResult>;

/** Listing thousands of tags with their messages can be tens of megabytes. */
const MAX_BUFFER = 512 * 1024 * 1024;

/** The `git` program, started without a shell, so no argument is ever interpreted. */
export const execGit: GitExec = (args, { cwd, input }) =>
  new Promise((resolve, reject) => {
    const child = execFile(
      "git",
      [...HARDENED_GIT, ...args],
      { cwd, maxBuffer: MAX_BUFFER, encoding: "utf8", windowsHide: true },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : undefined) : 0;
        if (code === undefined) {
          reject(
            new GitError(
              args,
              `${error?.message ?? ""}\n${stderr}`,
              "Check that git is installed and on the PATH",
            ),
          );
          return;
        }
        resolve({ code, stdout, stderr });
      },
    );
    // A command that exits without reading its input closes the pipe; its exit code tells.
    child.stdin?.on("error", () => undefined);
    if (input === undefined) child.stdin?.end();
    else child.stdin?.end(input);
  });

/** Whether a create-only `update-ref` failed because another writer made the ref first. */
export const refTaken = (result: GitResult): boolean =>
  result.code !== 0 && /exists|unable to lock|cannot lock/i.test(result.stderr);

/**
 * The conflict of a create-only ref update that `refTaken` tells, with the lock file git could not
 * create where it names one ("Unable to create '<path>.lock': File exists"). Only the quoted
 * path is read: git words the rest in the user's language where it has a translation ("Konnte
 * '<path>.lock' nicht erstellen"), and whether the file is there is asked of the file itself.
 */
export function tagConflict(tag: string, result: GitResult): TagConflictError {
  const lock = /'([^'\n]+\.lock)'/.exec(result.stderr)?.[1];
  return new TagConflictError(tag, lock);
}

/** Runs git and returns stdout, throwing GitError on a non-zero exit. */
export async function gitOk(
  exec: GitExec,
  args: readonly string[],
  options: { readonly cwd: string; readonly input?: string },
  fix?: string,
): Promise<string> {
  const result = await exec(args, options);
  if (result.code !== 0) throw new GitError(args, result.stderr || result.stdout, fix);
  return result.stdout;
}

/** How promote is told where its registry is; other callers say how they find theirs. */
const REPOSITORY_FIX =
  "Give the path of a git repository: the registry input, or --registry on the command line";

/**
 * `exec` for the repository at `path`, failing with what is wrong with the path (and `fix`, how
 * to name another) when git cannot work there: a folder that does not exist (where starting git would say only that git could
 * not be started) or one that is not a repository. Asked only after a failure, so that a
 * registry in a real repository runs no git command more.
 */
export function inRepository(exec: GitExec, path: string, fix = REPOSITORY_FIX): GitExec {
  const problem = (): RegistryError | undefined => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat === undefined) return new RegistryError(`${path} does not exist`, fix);
    if (!stat.isDirectory()) return new RegistryError(`${path} is not a folder`, fix);
    return undefined;
  };
  return async (args, options) => {
    let result: GitResult;
    try {
      result = await exec(args, options);
    } catch (error) {
      throw problem() ?? error;
    }
    if (result.code !== 0 && /not a git repository/i.test(result.stderr))
      throw problem() ?? new RegistryError(`${path} is not a git repository`, fix);
    return result;
  };
}

/** Whether `path` is laid out as a bare repository: HEAD, objects/ and refs/, and no .git. */
const bareLayout = (path: string): boolean =>
  existsSync(join(path, "HEAD")) &&
  statSync(join(path, "objects"), { throwIfNoEntry: false })?.isDirectory() === true &&
  statSync(join(path, "refs"), { throwIfNoEntry: false })?.isDirectory() === true &&
  !existsSync(join(path, ".git"));

/**
 * `exec` for a registry at `path` that may be a bare repository: git, which `HARDENED_GIT`
 * tells never to take a folder for one by itself, is given it by name (`--git-dir`), unless
 * the folder is files of a checkout (its HEAD tracked by the repository around it), which a
 * pull request could have committed with a config that runs a command on fetch. The folder is
 * judged where it really is: git does not answer for a path through a link (`reglink ->
 * barereg`), which a pull request could commit beside it.
 */
export function bareByName(exec: GitExec, path: string): GitExec {
  let checked: Promise<readonly string[]> | undefined;
  const prefix = async (): Promise<readonly string[]> => {
    if (!bareLayout(path)) return [];
    const real = realpathSync(path);
    const tracked = await exec(["ls-files", "--error-unmatch", "--", `${basename(real)}/HEAD`], {
      cwd: dirname(real),
    });
    if (tracked.code === 0) {
      throw new RegistryError(
        `${path} is laid out as a bare git repository, but its files are committed in the repository around it`,
        "Give the path of a repository of its own (a clone, or a bare repository on disk), never a folder of a checkout",
      );
    }
    return ["--git-dir", path];
  };
  return async (args, options) => {
    checked ??= prefix();
    return exec([...(await checked), ...args], options);
  };
}

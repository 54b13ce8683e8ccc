import { execFile } from "node:child_process";
import { GitError } from "./errors.js";

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
      [...args],
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

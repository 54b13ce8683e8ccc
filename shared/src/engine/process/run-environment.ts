import { cpus, platform, release, totalmem } from "node:os";
import { basename } from "node:path";
import { captureOutput } from "./capture-output.js";
import { HARDENED_GIT } from "./hardened-git.js";

export interface RunEnvironment {
  readonly os: { readonly platform: string; readonly release: string };
  readonly cpu: { readonly model: string | null; readonly count: number };
  readonly memory_bytes: number;
  readonly node: string;
  readonly python: string | null;
}

export interface GitState {
  readonly commit: string | null;
  readonly ref: string | null;
  /**
   * Whether tracked files had changes not committed when the run started (untracked files do
   * not count); null if unknown.
   */
  readonly dirty: boolean | null;
}

type Env = Readonly<Record<string, string | undefined>>;

/** A Python interpreter's name: python, python3, python3.11 (a venv's too). */
const PYTHON = /^python(\d+(\.\d+)?)?$/;

/**
 * The interpreter the command runs, when its program is one (`/usr/bin/python3 train.py`, or a
 * shell script's first word); else the PATH's python3, which `python3 -m` or a tool the command
 * starts would most likely use.
 */
function pythonOf(command: { argv: readonly string[]; shell: boolean } | undefined): string {
  const program = command?.shell
    ? /^\s*([\w./+-]+)(?=\s|$)/.exec(command.argv[0] ?? "")?.[1]
    : command?.argv[0];
  return program !== undefined && PYTHON.test(basename(program)) ? program : "python3";
}

/**
 * The machine a run ran on, and the Python the command used or most likely uses (null when
 * there is none): one `--version` of the interpreter the command names, resolved as the command's
 * own program is, by the command's PATH and working directory.
 */
export async function runEnvironment(
  cwd: string,
  env: Env,
  command?: { argv: readonly string[]; shell: boolean },
): Promise<RunEnvironment> {
  const cores = cpus();
  const python = await captureOutput(pythonOf(command), ["--version"], { cwd, env });
  return {
    os: { platform: platform(), release: release() },
    cpu: { model: cores[0]?.model.trim() || null, count: cores.length },
    memory_bytes: totalmem(),
    node: process.version,
    python: python?.trim().replace(/^Python\s+/, "") || null,
  };
}

/**
 * The commit checked out in the working directory, the code the command runs: on a pull request
 * GitHub's sha is the merge commit, and a checkout with `ref:` has another. GitHub's sha and ref
 * (`known`) stand in where git cannot say; null for each not known.
 */
export async function gitState(
  cwd: string,
  env: Env,
  known: { sha?: string; ref?: string } = {},
): Promise<GitState> {
  // With the suite's git settings: the folder may be a checkout of untrusted files.
  const git = (...args: string[]) => captureOutput("git", [...HARDENED_GIT, ...args], { cwd, env });
  const [commit, ref, status] = await Promise.all([
    git("rev-parse", "HEAD"),
    git("rev-parse", "--abbrev-ref", "HEAD"),
    // Tracked changes only, as `git describe --dirty` counts them: untracked files are most
    // often what earlier runs wrote (mlops-out/, models, downloaded data), not the code run.
    git("status", "--porcelain", "--untracked-files=no"),
  ]);
  // A detached checkout (as actions/checkout leaves it) names no branch: "HEAD".
  const branch = ref?.trim() === "HEAD" ? null : ref?.trim() || null;
  return {
    commit: commit?.trim() || known.sha || null,
    ref: known.ref || branch,
    dirty: status === null ? null : status.trim() !== "",
  };
}

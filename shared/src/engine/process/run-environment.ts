import { cpus, platform, release, totalmem } from "node:os";
import { captureOutput } from "./capture-output.js";

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
  /** Whether the checkout had changes not committed when the run started; null if unknown. */
  readonly dirty: boolean | null;
}

type Env = Readonly<Record<string, string | undefined>>;

/** The machine a run ran on, and the Python the command most likely used (null when absent). */
export async function runEnvironment(cwd: string, env: Env): Promise<RunEnvironment> {
  const cores = cpus();
  const python = await captureOutput("python3", ["--version"], { cwd, env });
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
  const [commit, ref, status] = await Promise.all([
    captureOutput("git", ["rev-parse", "HEAD"], { cwd, env }),
    captureOutput("git", ["rev-parse", "--abbrev-ref", "HEAD"], { cwd, env }),
    captureOutput("git", ["status", "--porcelain"], { cwd, env }),
  ]);
  // A detached checkout (as actions/checkout leaves it) names no branch: "HEAD".
  const branch = ref?.trim() === "HEAD" ? null : ref?.trim() || null;
  return {
    commit: commit?.trim() || known.sha || null,
    ref: known.ref || branch,
    dirty: status === null ? null : status.trim() !== "",
  };
}

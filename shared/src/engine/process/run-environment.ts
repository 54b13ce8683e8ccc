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

/** The commit and branch of the working directory's git checkout; null for each not known. */
export async function gitState(cwd: string, env: Env): Promise<GitState> {
  const [commit, ref] = await Promise.all([
    captureOutput("git", ["rev-parse", "HEAD"], { cwd, env }),
    captureOutput("git", ["rev-parse", "--abbrev-ref", "HEAD"], { cwd, env }),
  ]);
  return { commit: commit?.trim() || null, ref: ref?.trim() || null };
}

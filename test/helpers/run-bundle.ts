import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { node24 } from "../../scripts/node24.js";
import { repoRoot } from "./examples.js";
import { tempDir } from "./temp-dir.js";

export interface BundleRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** GITHUB_OUTPUT parsed back into name -> value, as the runner reads it. */
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly workspace: string;
}

/** The lines of a step's output that the runner reads as workflow commands (`::name ...::`). */
export const workflowCommands = (stdout: string): string[] =>
  stdout.split("\n").filter((line) => line.startsWith("::"));

/** Parses the runner's `name<<delimiter` output file format. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? "");
    if (!match) continue;
    const [, name, delimiter] = match as unknown as [string, string, string];
    const value: string[] = [];
    while (lines[++i] !== delimiter) {
      if (i >= lines.length) throw new Error(`output '${name}' has no closing delimiter`);
      value.push(lines[i] ?? "");
    }
    outputs[name] = value.join("\n");
  }
  return outputs;
}

/**
 * Runs an action's committed bundle as the runner does: `node dist/index.js` under Node 24 in
 * the workspace, inputs as INPUT_* variables, and the runner's files and event payload.
 */
export async function runBundle(
  action: string,
  inputs: Record<string, string>,
  options: {
    env?: Record<string, string>;
    files?: Record<string, string>;
    /** The webhook payload at GITHUB_EVENT_PATH. */
    event?: Record<string, unknown>;
    /** Prepares the workspace after the files are written (a git init, say). */
    before?: (workspace: string) => void;
  } = {},
): Promise<BundleRun> {
  const { dir, write } = tempDir();
  for (const [name, text] of Object.entries(options.files ?? {})) write(name, text);
  options.before?.(dir);
  // The runner's own files live outside the workspace, as RUNNER_TEMP does.
  const runnerDir = tempDir();
  const output = runnerDir.write("output", "");
  const summary = runnerDir.write("summary", "");
  const event = runnerDir.write(
    "event.json",
    JSON.stringify(options.event ?? { pull_request: { number: 7 } }),
  );
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_EVENT_PATH: event,
    GITHUB_EVENT_NAME: "pull_request",
    GITHUB_API_URL: "http://127.0.0.1:9",
    GITHUB_REPOSITORY: "octo/models",
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const bundle = join(repoRoot, "actions", action, "dist/index.js");
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run build`);
  // Asynchronous, so that a server in this process (the GitHub emulator) can answer the bundle.
  const child = spawn(node24, [bundle], { cwd: dir, env, timeout: 20_000 });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(output, "utf8")),
    summary: readFileSync(summary, "utf8"),
    workspace: dir,
  };
}

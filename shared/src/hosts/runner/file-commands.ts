import { appendFileSync } from "node:fs";
import { MlopsError } from "../../engine/errors.js";
import { truncateMarkdown } from "../../engine/report/truncate-markdown.js";

/** GitHub stores at most 1 MiB of job summary per step; a larger one is dropped whole. */
export const SUMMARY_LIMIT = 1024 * 1024;

/**
 * The file a runner variable names, checked writable before the action runs: an action must not
 * write its reports and then fail to announce them. Appending nothing creates the file, as the
 * runner does, and fails where its folder is missing or not writable.
 */
export function requireEnvFile(env: NodeJS.ProcessEnv, name: string): string {
  const path = env[name];
  if (!path) {
    throw new MlopsError(
      `${name} is not set`,
      "Run this inside a GitHub Actions runner, or use the mlops command-line program",
    );
  }
  try {
    appendFileSync(path, "");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "an error";
    const why = code === "ENOENT" ? "its folder does not exist" : `it cannot be written (${code})`;
    throw new MlopsError(
      `${name} is '${path}', but ${why}`,
      "The runner sets it to a file in its own folder; outside a runner, point it at a file in an existing, writable folder",
    );
  }
  return path;
}

/** Appends `name=value` to GITHUB_OUTPUT, with a random delimiter no value can contain. */
export function appendOutput(file: string, name: string, value: string): void {
  // Whether or not it can be guessed, a delimiter the value contains is never used.
  const fresh = () =>
    `ghadelimiter_${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
  let delimiter = fresh();
  while (value.includes(delimiter) || name.includes(delimiter)) delimiter = fresh();
  appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}

/** Cuts markdown to the summary limit, saying so at the end. */
export const capSummary = (markdown: string): string =>
  truncateMarkdown(
    markdown,
    SUMMARY_LIMIT,
    "bytes",
    "> The summary was cut at GitHub's 1 MiB limit; the full report is in the report file.",
  );

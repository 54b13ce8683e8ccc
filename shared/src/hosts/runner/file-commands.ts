import { appendFileSync } from "node:fs";
import { MlopsError } from "../../engine/errors.js";
import { groupDigits } from "../../engine/report/group-digits.js";
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

/**
 * GitHub takes at most 1 MB of outputs per job, all of them together, sized as UTF-16: two
 * bytes a character (a UTF-16 code unit). train-run's `metrics` of many thousand metrics can be
 * more on its own. Other steps of the job have outputs too, which a step cannot see: it keeps
 * its own within the limit, no more.
 */
export const OUTPUT_LIMIT = 1_000_000;

/** The file that holds every output of a step, as the action's own outputs name it. */
function heldIn(outputs: Readonly<Record<string, string>>): string {
  const record = outputs["record-path"];
  if (record) return `; the run record ${record} holds it in full`;
  const report = outputs["report-path"];
  return report ? `; the report ${report} holds it in full` : "";
}

/**
 * The outputs as a runner sets them: where together they come to more than GitHub takes, the
 * largest are left empty until the rest fit, each with a warning that says where it is held in
 * full. On the command line (`--json`) they are given whole.
 */
export function fitOutputs(
  outputs: Readonly<Record<string, string>>,
  warn: (message: string) => void,
): Record<string, string> {
  const sizeOf = (value: string) => value.length * 2;
  const total = Object.values(outputs).reduce((sum, value) => sum + sizeOf(value), 0);
  const fitted = { ...outputs };
  let left = total;
  const largestFirst = Object.keys(outputs).sort(
    (a, b) => sizeOf(outputs[b]!) - sizeOf(outputs[a]!),
  );
  for (const name of largestFirst) {
    if (left <= OUTPUT_LIMIT) break;
    const size = sizeOf(outputs[name]!);
    left -= size;
    fitted[name] = "";
    warn(
      `output '${name}' is left empty: it is ${groupDigits(size)} bytes as GitHub counts them (in UTF-16), of the step's ${groupDigits(total)}, more than the ${groupDigits(OUTPUT_LIMIT)} GitHub takes for a job's outputs${heldIn(outputs)}`,
    );
  }
  return fitted;
}

/** Cuts markdown to the summary limit, saying so at the end. */
export const capSummary = (markdown: string): string =>
  truncateMarkdown(
    markdown,
    SUMMARY_LIMIT,
    "bytes",
    "> The summary was cut at GitHub's 1 MiB limit; the full report is in the report file.",
  );

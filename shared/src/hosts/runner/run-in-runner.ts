import { appendFileSync } from "node:fs";
import type { ArtifactStore } from "../../platform/artifacts/artifact-store.js";
import type {
  Annotation,
  AnyActionDefinition,
  Level,
  RunContext,
} from "../../interface/define-action.js";
import { githubContextFromEnv, readEventPayload } from "../../platform/github/github-context.js";
import { describeFailure, workspaceLocation } from "../../interface/describe-failure.js";
import { execute, secretValues } from "../../interface/execute.js";
import { appendOutput, capSummary, fitOutputs, requireEnvFile } from "./file-commands.js";
import { uploadArtifacts } from "./upload-artifacts.js";
import { safeForLog } from "../../engine/report/escape-control.js";
import { command, maskCommand } from "./workflow-commands.js";
import { detachEarly } from "../../engine/detach-early.js";
import { startActionReaderEarly } from "../../interface/early-reader.js";

/** How often progress reaches a log: a line every few seconds keeps a long step's log readable. */
export const PROGRESS_LOG_MS = 5000;

/**
 * Progress for a log that cannot redraw a line: the first line once PROGRESS_LOG_MS have passed
 * (a short step logs none), then at most one per PROGRESS_LOG_MS; the lines between are dropped.
 */
export function progressLog(log: (line: string) => void): (line: string) => void {
  let next = Date.now() + PROGRESS_LOG_MS;
  return (line) => {
    const now = Date.now();
    if (now < next) return;
    next = now + PROGRESS_LOG_MS;
    log(line);
  };
}

/** GitHub shows at most 10 annotations of each level per step. */
export const ANNOTATION_LIMIT = 10;

export interface RunnerIo {
  readonly env: NodeJS.ProcessEnv;
  readonly write: (line: string) => void;
  readonly cwd: string;
  /** Where the artifacts an action returns are uploaded: given only by actions that return some. */
  readonly artifactStore?: () => ArtifactStore;
  /** How waits on GitHub pass; real time unless a test gives a faster clock. */
  readonly clock?: RunContext["clock"];
}

const defaultIo = (): RunnerIo => ({
  env: process.env,
  write: (line) => process.stdout.write(`${line}\n`),
  cwd: process.cwd(),
});

/** Input text as the runner passes it: INPUT_<NAME>, upper-cased, spaces as underscores. */
export const runnerLookup = (env: NodeJS.ProcessEnv) => (name: string) =>
  env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`];

/**
 * A `with:` value is read as the workflow's own YAML first, which takes quotes and braces of its
 * own: a block scalar passes the text on its lines as written.
 */
const WITH_BLOCK = (input: string) =>
  `in the workflow's with:, a block keeps it as written: '${input}: |', then the value on the lines below, indented`;

/**
 * Runs an action as a step of a GitHub Actions job and returns the exit code: 0 on success, 1
 * with one `::error::` line on bad input or a failing verdict.
 */
export async function runInRunner(
  definition: AnyActionDefinition,
  given: Partial<RunnerIo> = {},
): Promise<number> {
  detachEarly();
  const defined = Object.entries(given).filter(([, value]) => value !== undefined);
  const io: RunnerIo = { ...defaultIo(), ...Object.fromEntries(defined) };
  const { env, write } = io;
  const lookup = runnerLookup(env);
  const debug = env.RUNNER_DEBUG === "1";
  const workspace = env.GITHUB_WORKSPACE || io.cwd;
  startActionReaderEarly(definition.name, lookup, workspace);
  for (const value of secretValues(definition, lookup)) write(maskCommand(value));
  try {
    // Both files are checked before the action runs, so that it never writes reports it cannot announce.
    const outputFile = requireEnvFile(env, "GITHUB_OUTPUT");
    const summaryFile = requireEnvFile(env, "GITHUB_STEP_SUMMARY");
    // The event is read after the reports are written (a comment, a fork's artifact): one the
    // action could not read is refused before then.
    await readEventPayload(env.GITHUB_EVENT_PATH);
    const log = (line: string) => write(safeForLog(line));
    // Warnings annotated while the step runs count toward GitHub's cap with those at its end;
    // past the cap they are log lines.
    let warned = 0;
    const warn = (message: string) => {
      if (warned >= ANNOTATION_LIMIT) return log(`warning: ${message}`);
      warned++;
      write(command("warning", {}, message));
    };
    const result = await execute(definition, lookup, {
      cwd: workspace,
      // The workspace is a checkout: a pull request chooses its links.
      confineLinks: true,
      log,
      warn,
      progress: progressLog(log),
      passthrough: write,
      now: () => new Date(),
      github: githubContextFromEnv(env),
      env,
      ...(io.artifactStore ? { artifactStore: io.artifactStore } : {}),
      ...(io.clock ? { clock: io.clock } : {}),
    });
    const outputs = result.outputs as Readonly<Record<string, string>>;
    for (const [name, value] of Object.entries(fitOutputs(outputs, warn))) {
      appendOutput(outputFile, name, value);
    }
    appendFileSync(summaryFile, capSummary(result.summary));
    const uploadWarnings = await uploadArtifacts(result.artifacts ?? [], {
      env,
      summaryFile,
      workspace,
      log,
      artifactStore: io.artifactStore,
    });
    // An upload's warnings come first, so that GitHub's cap on annotations never hides them.
    const annotations = [...uploadWarnings, ...(result.annotations ?? [])];
    for (const line of annotationCommands(annotations, { warning: warned })) write(line);
    if (result.failure) {
      const { file, line } = result.failureAt ?? {};
      const at = file === undefined ? undefined : workspaceLocation(workspace, file, line);
      write(command("error", { file: at?.file, line: at?.line }, result.failure));
      return 1;
    }
    return 0;
  } catch (error) {
    const { line, detail, at } = describeFailure(
      error,
      debug,
      "re-running with debug logging (RUNNER_DEBUG=1)",
      workspace,
      WITH_BLOCK,
    );
    if (detail) write(safeForLog(detail));
    // A file in the workspace is annotated where it fails, as a row check's failures are.
    write(command("error", { file: at?.file, line: at?.line }, line));
    return 1;
  }
}

/**
 * The first annotations of each level, within GitHub's limits less those `shown` already, and a
 * notice counting the rest.
 */
export function annotationCommands(
  annotations: readonly Annotation[],
  shown: Partial<Record<Level, number>> = {},
): string[] {
  const levels: Level[] = ["error", "warning", "notice"];
  const limit = (level: Level) => ANNOTATION_LIMIT - (shown[level] ?? 0);
  const overflow = levels.some(
    (level) => annotations.filter((a) => a.level === level).length > limit(level),
  );
  const lines: string[] = [];
  const hidden: string[] = [];
  for (const level of levels) {
    const ofLevel = annotations.filter((a) => a.level === level);
    // One notice slot is kept for the count of what is not shown.
    const room = level === "notice" && overflow ? limit(level) - 1 : limit(level);
    for (const a of ofLevel.slice(0, room)) {
      lines.push(command(level, { title: a.title, file: a.file, line: a.line }, a.message));
    }
    if (ofLevel.length > room)
      hidden.push(`${ofLevel.length - room} ${level}${ofLevel.length - room === 1 ? "" : "s"}`);
  }
  if (hidden.length > 0) {
    lines.push(
      command(
        "notice",
        { title: "More annotations" },
        `${hidden.join(", ")} not annotated (GitHub shows ${ANNOTATION_LIMIT} of each per step); see the report for all of them`,
      ),
    );
  }
  return lines;
}

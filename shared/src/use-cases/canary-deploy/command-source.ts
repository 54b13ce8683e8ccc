import { basename } from "node:path";
import { childEnv } from "../../engine/process/child-env.js";
import { runProcess, type ProcessOutcome } from "../../engine/process/run-process.js";
import type {
  Agreement,
  MetricReading,
  MetricSource,
  ObservationWindow,
  Observed,
} from "./metric-reading.js";

export interface CommandSourceOptions {
  readonly argv: readonly string[];
  readonly shell: boolean;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>> | undefined;
  readonly timeoutMs: number;
  /** The metrics the policy judges: each must be in the output. */
  readonly names: readonly string[];
}

/** More than this on stdout is no metrics file a judgement should wait on. */
const MAX_OUTPUT = 64 * 1024 * 1024;
/** A command stopped at its timeout has this long between SIGTERM and SIGKILL. */
const STOP_GRACE_MS = 1000;

/** The output is untrusted data: a failure names what is wrong and where, never echoes it whole. */
class OutputProblem extends Error {}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

const count = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 0;

/** One variant's value of a metric: a list of numbers (samples) or failures of a total (a rate). */
function observed(value: unknown, where: string): Observed {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) {
    const bad = value.findIndex((v) => typeof v !== "number" || !Number.isFinite(v));
    if (bad >= 0) throw new OutputProblem(`${where}[${bad}] is not a finite number`);
    return value.length === 0 ? null : { kind: "samples", values: value as number[] };
  }
  if (isRecord(value) && count(value.failures) && count(value.total)) {
    if (value.failures > value.total)
      throw new OutputProblem(`${where} has more failures than its total`);
    return value.total === 0
      ? null
      : { kind: "proportion", failures: value.failures, total: value.total };
  }
  throw new OutputProblem(
    `${where} is neither a list of numbers nor {"failures": n, "total": n} of whole numbers`,
  );
}

/** Reads `{"baseline": {...}, "canary": {...}, "agreement"?: {...}}` for the named metrics. */
export function parseMetricsOutput(
  text: string,
  names: readonly string[],
): { metrics: MetricReading[]; agreement?: Agreement } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new OutputProblem("its output is not JSON");
  }
  if (!isRecord(doc) || !isRecord(doc.baseline) || !isRecord(doc.canary))
    throw new OutputProblem('its output has no "baseline" and "canary" objects');
  const side = (variant: "baseline" | "canary", name: string) => {
    const values = doc[variant] as Record<string, unknown>;
    return observed(Object.hasOwn(values, name) ? values[name] : undefined, `${variant}.${name}`);
  };
  const metrics = names.map((name) => ({
    name,
    baseline: side("baseline", name),
    canary: side("canary", name),
  }));
  const agreement = doc.agreement;
  if (agreement === undefined) return { metrics };
  if (
    !isRecord(agreement) ||
    !count(agreement.agreed) ||
    !count(agreement.compared) ||
    agreement.agreed > agreement.compared
  )
    throw new OutputProblem(
      '"agreement" is not {"agreed": n, "compared": n} with agreed <= compared',
    );
  return { metrics, agreement: { agreed: agreement.agreed, compared: agreement.compared } };
}

/** Why a run of the command gave no metrics, or null when it printed them. */
function failure(outcome: ProcessOutcome, timeoutMs: number, printed: number): string | null {
  if (outcome.timedOut) return `ran past ${timeoutMs / 1000}s`;
  if (outcome.spawnError !== null) return `could not run (${outcome.spawnError})`;
  if (outcome.exitCode === null) return `was stopped by ${outcome.signal}`;
  if (outcome.exitCode !== 0) return `exited with ${outcome.exitCode}`;
  if (printed > MAX_OUTPUT) return `printed more than ${MAX_OUTPUT / 1024 / 1024} MiB`;
  return null;
}

/**
 * Reads both variants' metrics from the user's command (a script over logs, a query of another
 * metrics store). A command that fails, runs past its time or prints something else leaves every
 * metric unread for this judgement: the step holds, it does not pass.
 */
export function commandSource(options: CommandSourceOptions): MetricSource {
  // Run as a process group: a timeout stops the command and whatever it started (a hung curl
  // in a script), which would otherwise hold its output open and the judgement with it.
  const run = async (window: ObservationWindow): Promise<string> => {
    const seconds = (window.end.getTime() - window.start.getTime()) / 1000;
    const env = childEnv(options.env, {
      MLOPS_WINDOW_SECONDS: String(Math.ceil(seconds)),
      MLOPS_STEP: String(window.step),
      MLOPS_WEIGHT: String(window.weight),
    });
    const stdout: string[] = [];
    let size = 0;
    let lastError = "";
    const outcome = await runProcess({
      argv: options.argv,
      shell: options.shell,
      cwd: options.cwd,
      env,
      timeoutMs: options.timeoutMs,
      graceMs: STOP_GRACE_MS,
      onLine: (line) => {
        size += line.length + 1;
        if (size <= MAX_OUTPUT) stdout.push(line);
      },
      onErrorLine: (line) => (lastError = line.trim() || lastError),
    });
    const why = failure(outcome, options.timeoutMs, size);
    if (why === null) return stdout.join("\n");
    throw new OutputProblem(`${why}${lastError ? `: ${lastError.slice(0, 200)}` : ""}`);
  };
  return {
    description: `command ${
      options.shell
        ? "sh -c"
        : options.argv
            .slice(0, 2)
            .map((part) => basename(part))
            .join(" ")
    }`,
    known: null,
    read: async (window) => {
      try {
        return parseMetricsOutput(await run(window), options.names);
      } catch (error) {
        if (!(error instanceof OutputProblem)) throw error;
        const why = `metrics-command ${error.message}`;
        return {
          metrics: options.names.map((name) => ({
            name,
            baseline: null,
            canary: null,
            error: why,
          })),
        };
      }
    },
  };
}

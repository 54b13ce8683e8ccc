import { basename } from "node:path";
import { InputError, MlopsError } from "../../engine/errors.js";
import { placeJsonError } from "../../engine/files/json-error-place.js";
import { parsePythonJson } from "../../engine/files/python-json.js";
import { childEnv } from "../../engine/process/child-env.js";
import { runProcess, type ProcessOutcome } from "../../engine/process/run-process.js";
import { safeForLog } from "../../engine/report/escape-control.js";
import { shorten } from "../../engine/report/shorten.js";
import type {
  MetricSource,
  ObservationWindow,
  Observed,
  Reading,
  SourceCheck,
} from "./metric-reading.js";

export interface CommandSourceOptions {
  readonly argv: readonly string[];
  readonly shell: boolean;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>> | undefined;
  readonly timeoutMs: number;
  /** The metrics the policy judges: each must be in the output. */
  readonly names: readonly string[];
  /** Refuses the policy's rules that cannot judge the metrics printed as rates. */
  readonly checkRates?: (rates: readonly string[]) => void;
  /** The span of one observation, in ms: the window of the run before any traffic moves. */
  readonly intervalMs: number;
  /** The rollout's clock: a command counts its window back from when it runs. */
  readonly now: () => Date;
}

/** More than this on stdout is no metrics file a judgement should wait on. */
const MAX_OUTPUT = 64 * 1024 * 1024;
/** A command stopped at its timeout has this long between SIGTERM and SIGKILL. */
const STOP_GRACE_MS = 1000;

/**
 * What the command did instead of printing metrics, worded to follow "metrics-command". The
 * output is untrusted data: a problem names what is wrong and where, never echoes it whole.
 */
class OutputProblem extends MlopsError {}

const FORMAT_FIX =
  'Print one JSON object, {"baseline": {...}, "canary": {...}}, with each metric a list of numbers or {"failures": n, "total": n}';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

const count = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 0;

/**
 * Python's `json.dumps` writes NaN bare, which the reader takes as the string of its word. A NaN
 * is no reading, as Prometheus's NaN is (a percentile over no requests, 0/0): a NaN point is
 * left out, and a metric printed as NaN, or with only NaN points, has no data, as with null.
 */
const isNaNWord = (value: unknown): boolean => value === "NaN";

/** Why a sample is refused: Infinity, as Python writes it, or anything else but a number. */
function badSample(value: unknown, where: string): OutputProblem {
  if (value === "Infinity" || value === "-Infinity")
    return new OutputProblem(
      `printed ${where} as ${value}, which no sample can be`,
      "Print a finite number (a latency past the histogram's top bucket as that bucket's bound), or null for the whole metric while it has no value",
    );
  return new OutputProblem(`printed ${where}, which is not a finite number`, FORMAT_FIX);
}

/** One variant's value of a metric: a list of numbers (samples) or failures of a total (a rate). */
function observed(value: unknown, where: string): Observed {
  if (value === undefined || value === null || isNaNWord(value)) return null;
  if (Array.isArray(value)) {
    const bad = value.findIndex(
      (v) => !isNaNWord(v) && (typeof v !== "number" || !Number.isFinite(v)),
    );
    if (bad >= 0) throw badSample(value[bad], `${where}[${bad}]`);
    const values = value.filter((v): v is number => typeof v === "number");
    return values.length === 0 ? null : { kind: "samples", values };
  }
  if (isRecord(value) && count(value.failures) && count(value.total)) {
    if (value.failures > value.total)
      throw new OutputProblem(`printed ${where} with more failures than its total`, FORMAT_FIX);
    return value.total === 0
      ? null
      : { kind: "proportion", failures: value.failures, total: value.total };
  }
  throw new OutputProblem(
    `printed ${where}, which is neither a list of numbers nor {"failures": n, "total": n} of whole numbers`,
    FORMAT_FIX,
  );
}

type Variant = "baseline" | "canary";

/** The output as printed: `{"baseline": {...}, "canary": {...}, "agreement"?: {...}}`. */
interface Printed {
  readonly baseline: Record<string, unknown>;
  readonly canary: Record<string, unknown>;
  /** The variants printed as null or left out, read as no metric (`{}`): no data, never 0. */
  readonly missing: readonly Variant[];
  readonly agreement?: unknown;
}

const kindOf = (value: unknown): string =>
  Array.isArray(value) ? "a list" : value === null ? "null" : `a ${typeof value}`;

/** Both variants' objects, with those the output lacks; refuses one that is no object. */
function variantsOf(doc: Record<string, unknown>): Omit<Printed, "agreement"> {
  const missing: Variant[] = [];
  const variant = (name: Variant): Record<string, unknown> => {
    const value = doc[name];
    if (isRecord(value)) return value;
    if (value !== undefined && value !== null)
      throw new OutputProblem(
        `printed "${name}" as ${kindOf(value)}, not an object of metrics`,
        FORMAT_FIX,
      );
    missing.push(name);
    return {};
  };
  const baseline = variant("baseline");
  const canary = variant("canary");
  // With neither, the output is something else than the metrics: unread, not "no data".
  if (missing.length === 2)
    throw new OutputProblem('printed JSON without "baseline" and "canary" objects', FORMAT_FIX);
  return { baseline, canary, missing };
}

function printedOf(text: string): Printed {
  if (text.trim() === "") throw new OutputProblem("printed nothing", FORMAT_FIX);
  let doc: unknown;
  try {
    doc = parsePythonJson(text);
  } catch (error) {
    const why = placeJsonError(text, (error as Error).message, "document");
    throw new OutputProblem(`printed something that is not JSON: ${why}`, FORMAT_FIX);
  }
  if (!isRecord(doc))
    throw new OutputProblem(`printed ${kindOf(doc)}, not one JSON object`, FORMAT_FIX);
  return { ...variantsOf(doc), agreement: doc.agreement };
}

/** The named metrics of both variants, and their agreement when the output gives it. */
function readingOf(doc: Printed, names: readonly string[]): Reading {
  const side = (variant: "baseline" | "canary", name: string) => {
    const values = doc[variant];
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
      'printed an "agreement" that is not {"agreed": n, "compared": n} with agreed <= compared',
      'Print "agreement" as {"agreed": n, "compared": n}, or leave it out',
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
 * The command's output over a window. It runs as a process group: a timeout stops the command
 * and whatever it started (a hung curl in a script), which would otherwise hold its output open
 * and the judgement with it.
 */
async function runCommand(
  options: CommandSourceOptions,
  window: ObservationWindow,
): Promise<string> {
  // The command counts back from when it runs, not from the window's end: a read tried again
  // later, for the same window, asks for the longer span that still starts where it starts.
  const seconds = (options.now().getTime() - window.start.getTime()) / 1000;
  const env = childEnv(options.env, {
    MLOPS_WINDOW_SECONDS: String(Math.max(1, Math.round(seconds))),
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
  throw new OutputProblem(
    `${why}${lastError ? `: ${lastError.slice(0, 200)}` : ""}`,
    "Run it by hand in the same directory to see why",
  );
}

/** The output of one run, as printed and as read for the policy's metrics. */
async function readCommand(options: CommandSourceOptions, window: ObservationWindow) {
  const printed = printedOf(await runCommand(options, window));
  return { printed, reading: readingOf(printed, options.names) };
}

/**
 * The command run once before any traffic moves, at step and weight 0 over the last interval.
 * One that cannot run, prints no metrics, or lacks a metric the policy judges would otherwise
 * hold every step with the canary serving, and be rolled back only after max-holds. A metric
 * the canary alone lacks, or the whole "canary" object, is no mistake, for the canary has served
 * nothing yet; the "baseline" object, which serves all traffic, must be there, and a metric with
 * no data for it is warned of, as with Prometheus. The baseline's counts of each rate then are
 * what the rollout's plan is held against (traffic-plan.ts).
 */
async function preflight(options: CommandSourceOptions): Promise<SourceCheck> {
  const end = options.now();
  const window = { start: new Date(end.getTime() - options.intervalMs), end, step: 0, weight: 0 };
  const ranBefore = "when run once before any traffic moved";
  let printed: Printed;
  let reading: Reading;
  try {
    ({ printed, reading } = await readCommand(options, window));
  } catch (error) {
    if (!(error instanceof OutputProblem)) throw error;
    throw new InputError("metrics-command", `${ranBefore}, it ${error.message}`, error.fix);
  }
  if (printed.missing.includes("baseline"))
    throw new InputError(
      "metrics-command",
      `${ranBefore}, it printed JSON without a "baseline" object`,
      'Print the baseline\'s metrics as "baseline": {...}: it serves all traffic before the rollout, while "canary" may be left out until the canary has data',
    );
  const missing = options.names.filter(
    (name) => !Object.hasOwn(printed.baseline, name) && !Object.hasOwn(printed.canary, name),
  );
  if (missing.length > 0) {
    const names = [...new Set([...Object.keys(printed.baseline), ...Object.keys(printed.canary)])];
    throw new InputError(
      "policy",
      `judges ${missing.join(", ")}, which metrics-command did not print ${ranBefore} (it printed ${names.length > 0 ? safeForLog(shorten(names.join(", "))) : "no metric"})`,
      "Correct the metric's name in the policy, or have the command print it (null while it has no data)",
    );
  }
  // A rate is told by its shape, {failures, total}, even with no request yet to count.
  options.checkRates?.(
    options.names.filter((name) =>
      [printed.baseline[name], printed.canary[name]].some((v) => isRecord(v) && "total" in v),
    ),
  );
  // The command is told whole seconds: its counts cover them.
  const seconds = Math.ceil(options.intervalMs / 1000);
  const rates = reading.metrics.flatMap(({ name, baseline }) =>
    baseline?.kind === "proportion"
      ? [{ name, failures: baseline.failures, total: baseline.total, windowMs: seconds * 1000 }]
      : [],
  );
  const warnings = reading.metrics
    .filter((metric) => metric.baseline === null)
    .map(
      (metric) =>
        `${metric.name}: no data for the baseline from metrics-command over the last ${seconds}s before the rollout: unless the baseline served no request then, the metric will hold every step`,
    );
  return { warnings, rates };
}

/**
 * The reading, a rate whose rule no share can break (a metric printed as `null` before any
 * traffic moved, a rate only once requests came) holding with the policy's refusal as its
 * reason: it is never judged passed, and the rollout goes back after max-holds.
 */
function withRateRules(reading: Reading, checkRates: CommandSourceOptions["checkRates"]): Reading {
  if (checkRates === undefined) return reading;
  const metrics = reading.metrics.map((metric) => {
    if (![metric.baseline, metric.canary].some((v) => v?.kind === "proportion")) return metric;
    try {
      checkRates([metric.name]);
      return metric;
    } catch (error) {
      if (!(error instanceof MlopsError)) throw error;
      return { ...metric, error: [error.message, error.fix].filter(Boolean).join(". ") };
    }
  });
  return { ...reading, metrics };
}

/**
 * Reads both variants' metrics from the user's command (a script over logs, a query of another
 * metrics store). A command that fails, runs past its time or prints something else leaves every
 * metric unread for this judgement: the step holds, it does not pass.
 */
export function commandSource(options: CommandSourceOptions): MetricSource {
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
    check: () => preflight(options),
    read: async (window) => {
      try {
        return withRateRules((await readCommand(options, window)).reading, options.checkRates);
      } catch (error) {
        if (!(error instanceof OutputProblem)) throw error;
        const why = `metrics-command ${error.line}`;
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

import { basename } from "node:path";
import { execFile } from "node:child_process";
import { childEnv } from "../../engine/process/child-env.js";
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

/**
 * Reads both variants' metrics from the user's command (a script over logs, a query of another
 * metrics store). A command that fails, runs past its time or prints something else leaves every
 * metric unread for this judgement: the step holds, it does not pass.
 */
export function commandSource(options: CommandSourceOptions): MetricSource {
  const [program, ...args] = options.shell ? ["sh", "-c", options.argv[0]!] : options.argv;
  const run = (window: ObservationWindow) =>
    new Promise<string>((resolve, reject) => {
      const seconds = (window.end.getTime() - window.start.getTime()) / 1000;
      const env = childEnv(options.env, {
        MLOPS_WINDOW_SECONDS: String(Math.ceil(seconds)),
        MLOPS_STEP: String(window.step),
        MLOPS_WEIGHT: String(window.weight),
      });
      execFile(
        program!,
        args,
        { cwd: options.cwd, env, timeout: options.timeoutMs, maxBuffer: MAX_OUTPUT },
        (error, stdout, stderr) => {
          if (!error) return resolve(stdout);
          const last = stderr.trim().split("\n").slice(-1)[0]?.slice(0, 200);
          const why = error.killed
            ? `ran past ${options.timeoutMs / 1000}s`
            : typeof error.code === "number"
              ? `exited with ${error.code}`
              : `could not run (${String(error.code ?? error.message)})`;
          reject(new OutputProblem(`${why}${last ? `: ${last}` : ""}`));
        },
      );
    });
  return {
    description: `command ${options.shell ? "sh -c" : [program!, ...args.slice(0, 1)].map((part) => basename(part)).join(" ")}`,
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

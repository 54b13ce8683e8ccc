import { randomBytes } from "node:crypto";
import { statSync } from "node:fs";
import { reportFile } from "../../engine/contracts/report-file.js";
import { FileError, InputError, MlopsError, UsageError } from "../../engine/errors.js";
import { displayPath } from "../../engine/files/display-path.js";
import { jsonText, writeFilesAtomic } from "../../engine/files/write-output.js";
import { startTelemetry, type TelemetryResult } from "../../engine/gpu/gpu-telemetry.js";
import { metricsNotes, readMetrics, type Metrics } from "../../engine/metrics/read-metrics.js";
import { childEnv } from "../../engine/process/child-env.js";
import {
  gitState,
  runEnvironment,
  type GitState,
  type RunEnvironment,
} from "../../engine/process/run-environment.js";
import { runProcess, type ProcessOutcome } from "../../engine/process/run-process.js";
import { abortOnSignals, CancelledError } from "../../engine/process/cancel-signals.js";
import { VERSION } from "../../engine/version.js";
import {
  defineAction,
  warnIn,
  type ActionResult,
  type FailureAt,
  type ParsedInputs,
  type RunContext,
} from "../../interface/define-action.js";
import { bool, outputPath, secret, text } from "../../interface/inputs.js";
import { refuseLinkOut } from "../../interface/confine-links.js";
import { refuseLinkedFolder } from "../../interface/check-output-paths.js";
import { argumentList, commandArgv, duration } from "../../interface/command-inputs.js";
import { describeModel, type ModelRecord, type RunMoment } from "./model-files.js";
import { recordedHistories } from "./thin-history.js";
import { notWrittenByRun, NotWrittenError, writtenSince } from "./written-by-run.js";
import { renderSummary } from "./render-summary.js";
import { recordArtifactName, recordOutputs } from "./record-outputs.js";
import { commandFailure, formatDuration, runStatus, stderrTail } from "./run-outcome.js";
import { runRecordContract } from "../../engine/contracts/run-record.js";
import type { RunRecord } from "../../engine/contracts/run-record.js";
import {
  correlationId,
  digestList,
  dispatchInputs,
  params,
  producedPath,
  refuseOverwrite,
} from "./train-run-inputs.js";

const LEFTOVER_NOTE =
  "the command left processes running in the background when it exited; they were stopped";

/**
 * A timeout or a cancelled step stops the command's process group; Windows has none, so there
 * they would stop nothing and leave the command running.
 */
function refuseWindows(platform: NodeJS.Platform): void {
  if (platform === "win32")
    throw new UsageError(
      "train-run runs on Linux and macOS runners only: on Windows it could not stop the command and the processes it starts at a timeout or cancel",
      "Run the job on ubuntu-latest or macos-latest",
    );
}

/** Unique per run: a job may train twice, and matrix jobs share the workflow run's id. */
function newRunId({ github, now }: RunContext): string {
  const suffix = randomBytes(3).toString("hex");
  return github.runId
    ? `${github.runId}-${github.runAttempt ?? 1}-${suffix}`
    : `${now()
        .toISOString()
        .replace(/[-:]|\.\d+/g, "")}-${suffix}`;
}

const WRITES_METRICS = "Check the command writes metrics-file";

/**
 * A metrics file older than the run is left from an earlier one: as if it were not written. One
 * that is not there after a command that failed was not written; otherwise reading it says why.
 */
function refuseStale(path: string, shownAs: string, ended: Ended): void {
  let modified: Date;
  try {
    modified = statSync(path).mtime;
  } catch (error) {
    if (ended.succeeded || (error as NodeJS.ErrnoException).code !== "ENOENT") return;
    throw new NotWrittenError(shownAs, "was not written by the command", WRITES_METRICS);
  }
  if (!writtenSince(modified, ended.startedAt))
    throw notWrittenByRun(shownAs, modified, ended.startedAt, WRITES_METRICS);
}

/** How the command ended, as what it left is read. */
interface Ended extends RunMoment {
  readonly succeeded: boolean;
  /** The signal that cancelled the run, if one did. */
  readonly cancelledBy: string | null;
}

/**
 * The model, unless the run was cancelled, or the step is while the model is hashed: a cancelled
 * step has seconds before it is killed, hashing a large model takes minutes, and the record
 * comes first.
 */
async function modelUnlessCancelled(
  path: string,
  shownAs: string,
  ended: Ended,
): Promise<{ model?: ModelRecord; notes: readonly string[] }> {
  if (ended.cancelledBy !== null)
    return {
      notes: [
        `${shownAs}: not recorded nor uploaded: the run was cancelled (${ended.cancelledBy}), and a cancelled step has only seconds to upload its record`,
      ],
    };
  try {
    const model = await describeModel(path, shownAs, ended);
    return { model, notes: model.notes };
  } catch (error) {
    if (!(error instanceof CancelledError)) throw error;
    return {
      notes: [
        `${shownAs}: not recorded nor uploaded: ${error.message} while the model was hashed, which was cut short so that the record is written first`,
      ],
    };
  }
}

const LEAVE_RECORD_FOLDER =
  "Have the command leave the folder of record-path as it is, not replace it with a link; or give a record-path the command does not touch";

const WRITE_ITSELF =
  "Have the command write the file itself there, not a link to it; a file outside the workspace is read when given by its own path";

/**
 * What a finished command left behind; each part that cannot be read is a reason, not a crash,
 * and each part recorded only in part a note. A run that did not succeed may have been stopped
 * mid-write: the last line of its JSONL log is then allowed to be cut off. Metrics left out (a
 * NaN loss) are also warned of: only the record and the summary would tell of them, and
 * neither is read under --json or in a runner's log.
 *
 * In a runner, a link may have appeared since the inputs were checked, one the command made by
 * mistake or unpacked from an archive (`metrics.json -> /home/runner/...`): each path is held to
 * the workspace's link rule again before it is read. It is no boundary against the command
 * itself, which runs with the runner user's rights and can read such a file on its own. A model
 * folder's own files need no check of their own: its links are never followed, so what is found
 * under a folder inside the workspace stays inside.
 */
async function collect(
  paths: { metrics: string | undefined; model: string | undefined },
  context: RunContext,
  ended: Ended,
): Promise<{
  metrics?: Metrics;
  model?: ModelRecord;
  problems: string[];
  notes: string[];
  at?: FailureAt;
}> {
  const problems: string[] = [];
  const notes: string[] = [];
  let at: FailureAt | undefined;
  const attempt = async <T>(read: () => T | Promise<T>): Promise<T | undefined> => {
    try {
      return await read();
    } catch (error) {
      if (!(error instanceof MlopsError)) throw error;
      // An output a failed command did not write is its failure's consequence: the failure
      // leads, and no path is to be checked.
      if (error instanceof NotWrittenError && !ended.succeeded) {
        notes.push(`${error.message} (the command failed)`);
        return undefined;
      }
      // The first file at fault is where a runner annotates the failure.
      if (error instanceof FileError && problems.length === 0)
        at = { file: error.file, line: error.lineNumber };
      problems.push(error.line);
      return undefined;
    }
  };
  const shown = (path: string) => displayPath(context.cwd, path);
  const confine = (input: string, path: string) =>
    refuseLinkOut(input, path, context, { fix: WRITE_ITSELF });
  const options = { toleratePartialLastLine: !ended.succeeded };
  const metricsPath = paths.metrics;
  const metrics = metricsPath
    ? await attempt(() => {
        confine("metrics-file", metricsPath);
        refuseStale(metricsPath, shown(metricsPath), ended);
        return readMetrics(metricsPath, shown(metricsPath), options);
      })
    : undefined;
  if (metrics?.cutOffLine !== undefined)
    notes.push(
      `${metrics.file}:${metrics.cutOffLine}: the last line was cut off when the run stopped; the history before it is kept`,
    );
  for (const note of metrics ? metricsNotes(metrics) : []) {
    notes.push(note);
    warnIn(context, note);
  }
  const modelPath = paths.model;
  const left = modelPath
    ? await attempt(() => {
        confine("trained-model", modelPath);
        return modelUnlessCancelled(modelPath, shown(modelPath), ended);
      })
    : undefined;
  notes.push(...(left?.notes ?? []));
  return { metrics, model: left?.model, problems, notes, ...(at && { at }) };
}

/** The record of a finished (or never started) run: what is known, and null for what is not. */
function buildRecord(
  run: RunSpec,
  outcome: ProcessOutcome,
  known: {
    errors: readonly string[];
    params: Readonly<Record<string, unknown>>;
    metricsFile: string | null;
    left: { metrics?: Metrics; model?: ModelRecord };
    git: RunRecord["git"];
    github: RunContext["github"];
    environment: RunRecord["environment"];
    telemetry: TelemetryResult;
    dataDigests: readonly string[];
    notes: readonly string[];
  },
): RunRecord {
  const { metrics, model } = known.left;
  const histories = metrics?.histories
    ? recordedHistories(metrics.histories, metrics.file)
    : { history: {}, note: null };
  return {
    schema: "mlops.run-record/v1",
    tool: { name: "mlops", version: VERSION },
    run_id: run.id,
    status: runStatus(outcome, known.errors.length > 0),
    error: known.errors.join("; ") || null,
    command: { argv: run.argv, shell: run.shell },
    started_at: outcome.startedAt.toISOString(),
    ended_at: outcome.endedAt.toISOString(),
    duration_s: (outcome.endedAt.getTime() - outcome.startedAt.getTime()) / 1000,
    exit_code: outcome.exitCode,
    signal: outcome.signal,
    timeout_s: run.timeoutMs === undefined ? null : run.timeoutMs / 1000,
    params: known.params,
    metrics: {
      file: known.metricsFile,
      final: Object.fromEntries(metrics?.values ?? []),
      history: histories.history,
    },
    git: known.git,
    github: {
      run_id: known.github.runId ?? null,
      run_attempt: known.github.runAttempt ?? null,
      ...(run.correlationId === undefined ? {} : { correlation_id: run.correlationId }),
    },
    environment: known.environment,
    gpu: known.telemetry.gpu,
    model: model ? { path: model.path, digest: model.digest, files: model.files } : null,
    data_digests: known.dataDigests,
    notes: [known.telemetry.note, ...known.notes, histories.note].filter(
      (note): note is string => note !== null,
    ),
  };
}

/**
 * The step's outputs, summary and artifacts: the record, the params and the model; and for a
 * dispatched run, the record alone as well, for the dispatching step to fetch.
 */
function actionResult(
  record: RunRecord,
  paths: { files: readonly string[]; record: string; shownRecord: string; withModel: boolean },
  failStep: boolean,
  failureAt?: FailureAt,
): ActionResult<"train-run"> {
  const outputs = recordOutputs(record, paths.shownRecord);
  const correlationId = record.github.correlation_id;
  return {
    outputs,
    summary: renderSummary(record),
    artifacts: [
      // First: a cancelled step may not have the seconds for both, and the dispatching step
      // waits for this one.
      ...(correlationId === undefined
        ? []
        : [
            {
              name: recordArtifactName(correlationId),
              files: [paths.record],
              description: "the run record alone, for the step that dispatched this run",
            },
          ]),
      {
        name: outputs["artifact-name"],
        files: paths.files,
        description: `the run record (mlops.run-record/v1), its params${paths.withModel ? " and the model" : ""}`,
      },
    ],
    failure: record.error && failStep ? `train-run ${record.status}: ${record.error}` : undefined,
    ...(failureAt && { failureAt }),
  };
}

interface RunSpec {
  readonly id: string;
  readonly argv: readonly string[];
  readonly shell: boolean;
  readonly timeoutMs: number | undefined;
  readonly correlationId: string | undefined;
}

interface FinishedRun {
  readonly run: RunSpec;
  /** The command's last lines of stderr, for the error it failed with. */
  readonly stderr: readonly string[];
  readonly paths: { record: string; params: string };
  readonly facts: { git: GitState; environment: RunEnvironment; telemetry: TelemetryResult };
  readonly inputs: {
    readonly params: Readonly<Record<string, unknown>>;
    readonly "metrics-file": string | undefined;
    readonly "trained-model": string | undefined;
    readonly "data-digests": readonly string[];
    readonly "fail-step": boolean;
  };
}

/** Reads what the command left, writes the run record and gives the step's result. */
async function recordRun(
  { run, stderr, paths, facts, inputs }: FinishedRun,
  outcome: ProcessOutcome,
  context: RunContext,
  signal: AbortSignal,
): Promise<ActionResult<"train-run">> {
  const shown = (path: string) => displayPath(context.cwd, path);
  const notes: string[] = [];
  if (outcome.leftoverStopped) {
    notes.push(LEFTOVER_NOTE);
    context.log(`train-run: ${LEFTOVER_NOTE}`);
  }
  const metricsFile = inputs["metrics-file"];
  const timeoutText = run.timeoutMs === undefined ? undefined : formatDuration(run.timeoutMs);
  const failure = commandFailure(outcome, run.argv, timeoutText, stderr);
  // A command that never started wrote nothing: its one cause is enough.
  const left =
    outcome.spawnError === null
      ? await collect({ metrics: metricsFile, model: inputs["trained-model"] }, context, {
          succeeded: failure === null,
          cancelledBy: outcome.cancelledBy,
          startedAt: outcome.startedAt,
          signal,
        })
      : { problems: [], notes: [] };
  notes.push(...left.notes);
  const errors = [failure, ...left.problems].filter((e): e is string => e !== null);
  const record = buildRecord(run, outcome, {
    errors,
    params: inputs.params,
    metricsFile: metricsFile ? shown(metricsFile) : null,
    left,
    ...facts,
    github: context.github,
    dataDigests: inputs["data-digests"],
    notes,
  });
  // The command may have replaced the record's folder with a link, or the params file (uploaded
  // with the record) with one: the folder is held to the output rule again, and the params are
  // written anew from the inputs, the rename replacing whatever is at their path.
  refuseLinkedFolder("record-path", paths.record, context, LEAVE_RECORD_FOLDER);
  writeFilesAtomic([
    reportFile(runRecordContract, record, paths.record),
    { path: paths.params, text: jsonText(inputs.params) },
  ]);
  const model = left.model?.absolute ?? [];
  const files = [paths.record, paths.params, ...model];
  const withModel = model.length > 0;
  return actionResult(
    record,
    { files, record: paths.record, shownRecord: shown(paths.record), withModel },
    inputs["fail-step"],
    // Where the command itself failed, its failure is the step's, not a file's.
    failure === null ? left.at : undefined,
  );
}

const inputKinds = {
  command: argumentList(),
  shell: bool(),
  params: params(),
  "metrics-file": producedPath(),
  "trained-model": producedPath(),
  "data-digests": digestList(),
  timeout: duration(),
  // nvidia-smi starts a process per sample: more often than each second would load the run.
  "telemetry-interval": duration({ minMs: 1000 }),
  "record-path": outputPath(),
  "fail-step": bool(),
  "correlation-id": correlationId(),
  "dispatch-workflow": text(),
  "dispatch-ref": text(),
  "dispatch-inputs": dispatchInputs(),
  "wait-timeout": duration(),
  "github-token": secret(),
};

type Inputs = ParsedInputs<"train-run", typeof inputKinds>;

/** Local mode: runs the command here, records the run and uploads its artifact. */
async function localRun(inputs: Inputs, context: RunContext): Promise<ActionResult<"train-run">> {
  refuseWindows(process.platform);
  refuseDispatchInputs(inputs);
  const shown = (path: string) => displayPath(context.cwd, path);
  const { cwd, github } = context;
  const run = {
    id: newRunId(context),
    argv: commandArgv(
      inputs.command,
      inputs.shell,
      "command",
      "Give the command to run, or dispatch-workflow to train in another workflow",
    ),
    shell: inputs.shell,
    timeoutMs: inputs.timeout,
    correlationId: inputs["correlation-id"],
  };
  const recordPath = inputs["record-path"];
  // The command reads its params from a file: an environment variable holds no nested values.
  const paramsPath = recordPath.replace(/(\.json)?$/i, ".params.json");
  refuseOverwrite(
    {
      record: recordPath,
      params: paramsPath,
      metrics: inputs["metrics-file"],
      model: inputs["trained-model"],
    },
    shown,
  );
  const env = childEnv(context.env, { MLOPS_PARAMS: paramsPath });
  // Before the params file is written, so that it alone does not make the checkout dirty.
  const git = await gitState(cwd, env, { sha: github.sha, ref: github.ref });
  context.acting?.();
  writeFilesAtomic([{ path: paramsPath, text: jsonText(inputs.params) }]);
  const [environment, sampler] = await Promise.all([
    runEnvironment(cwd, env, run),
    startTelemetry({ intervalMs: inputs["telemetry-interval"], cwd, env }),
  ]);
  context.log(`train-run ${run.id}: ${run.shell ? "sh -c " : ""}${run.argv.join(" ")}`);
  // The command's output is the workflow author's own, unchanged; only what mlops derives from
  // data is escaped.
  const onLine = context.passthrough ?? context.log;
  // SIGINT, SIGTERM and SIGHUP do not end this process until the record is written: during the run they
  // stop the command, after it they cut the model's hashing short.
  const held = abortOnSignals();
  try {
    const tail = stderrTail(onLine);
    const outcome = await runProcess({ ...run, cwd, env, onLine, onErrorLine: tail.onErrorLine });
    const paths = { record: recordPath, params: paramsPath };
    const facts = { git, environment, telemetry: await sampler.stop() };
    const finished = { run, stderr: tail.lines, paths, facts, inputs };
    return await recordRun(finished, outcome, context, held.signal);
  } finally {
    held.release();
  }
}

/** Inputs of the other mode, which would be silently ignored. */
function refuseDispatchInputs(inputs: Inputs): void {
  for (const name of ["dispatch-ref", "dispatch-inputs"] as const) {
    const value = inputs[name];
    if (value !== undefined && (typeof value === "string" || Object.keys(value).length > 0))
      throw new InputError(
        name,
        "is set without dispatch-workflow",
        "Set dispatch-workflow to train in another workflow, or remove it",
      );
  }
}

/** The training is the dispatched workflow's: what says how to train belongs in its step. */
function refuseLocalInputs(inputs: Inputs): void {
  const given = [
    inputs.command !== "" && "command",
    inputs.shell && "shell",
    Object.keys(inputs.params).length > 0 && "params",
    inputs["metrics-file"] !== undefined && "metrics-file",
    inputs["trained-model"] !== undefined && "trained-model",
    inputs["data-digests"].length > 0 && "data-digests",
    inputs.timeout !== undefined && "timeout",
    inputs["correlation-id"] !== undefined && "correlation-id",
  ].filter((name): name is string => name !== false);
  if (given.length > 0)
    throw new InputError(
      "dispatch-workflow",
      `is set, and so is ${given.join(", ")}: in dispatch mode the dispatched workflow trains, and its own train-run step takes those`,
      "Give them in that workflow (through dispatch-inputs), or remove dispatch-workflow to train on this runner",
    );
}

export const trainRun = defineAction({
  name: "train-run",
  permissions: {
    contents: { level: "read", why: "read the training code and data checked out" },
    actions: {
      level: "write",
      why: "only in dispatch mode, to dispatch the training workflow, follow or cancel its run and read its artifacts",
    },
  },
  example: {
    // A YAML sequence is no `with:` value: the workflow form is a string, a script for sh -c.
    command: "python train.py",
    shell: "true",
    params: "params.yml",
    "metrics-file": "out/metrics.jsonl",
    "trained-model": "out/model",
    timeout: "2h",
  },
  inputs: inputKinds,
  async run(inputs, context) {
    const workflow = inputs["dispatch-workflow"];
    if (workflow === undefined) return localRun(inputs, context);
    refuseLocalInputs(inputs);
    // Loaded only here: local mode starts without the GitHub client.
    const { dispatchRun } = await import("./dispatch-run.js");
    return dispatchRun(
      {
        workflow,
        ref: inputs["dispatch-ref"],
        inputs: inputs["dispatch-inputs"],
        waitMs: inputs["wait-timeout"],
        token: inputs["github-token"],
        recordPath: inputs["record-path"],
        failStep: inputs["fail-step"],
      },
      context,
    );
  },
});

import { randomBytes } from "node:crypto";
import { reportFile } from "../../engine/contracts/report-file.js";
import { InputError, MlopsError, UsageError } from "../../engine/errors.js";
import { displayPath } from "../../engine/files/display-path.js";
import { jsonText, writeFilesAtomic } from "../../engine/files/write-output.js";
import { startTelemetry, type TelemetryResult } from "../../engine/gpu/gpu-telemetry.js";
import { readMetrics, type Metrics } from "../../engine/metrics/read-metrics.js";
import { childEnv } from "../../engine/process/child-env.js";
import {
  gitState,
  runEnvironment,
  type GitState,
  type RunEnvironment,
} from "../../engine/process/run-environment.js";
import { holdSignals, runProcess, type ProcessOutcome } from "../../engine/process/run-process.js";
import { VERSION } from "../../engine/version.js";
import {
  defineAction,
  type ActionResult,
  type ParsedInputs,
  type RunContext,
} from "../../interface/define-action.js";
import { bool, outputPath, secret, text } from "../../interface/inputs.js";
import { argumentList, commandArgv, duration } from "../../interface/command-inputs.js";
import { describeModel, type ModelRecord } from "./model-files.js";
import { renderSummary } from "./render-summary.js";
import { recordArtifactName, recordOutputs } from "./record-outputs.js";
import { commandFailure, runStatus } from "./run-outcome.js";
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

/**
 * What a finished command left behind; each part that cannot be read is a reason, not a crash,
 * and each part recorded only in part a note. A run that did not succeed may have been stopped
 * mid-write: the last line of its JSONL log is then allowed to be cut off.
 */
async function collect(
  paths: { metrics: string | undefined; model: string | undefined },
  shown: (path: string) => string,
  succeeded: boolean,
): Promise<{ metrics?: Metrics; model?: ModelRecord; problems: string[]; notes: string[] }> {
  const problems: string[] = [];
  const attempt = async <T>(read: () => T | Promise<T>): Promise<T | undefined> => {
    try {
      return await read();
    } catch (error) {
      if (!(error instanceof MlopsError)) throw error;
      problems.push(error.line);
      return undefined;
    }
  };
  const options = { toleratePartialLastLine: !succeeded };
  const metrics = paths.metrics
    ? await attempt(() => readMetrics(paths.metrics!, shown(paths.metrics!), options))
    : undefined;
  const model = paths.model
    ? await attempt(() => describeModel(paths.model!, shown(paths.model!)))
    : undefined;
  const notes = [
    ...(metrics?.cutOffLine === undefined
      ? []
      : [
          `${metrics.file}:${metrics.cutOffLine}: the last line was cut off when the run stopped; the history before it is kept`,
        ]),
    ...(model && model.links.length > 0
      ? [
          `${model.path}: symbolic links not followed, hashed nor uploaded: ${model.links.join(", ")}`,
        ]
      : []),
  ];
  return { metrics, model, problems, notes };
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
      history: Object.fromEntries(metrics?.histories ?? []),
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
    notes: [...(known.telemetry.note ? [known.telemetry.note] : []), ...known.notes],
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
  { run, paths, facts, inputs }: FinishedRun,
  outcome: ProcessOutcome,
  context: RunContext,
): Promise<ActionResult<"train-run">> {
  const shown = (path: string) => displayPath(context.cwd, path);
  const notes: string[] = [];
  if (outcome.leftoverStopped) {
    notes.push(LEFTOVER_NOTE);
    context.log(`train-run: ${LEFTOVER_NOTE}`);
  }
  const metricsFile = inputs["metrics-file"];
  const timeoutText = run.timeoutMs === undefined ? undefined : `${run.timeoutMs / 1000}s`;
  const failure = commandFailure(outcome, run.argv, timeoutText);
  // A command that never started wrote nothing: its one cause is enough.
  const left =
    outcome.spawnError === null
      ? await collect(
          { metrics: metricsFile, model: inputs["trained-model"] },
          shown,
          failure === null,
        )
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
  writeFilesAtomic([reportFile(runRecordContract, record, paths.record)]);
  // A cancelled step has seconds left: the record goes up, the model is not worth the wait.
  const model = outcome.cancelledBy === null ? (left.model?.absolute ?? []) : [];
  const files = [paths.record, paths.params, ...model];
  const withModel = model.length > 0;
  return actionResult(
    record,
    { files, record: paths.record, shownRecord: shown(paths.record), withModel },
    inputs["fail-step"],
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
  writeFilesAtomic([{ path: paramsPath, text: jsonText(inputs.params) }]);
  const [environment, sampler] = await Promise.all([
    runEnvironment(cwd, env),
    startTelemetry({ intervalMs: inputs["telemetry-interval"], cwd, env }),
  ]);
  context.log(`train-run ${run.id}: ${run.shell ? "sh -c " : ""}${run.argv.join(" ")}`);
  // The command's output is the workflow author's own, unchanged; only what mlops derives from
  // data is escaped.
  const onLine = context.passthrough ?? context.log;
  const held = holdSignals();
  try {
    const outcome = await runProcess({ ...run, cwd, env, onLine });
    const paths = { record: recordPath, params: paramsPath };
    const facts = { git, environment, telemetry: await sampler.stop() };
    return await recordRun({ run, paths, facts, inputs }, outcome, context);
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

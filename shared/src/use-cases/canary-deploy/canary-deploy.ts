import { canaryReportContract } from "../../engine/contracts/canary-report.js";
import { reportFile } from "../../engine/contracts/report-file.js";
import type { GatePolicy } from "../../engine/contracts/gate-policy.js";
import { FileError, InputError } from "../../engine/errors.js";
import { displayPath, displayPathIn } from "../../engine/files/display-path.js";
import { hashFile } from "../../engine/files/hash-file.js";
import { writeFilesAtomic } from "../../engine/files/write-output.js";
import { abortOnSignals } from "../../engine/process/cancel-signals.js";
import { childEnv } from "../../engine/process/child-env.js";
import { argumentList, commandArgv, duration } from "../../interface/command-inputs.js";
import {
  defineAction,
  warnIn,
  type ActionResult,
  type ParsedInputs,
  type RunContext,
} from "../../interface/define-action.js";
import { bool, choice, file, number, outputPath, secret, text } from "../../interface/inputs.js";
import { PRESETS, type PresetMetric, type PresetName } from "../../platform/prometheus/index.js";
import {
  checkPlaceholders,
  checkProgram,
  commandProvider,
} from "../../platform/traffic/command-provider.js";
import type { TrafficProvider } from "../../platform/traffic/traffic-provider.js";
import { webhookProvider } from "../../platform/traffic/webhook-provider.js";
import { canaryPolicy } from "./canary-policy.js";
import { canaryReport, type CanaryReport } from "./canary-report.js";
import { httpUrl, labelName, variantName, weightSteps } from "./canary-inputs.js";
import { commandSource } from "./command-source.js";
import { openTrail } from "./deployment-trail.js";
import { loadQueries } from "./load-queries.js";
import type { MetricSource } from "./metric-reading.js";
import { checkPointsReachable, prometheusSource } from "./prometheus-source.js";
import { renderSummary } from "./render-summary.js";
import { runRollout, type RolloutPlan } from "./rollout.js";
import { trafficPlanWarning } from "./traffic-plan.js";

/** How long one traffic command, webhook post, metrics command or Prometheus query may take. */
const CALL_TIMEOUT_MS = 60_000;
const QUERY_TIMEOUT_MS = 15_000;

const inputKinds = {
  steps: weightSteps(),
  interval: duration({ minMs: 1000 }),
  "max-holds": number({ min: 0, max: 100, integer: true }),
  "set-weight-command": argumentList(),
  "rollback-command": argumentList(),
  shell: bool(),
  "webhook-url": httpUrl(),
  "webhook-secret": secret(),
  "prometheus-url": httpUrl(),
  "prometheus-authorization": secret(),
  preset: choice(["fastapi", "triton", "torchserve", "vllm"] as const),
  queries: file(),
  "variant-label": labelName(),
  "baseline-variant": variantName(),
  "canary-variant": variantName(),
  resolution: duration({ minMs: 1000 }),
  "metrics-command": argumentList(),
  policy: file(),
  environment: text(),
  "model-file": file(),
  ref: text(),
  "github-token": secret(),
  "report-path": outputPath(),
};

type Inputs = ParsedInputs<"canary-deploy", typeof inputKinds>;

/** The command or the webhook that moves traffic: exactly one. */
function trafficOf(inputs: Inputs, context: RunContext, digest: string | null): TrafficProvider {
  const command = inputs["set-weight-command"];
  const url = inputs["webhook-url"];
  if ((command === "") === (url === undefined))
    throw new InputError(
      command === "" ? "set-weight-command" : "webhook-url",
      command === "" ? "is empty, and so is webhook-url" : "is set, and so is set-weight-command",
      "Give one way to move traffic: a set-weight-command or a webhook-url",
    );
  if (url)
    return webhookProvider({
      url,
      ...(inputs["webhook-secret"] ? { secret: inputs["webhook-secret"] } : {}),
      timeoutMs: CALL_TIMEOUT_MS,
      context: {
        environment: inputs.environment,
        model_digest: digest ?? "",
        run_url: context.github.runUrl ?? "",
      },
    });
  const env = childEnv(context.env);
  const argv = (value: string, input: string, perStep: boolean) => {
    const list = commandArgv(
      value,
      inputs.shell,
      input,
      "Give the command that sets the canary's weight",
    );
    checkPlaceholders(list, input, perStep);
    if (!inputs.shell) checkProgram(list, input, { cwd: context.cwd, env });
    return list;
  };
  const rollback = inputs["rollback-command"];
  // A rollout of one weight may set it with a fixed command (kubectl apply -f canary.yaml).
  const perStep = new Set(inputs.steps).size > 1;
  return commandProvider({
    setWeight: argv(command, "set-weight-command", perStep),
    // A rollback always goes to 0%, so its command may be a fixed one (kubectl rollout undo).
    ...(rollback === "" ? {} : { rollback: argv(rollback, "rollback-command", false) }),
    shell: inputs.shell,
    cwd: context.cwd,
    env,
    timeoutMs: CALL_TIMEOUT_MS,
    log: context.log,
  });
}

/** Prometheus asked for a preset's metrics and the queries file's. */
function prometheusOf(inputs: Inputs, context: RunContext, url: URL): MetricSource {
  const metrics: PresetMetric[] = [
    ...(inputs.preset ? PRESETS[inputs.preset as PresetName] : []),
    ...(inputs.queries
      ? loadQueries(inputs.queries, displayPath(context.cwd, inputs.queries))
      : []),
  ];
  if (metrics.length === 0)
    throw new InputError(
      "preset",
      "is empty, and so is queries: Prometheus would be asked nothing",
      "Name your serving stack's preset, or give a queries file",
    );
  const authorization = inputs["prometheus-authorization"];
  return prometheusSource({
    server: {
      url: url.href,
      timeoutMs: QUERY_TIMEOUT_MS,
      ...(authorization ? { headers: { authorization } } : {}),
    },
    metrics,
    variantLabel: inputs["variant-label"],
    variants: { baseline: inputs["baseline-variant"], canary: inputs["canary-variant"] },
    resolutionMs: inputs.resolution,
    intervalMs: inputs.interval,
  });
}

/**
 * The source of live metrics (Prometheus or the user's command: exactly one) and the policy,
 * each checked against the other before any traffic moves.
 */
function judgeParts(
  inputs: Inputs,
  context: RunContext,
): { policy: GatePolicy; source: MetricSource } {
  const url = inputs["prometheus-url"];
  const command = inputs["metrics-command"];
  if ((command === "") === (url === undefined))
    throw new InputError(
      command === "" ? "prometheus-url" : "metrics-command",
      command === "" ? "is empty, and so is metrics-command" : "is set, and so is prometheus-url",
      "Give one source of live metrics: a prometheus-url or a metrics-command",
    );
  const policyFile = inputs.policy
    ? { path: inputs.policy, shownAs: displayPath(context.cwd, inputs.policy) }
    : undefined;
  if (url !== undefined) {
    const source = prometheusOf(inputs, context, url);
    return { policy: canaryPolicy(policyFile, source.known).policy, source };
  }
  const { policy, checkRates } = canaryPolicy(policyFile, null);
  const source = commandSource({
    argv: commandArgv(
      command,
      inputs.shell,
      "metrics-command",
      "Give the command that prints the metrics",
    ),
    shell: inputs.shell,
    cwd: context.cwd,
    env: context.env,
    timeoutMs: CALL_TIMEOUT_MS,
    names: Object.keys(policy.metrics),
    checkRates,
    intervalMs: inputs.interval,
    now: context.now,
  });
  return { policy, source };
}

const realSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });

/** One report per environment in a workflow run; a name artifacts refuse falls back to the plain one. */
const artifactName = (environment: string) =>
  /^[A-Za-z0-9._-]{1,100}$/.test(environment) ? `canary-report-${environment}` : "canary-report";

/** The rollout's plan: the policy's confidence spread over every look it may make (decision 0013). */
function rolloutPlan(
  inputs: Inputs,
  policy: GatePolicy,
): RolloutPlan & { confidence: number; looksPlanned: number } {
  const confidence = policy.confidence ?? 0.95;
  // A step at 100% is not judged (rollout.ts), so it makes no look.
  const judged = inputs.steps.filter((weight) => weight < 100).length;
  const looksPlanned = judged * (inputs["max-holds"] + 1);
  return {
    steps: inputs.steps,
    intervalMs: inputs.interval,
    maxHolds: inputs["max-holds"],
    policy,
    confidence,
    looksPlanned,
    lookConfidence: 1 - (1 - confidence) / looksPlanned,
    minSamples: policy["min-samples"] ?? 10,
    variant: inputs["canary-variant"],
  };
}

/** Writes the report; where the file cannot be written, why, as the failure says it. */
function writeReport(report: CanaryReport, path: string, cwd: string): string | null {
  const file = reportFile(canaryReportContract, report, path);
  try {
    writeFilesAtomic([file]);
    return null;
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    return displayPathIn(error.line, cwd, error.file);
  }
}

/**
 * The report written, and the step's outputs, summary and artifact. A report that cannot be
 * written (a full disk, its folder replaced by a file) leaves the rollout as it ended: the
 * outputs still give its outcome and final weight, the report path none, and the failure says
 * both, so that a canary left serving is never reported as a run that did nothing.
 */
function finish(
  inputs: Inputs,
  context: RunContext,
  report: CanaryReport,
): ActionResult<"canary-deploy"> {
  const reportPath = inputs["report-path"];
  const unwritten = writeReport(report, reportPath, context.cwd);
  const verdict =
    report.outcome === "promoted" ? undefined : `canary ${report.outcome}: ${report.reason}`;
  return {
    outputs: {
      outcome: report.outcome,
      "final-weight": String(report.final_weight),
      "report-path": unwritten === null ? displayPath(context.cwd, reportPath) : "",
    },
    summary: renderSummary(report),
    artifacts:
      unwritten === null
        ? [
            {
              name: artifactName(inputs.environment),
              files: [reportPath],
              description: "the canary report (mlops.canary-report/v1)",
            },
          ]
        : [],
    failure:
      unwritten === null
        ? verdict
        : `${verdict === undefined ? "canary promoted," : `${verdict};`} but its report could not be written: ${unwritten}`,
  };
}

async function run(inputs: Inputs, context: RunContext): Promise<ActionResult<"canary-deploy">> {
  const { policy, source } = judgeParts(inputs, context);
  const model = inputs["model-file"]
    ? {
        path: displayPath(context.cwd, inputs["model-file"]),
        sha256: await hashFile(inputs["model-file"]),
      }
    : null;
  const traffic = trafficOf(inputs, context, model?.sha256 ?? null);
  const plan = rolloutPlan(inputs, policy);
  if (inputs["prometheus-url"] !== undefined)
    checkPointsReachable(source.known ?? [], plan, inputs.resolution);
  const startedAt = context.now();
  // Before any traffic moves, and before the deployment opens, which a refusal would leave
  // unfinished: a source that cannot answer, or a metric with no data, would hold every step.
  const checked = await source.check?.();
  for (const warning of checked?.warnings ?? []) warnIn(context, warning);
  // Traffic too thin for the plan is warned of, not refused: it may grow once the rollout runs.
  const thin = trafficPlanWarning(checked?.rates ?? [], plan);
  if (thin !== null) warnIn(context, thin);
  context.log(
    `canary-deploy: ${inputs.steps.join("% → ")}% every ${inputs.interval / 1000}s, metrics from ${source.description}, traffic by ${traffic.description}`,
  );
  // What failed up to here refused the rollout; from here on, effects may outlast a failure.
  context.acting?.();
  const trail = await openTrail(context, {
    token: inputs["github-token"],
    environment: inputs.environment,
    ref: inputs.ref,
    payload: { model_digest: model?.sha256 ?? null, steps: inputs.steps },
  });
  const held = abortOnSignals();
  try {
    const result = await runRollout(plan, {
      traffic,
      source,
      sleep: context.clock ? (ms) => context.clock!.sleep(ms, held.signal) : realSleep,
      now: context.now,
      signal: held.signal,
      watcher: {
        log: context.log,
        stepStarted: (step, weight) => trail.progress(step, inputs.steps.length, weight),
      },
    });
    const report = canaryReport(result, {
      environment: inputs.environment,
      model,
      variants: { baseline: inputs["baseline-variant"], canary: inputs["canary-variant"] },
      source: source.description,
      traffic: traffic.description,
      policy: { ...plan, correction: policy.correction ?? "holm" },
      startedAt,
      endedAt: context.now(),
      deployment: trail.deployment,
    });
    // The report first: a runner that stops the step after a cancel still leaves it. One that
    // cannot be written is said in the result, after the deployment's status is set.
    const done = finish(inputs, context, report);
    await trail.finish(result.outcome, result.reason, result.finalWeight);
    return done;
  } finally {
    // Held until the report is written: the runner's SIGTERM after a cancel waits for it.
    held.release();
  }
}

export const canaryDeploy = defineAction({
  name: "canary-deploy",
  permissions: {
    contents: { level: "read", why: "read the policy, queries and model file checked out" },
    deployments: { level: "write", why: "record the rollout as a deployment with its statuses" },
  },
  example: {
    steps: "5,25,50,100",
    interval: "5m",
    "webhook-url": "https://deploy.example.com/canary-weight",
    "prometheus-url": "http://prometheus:9090",
    preset: "fastapi",
    policy: "canary-policy.yml",
    "model-file": "model/model.onnx",
  },
  inputs: inputKinds,
  run,
});

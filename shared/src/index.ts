// The core package: every action and the CLI import from here, and only from here.
export { actions } from "./use-cases/actions.js";
export { actionLoaders } from "./use-cases/action-loaders.js";
export { runCli, type CliIo } from "./hosts/cli/run-cli.js";
export { peekInput } from "./hosts/cli/parse-args.js";
export { terminalText } from "./hosts/cli/terminal-text.js";
export * from "./engine/errors.js";
export { evalGate } from "./use-cases/eval-gate/eval-gate.js";
export { driftCheck } from "./use-cases/drift-check-action.js";
export { driftReportContract } from "./use-cases/drift-check/drift-report-contract.js";
export type { DriftReport } from "./use-cases/drift-check/drift-report.js";
export { promote } from "./use-cases/promote/promote.js";
export { promoteReportContract } from "./use-cases/promote/promote-report-contract.js";
export type { PromoteReport } from "./use-cases/promote/promote-report.js";
export { trainRun } from "./use-cases/train-run/train-run.js";
export { canaryDeploy } from "./use-cases/canary-deploy/canary-deploy.js";
export { runRollout, type RolloutParts } from "./use-cases/canary-deploy/rollout.js";
export { commandSource } from "./use-cases/canary-deploy/command-source.js";
export { judgeLook } from "./use-cases/canary-deploy/judge-look.js";
export { checkPointsReachable } from "./use-cases/canary-deploy/prometheus-source.js";
export { trafficPlanWarning } from "./use-cases/canary-deploy/traffic-plan.js";
export { TrafficError, TrafficNotMoved } from "./platform/traffic/traffic-provider.js";
export { checkProgram, commandProvider } from "./platform/traffic/command-provider.js";
export { CancelledError } from "./engine/process/cancel-signals.js";
export {
  canaryReportContract,
  type CanaryOutcome,
  type CanaryReportHead,
} from "./engine/contracts/canary-report.js";
export { runRecordContract } from "./engine/contracts/run-record.js";
export type { RunRecord } from "./engine/contracts/run-record.js";
export { parseGpuQuery, parseSmiBanner } from "./engine/gpu/nvidia-smi.js";
export { summarizeGpus } from "./engine/gpu/gpu-telemetry.js";
export { runProcess } from "./engine/process/run-process.js";
export * from "./use-cases/validate-data/index.js";
export { judgeAggregate } from "./use-cases/eval-gate/judge-aggregate.js";
export { loadPolicy } from "./use-cases/eval-gate/load-policy.js";
export { renderComment } from "./use-cases/eval-gate/render-comment.js";
export {
  evalReportContract,
  type AggregateJudgement,
  type EvalReport,
  type MetricRow,
} from "./engine/contracts/eval-report.js";
export { gatePolicyContract, type GatePolicy } from "./engine/contracts/gate-policy.js";
export {
  validateContract,
  validateWritten,
  writtenContract,
  type Contract,
} from "./engine/contracts/validate.js";
export { reportFile } from "./engine/contracts/report-file.js";
export {
  compileKnownFields,
  compileSchema,
  type JsonSchema,
  type SchemaError,
  type SchemaValidator,
} from "./engine/contracts/json-schema.js";
export { readStructured } from "./engine/files/read-structured.js";
export { placeJsonError, type JsonText } from "./engine/files/json-error-place.js";
export { displayPath, displayPathIn } from "./engine/files/display-path.js";
export { hashFile } from "./engine/files/hash-file.js";
export { extractZip, type ZipLimits } from "./engine/files/extract-zip.js";
export {
  jsonText,
  writeFileAtomic,
  writeFilesAtomic,
  type OutputFile,
} from "./engine/files/write-output.js";
export { metricsNotes, readMetrics, type Metrics } from "./engine/metrics/read-metrics.js";
export { formatDuration } from "./use-cases/train-run/run-outcome.js";
export {
  codeSpan,
  sanitizeMarkdown,
  sanitizeMermaidLabel,
} from "./engine/report/sanitize-markdown.js";
export { truncateMarkdown } from "./engine/report/truncate-markdown.js";
export { formatNumber } from "./engine/report/format-number.js";
export { groupDigits } from "./engine/report/group-digits.js";
export type { ActionManifest } from "./interface/manifest.js";
export { manifests, type ActionName } from "./interface/manifests.generated.js";
export * as inputKinds from "./interface/inputs.js";
export type { AnyActionDefinition, ActionResult, Annotation } from "./interface/define-action.js";
export { readInputs } from "./interface/read-inputs.js";
export { runInRunner, annotationCommands, runnerLookup } from "./hosts/runner/run-in-runner.js";
export { command, maskCommand } from "./hosts/runner/workflow-commands.js";
export { escapeControl, safeForLog } from "./engine/report/escape-control.js";
export { neutralize } from "./engine/report/neutralize-commands.js";
export { capSummary, SUMMARY_LIMIT } from "./hosts/runner/file-commands.js";
export { VERSION } from "./engine/version.js";
export * from "./engine/stats/index.js";
export * from "./engine/evidence/index.js";
export * from "./engine/data/index.js";
export * from "./engine/metrics/index.js";
export * from "./engine/profile/index.js";
export * from "./platform/github/index.js";
export * from "./platform/artifacts/index.js";
export * from "./platform/registry/index.js";
export * from "./platform/prometheus/index.js";

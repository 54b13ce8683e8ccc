// The core package: every action and the CLI import from here, and only from here.
export { actions } from "./actions.js";
export { runCli, type CliIo } from "./cli/run-cli.js";
export { terminalText } from "./cli/terminal-text.js";
export * from "./errors.js";
export { evalGate } from "./eval-gate/eval-gate.js";
export { driftCheck } from "./drift-check/drift-check.js";
export { driftReportContract } from "./drift-check/drift-report-contract.js";
export { promote } from "./promote/promote.js";
export { promoteReportContract } from "./promote/promote-report-contract.js";
export * from "./validate-data/index.js";
export {
  judgeAggregate,
  type MetricRow,
  type AggregateJudgement,
} from "./eval-gate/judge-aggregate.js";
export { loadPolicy } from "./eval-gate/load-policy.js";
export { renderComment } from "./eval-gate/render-comment.js";
export type { EvalReport } from "./eval-gate/eval-report.js";
export { evalReportContract } from "./contracts/eval-report.js";
export { gatePolicyContract, type GatePolicy } from "./contracts/gate-policy.js";
export { validateContract, type Contract } from "./contracts/validate.js";
export {
  compileSchema,
  type JsonSchema,
  type SchemaError,
  type SchemaValidator,
} from "./contracts/json-schema.js";
export { readStructured } from "./files/read-structured.js";
export { displayPath } from "./files/display-path.js";
export { hashFile } from "./files/hash-file.js";
export { writeFileAtomic, writeJsonAtomic } from "./files/write-output.js";
export { readMetrics, type Metrics } from "./metrics/read-metrics.js";
export { codeSpan, sanitizeMarkdown, sanitizeMermaidLabel } from "./report/sanitize-markdown.js";
export { truncateMarkdown } from "./report/truncate-markdown.js";
export { formatNumber } from "./report/format-number.js";
export type { ActionManifest } from "./interface/manifest.js";
export { manifests, type ActionName } from "./interface/manifests.generated.js";
export * as inputKinds from "./interface/inputs.js";
export type { AnyActionDefinition, ActionResult, Annotation } from "./interface/define-action.js";
export { readInputs } from "./interface/read-inputs.js";
export { runInRunner, annotationCommands, runnerLookup } from "./runner/run-in-runner.js";
export { neutralize, command } from "./runner/workflow-commands.js";
export { capSummary, SUMMARY_LIMIT } from "./runner/file-commands.js";
export { VERSION } from "./version.js";
export * from "./stats/index.js";
export * from "./data/index.js";
export * from "./profile/index.js";
export * from "./github/index.js";
export * from "./artifacts/index.js";
export * from "./registry/index.js";

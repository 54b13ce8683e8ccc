import { resolve } from "node:path";
import { reportFile } from "../../engine/contracts/report-file.js";
import { InputError } from "../../engine/errors.js";
import { displayPath } from "../../engine/files/display-path.js";
import { writeFilesAtomic } from "../../engine/files/write-output.js";
import { monotonicMs } from "../../engine/monotonic-ms.js";
import { profileContract } from "../../engine/profile/profile-contract.js";
import { defineAction, type RunContext } from "../../interface/define-action.js";
import {
  bool,
  choice,
  delimiter,
  list,
  markerKey,
  number,
  optionalOutputPath,
  outputPath,
  secret,
  text,
} from "../../interface/inputs.js";
import type { GitHubContext } from "../../platform/github/github-context.js";
import { deriveMarkerKey } from "../../platform/github/marker-key.js";
import { loadReference } from "../../platform/registry/load-reference.js";
import { buildReport } from "./build-report.js";
import { compareSources, profileData, warnOneColumn } from "./compare-sources.js";
import type { AlertResult, GitHubAccess } from "./drift-alerts.js";
import { parseMethod } from "./drift-methods.js";
import { driftReportContract } from "./drift-report-contract.js";
import type { DriftReport } from "./drift-report.js";
import { driftResult } from "./drift-result.js";
import { judgeDrift } from "./judge-drift.js";
import { parseMissingValues, settleMissingValues } from "./missing-values.js";
import { renderHtml } from "./render-html.js";
import { renderSummary } from "./render-summary.js";

const ON_DRIFT = ["issue", "dispatch", "none"] as const;
type OnDrift = (typeof ON_DRIFT)[number];

const DEFAULT_REPORT = "mlops-out/drift-report.json";
const DEFAULT_PROFILE = "mlops-out/drift-profile.json";

/** The reactions to drift, refused up front when one cannot be carried out. */
function parseOnDrift(
  items: readonly string[],
  dispatchWorkflow: string | undefined,
): Set<OnDrift> {
  for (const item of items) {
    if (!(ON_DRIFT as readonly string[]).includes(item)) {
      throw new InputError(
        "on-drift",
        `'${item}' is not one of ${ON_DRIFT.join(", ")}`,
        item === "fail"
          ? "Failing the step is fail-step's (true by default); on-drift takes issue, dispatch or both"
          : "Combine them as a list: issue, dispatch",
      );
    }
  }
  if (items.includes("dispatch") && !dispatchWorkflow) {
    throw new InputError(
      "dispatch-workflow",
      "is required when on-drift has dispatch",
      "Name the retraining workflow file, such as retrain.yml",
    );
  }
  return new Set(items as OnDrift[]);
}

function requireReference(reference: string | undefined, mode: string): string {
  if (!reference) {
    throw new InputError(
      "reference",
      `is required in ${mode} mode`,
      "Give the reference data, profile file, or registry reference such as churn#prod",
    );
  }
  return reference;
}

/**
 * Profile mode: a mergeable profile of the current data, nothing compared, made with the
 * missing values given, else the empty cell alone; the profile records them.
 */
async function writeProfile(
  current: string,
  reportPath: string,
  reading: { missingValues: readonly string[] | null; delimiter: string | undefined },
  context: RunContext,
) {
  const source = resolve(context.cwd, current);
  const missingValues = settleMissingValues(reading.missingValues, []);
  const profile = await profileData(
    "profiling current",
    source,
    { missingValues, delimiter: reading.delimiter },
    context,
  );
  const columns = profile.columns.map((column) => column.name);
  warnOneColumn(current, source, columns, { delimiter: reading.delimiter, context });
  writeFilesAtomic([reportFile(profileContract, profile, reportPath)]);
  const shown = displayPath(context.cwd, reportPath);
  return {
    outputs: {
      drifted: "false",
      share: "0",
      "drifted-columns": "[]",
      "report-path": shown,
      "html-path": "",
    },
    summary: `### drift-check: profile written\n\n${profile.rowCount} rows and ${profile.columns.length} columns of \`${current}\` profiled into \`${shown}\`, to be merged by a drift-check in compare mode.\n`,
  };
}

/**
 * Both reports or neither: the JSON is checked against its contract before anything is written,
 * and a write the system refuses (a name too long, a full disk) leaves neither.
 */
function writeReports(report: DriftReport, reportPath: string, htmlPath: string | null) {
  writeFilesAtomic([
    reportFile(driftReportContract, report, reportPath),
    ...(htmlPath ? [{ path: htmlPath, text: renderHtml(report) }] : []),
  ]);
}

/**
 * The repository and token that issue and dispatch need, when on-drift asks for either: refused
 * before any data is read, not after the whole comparison.
 */
function gitHubAccess(onDrift: ReadonlySet<OnDrift>, github: GitHubContext) {
  if (!onDrift.has("issue") && !onDrift.has("dispatch")) return undefined;
  const { repo, token } = github;
  if (!repo || !token) {
    throw new InputError(
      "on-drift",
      "issue and dispatch need the repository and a token",
      "Run in a workflow (GITHUB_REPOSITORY) with github-token, or set GITHUB_REPOSITORY and GITHUB_TOKEN",
    );
  }
  return { ...github, repo, token };
}

/** The issue and the dispatch on GitHub, when on-drift asks for them. */
async function alertOnGitHub(
  report: DriftReport,
  onDrift: ReadonlySet<OnDrift>,
  access: GitHubAccess | undefined,
  github: { issueKey: string; workflow: string | undefined },
  context: RunContext,
): Promise<AlertResult> {
  if (access === undefined) return { links: [], failures: [] };
  // The GitHub client is loaded only when it is used: a plain check starts faster.
  const { raiseAlerts } = await import("./drift-alerts.js");
  return raiseAlerts({
    github: access,
    report,
    summary: renderSummary(report),
    issue: onDrift.has("issue") ? { key: github.issueKey } : undefined,
    dispatch:
      onDrift.has("dispatch") && github.workflow ? { workflow: github.workflow } : undefined,
    log: context.log,
  });
}

/** The columns to check, those not to, and the prediction column. */
const selectionOf = (inputs: {
  columns: string[];
  "ignore-columns": string[];
  "prediction-column": string | undefined;
}) => ({
  columns: inputs.columns,
  ignore: inputs["ignore-columns"],
  prediction: inputs["prediction-column"]?.trim() || undefined,
});

export const driftCheck = defineAction({
  name: "drift-check",
  permissions: {
    contents: { level: "read", why: "read the data, profiles and registry checked out" },
    issues: { level: "write", why: "only with on-drift: issue, to keep the drift issue" },
    actions: { level: "write", why: "only with on-drift: dispatch, to start the retraining" },
  },
  example: {
    reference: "data/reference.csv",
    current: "data/current/*.csv",
    "prediction-column": "prediction",
    "on-drift": "issue",
  },
  inputs: {
    reference: text(),
    current: text(),
    columns: list(),
    "ignore-columns": list(),
    "missing-values": list(),
    delimiter: delimiter(),
    method: text(),
    threshold: text(),
    "drift-share": number({ min: 0, max: 1 }),
    correction: choice(["none", "holm", "bh", "bonferroni"] as const),
    "prediction-column": text(),
    "on-drift": list(),
    "fail-step": bool(),
    "issue-key": markerKey(),
    "dispatch-workflow": text(),
    "github-token": secret(),
    mode: choice(["check", "profile", "compare"] as const),
    "report-path": outputPath(),
    "html-path": optionalOutputPath(),
  },
  async run(inputs, context) {
    const started = monotonicMs();
    const { mode } = inputs;
    const { cwd } = context;
    const reading = {
      missingValues: parseMissingValues(inputs["missing-values"]),
      delimiter: inputs.delimiter,
    };
    if (mode === "profile") {
      const reportPath = inputs["report-path"] ?? resolve(cwd, DEFAULT_PROFILE);
      return writeProfile(inputs.current, reportPath, reading, context);
    }
    const reportPath = inputs["report-path"] ?? resolve(cwd, DEFAULT_REPORT);
    const onDrift = parseOnDrift(inputs["on-drift"], inputs["dispatch-workflow"]);
    const github = { ...context.github, token: inputs["github-token"] ?? context.github.token };
    const access = gitHubAccess(onDrift, github);
    const referenceInput = requireReference(inputs.reference, mode);
    const methods = parseMethod(inputs.method);
    const reference = await loadReference(referenceInput, cwd, { github });
    const selection = selectionOf(inputs);
    const request = { mode, reference, current: inputs.current, selection, methods, context };
    const compared = await compareSources({ ...request, ...reading, threshold: inputs.threshold });
    const judged = judgeDrift(compared.comparisons, {
      thresholds: compared.thresholds,
      correction: inputs.correction,
      driftShare: inputs["drift-share"],
      predictionColumn: selection.prediction,
    });
    const settings = {
      method: inputs.method?.trim() || "auto",
      correction: inputs.correction,
      drift_share: inputs["drift-share"],
      missing_values: compared.missingValues,
      ...(compared.columnMissingValues?.length && {
        column_missing_values: compared.columnMissingValues,
      }),
    };
    const sources = { ...request, cwd, now: context.now(), referenceInput, settings };
    const report = buildReport(sources, compared, judged);
    writeReports(report, reportPath, inputs["html-path"]);
    const alerted = await alertOnGitHub(
      report,
      onDrift,
      access,
      {
        issueKey: inputs["issue-key"] ?? deriveMarkerKey("drift-check", referenceInput),
        workflow: inputs["dispatch-workflow"],
      },
      context,
    );
    const seconds = ((monotonicMs() - started) / 1000).toFixed(1);
    context.log(`drift-check: ${compared.names.length} columns compared in ${seconds} s`);
    return driftResult(report, alerted, {
      cwd,
      reportPath,
      htmlPath: inputs["html-path"],
      failStep: inputs["fail-step"],
      issueKey: inputs["issue-key"],
    });
  },
});

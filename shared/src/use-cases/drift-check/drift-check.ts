import { resolve } from "node:path";
import { artifactName } from "../../platform/artifacts/artifact-name.js";
import { reportFile } from "../../engine/contracts/report-file.js";
import type { ColumnType, TableSchemaField } from "../../engine/data/column-type.js";
import type { Batch } from "../../engine/data/batch.js";
import { listFiles, readBatches } from "../../engine/data/read-batches.js";
import { ReadProgress } from "../../engine/data/read-progress.js";
import { InputError } from "../../engine/errors.js";
import { displayPath } from "../../engine/files/display-path.js";
import { writeFilesAtomic } from "../../engine/files/write-output.js";
import { profileContract } from "../../engine/profile/profile-contract.js";
import { defineAction, type RunContext } from "../../interface/define-action.js";
import { deriveMarkerKey } from "../../platform/github/marker-key.js";
import {
  bool,
  choice,
  list,
  markerKey,
  number,
  optionalOutputPath,
  outputPath,
  secret,
  text,
} from "../../interface/inputs.js";
import { monotonicMs } from "../../engine/monotonic-ms.js";
import { mergeProfiles } from "../../engine/profile/merge-profiles.js";
import { profileBatches } from "../../engine/profile/profile-dataset.js";
import type { Profile } from "../../engine/profile/profile-types.js";
import { readProfile } from "../../engine/profile/read-profile.js";
import { WASSERSTEIN_STD_FLOOR } from "../../engine/stats/index.js";
import { formatNumber, formatShare } from "../../engine/report/format-number.js";
import { VERSION } from "../../engine/version.js";
import { collectSamples } from "./column-samples.js";
import { compareProfileColumns, PROFILE_PSI_BINS } from "./compare-profile-columns.js";
import { compareSamples, type ColumnComparison, type MethodPicker } from "./compare-samples.js";
import { HISTOGRAM_BINS } from "./distribution.js";
import {
  autoMethod,
  parseMethod,
  parseThreshold,
  type MethodChoice,
  type ThresholdChoice,
} from "./drift-methods.js";
import type { AlertResult } from "./drift-alerts.js";
import { driftReportContract } from "./drift-report-contract.js";
import type { DriftReport } from "./drift-report.js";
import { judgeDrift } from "./judge-drift.js";
import { loadReference } from "../../platform/registry/load-reference.js";
import { renderHtml } from "./render-html.js";
import { renderSummary } from "./render-summary.js";
import { requireColumns, selectColumns, type ColumnSelection } from "./select-columns.js";

const ON_DRIFT = ["issue", "dispatch", "none"] as const;
type OnDrift = (typeof ON_DRIFT)[number];

const DEFAULT_REPORT = "mlops-out/drift-report.json";
const DEFAULT_PROFILE = "mlops-out/drift-profile.json";

/** The reference's column types, declared for the current data so that both are read alike. */
function schemaField(name: string, type: ColumnType): TableSchemaField {
  const declared: Record<ColumnType, TableSchemaField["type"]> = {
    numeric: "number",
    integer: "number",
    boolean: "boolean",
    datetime: "datetime",
    categorical: "string",
    text: "string",
  };
  return { name, type: declared[type] };
}

function parseOnDrift(items: readonly string[]): Set<OnDrift> {
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
  return new Set(items as OnDrift[]);
}

const picker =
  (methods: MethodChoice, referenceRows: () => number): MethodPicker =>
  (column, kind) =>
    methods.perColumn.get(column) ??
    (methods.all === "auto" ? autoMethod(kind, referenceRows()) : methods.all);

/** Batches passed through with the read's progress shown by the host. */
const tracked = (label: string, batches: AsyncIterable<Batch>, context: RunContext) =>
  new ReadProgress({ label, progress: context.progress, log: context.log }).track(batches);

/** Reads a dataset into a profile, showing progress. */
const profileData = (label: string, source: string, context: RunContext) =>
  profileBatches(tracked(label, readBatches(source), context));

async function mergedProfiles(
  pattern: string,
  cwd: string,
): Promise<{ profile: Profile; files: string[] }> {
  const files = await listFiles(resolve(cwd, pattern));
  const profiles = await Promise.all(
    files.map((file) => readProfile(file, displayPath(cwd, file))),
  );
  return { profile: profiles.reduce((a, b) => mergeProfiles(a, b)), files };
}

/**
 * The columns to check and their thresholds, settled from the reference's columns alone, so
 * that a misnamed column in `columns`, `method` or `threshold` is refused before the current
 * data is read.
 */
function settleColumns(
  available: readonly string[],
  selection: ColumnSelection,
  methods: MethodChoice,
  threshold: string | undefined,
): { names: string[]; thresholds: ThresholdChoice } {
  const names = selectColumns(available, selection);
  const unknownMethod = [...methods.perColumn.keys()].find((name) => !names.includes(name));
  if (unknownMethod !== undefined) {
    throw new InputError(
      "method",
      `'${unknownMethod}' is not a checked column`,
      `Checked columns: ${names.join(", ")}`,
    );
  }
  return { names, thresholds: parseThreshold(threshold, names) };
}

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
    const cwd = context.cwd;
    const shown = (path: string) => displayPath(cwd, path);
    const absolute = (path: string) => resolve(cwd, path);
    const mode = inputs.mode;
    const currentSource = inputs.current;
    const reportPath =
      inputs["report-path"] ?? absolute(mode === "profile" ? DEFAULT_PROFILE : DEFAULT_REPORT);

    if (mode === "profile") {
      const profile = await profileData("profiling current", absolute(currentSource), context);
      writeFilesAtomic([reportFile(profileContract, profile, reportPath)]);
      return {
        outputs: {
          drifted: "false",
          share: "0",
          "drifted-columns": "[]",
          "report-path": shown(reportPath),
          "html-path": "",
        },
        summary: `### drift-check: profile written\n\n${profile.rowCount} rows and ${profile.columns.length} columns of \`${currentSource}\` profiled into \`${shown(reportPath)}\`, to be merged by a drift-check in compare mode.\n`,
      };
    }

    const onDrift = parseOnDrift(inputs["on-drift"]);
    if (onDrift.has("dispatch") && !inputs["dispatch-workflow"]) {
      throw new InputError(
        "dispatch-workflow",
        "is required when on-drift has dispatch",
        "Name the retraining workflow file, such as retrain.yml",
      );
    }
    if (!inputs.reference) {
      throw new InputError(
        "reference",
        `is required in ${mode} mode`,
        "Give the reference data, profile file, or registry reference such as churn#prod",
      );
    }
    const methods = parseMethod(inputs.method);
    const selection: ColumnSelection = {
      columns: inputs.columns,
      ignore: inputs["ignore-columns"],
      prediction: inputs["prediction-column"]?.trim() || undefined,
    };
    const github = { ...context.github, token: inputs["github-token"] ?? context.github.token };
    const reference = await loadReference(inputs.reference, cwd, { github });
    const settle = (available: readonly string[]) =>
      settleColumns(available, selection, methods, inputs.threshold);
    let referenceRows = 0;
    const pick = picker(methods, () => referenceRows);
    let names: string[];
    let thresholds: ThresholdChoice;
    let comparisons: ColumnComparison[];
    let currentRows: number;
    let currentFiles: string[];

    if (mode === "check" && reference.kind === "data") {
      // Only the checked columns are sampled, settled from the reference's first batch.
      let settled: { names: string[]; thresholds: ThresholdChoice } | undefined;
      const ref = await collectSamples(
        tracked("reading reference", readBatches(reference.path), context),
        (available) => (settled = settle(available)).names,
      );
      ({ names, thresholds } = settled ?? settle(ref.order));
      referenceRows = ref.rows;
      const fields = names.map((name) => schemaField(name, ref.columns.get(name)!.type));
      const current = absolute(currentSource);
      const cur = await collectSamples(
        tracked("reading current", readBatches(current, { schema: { fields } }), context),
        (available) => {
          requireColumns(names, available, currentSource);
          return names;
        },
      );
      comparisons = names.map((name) =>
        compareSamples(name, ref.columns.get(name)!, cur.columns.get(name)!, pick),
      );
      currentRows = cur.rows;
      currentFiles = await listFiles(current);
    } else {
      const refProfile =
        reference.kind === "data"
          ? await profileData("profiling reference", reference.path, context)
          : reference.profile;
      ({ names, thresholds } = settle(refProfile.columns.map((c) => c.name)));
      referenceRows = refProfile.rowCount;
      const current =
        mode === "compare"
          ? await mergedProfiles(currentSource, cwd)
          : {
              profile: await profileData("profiling current", absolute(currentSource), context),
              files: await listFiles(absolute(currentSource)),
            };
      requireColumns(
        names,
        current.profile.columns.map((c) => c.name),
        currentSource,
      );
      comparisons = compareProfileColumns(refProfile, current.profile, names, pick);
      currentRows = current.profile.rowCount;
      currentFiles = current.files;
    }
    const exact = mode === "check" && reference.kind === "data";
    const { columns, dataset } = judgeDrift(comparisons, {
      thresholds,
      correction: inputs.correction,
      driftShare: inputs["drift-share"],
      predictionColumn: selection.prediction,
    });
    const report: DriftReport = {
      schema: "mlops.drift-report/v1",
      tool: { name: "mlops", version: VERSION },
      created_at: context.now().toISOString(),
      mode: mode === "compare" ? "compare" : "check",
      exact,
      reference: {
        source: reference.kind === "registry" ? inputs.reference : shown(reference.path),
        kind: reference.kind,
        rows: referenceRows,
        from: reference.kind === "data" ? null : reference.from,
      },
      current: {
        source: currentSource,
        kind: mode === "compare" ? "profiles" : "data",
        rows: currentRows,
        files: currentFiles.map(shown),
      },
      settings: {
        method: inputs.method?.trim() || "auto",
        correction: inputs.correction,
        drift_share: inputs["drift-share"],
        jensen_shannon_base: "e",
        wasserstein_std_floor: WASSERSTEIN_STD_FLOOR,
        psi_binning: exact
          ? "Evidently: Sturges bins over both samples (a bin per value up to 20 distinct values)"
          : `${PROFILE_PSI_BINS} bins at the reference's quantiles`,
        histogram_bins: HISTOGRAM_BINS,
      },
      dataset,
      columns,
    };
    // The report is checked against its own contract (finite numbers included) before it is written.
    const htmlPath = inputs["html-path"];
    writeFilesAtomic([
      reportFile(driftReportContract, report, reportPath),
      ...(htmlPath ? [{ path: htmlPath, text: renderHtml(report) }] : []),
    ]);

    const alerts = { issue: onDrift.has("issue"), dispatch: onDrift.has("dispatch") };
    let alerted: AlertResult = { links: [], failures: [] };
    if (alerts.issue || alerts.dispatch) {
      const token = inputs["github-token"];
      // The GitHub client is loaded only when it is used: a plain check starts faster.
      const { raiseAlerts } = await import("./drift-alerts.js");
      alerted = await raiseAlerts({
        github: { ...context.github, token: token ?? context.github.token },
        report,
        summary: renderSummary(report),
        issue: alerts.issue
          ? { key: inputs["issue-key"] ?? deriveMarkerKey("drift-check", inputs.reference) }
          : undefined,
        dispatch:
          alerts.dispatch && inputs["dispatch-workflow"]
            ? { workflow: inputs["dispatch-workflow"] }
            : undefined,
        log: context.log,
      });
    }
    context.log(
      `drift-check: ${names.length} columns compared in ${((monotonicMs() - started) / 1000).toFixed(1)} s`,
    );

    const drifted = columns.filter((c) => c.drifted);
    return {
      outputs: {
        drifted: String(dataset.drifted),
        share: String(dataset.share),
        "drifted-columns": JSON.stringify(dataset.drifted_columns),
        "report-path": shown(reportPath),
        "html-path": htmlPath ? shown(htmlPath) : "",
      },
      summary: renderSummary(report, [
        ...alerted.links,
        ...alerted.failures.map((line) => `> **Not done on GitHub**: ${line}`),
      ]),
      annotations: drifted.map((c) => ({
        level: "warning" as const,
        title: `drift-check: ${c.name}`,
        message: `${c.name} drifted: ${c.method} ${c.p_value === null ? "score" : "p-value"} ${formatNumber(c.score)}, ${c.drift_when.replace("threshold", formatNumber(c.threshold))}`,
      })),
      artifacts: [
        {
          name: artifactName("drift-report", inputs["issue-key"]),
          files: htmlPath ? [htmlPath, reportPath] : [reportPath],
          description: `the drift report, ${htmlPath ? "HTML and JSON" : "JSON"} (mlops.drift-report/v1)`,
        },
      ],
      // A check that tested nothing fails whatever fail-step says: an empty pipeline is no all-clear.
      // Alerts that failed on GitHub fail the step too, after the outputs are written.
      failure:
        [
          dataset.inconclusive
            ? "inconclusive: no column could be tested (the current data has no rows, or only missing values)"
            : dataset.drifted && inputs["fail-step"]
              ? `drift: ${dataset.drifted_columns.join(", ")} (${formatShare(dataset.share)} of the features; the dataset drifts at ${formatShare(report.settings.drift_share)})`
              : undefined,
          ...alerted.failures,
        ]
          .filter(Boolean)
          .join("; ") || undefined,
    };
  },
});

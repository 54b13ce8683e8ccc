import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { reportFile } from "../../engine/contracts/report-file.js";
import { InputError } from "../../engine/errors.js";
import { counted } from "../../engine/report/counted.js";
import { displayPath } from "../../engine/files/display-path.js";
import { writeFilesAtomic } from "../../engine/files/write-output.js";
import { monotonicMs } from "../../engine/monotonic-ms.js";
import { profileContract } from "../../engine/profile/profile-contract.js";
import { refuseLinkedFolder } from "../../interface/check-output-paths.js";
import { defineAction, warnIn, type RunContext } from "../../interface/define-action.js";
import { listInputFiles } from "../../interface/input-files.js";
import {
  bool,
  choice,
  dataSource,
  dataSources,
  delimiter,
  file,
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
import { BACKENDS } from "../../platform/registry/choose-backend.js";
import { loadReference } from "../../platform/registry/load-reference.js";
import type { TableSchema } from "../../engine/data/column-type.js";
import { buildReport } from "./build-report.js";
import {
  compareSources,
  lateKeysWarning,
  profileData,
  warnOneColumn,
  type Compared,
  type DataReading,
} from "./compare-sources.js";
import { contractReading } from "./contract-reading.js";
import type { AlertResult, GitHubAccess } from "./drift-alerts.js";
import { parseMethod } from "./drift-methods.js";
import { driftReportContract } from "./drift-report-contract.js";
import type { DriftReport } from "./drift-report.js";
import { driftResult } from "./drift-result.js";
import { judgeDrift, type Correction } from "./judge-drift.js";
import { parseMissingValues } from "../../engine/profile/missing-values.js";
import { settleMissingValues } from "./missing-values.js";
import { renderHtml } from "./render-html.js";
import { Withholding } from "./withheld-columns.js";
import { withholdColumns } from "../../engine/profile/withheld-values.js";
import { renderSummary } from "./render-summary.js";
import {
  awaitsLateKeys,
  columnSelection,
  requireProfiledIgnored,
  selectProfiled,
  usedColumns,
  type ColumnSelection,
} from "./select-columns.js";

const ON_DRIFT = ["issue", "dispatch", "none"] as const;
type OnDrift = (typeof ON_DRIFT)[number];

const DEFAULT_REPORT = "mlops-out/drift-report.json";
const DEFAULT_PROFILE = "mlops-out/drift-profile.json";

/**
 * The report's path where report-path is not given (it depends on the mode): checked, as a given
 * one is, for a linked folder that leads it out of a runner's workspace.
 */
function defaultReportPath(name: string, context: RunContext): string {
  const path = resolve(context.cwd, name);
  refuseLinkedFolder("report-path", path, context);
  // An earlier run's report goes, as a given path's does (clearOutputs).
  rmSync(path, { force: true });
  return path;
}

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

/**
 * The `reference` input as given, its items one a line: a registry reference's source in the
 * report, and what the issue's key is made from.
 */
function requireReference(reference: readonly string[], mode: string): string {
  if (reference.length === 0) {
    throw new InputError(
      "reference",
      `is required in ${mode} mode`,
      "Give the reference data, profile file, or registry reference such as churn#prod",
    );
  }
  return reference.join("\n");
}

/**
 * A data contract as drift-check reads data with it: its file as shown, its read schema, and its
 * sensitive fields (`x-mlops: { sensitive: true }`), none given where the loader tells none.
 */
export interface ReadContract {
  readonly file: string;
  readonly readSchema: TableSchema;
  readonly sensitive?: ReadonlySet<string>;
}

/**
 * Reads and checks the data contract at `path` (`shown` as the workspace shows it), with
 * validate-data's loader: given by whoever assembles the actions, as one use case imports no
 * other's (drift-check-action.ts).
 */
export type LoadContract = (path: string, shown: string) => Promise<ReadContract>;

/** How the data is read before any profile is compared: the given `missing-values` and `schema`. */
interface Reading {
  readonly missingValues: readonly string[] | null;
  readonly delimiter: string | undefined;
  readonly schema: TableSchema | undefined;
  /** The contract's sensitive fields, whose values are compared and never shown nor kept. */
  readonly sensitive: ReadonlySet<string>;
}

/**
 * The data contract of the `schema` input, refused where it cannot say how data is read: beside
 * missing-values, which would be a second source of the missing values, and in compare mode,
 * which reads profiles only.
 */
async function contractOf(
  path: string | undefined,
  inputs: { mode: string; missingValues: readonly string[] },
  load: { contract: LoadContract; cwd: string },
): Promise<ReadContract | undefined> {
  if (path === undefined) return undefined;
  if (inputs.missingValues.length > 0) {
    throw new InputError(
      "missing-values",
      "cannot be given with schema: the data contract's missingValues say which cells are missing",
      "Leave missing-values out and list the values in the contract's missingValues (or a field's own missingValues for one column)",
    );
  }
  if (inputs.mode === "compare") {
    throw new InputError(
      "schema",
      "is not read in compare mode, which compares profiles and reads no data",
      "Give the schema to the profile-mode steps that make the profiles, and leave it out here",
    );
  }
  return load.contract(path, displayPath(load.cwd, path));
}

/** How the data is read before any profile is compared, and the data contract if one is given. */
async function readingOf(
  inputs: {
    schema: string | undefined;
    "missing-values": string[];
    delimiter: string | undefined;
    mode: string;
  },
  load: { contract: LoadContract; cwd: string },
): Promise<{ contract: ReadContract | undefined; reading: Reading }> {
  const missingValues = inputs["missing-values"];
  const contract = await contractOf(inputs.schema, { mode: inputs.mode, missingValues }, load);
  const reading = {
    missingValues: parseMissingValues(missingValues),
    delimiter: inputs.delimiter,
    schema: contract?.readSchema,
    sensitive: contract?.sensitive ?? new Set<string>(),
  };
  return { contract, reading };
}

/**
 * Profile mode: a mergeable profile of the current data's selected columns (`columns`,
 * `ignore-columns`, as check mode selects them), nothing compared, made with the data contract's
 * types and missing values, else the missing values given, else the empty cell alone; the profile
 * records them. A column left out is never typed, as in check mode.
 */
async function writeProfile(
  current: string,
  reportPath: string,
  reading: Reading & { selection: ColumnSelection },
  context: RunContext,
) {
  const source = resolve(context.cwd, current);
  // Listed first so that a path naming no file is refused as the input's, as in check mode.
  const lateKeysAwaited = awaitsLateKeys(await listInputFiles("current", source, context.cwd));
  const withholding = Withholding.of(reading.sensitive, reading.schema);
  const read: DataReading = {
    ...(reading.schema
      ? { ...contractReading(reading.schema), delimiter: reading.delimiter }
      : {
          missingValues: settleMissingValues(reading.missingValues, []),
          delimiter: reading.delimiter,
        }),
    usedColumns: usedColumns(reading.selection),
    withholding,
  };
  let columns: readonly string[] = [];
  const check: Parameters<typeof profileData>[4] = {
    columns: (names) => {
      columns = names;
    },
    absentKeys: () => undefined,
    lateKeys: (keys) => {
      if (lateKeysAwaited) requireProfiledIgnored(columns, keys, reading.selection, current);
      const ignored = reading.selection.ignore;
      const warning = lateKeysWarning(current, keys, null, ignored, context.cwd, "profiled");
      if (warning) warnIn(context, warning);
    },
  };
  // A misnamed column is refused at the first batch, before the rest is read; one ignored, at
  // the end of JSON Lines data, where it may be a key first seen late. A cell of a withheld
  // column that its type does not take is refused without being quoted (`WithheldRead`).
  const profiled = await profileData("profiling current", source, read, context, check, (all) =>
    selectProfiled(all, reading.selection, current, lateKeysAwaited),
  );
  warnOneColumn(current, source, columns, { delimiter: reading.delimiter, context });
  // A withheld column keeps its counts alone, as validate-data's profile does. Told by all the
  // data's columns, not the profiled: a field ignored is not one misnamed.
  const profile = withholdColumns(profiled, withholding.columns);
  context.acting?.();
  writeFilesAtomic([reportFile(profileContract, profile, reportPath)]);
  const shown = displayPath(context.cwd, reportPath);
  return {
    outputs: {
      verdict: "",
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

/** The columns to check, those not to, and the prediction and target columns. */
const selectionOf = (inputs: {
  columns: string[];
  "ignore-columns": string[];
  "prediction-column": string | undefined;
  "target-column": string | undefined;
}) =>
  columnSelection({
    columns: inputs.columns,
    ignore: inputs["ignore-columns"],
    prediction: inputs["prediction-column"],
    target: inputs["target-column"],
  });

/** The report's settings: how the columns were tested, and how both sides' data was read. */
const settingsOf = (
  inputs: { method: string | undefined; correction: Correction; "drift-share": number },
  compared: Compared,
  contract: ReadContract | undefined,
) => ({
  method: inputs.method?.trim() || "auto",
  correction: inputs.correction,
  drift_share: inputs["drift-share"],
  missing_values: compared.missingValues,
  ...(compared.columnMissingValues?.length && {
    column_missing_values: compared.columnMissingValues,
  }),
  ...(contract && { data_contract: contract.file }),
});

/** What drift-check is: its name, permissions, example and inputs; its run is below. */
const DEFINITION = {
  name: "drift-check",
  permissions: {
    contents: {
      level: "read",
      why: "read the data and profiles checked out, and a registry reference's profile",
    },
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
    reference: dataSources(),
    current: dataSource(),
    columns: list(),
    "ignore-columns": list(),
    "missing-values": list(),
    schema: file(),
    delimiter: delimiter(),
    method: text(),
    threshold: text(),
    "drift-share": number({ min: 0, max: 1 }),
    correction: choice(["none", "holm", "bh", "bonferroni"] as const),
    "prediction-column": text(),
    "target-column": text(),
    "on-drift": list(),
    "fail-step": bool(),
    "issue-key": markerKey(),
    "dispatch-workflow": text(),
    registry: dataSource(),
    backend: choice(BACKENDS),
    "github-token": secret(),
    mode: choice(["check", "profile", "compare"] as const),
    "report-path": outputPath(),
    "html-path": optionalOutputPath(),
  },
} as const;

/** The closing line's count of columns and the run's seconds. */
const comparedIn = (columns: number, started: number) =>
  `${counted(columns, "column")} compared in ${((monotonicMs() - started) / 1000).toFixed(1)} s`;

/** drift-check, reading a `schema` input's data contract with `loadContract`. */
export const driftCheckWith = (loadContract: LoadContract) =>
  defineAction({
    ...DEFINITION,
    async run(inputs, context) {
      const started = monotonicMs();
      const { mode } = inputs;
      const { cwd } = context;
      const reportPath =
        inputs["report-path"] ??
        defaultReportPath(mode === "profile" ? DEFAULT_PROFILE : DEFAULT_REPORT, context);
      const selection = selectionOf(inputs);
      const { contract, reading } = await readingOf(inputs, { contract: loadContract, cwd });
      if (mode === "profile") {
        return writeProfile(inputs.current, reportPath, { ...reading, selection }, context);
      }
      const onDrift = parseOnDrift(inputs["on-drift"], inputs["dispatch-workflow"]);
      const github = { ...context.github, token: inputs["github-token"] ?? context.github.token };
      const access = gitHubAccess(onDrift, github);
      const referenceInput = requireReference(inputs.reference, mode);
      const methods = parseMethod(inputs.method);
      const where = { github, path: inputs.registry, backend: inputs.backend };
      const reference = await loadReference(inputs.reference, cwd, where);
      const request = { mode, reference, current: inputs.current, selection, methods, context };
      const compared = await compareSources({
        ...request,
        ...reading,
        threshold: inputs.threshold,
      });
      const judged = judgeDrift(compared.comparisons, {
        thresholds: compared.thresholds,
        correction: inputs.correction,
        driftShare: inputs["drift-share"],
        roles: { prediction: selection.prediction, target: selection.target },
      });
      const settings = settingsOf(inputs, compared, contract);
      const sources = { ...request, cwd, now: context.now(), referenceInput, settings };
      const report = buildReport(sources, compared, judged);
      context.acting?.();
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
      context.log(`drift-check: ${comparedIn(compared.names.length, started)}`);
      return driftResult(report, alerted, {
        cwd,
        reportPath,
        htmlPath: inputs["html-path"],
        failStep: inputs["fail-step"],
        issueKey: inputs["issue-key"],
      });
    },
  });

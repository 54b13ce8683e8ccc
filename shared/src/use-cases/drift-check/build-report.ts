import { displayPath } from "../../engine/files/display-path.js";
import { WASSERSTEIN_STD_FLOOR } from "../../engine/stats/index.js";
import { VERSION } from "../../engine/version.js";
import { shownPaths, type Reference } from "../../platform/registry/load-reference.js";
import type { Compared } from "./compare-sources.js";
import { PROFILE_PSI_BINS } from "./compare-profile-columns.js";
import { HISTOGRAM_BINS } from "./distribution.js";
import type { DriftReport } from "./drift-report.js";
import type { judgeDrift } from "./judge-drift.js";

/** What the report says about where it came from and how it was made. */
export interface ReportSources {
  readonly mode: "check" | "compare";
  readonly cwd: string;
  readonly now: Date;
  /** The `reference` input as given, and what it resolved to. */
  readonly referenceInput: string;
  readonly reference: Reference;
  readonly current: string;
  readonly settings: Pick<
    DriftReport["settings"],
    | "method"
    | "correction"
    | "drift_share"
    | "missing_values"
    | "column_missing_values"
    | "data_contract"
  >;
}

/** The drift report (mlops.drift-report/v1) from the comparison and its verdicts. */
export function buildReport(
  sources: ReportSources,
  compared: Compared,
  judged: ReturnType<typeof judgeDrift>,
): DriftReport {
  const { reference, mode, cwd } = sources;
  const shown = (path: string) => displayPath(cwd, path);
  return {
    schema: "mlops.drift-report/v1",
    tool: { name: "mlops", version: VERSION },
    created_at: sources.now.toISOString(),
    mode,
    exact: compared.exact,
    reference: {
      source:
        reference.kind === "registry" ? sources.referenceInput : shownPaths(reference.paths, cwd),
      kind: reference.kind,
      rows: compared.referenceRows,
      from: reference.kind === "data" ? null : reference.from,
    },
    current: {
      source: sources.current,
      kind: mode === "compare" ? "profiles" : "data",
      rows: compared.currentRows,
      files: compared.currentFiles.map(shown),
    },
    settings: {
      ...sources.settings,
      jensen_shannon_base: "e",
      wasserstein_std_floor: WASSERSTEIN_STD_FLOOR,
      psi_binning: compared.exact
        ? "Evidently: Sturges bins over both samples (a bin per value up to 20 distinct values)"
        : `${PROFILE_PSI_BINS} bins at the reference's quantiles`,
      histogram_bins: HISTOGRAM_BINS,
    },
    dataset: judged.dataset,
    columns: judged.columns,
  };
}

import { adjustPValues, type PValueAdjustment } from "../../engine/stats/index.js";
import type { ColumnComparison } from "./compare-samples.js";
import {
  driftRule,
  isDrift,
  thresholdFor,
  type DriftMethod,
  type ThresholdChoice,
} from "./drift-methods.js";
import type { ColumnTests, DriftColumn, DriftReport } from "./drift-report.js";

export type Correction = DriftReport["settings"]["correction"];

const ADJUSTMENTS: Readonly<Record<Exclude<Correction, "none">, PValueAdjustment>> = {
  holm: "holm",
  bh: "benjamini-hochberg",
  bonferroni: "bonferroni",
};

/** The method's own statistic and p-value, read from the tests that ran. */
function methodResult(
  method: DriftMethod,
  tests: ColumnTests,
): { statistic: number; pValue: number | null } | null {
  switch (method) {
    case "ks":
      return tests.ks ? { statistic: tests.ks.statistic, pValue: tests.ks.p_value } : null;
    case "chi2":
      return tests.chi2 ? { statistic: tests.chi2.statistic, pValue: tests.chi2.p_value } : null;
    case "wasserstein":
      return tests.wasserstein ? { statistic: tests.wasserstein.normed, pValue: null } : null;
    case "jensen_shannon":
      return tests.jensen_shannon
        ? { statistic: tests.jensen_shannon.distance, pValue: null }
        : null;
    case "psi":
      return tests.psi ? { statistic: tests.psi.value, pValue: null } : null;
  }
}

/**
 * Turns comparisons into verdicts: each column against its threshold (p-values of the feature
 * columns corrected together first, when asked), then the dataset: it drifts when the share of
 * drifted feature columns reaches `driftShare`, or when the prediction column drifted.
 */
export function judgeDrift(
  comparisons: readonly ColumnComparison[],
  options: {
    thresholds: ThresholdChoice;
    correction: Correction;
    driftShare: number;
    predictionColumn: string | undefined;
  },
): { columns: DriftColumn[]; dataset: DriftReport["dataset"] } {
  const results = comparisons.map((c) => methodResult(c.method, c.tests));
  const isFeature = (c: ColumnComparison) => c.name !== options.predictionColumn;
  // Only the feature columns tested with a p-value form the family that is corrected.
  const family = comparisons
    .map((c, i) => ({ i, p: results[i]?.pValue }))
    .filter(({ i, p }) => isFeature(comparisons[i]!) && typeof p === "number") as {
    i: number;
    p: number;
  }[];
  const adjusted = new Map<number, number>();
  if (options.correction !== "none" && family.length > 0) {
    const { adjusted: values } = adjustPValues(
      family.map((f) => f.p),
      { method: ADJUSTMENTS[options.correction] },
    );
    family.forEach((f, k) => adjusted.set(f.i, values[k]!));
  }

  const columns = comparisons.map((c, i): DriftColumn => {
    const result = results[i];
    const threshold = thresholdFor(options.thresholds, c.name, c.method);
    const adjustedP = adjusted.get(i) ?? null;
    const score = result ? (adjustedP ?? result.pValue ?? result.statistic) : null;
    return {
      name: c.name,
      role: isFeature(c) ? "feature" : "prediction",
      type: c.type,
      kind: c.kind,
      method: c.method,
      statistic: result?.statistic ?? null,
      p_value: result?.pValue ?? null,
      adjusted_p_value: adjustedP,
      score,
      threshold,
      drift_when: driftRule(c.method),
      drifted: score !== null && isDrift(c.method, score, threshold),
      n_reference: c.nReference,
      n_current: c.nCurrent,
      missing_reference: c.missingReference,
      missing_current: c.missingCurrent,
      distinct_reference: c.distinctReference,
      tests: c.tests,
      distribution: c.distribution,
      note: c.note,
    };
  });

  const tested = columns.filter((c) => c.role === "feature" && c.score !== null);
  const drifted = tested.filter((c) => c.drifted);
  const share = tested.length === 0 ? 0 : drifted.length / tested.length;
  const featureDrift = tested.length > 0 && share >= options.driftShare;
  const prediction = columns.find((c) => c.role === "prediction");
  const predictionDrift = prediction ? prediction.drifted : null;
  return {
    columns,
    dataset: {
      drifted: featureDrift || predictionDrift === true,
      inconclusive: tested.length === 0,
      share,
      feature_drift: featureDrift,
      prediction_drift: predictionDrift,
      tested_columns: tested.length,
      drifted_columns: columns.filter((c) => c.drifted).map((c) => c.name),
    },
  };
}

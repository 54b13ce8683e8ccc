import { KllSketch } from "../../engine/profile/kll-sketch.js";
import { compareProfiles } from "../../engine/profile/compare-profiles.js";
import type { ColumnProfile, Profile } from "../../engine/profile/profile-types.js";
import {
  chiSquareDrift,
  jensenShannonDrift,
  kolmogorovSmirnovSf,
  WASSERSTEIN_STD_FLOOR,
} from "../../engine/stats/index.js";
import { refuseMethod, type ColumnComparison, type MethodPicker } from "./compare-samples.js";
import { categoryShares, histogram } from "./distribution.js";
import { CATEGORICAL_DISTINCT, NUMERIC_METHODS, type ColumnKind } from "./drift-methods.js";
import type { ColumnTests } from "./drift-report.js";
import { idLikeNote } from "./id-like.js";

/** The bins of PSI from profiles: at the reference's deciles. */
export const PROFILE_PSI_BINS = 10;

/**
 * Category counts from a profile's frequent values. Past the exact cap they are the Misra-Gries
 * summary: the values it does not hold are summed as "(other)", so the totals stay right.
 */
function countsOf(column: ColumnProfile): Map<string, number> {
  const counts = new Map<string, number>();
  let held = 0;
  for (const item of column.frequent?.items ?? []) {
    counts.set(String(item.value), item.count);
    held += item.count;
  }
  if (column.count > held) counts.set("(other)", column.count - held);
  return counts;
}

/**
 * The distinct count, or the top of an estimate's two-standard-error range, so that an id
 * column whose HyperLogLog estimate falls just short of its row count is still seen as one.
 */
const distinctBound = ({ distinct }: ColumnProfile): number =>
  distinct.exact ? distinct.value : distinct.value * (1 + 2 * distinct.relativeError);

function sketchItems(column: ColumnProfile) {
  const sketch = column.sketch!;
  return KllSketch.fromState({
    k: sketch.k,
    n: sketch.n,
    levels: sketch.levels,
    compactions: sketch.compactions,
  }).weightedItems();
}

/**
 * Compares two profiles column by column: numeric columns by their quantile sketches
 * (`compareProfiles`, with its error bounds; the KS p-value from the asymptotic distribution of
 * the sketched statistic), categorical ones by their frequent-value counts (exact while the
 * profiles hold every distinct value).
 */
export function compareProfileColumns(
  reference: Profile,
  current: Profile,
  names: readonly string[],
  pick: MethodPicker,
): ColumnComparison[] {
  const sketched = new Map(
    compareProfiles(reference, current, { bins: PROFILE_PSI_BINS }).map((c) => [c.column, c]),
  );
  const byName = (profile: Profile) => new Map(profile.columns.map((c) => [c.name, c]));
  const refColumns = byName(reference);
  const curColumns = byName(current);
  return names.map((name) => {
    const ref = refColumns.get(name)!;
    const cur = curColumns.get(name)!;
    const base = {
      name,
      type: ref.type,
      nReference: ref.count,
      nCurrent: cur.count,
      missingReference: ref.missing + ref.infinite,
      missingCurrent: cur.missing + cur.infinite,
      distinctReference: ref.distinct.value,
    };
    const numeric = ref.sketch !== null && cur.sketch !== null;
    const kind: ColumnKind =
      numeric && ref.type !== "boolean" && ref.distinct.value > CATEGORICAL_DISTINCT
        ? "numeric"
        : "categorical";
    const method = pick(name, kind);
    if (!numeric && NUMERIC_METHODS.includes(method)) refuseMethod(name, method, ref.type);
    const empty = ref.count === 0 ? "reference" : cur.count === 0 ? "current" : null;
    const untested = empty
      ? `no values in the ${empty} data`
      : numeric
        ? null
        : idLikeNote(ref.count, distinctBound(ref));
    if (untested) {
      return { ...base, kind, method, tests: {}, distribution: null, note: untested };
    }
    const tests: ColumnTests = {};
    const comparison = sketched.get(name);
    if (numeric && comparison?.ks && comparison.wasserstein) {
      const en = (ref.count * cur.count) / (ref.count + cur.count);
      const std = Math.max(ref.stddev ?? 0, WASSERSTEIN_STD_FLOOR);
      tests.ks = {
        statistic: comparison.ks.statistic,
        p_value: kolmogorovSmirnovSf(Math.max(1, Math.round(en)), comparison.ks.statistic),
        method: "asymp",
        error_bound: comparison.ks.errorBound,
      };
      tests.wasserstein = {
        distance: comparison.wasserstein.distance,
        normed: comparison.wasserstein.distance / std,
        error_bound: comparison.wasserstein.errorBound,
        normed_error_bound: comparison.wasserstein.errorBound / std,
      };
    }
    const categorical = kind === "categorical" || !NUMERIC_METHODS.includes(method);
    if (categorical) {
      const refCounts = countsOf(ref);
      const curCounts = countsOf(cur);
      const chi2 = chiSquareDrift(refCounts, curCounts);
      tests.chi2 = {
        statistic: chi2.statistic,
        p_value: chi2.pValue,
        dof: chi2.dof,
        new_categories: chi2.newCategories,
      };
      tests.jensen_shannon = {
        distance: jensenShannonDrift(refCounts, curCounts).distance,
        base: "e",
      };
    }
    if (method === "psi" && comparison) {
      tests.psi = {
        value: comparison.psi.statistic,
        bins: comparison.psi.bins,
        binning: `reference deciles of the sketch`,
        error_bound: comparison.psi.errorBound,
      };
    }
    const exact = ref.frequent?.exact === true && cur.frequent?.exact === true;
    return {
      ...base,
      kind,
      method,
      tests,
      distribution: categorical
        ? categoryShares(countsOf(ref), countsOf(cur))
        : histogram(
            { values: sketchItems(ref).values, weights: sketchItems(ref).weights },
            { values: sketchItems(cur).values, weights: sketchItems(cur).weights },
          ),
      note: categorical && !exact ? "counts from frequent-value summaries (approximate)" : null,
    };
  });
}

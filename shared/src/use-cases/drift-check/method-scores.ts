import { InputError } from "../../engine/errors.js";
import {
  andersonDarlingTwoSample,
  ANDERSON_MIN_VALUES,
  cramerVonMisesTwoSample,
  energyDistanceOfWalk,
  fisherExact,
  gTestDrift,
  hellingerCategories,
  hellingerNumbers,
  klDivergenceCategories,
  klDivergenceNumbers,
  mannWhitneyUTest,
  totalVariationDrift,
  twoProportionZTest,
  type EcdfWalk,
} from "../../engine/stats/index.js";
import { shownName } from "./column-name.js";
import type { DriftMethod } from "./drift-methods.js";
import type { ColumnTests } from "./drift-report.js";

const sturgesBinning = (bins: number) => `${bins} equal-width bins over both samples (Sturges)`;

/** Why `method` cannot test samples of these sizes (the column is then not tested), or null. */
export function tooFewValues(method: DriftMethod, nReference: number, nCurrent: number) {
  return method === "anderson" && nReference + nCurrent < ANDERSON_MIN_VALUES
    ? `anderson needs at least ${ANDERSON_MIN_VALUES} values in the two samples together (${nReference} + ${nCurrent} here)`
    : null;
}

/**
 * The score of a method that reads numbers, from two sorted, non-empty samples and the walk of
 * their ECDFs (`walkEcdfs`, reference first): energy, mannw, anderson and cramer_von_mises
 * always; hellinger and kl_div when the column is `binned` rather than counted by value.
 */
export function numberScore(
  method: DriftMethod,
  ref: Float64Array,
  cur: Float64Array,
  walk: EcdfWalk,
  binned: boolean,
): ColumnTests {
  if (method === "energy") return { energy: { statistic: energyDistanceOfWalk(walk) } };
  if (method === "mannw") {
    // Evidently tests whether the reference tends to be smaller than current.
    const u = mannWhitneyUTest(ref, cur, { alternative: "less" });
    return { mannw: { statistic: u.statistic, p_value: u.pValue } };
  }
  if (method === "anderson") {
    if (tooFewValues(method, ref.length, cur.length) !== null) return {};
    const ad = andersonDarlingTwoSample(ref, cur);
    return { anderson: { statistic: ad.statistic, p_value: ad.significanceLevel } };
  }
  if (method === "cramer_von_mises") {
    const cvm = cramerVonMisesTwoSample(ref, cur);
    return {
      cramer_von_mises: { statistic: cvm.statistic, p_value: cvm.pValue, method: cvm.method },
    };
  }
  if (!binned) return {};
  if (method === "hellinger") {
    const h = hellingerNumbers(ref, cur);
    return { hellinger: { statistic: h.distance, binning: sturgesBinning(h.bins) } };
  }
  if (method === "kl_div") {
    const kl = klDivergenceNumbers(ref, cur);
    const binning = `${sturgesBinning(kl.bins)}, empty bins smoothed`;
    return { kl_div: { statistic: kl.divergence, binning } };
  }
  return {};
}

/** The score of a method that reads counts per category (or per value of a number). */
export function countScore(
  column: string,
  method: DriftMethod,
  ref: ReadonlyMap<string, number>,
  cur: ReadonlyMap<string, number>,
): ColumnTests {
  switch (method) {
    case "hellinger":
      return { hellinger: { statistic: hellingerCategories(ref, cur), binning: "categories" } };
    case "kl_div": {
      const statistic = klDivergenceCategories(ref, cur);
      return { kl_div: { statistic, binning: "categories, empty ones smoothed" } };
    }
    case "g_test": {
      const g = gTestDrift(ref, cur);
      return { g_test: { statistic: g.statistic, p_value: g.pValue } };
    }
    case "z":
      return { z: zScore(column, ref, cur) };
    case "fisher_exact":
      return { fisher_exact: fisherScore(column, ref, cur) };
    case "tvd": {
      const tvd = totalVariationDrift(ref, cur);
      return {
        tvd: { statistic: tvd.statistic, p_value: tvd.pValue, permutations: tvd.permutations },
      };
    }
    default:
      return {};
  }
}

/** The categories seen on either side, unsorted: counting them stays linear. */
export function seenCategories(
  ref: ReadonlyMap<string, number>,
  cur: ReadonlyMap<string, number>,
): string[] {
  const seen = (m: ReadonlyMap<string, number>) => [...m].filter(([, n]) => n > 0).map(([k]) => k);
  return [...new Set([...seen(ref), ...seen(cur)])];
}

/** The two categories of a column tested with z or fisher_exact, in sorted order. */
function twoCategories(
  column: string,
  method: DriftMethod,
  ref: ReadonlyMap<string, number>,
  cur: ReadonlyMap<string, number>,
): string[] {
  const categories = seenCategories(ref, cur).sort();
  if (categories.length > 2) {
    throw new InputError(
      "method",
      `${method} compares two categories, and column '${shownName(column)}' has ${categories.length}`,
      "Use chi2, g_test, tvd, jensen_shannon, hellinger or kl_div for this column",
    );
  }
  return categories;
}

const total = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((s, n) => s + n, 0);

/**
 * The z-test of two categories' shares: the share of the second in reference and current.
 * Which category counts as the success does not change a two-sided p-value.
 */
function zScore(
  column: string,
  ref: ReadonlyMap<string, number>,
  cur: ReadonlyMap<string, number>,
) {
  const second = twoCategories(column, "z", ref, cur)[1];
  const successes = (m: ReadonlyMap<string, number>) =>
    second === undefined ? 0 : (m.get(second) ?? 0);
  const z = twoProportionZTest(successes(ref), total(ref), successes(cur), total(cur));
  return { statistic: z.statistic, p_value: z.pValue };
}

/** Fisher's exact test of Evidently's table: [[current's two counts], [reference's two counts]]. */
function fisherScore(
  column: string,
  ref: ReadonlyMap<string, number>,
  cur: ReadonlyMap<string, number>,
) {
  const [first = "", second = ""] = twoCategories(column, "fisher_exact", ref, cur);
  const row = (m: ReadonlyMap<string, number>) => [m.get(second) ?? 0, m.get(first) ?? 0];
  const fisher = fisherExact([row(cur), row(ref)]);
  const oddsRatio = Number.isFinite(fisher.oddsRatio) ? fisher.oddsRatio : null;
  return { odds_ratio: oddsRatio, p_value: fisher.pValue };
}

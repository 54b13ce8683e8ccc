import { binomialCdf } from "./binomial-distribution.js";
import { chiSquareSf } from "./gamma-functions.js";
import { StatsInputError } from "./stats-input-error.js";

/**
 * McNemar's test for paired binary outcomes, matching statsmodels
 * `stats.contingency_tables.mcnemar(table, exact, correction)`. Only the discordant cells
 * b = table[0][1] and c = table[1][0] matter:
 * - exact (default): statistic = min(b, c), pValue = min(1, 2 Pr(Binomial(b + c, 1/2) <= min(b, c)));
 * - chi-square: statistic = (|b - c| - k)^2 / (b + c) with k = 1 under the continuity correction
 *   (default) and 0 without, pValue = chi2.sf(statistic, 1).
 * With no discordant pairs (b + c = 0), where statsmodels divides 0 by 0, the result is
 * statistic 0 and pValue 1: nothing disagrees. Reference: McNemar (1947); Agresti (2013), 11.1.
 */
export function mcnemar(
  table: readonly [readonly [number, number], readonly [number, number]],
  options: { exact?: boolean; correction?: boolean } = {},
): { statistic: number; pValue: number } {
  if (
    !Array.isArray(table) ||
    table.length !== 2 ||
    !table.every((r) => Array.isArray(r) && r.length === 2)
  ) {
    throw new StatsInputError("table", "is not a 2x2 table", "pass [[a, b], [c, d]]");
  }
  for (const v of table.flat()) {
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      throw new StatsInputError("table", `holds ${String(v)}`, "pass non-negative finite counts");
    }
  }
  const b = table[0][1];
  const c = table[1][0];
  if (options.exact !== false) {
    const statistic = Math.min(b, c);
    return { statistic, pValue: Math.min(1, 2 * binomialCdf(statistic, b + c, 0.5)) };
  }
  if (b + c === 0) return { statistic: 0, pValue: 1 };
  const k = options.correction === false ? 0 : 1;
  const statistic = (Math.abs(b - c) - k) ** 2 / (b + c);
  return { statistic, pValue: chiSquareSf(statistic, 1) };
}

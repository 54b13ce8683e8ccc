import { chiSquareSf } from "./gamma-functions.js";
import { StatsInputError } from "./stats-input-error.js";
import { nonNegativeCounts } from "./validate.js";

/**
 * Pearson's chi-square goodness-of-fit test, matching scipy `stats.chisquare(f_obs, f_exp)`:
 *
 *   statistic = sum_i (O_i - E_i)^2 / E_i,  pValue = chi2.sf(statistic, k - 1 - ddof)
 *
 * `expected` defaults to equal frequencies (the mean of `observed`). As scipy, the two must have
 * the same total to a relative tolerance of 1e-8. An expected frequency of zero is refused
 * (scipy would return an infinite statistic or NaN): merge or drop that category first.
 * Reference: Pearson (1900); Agresti, Categorical Data Analysis (2013), 1.5.
 */
export function chiSquareGoodnessOfFit(
  observed: ArrayLike<number>,
  expected?: ArrayLike<number>,
  options: { ddof?: number } = {},
): { statistic: number; pValue: number; dof: number } {
  const obs = nonNegativeCounts("observed", observed, 1);
  let exp: Float64Array;
  const obsTotal = obs.reduce((s, v) => s + v, 0);
  if (expected === undefined) {
    exp = new Float64Array(obs.length).fill(obsTotal / obs.length);
  } else {
    exp = nonNegativeCounts("expected", expected, 1);
    if (exp.length !== obs.length) {
      throw new StatsInputError(
        "expected",
        `has ${exp.length} values but observed has ${obs.length}`,
        "pass one expected frequency per observed category",
      );
    }
    const expTotal = exp.reduce((s, v) => s + v, 0);
    if (Math.abs(obsTotal - expTotal) > 1e-8 * Math.max(obsTotal, expTotal)) {
      throw new StatsInputError(
        "expected",
        `sums to ${expTotal} but observed sums to ${obsTotal}`,
        "scale the expected frequencies to the observed total",
      );
    }
  }
  const ddof = options.ddof ?? 0;
  const dof = obs.length - 1 - ddof;
  if (!Number.isInteger(ddof) || dof < 1) {
    throw new StatsInputError(
      "observed",
      `leaves ${dof} degree(s) of freedom`,
      "pass at least two categories (and ddof smaller than their number minus one)",
    );
  }
  let statistic = 0;
  for (let i = 0; i < obs.length; i++) {
    const e = exp[i] as number;
    if (e === 0) {
      throw new StatsInputError(
        "expected",
        `frequency at index ${i} is zero`,
        "merge or drop categories with no expected frequency",
      );
    }
    const diff = (obs[i] as number) - e;
    statistic += (diff * diff) / e;
  }
  return { statistic, pValue: chiSquareSf(statistic, dof), dof };
}

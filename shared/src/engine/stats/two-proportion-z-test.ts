import { normalCdf, normalSf } from "./normal-distribution.js";
import { StatsInputError } from "./stats-input-error.js";
import { checkAlternative, clipProbability, type Alternative } from "./validate.js";

/**
 * Z-test for the difference of two independent proportions with the pooled variance, matching
 * statsmodels `proportions_ztest([s1, s2], [n1, n2])` (alternatives 'larger'/'smaller' there
 * are 'greater'/'less' here):
 *
 *   p_i = s_i / n_i, P = (s1 + s2) / (n1 + n2),
 *   z = (p1 - p2) / sqrt(P (1 - P) (1/n1 + 1/n2)).
 *
 * When both samples are all successes or all failures (P = 0 or 1) the variance is zero and
 * statsmodels returns NaN; here the result is statistic 0 and pValue 1 (the samples agree).
 * Reference: Agresti (2013), 3.1.
 */
export function twoProportionZTest(
  successes1: number,
  trials1: number,
  successes2: number,
  trials2: number,
  options: { alternative?: Alternative } = {},
): { statistic: number; pValue: number } {
  const alternative = checkAlternative(options.alternative);
  const check = (name: string, s: number, nName: string, n: number) => {
    if (!Number.isInteger(n) || n < 1) {
      throw new StatsInputError(nName, `is ${String(n)}`, "pass a whole number of at least 1");
    }
    if (!Number.isFinite(s) || s < 0 || s > n) {
      throw new StatsInputError(name, `is ${String(s)}`, `pass a count between 0 and ${n}`);
    }
  };
  check("successes1", successes1, "trials1", trials1);
  check("successes2", successes2, "trials2", trials2);
  const pooled = (successes1 + successes2) / (trials1 + trials2);
  const variance = pooled * (1 - pooled) * (1 / trials1 + 1 / trials2);
  if (variance === 0) return { statistic: 0, pValue: 1 };
  const z = (successes1 / trials1 - successes2 / trials2) / Math.sqrt(variance);
  const pValue =
    alternative === "two-sided"
      ? 2 * normalSf(Math.abs(z))
      : alternative === "greater"
        ? normalSf(z)
        : normalCdf(z);
  return { statistic: z, pValue: clipProbability(pValue) };
}

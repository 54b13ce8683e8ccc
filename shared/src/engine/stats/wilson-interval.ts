import { normalQuantile } from "./normal-distribution.js";
import { StatsInputError } from "./stats-input-error.js";
import { openProbability } from "./validate.js";

/**
 * Wilson score interval for a binomial proportion, matching statsmodels
 * `proportion_confint(count, nobs, alpha, method="wilson")`:
 *
 *   z = Phi^-1(1 - alpha/2), p = count / nobs, d = 1 + z^2 / n,
 *   center = (p + z^2 / (2n)) / d,  half = z sqrt(p (1 - p) / n + z^2 / (4 n^2)) / d,
 *   [center - half, center + half], clipped to [0, 1].
 *
 * Reference: Wilson (1927), J. Amer. Statist. Assoc. 22, 209-212.
 */
export function wilsonInterval(
  successes: number,
  trials: number,
  options: { confidenceLevel?: number } = {},
): { estimate: number; lower: number; upper: number } {
  const level = openProbability("confidenceLevel", options.confidenceLevel ?? 0.95);
  // An effective number of weighted trials need not be whole.
  if (!Number.isFinite(trials) || !(trials > 0)) {
    throw new StatsInputError("trials", `is ${String(trials)}`, "pass a count above 0");
  }
  if (!Number.isFinite(successes) || successes < 0 || successes > trials) {
    throw new StatsInputError(
      "successes",
      `is ${String(successes)}`,
      `pass a count between 0 and trials (${trials})`,
    );
  }
  const z = normalQuantile(1 - (1 - level) / 2);
  const z2 = z * z;
  const p = successes / trials;
  const denom = 1 + z2 / trials;
  const center = (p + z2 / (2 * trials)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denom;
  return {
    estimate: p,
    lower: Math.max(0, center - half),
    upper: Math.min(1, center + half),
  };
}

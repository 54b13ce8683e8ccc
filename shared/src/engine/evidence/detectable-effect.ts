import { normalQuantile } from "../stats/normal-distribution.js";

/**
 * The minimum detectable effect: the smallest distance between the true value and a check's
 * edge that a one-sided test at level `tail` detects with probability `power`, for an estimate
 * with standard error `standardError`: (z(1 - tail) + z(power)) * standardError, the normal
 * approximation behind the usual sample-size formulas (Chow, Shao & Wang, Sample Size
 * Calculations in Clinical Research, 2nd ed., 3.1).
 */
export function detectableEffect(standardError: number, tail: number, power: number): number {
  return (normalQuantile(1 - tail) + normalQuantile(power)) * standardError;
}

/**
 * How many examples would make the observed distance from the edge detectable at the same level
 * and power, if it is the true one: standard errors shrink as 1 / sqrt(n), so n (MDE / d)^2,
 * and at least one more than now. Null when nothing would: the estimate sits on the edge (d = 0)
 * or has no spread to scale.
 */
export function examplesToSettle(
  examples: number,
  effect: number,
  distance: number,
): number | null {
  if (!(distance > 0) || !(effect > 0)) return null;
  const needed = Math.ceil(examples * (effect / distance) ** 2);
  return Number.isFinite(needed) ? Math.max(needed, examples + 1) : null;
}

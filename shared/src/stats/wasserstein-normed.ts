import { finiteSample } from "./validate.js";
import { wasserstein } from "./wasserstein.js";

/** Below this, the reference's standard deviation is replaced by it (Evidently's floor). */
export const WASSERSTEIN_STD_FLOOR = 0.001;

/**
 * Wasserstein-1 distance normalised by the spread of the reference, as Evidently's `wasserstein`
 * drift test (`_wasserstein_distance_norm`):
 *
 *   normed = W1(reference, current) / max(sd(reference), 0.001)
 *
 * where sd is the population standard deviation (numpy `np.std`, ddof = 0). Evidently calls a
 * column drifted when `normed >= 0.1`. A constant reference is divided by the 0.001 floor, so
 * the result is always finite.
 */
export function wassersteinNormed(
  reference: ArrayLike<number>,
  current: ArrayLike<number>,
): { distance: number; normed: number } {
  const ref = finiteSample("reference", reference);
  const distance = wasserstein(ref, finiteSample("current", current));
  return { distance, normed: distance / Math.max(populationStd(ref), WASSERSTEIN_STD_FLOOR) };
}

/** sqrt(mean((x - mean(x))^2)), numpy's `np.std` with ddof = 0. */
export function populationStd(values: Float64Array): number {
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / values.length;
  let ss = 0;
  for (const v of values) ss += (v - mean) * (v - mean);
  return Math.sqrt(ss / values.length);
}

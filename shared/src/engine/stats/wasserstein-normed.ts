import { walkEcdfs, type EcdfWalk } from "./ecdf-walk.js";
import { sortSample, type SortedSample } from "./sort-sample.js";

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
 * the result is always finite. Samples from `sortSample` are taken without a copy.
 */
export function wassersteinNormed(
  reference: ArrayLike<number>,
  current: ArrayLike<number>,
): { distance: number; normed: number } {
  const ref = sortSample(reference, "reference");
  return wassersteinNormedOfWalk(walkEcdfs(ref, sortSample(current, "current")), ref);
}

/**
 * The normed distance from a walk of the reference's and the current's ECDFs (reference first),
 * for a caller that reads other statistics from the same walk.
 */
export function wassersteinNormedOfWalk(
  walk: EcdfWalk,
  reference: SortedSample,
): { distance: number; normed: number } {
  const distance = walk.area;
  return { distance, normed: distance / Math.max(populationStd(reference), WASSERSTEIN_STD_FLOOR) };
}

/** sqrt(mean((x - mean(x))^2)), numpy's `np.std` with ddof = 0. */
export function populationStd(values: Float64Array): number {
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i]!;
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i]! - mean) * (values[i]! - mean);
  return Math.sqrt(ss / n);
}

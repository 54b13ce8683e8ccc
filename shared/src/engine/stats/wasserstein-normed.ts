import { walkEcdfs, type EcdfWalk } from "./ecdf-walk.js";
import { scaledMoments } from "./scaled-moments.js";
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
 * column drifted when `normed >= 0.1`. A constant reference is divided by the 0.001 floor.
 * Either number is Infinity only where it passes the largest double (values near 1.8e308, far
 * apart in the two samples). Samples from `sortSample` are taken without a copy.
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
  const std = Math.max(populationStd(reference), WASSERSTEIN_STD_FLOOR);
  // Divided in the walk's scale first, so that a distance past the largest double still gives
  // its normed value where that fits.
  return { distance: walk.area / walk.scale, normed: walk.area / std / walk.scale };
}

/**
 * sqrt(mean((x - mean(x))^2)), numpy's `np.std` with ddof = 0; finite for any finite values (at
 * most half their range), taken scaled down where the plain sums overflow.
 */
export function populationStd(values: Float64Array): number {
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i]!;
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i]! - mean) * (values[i]! - mean);
  const std = Math.sqrt(ss / n);
  return Number.isFinite(std) ? std : scaledMoments(values).std;
}

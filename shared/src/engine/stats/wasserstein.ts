import { walkEcdfs } from "./ecdf-walk.js";
import { sortSample } from "./sort-sample.js";

/**
 * First Wasserstein (earth mover's) distance between two 1-D empirical distributions, matching
 * scipy `stats.wasserstein_distance(x, y)` (unweighted):
 *
 *   W1 = integral over t of |F_x(t) - F_y(t)| dt
 *      = sum over consecutive pooled values t_k < t_{k+1} of |F_x(t_k) - F_y(t_k)| (t_{k+1} - t_k).
 *
 * Reference: Ramdas, Garcia & Cuturi (2017), "On Wasserstein two-sample testing", eq. (2).
 * In the units of the data. The pooled values are visited by merging the two sorted samples
 * (`walkEcdfs`), so that nothing is pooled or sorted again: O(n) after sorting (see
 * `sortSample`, whose results are taken without a copy). Infinity where the distance passes the
 * largest double (values near both -1.8e308 and 1.8e308, far apart in the two samples).
 */
export function wasserstein(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const a = sortSample(x, "x");
  const b = sortSample(y, "y");
  const walk = walkEcdfs(a, b);
  return walk.area / walk.scale;
}

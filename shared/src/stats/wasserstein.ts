import { sortedSample } from "./validate.js";

/**
 * First Wasserstein (earth mover's) distance between two 1-D empirical distributions, matching
 * scipy `stats.wasserstein_distance(x, y)` (unweighted):
 *
 *   W1 = integral over t of |F_x(t) - F_y(t)| dt
 *      = sum over consecutive pooled values t_k < t_{k+1} of |F_x(t_k) - F_y(t_k)| (t_{k+1} - t_k).
 *
 * Reference: Ramdas, Garcia & Cuturi (2017), "On Wasserstein two-sample testing", eq. (2).
 * In the units of the data; O(n log n).
 */
export function wasserstein(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const a = sortedSample("x", x);
  const b = sortedSample("y", y);
  const all = new Float64Array(a.length + b.length);
  all.set(a);
  all.set(b, a.length);
  all.sort();
  let i = 0;
  let j = 0;
  let total = 0;
  for (let k = 0; k < all.length - 1; k++) {
    const t = all[k] as number;
    while (i < a.length && (a[i] as number) <= t) i++;
    while (j < b.length && (b[j] as number) <= t) j++;
    const delta = (all[k + 1] as number) - t;
    if (delta !== 0) total += Math.abs(i / a.length - j / b.length) * delta;
  }
  return total;
}

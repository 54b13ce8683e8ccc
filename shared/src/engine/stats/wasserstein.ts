import { sortSample } from "./sort-sample.js";

/**
 * First Wasserstein (earth mover's) distance between two 1-D empirical distributions, matching
 * scipy `stats.wasserstein_distance(x, y)` (unweighted):
 *
 *   W1 = integral over t of |F_x(t) - F_y(t)| dt
 *      = sum over consecutive pooled values t_k < t_{k+1} of |F_x(t_k) - F_y(t_k)| (t_{k+1} - t_k).
 *
 * Reference: Ramdas, Garcia & Cuturi (2017), "On Wasserstein two-sample testing", eq. (2).
 * In the units of the data. The pooled values are visited by merging the two sorted samples, so
 * that nothing is pooled or sorted again: O(n) after sorting (see `sortSample`, whose results
 * are taken without a copy).
 */
export function wasserstein(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const a = sortSample(x, "x");
  const b = sortSample(y, "y");
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let t = Math.min(a[0]!, b[0]!);
  let total = 0;
  for (;;) {
    while (i < n1 && a[i]! <= t) i++;
    while (j < n2 && b[j]! <= t) j++;
    const next = i < n1 ? (j < n2 ? Math.min(a[i]!, b[j]!) : a[i]!) : j < n2 ? b[j]! : t;
    if (next === t) return total;
    total += Math.abs(i / n1 - j / n2) * (next - t);
    t = next;
  }
}

/**
 * The integral over t of |F_a(t) - F_b(t)|^power for two sorted, non-empty samples: the pooled
 * values are visited by merging the two samples, O(n). Power 1 is the Wasserstein-1 distance,
 * power 2 the square of scipy's `_cdf_distance(2, ...)` that the energy distance is built on.
 */
export function integrateCdfDifference(a: Float64Array, b: Float64Array, power: 1 | 2): number {
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
    const d = Math.abs(i / n1 - j / n2);
    total += (power === 1 ? d : d * d) * (next - t);
    t = next;
  }
}

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
  // Each side's ECDF at t, divided out only when that side moves.
  let fa = 0;
  let fb = 0;
  let t = Math.min(a[0]!, b[0]!);
  let total = 0;
  for (;;) {
    if (i < n1 && a[i]! <= t) {
      do i++;
      while (i < n1 && a[i]! <= t);
      fa = i / n1;
    }
    if (j < n2 && b[j]! <= t) {
      do j++;
      while (j < n2 && b[j]! <= t);
      fb = j / n2;
    }
    let next: number;
    if (i < n1) next = j < n2 && b[j]! < a[i]! ? b[j]! : a[i]!;
    else if (j < n2) next = b[j]!;
    else return total;
    const d = Math.abs(fa - fb);
    total += (power === 1 ? d : d * d) * (next - t);
    t = next;
  }
}

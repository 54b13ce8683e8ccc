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
  // t and the running total live in a typed array: as doubles carried around the walk's nested
  // loops they would be boxed on the heap at every step (an allocation per pooled value).
  const state = new Float64Array(2);
  state[0] = Math.min(a[0]!, b[0]!);
  for (;;) {
    const t = state[0]!;
    while (i < n1 && a[i]! <= t) i++;
    while (j < n2 && b[j]! <= t) j++;
    if (i === n1 && j === n2) return state[1]!;
    const next = i < n1 ? (j < n2 && b[j]! < a[i]! ? b[j]! : a[i]!) : b[j]!;
    const d = Math.abs(i / n1 - j / n2);
    state[1] = state[1]! + (power === 1 ? d : d * d) * (next - t);
    state[0] = next;
  }
}

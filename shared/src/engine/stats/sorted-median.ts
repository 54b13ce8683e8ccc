/**
 * Halfway between two doubles. Halving the sum is exact, but the sum of two values above half
 * the largest double overflows: those are halved first instead, which cannot overflow.
 */
export function midpoint(a: number, b: number): number {
  const sum = a + b;
  return Number.isFinite(sum) || !Number.isFinite(a) || !Number.isFinite(b)
    ? sum / 2
    : a / 2 + b / 2;
}

/** The median of a non-empty sample sorted ascending. */
export function sortedMedian(sorted: ArrayLike<number>): number {
  const n = sorted.length;
  return midpoint(sorted[(n - 1) >> 1]!, sorted[n >> 1]!);
}

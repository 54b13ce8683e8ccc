import { rangeScale } from "./range-scale.js";

/**
 * The q-quantile of sorted values with linear interpolation, numpy `quantile`'s default
 * (q clamped to [0, 1]). Two neighbours more than the largest double apart are interpolated in
 * halves (`rangeScale`), where their difference would be Infinity and the quantile NaN at a
 * fraction of 0; any others exactly as `a + (b - a) * fraction`.
 */
export function linearQuantile(sorted: Float64Array, q: number): number {
  const position = Math.min(Math.max(q, 0), 1) * (sorted.length - 1);
  const lo = Math.floor(position);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  const scale = rangeScale(a, b);
  return (a * scale + (b * scale - a * scale) * (position - lo)) / scale;
}

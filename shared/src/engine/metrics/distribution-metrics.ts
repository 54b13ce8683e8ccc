import type { Weights } from "./predictions.js";
import { sortOrder } from "./sort-order.js";

/** The weighted mean of the values that are not NaN (a missing latency, cost or grade). */
export function columnMean(values: Float64Array, weights?: Weights): number {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    const w = weights === undefined ? 1 : weights[i]!;
    sum += w * v;
    total += w;
  }
  return total > 0 ? sum / total : Number.NaN;
}

/** numpy's `_lerp`: from the nearer end, so that the result stays within [a, b]. */
const lerp = (a: number, b: number, t: number) => {
  const d = b - a;
  return t >= 0.5 ? b - d * (1 - t) : a + d * t;
};

/**
 * The quantile `q` of the values that are not NaN, as numpy's `quantile` (method `linear`: the
 * value at position (n - 1) q of the sorted values, interpolated between its neighbours).
 * `order` is `sortOrder(values)`, sorted once for every quantile and every resample. A weight
 * counts its value that many times (a bootstrap's counts), so the quantile is the one of the
 * resampled values; fractional weights are read the same way. NaN without weight.
 */
export function columnQuantile(
  values: Float64Array,
  q: number,
  weights?: Weights,
  order: Uint32Array = sortOrder(values),
): number {
  if (weights === undefined) {
    const n = order.length;
    if (n === 0) return Number.NaN;
    const h = (n - 1) * q;
    const below = Math.floor(h);
    const above = Math.min(below + 1, n - 1);
    return lerp(values[order[below]!]!, values[order[above]!]!, h - below);
  }
  let n = 0;
  for (let k = 0; k < order.length; k++) n += weights[order[k]!]!;
  if (!(n > 0)) return Number.NaN;
  const h = Math.max(0, (n - 1) * q);
  const below = Math.floor(h);
  // The values at positions `below` and `below + 1` of the values repeated by their weights.
  let a = Number.NaN;
  let b = Number.NaN;
  let seen = 0;
  for (let k = 0; k < order.length && Number.isNaN(b); k++) {
    const i = order[k]!;
    const w = weights[i]!;
    if (w === 0) continue;
    seen += w;
    if (Number.isNaN(a) && seen > below) a = values[i]!;
    if (seen > below + 1) b = values[i]!;
  }
  // Past the last position, numpy takes the last value again.
  if (Number.isNaN(b)) b = a;
  return lerp(a, b, h - below);
}

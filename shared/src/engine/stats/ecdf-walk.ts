import { rangeScale } from "./range-scale.js";
import type { SortedSample } from "./sort-sample.js";
import { StatsInputError } from "./stats-input-error.js";

/**
 * What one merge of two sorted, non-empty samples a and b tells about their empirical CDFs
 * F_a and F_b, each evaluated after every pooled value (searchsorted 'right', as scipy): the
 * KS statistics, the Wasserstein-1 distance and the energy distance are all read from it.
 */
export interface EcdfWalk {
  readonly n1: number;
  readonly n2: number;
  /** max(F_a - F_b) over the pooled values, at least 0 (the gap after the last value). */
  readonly maxGap: number;
  /** min(F_a - F_b) over the pooled values, at most 0. */
  readonly minGap: number;
  /** The integral over t of |F_a(t) - F_b(t)|, the Wasserstein-1 distance, times `scale`. */
  readonly area: number;
  /** The integral over t of (F_a(t) - F_b(t))^2, under scipy's energy distance, times `scale`. */
  readonly squaredArea: number;
  /**
   * What the steps between pooled values were measured in (`rangeScale`): 1, or 0.5 where the
   * pooled range passes the largest double, which keeps every step, and so both integrals,
   * finite; divide by it for the integrals themselves (Infinity where they pass it too).
   */
  readonly scale: 1 | 0.5;
}

// Slots of the walk's running doubles.
const T = 0;
const AREA = 1;
const SQUARED = 2;
const MAX = 3;
const MIN = 4;

/**
 * Walks the pooled values of `a` and `b` once, in order, O(n1 + n2): at each distinct value t,
 * the gap d = F_a(t) - F_b(t) updates the extremes, and |d| and d^2 times the step to the next
 * pooled value add to the two integrals. The sums are taken in the pooled order, as scipy's
 * `_cdf_distance` does. The running doubles live in a typed array: carried around the walk's
 * nested loops as locals they would be boxed on the heap at every step.
 */
export function walkEcdfs(a: SortedSample, b: SortedSample): EcdfWalk {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) {
    throw new StatsInputError(
      n1 === 0 ? "a" : "b",
      "is empty",
      "Give each sample at least one value",
    );
  }
  const state = new Float64Array(5);
  let i = 0;
  let j = 0;
  state[T] = Math.min(a[0]!, b[0]!);
  const scale = rangeScale(state[T], Math.max(a[n1 - 1]!, b[n2 - 1]!));
  for (;;) {
    const t = state[T]!;
    while (i < n1 && a[i]! <= t) i++;
    while (j < n2 && b[j]! <= t) j++;
    const d = i / n1 - j / n2;
    if (d > state[MAX]!) state[MAX] = d;
    if (d < state[MIN]!) state[MIN] = d;
    if (i === n1 && j === n2) break;
    const next = i < n1 ? (j < n2 && b[j]! < a[i]! ? b[j]! : a[i]!) : b[j]!;
    const step = next * scale - t * scale;
    state[AREA] = state[AREA]! + Math.abs(d) * step;
    state[SQUARED] = state[SQUARED]! + d * d * step;
    state[T] = next;
  }
  return {
    n1,
    n2,
    maxGap: state[MAX]!,
    minGap: state[MIN]!,
    area: state[AREA]!,
    squaredArea: state[SQUARED]!,
    scale,
  };
}

import { radixSortFloat64 } from "./radix-sort-float64.js";
import { StatsInputError } from "./stats-input-error.js";
import { finiteSample } from "./validate.js";

declare const sortedBrand: unique symbol;

/**
 * A sample checked (finite numbers, at least one) and sorted ascending, made by `sortSample`,
 * taken by `asSortedSample`, or handed out by a maker that sorts (`sortedByMaker`). The tests
 * that work on sorted data (`ksTwoSample`, `wasserstein`, `wassersteinNormed`) take it as is, so
 * a sample tested several times is copied and sorted once. Do not write into it.
 */
export type SortedSample = Float64Array & { readonly [sortedBrand]: true };

/** The arrays that are sorted samples: the brand is a type, this is how it is told at run time. */
const sortedSamples = new WeakSet<Float64Array>();

/**
 * Takes an array its maker sorted ascending as a sorted sample, without copying it: checked
 * (finite, ascending, at least one value) in one pass, which is what trusting it costs.
 */
export function asSortedSample(sorted: Float64Array, argument = "values"): SortedSample {
  finiteSample(argument, sorted.subarray(0, Math.min(1, sorted.length)));
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i]!;
    if (v - v !== 0 || (i > 0 && !(v >= sorted[i - 1]!))) {
      throw new StatsInputError(
        argument,
        `value at index ${i} is ${String(v)}, out of ascending order or not finite`,
        "sort the finite values ascending",
      );
    }
  }
  sortedSamples.add(sorted);
  return sorted as SortedSample;
}

/**
 * Takes an array of finite values its maker sorted as a sorted sample without reading it again:
 * for makers whose own code sorts (`CompactNumbers`), where a check would cost a pass per
 * sample. Not for arrays from outside the engine: `asSortedSample` checks those. An empty array
 * is returned as it is, and the tests refuse it.
 */
export function sortedByMaker(sorted: Float64Array): SortedSample {
  if (sorted.length > 0) sortedSamples.add(sorted);
  return sorted as SortedSample;
}

/** Copies, checks and sorts a sample once, for the tests that need it sorted. */
export function sortSample(values: ArrayLike<number>, argument = "values"): SortedSample {
  if (values instanceof Float64Array && sortedSamples.has(values)) return values as SortedSample;
  const sorted = finiteSample(argument, values);
  radixSortFloat64(sorted);
  sortedSamples.add(sorted);
  return sorted as SortedSample;
}

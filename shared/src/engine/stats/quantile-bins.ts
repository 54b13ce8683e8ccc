import { StatsInputError } from "./stats-input-error.js";

/** Values sorted ascending, each with a weight (1 when absent), as a quantile sketch holds them. */
export interface WeightedSorted {
  readonly values: ArrayLike<number>;
  readonly weights?: ArrayLike<number>;
}

const weightOf = (sample: WeightedSorted, i: number): number => sample.weights?.[i] ?? 1;

/**
 * The reference's inner edges at 1/bins, ..., (bins-1)/bins: at quantile q, the first value whose
 * cumulative weight passes q * (total - 1), a value of the reference itself (numpy's
 * `method="lower"` when every weight is 1). Repeated edges are merged, and an edge at the
 * maximum is dropped, as it would leave the last bin without reference values.
 */
function quantileEdges(reference: WeightedSorted, bins: number): number[] {
  const { values } = reference;
  let total = 0;
  for (let i = 0; i < values.length; i++) total += weightOf(reference, i);
  const edges: number[] = [];
  let i = 0;
  let cumulative = weightOf(reference, 0);
  for (let k = 1; k < bins; k++) {
    const position = (k / bins) * (total - 1);
    while (cumulative <= position && i < values.length - 1) cumulative += weightOf(reference, ++i);
    const edge = values[i]!;
    if (edges.length === 0 || edge > edges[edges.length - 1]!) edges.push(edge);
  }
  if (edges[edges.length - 1] === values[values.length - 1]) edges.pop();
  return edges;
}

/**
 * Counts (weights summed) of two sorted samples in bins cut at the reference's quantiles
 * (`quantileEdges`). Each bin is closed on the right, and values below or above the
 * reference's range fall into the first or last bin. Every bin then holds reference values (its
 * own upper edge, or the maximum), so a chi-square over these bins has no expected count of
 * zero.
 */
export function referenceQuantileBins(
  reference: WeightedSorted,
  current: WeightedSorted,
  bins: number,
): { edges: number[]; reference: Float64Array; current: Float64Array } {
  if (!Number.isInteger(bins) || bins < 2) {
    throw new StatsInputError("bins", `is ${String(bins)}`, "use an integer of at least 2");
  }
  if (reference.values.length === 0) {
    throw new StatsInputError("reference", "is empty", "pass at least one value");
  }
  const edges = quantileEdges(reference, bins);
  const count = (sample: WeightedSorted) => {
    const counts = new Float64Array(edges.length + 1);
    let bin = 0;
    for (let i = 0; i < sample.values.length; i++) {
      while (bin < edges.length && sample.values[i]! > edges[bin]!) bin++;
      counts[bin]! += weightOf(sample, i);
    }
    return counts;
  };
  return { edges, reference: count(reference), current: count(current) };
}

import { StatsInputError } from "./stats-input-error.js";

/**
 * Counts of two sorted samples in bins cut at the reference's quantiles: the inner edges are
 * the reference's quantiles at 1/bins, ..., (bins-1)/bins, each a reference value (numpy's
 * `method="lower"`), repeated edges merged so that ties make fewer bins. Each bin is closed on
 * the right, and values below or above the reference's range fall into the first or last bin.
 * Every bin then holds at least one reference value (its own upper edge, or the maximum), so a
 * chi-square over these bins has no expected count of zero.
 */
export function referenceQuantileBins(
  reference: Float64Array,
  current: Float64Array,
  bins: number,
): { edges: number[]; reference: Float64Array; current: Float64Array } {
  if (!Number.isInteger(bins) || bins < 2) {
    throw new StatsInputError("bins", `is ${String(bins)}`, "use an integer of at least 2");
  }
  if (reference.length === 0) {
    throw new StatsInputError("reference", "is empty", "pass at least one value");
  }
  const edges: number[] = [];
  for (let k = 1; k < bins; k++) {
    const edge = reference[Math.floor((k / bins) * (reference.length - 1))]!;
    if (edges.length === 0 || edge > edges[edges.length - 1]!) edges.push(edge);
  }
  // An edge at the maximum would leave the last bin without reference values.
  if (edges[edges.length - 1] === reference[reference.length - 1]) edges.pop();
  const count = (sorted: Float64Array) => {
    const counts = new Float64Array(edges.length + 1);
    let bin = 0;
    for (const value of sorted) {
      while (bin < edges.length && value > edges[bin]!) bin++;
      counts[bin]!++;
    }
    return counts;
  };
  return { edges, reference: count(reference), current: count(current) };
}

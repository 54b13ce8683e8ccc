import { histogramShares } from "../../engine/stats/index.js";
import { equalWidthEdges } from "../../engine/stats/equal-width-edges.js";
import { shownValue } from "./column-name.js";
import type { Distribution } from "./drift-report.js";

/** Bins of the HTML report's overlaid histograms. */
export const HISTOGRAM_BINS = 20;
/** Categories drawn one by one; the rest are summed as "(other)". */
export const TOP_CATEGORIES = 20;

/**
 * Shares per bin of sorted values (with weights, as a quantile sketch's items have). Unweighted
 * values are counted by a binary search per edge, not a pass over all of them.
 */
function binShares(sorted: ArrayLike<number>, weights: ArrayLike<number> | null, edges: number[]) {
  if (weights === null && sorted instanceof Float64Array && sorted.length > 0) {
    return Array.from(histogramShares(sorted, edges));
  }
  const counts = new Array<number>(edges.length - 1).fill(0);
  let total = 0;
  let bin = 0;
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i]!;
    // Bins are [e_k, e_k+1), the last one closed, as numpy's histogram.
    while (bin < counts.length - 1 && v >= edges[bin + 1]!) bin++;
    const w = weights ? weights[i]! : 1;
    counts[bin]! += w;
    total += w;
  }
  return counts.map((c) => (total === 0 ? 0 : c / total));
}

/** Equal-width bins over the range of both samples, each given sorted ascending. */
export function histogram(
  reference: { values: ArrayLike<number>; weights?: ArrayLike<number> },
  current: { values: ArrayLike<number>; weights?: ArrayLike<number> },
): Distribution {
  const r = reference.values;
  const c = current.values;
  const lo = Math.min(r[0]!, c[0]!);
  const hi = Math.max(r[r.length - 1]!, c[c.length - 1]!);
  const bins = hi > lo ? HISTOGRAM_BINS : 1;
  const edges = equalWidthEdges(lo, hi, bins);
  return {
    kind: "histogram",
    edges,
    reference: binShares(r, reference.weights ?? null, edges),
    current: binShares(c, current.weights ?? null, edges),
  };
}

/** Shares of the categories that matter most on either side, the rest summed; labels shortened. */
export function categoryShares(
  reference: ReadonlyMap<string, number>,
  current: ReadonlyMap<string, number>,
): Distribution {
  const total = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((s, x) => s + x, 0);
  const rt = total(reference) || 1;
  const ct = total(current) || 1;
  const all = [...new Set([...reference.keys(), ...current.keys()])];
  const weight = (k: string) => Math.max((reference.get(k) ?? 0) / rt, (current.get(k) ?? 0) / ct);
  all.sort((a, b) => weight(b) - weight(a) || (a < b ? -1 : a > b ? 1 : 0));
  const shown = all.slice(0, TOP_CATEGORIES);
  const labels = shown.map(shownValue);
  const ref = shown.map((k) => (reference.get(k) ?? 0) / rt);
  const cur = shown.map((k) => (current.get(k) ?? 0) / ct);
  if (all.length > shown.length) {
    labels.push("(other)");
    ref.push(Math.max(0, 1 - ref.reduce((s, x) => s + x, 0)));
    cur.push(Math.max(0, 1 - cur.reduce((s, x) => s + x, 0)));
  }
  return { kind: "categories", labels, reference: ref, current: cur };
}

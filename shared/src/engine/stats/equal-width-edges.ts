import { rangeScale } from "./range-scale.js";

/**
 * `bins + 1` equal-width edges from `first` to `last`, as numpy's `linspace`: first + i * step,
 * step = (last - first) / bins, the last edge `last` itself. The step is taken before it is
 * multiplied, so that no edge passes the largest double where (last - first) * i would, and a
 * range past it is measured in halves (`rangeScale`).
 */
export function equalWidthEdges(first: number, last: number, bins: number): number[] {
  const scale = rangeScale(first, last);
  const step = (last * scale - first * scale) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i * step + first * scale) / scale);
  edges[bins] = last;
  return edges;
}

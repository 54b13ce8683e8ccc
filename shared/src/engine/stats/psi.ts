import { sturgesEdges } from "./evidently-bins.js";
import { linearQuantile } from "./linear-quantile.js";
import { rangeScale } from "./range-scale.js";
import { StatsInputError } from "./stats-input-error.js";
import { finiteSample } from "./validate.js";

/** The share given to an empty bin (Evidently's fill value). */
export const PSI_EMPTY_BIN_SHARE = 0.0001;

export interface PsiOptions {
  /**
   * 'evidently' (default): as Evidently's `psi` stattest. When the reference has more than 20
   * distinct values, Sturges' rule on the pooled data (numpy `histogram_bin_edges(bins=
   * "sturges")`): ceil(log2(N) + 1) equal-width bins spanning [min, max] of reference and
   * current together, each bin [e_i, e_(i+1)) and the last one closed; otherwise every distinct
   * value of either sample is its own bin.
   * 'reference-quantiles': `bins` bins whose inner edges are the reference's quantiles at
   * 1/bins, ..., (bins-1)/bins (linear interpolation, numpy's default); bins are closed on the
   * right, and values below or above the reference's range fall into the first or last bin.
   */
  binning?: "evidently" | "reference-quantiles";
  /** Number of bins for 'reference-quantiles' (default 10). */
  bins?: number;
}

/**
 * Population Stability Index between a reference and a current numeric sample:
 *
 *   PSI = sum_i (r_i - c_i) ln(r_i / c_i)
 *
 * over the shares r_i, c_i of each sample in bin i (see `PsiOptions` for the binning). Empty
 * bins are filled as Evidently does (`get_binned_data(feel_zeroes=True)`): a zero share becomes
 * 0.0001, or (smallest non-zero share of that sample) / 10^6 when that smallest share is itself
 * <= 0.0001; shares are not renormalised. Evidently flags drift at PSI >= 0.1. Always finite.
 * Reference: Yurdakul (2018), "Statistical properties of population stability index".
 */
export function psi(
  reference: ArrayLike<number>,
  current: ArrayLike<number>,
  options: PsiOptions = {},
): { psi: number; bins: number; binning: "evidently" | "reference-quantiles" } {
  const ref = finiteSample("reference", reference);
  const cur = finiteSample("current", current);
  const binning = options.binning ?? "evidently";
  let refCounts: Float64Array;
  let curCounts: Float64Array;
  if (binning === "reference-quantiles") {
    const bins = options.bins ?? 10;
    if (!Number.isInteger(bins) || bins < 2) {
      throw new StatsInputError("bins", `is ${String(bins)}`, "use an integer of at least 2");
    }
    const sorted = ref.slice().sort();
    const edges = Array.from({ length: bins - 1 }, (_, i) =>
      linearQuantile(sorted, (i + 1) / bins),
    );
    const place = (v: number) => {
      let k = 0;
      while (k < edges.length && (edges[k] as number) < v) k++;
      return k;
    };
    refCounts = countInto(ref, bins, place);
    curCounts = countInto(cur, bins, place);
  } else if (binning === "evidently") {
    if (new Set(ref).size > 20) {
      ({ refCounts, curCounts } = sturgesCounts(ref, cur));
    } else {
      const values = [...new Set([...ref, ...cur])];
      const index = new Map(values.map((v, i) => [v, i]));
      const place = (v: number) => index.get(v) as number;
      refCounts = countInto(ref, values.length, place);
      curCounts = countInto(cur, values.length, place);
    }
  } else {
    throw new StatsInputError(
      "binning",
      `is ${JSON.stringify(binning)}`,
      "use 'evidently' or 'reference-quantiles'",
    );
  }
  const r = fillEmpty(shares(refCounts, ref.length));
  const c = fillEmpty(shares(curCounts, cur.length));
  let total = 0;
  for (let i = 0; i < r.length; i++) {
    const ri = r[i] as number;
    const ci = c[i] as number;
    total += (ri - ci) * Math.log(ri / ci);
  }
  return { psi: total, bins: r.length, binning };
}

function countInto(values: Float64Array, bins: number, place: (v: number) => number) {
  const counts = new Float64Array(bins);
  for (const v of values) {
    const k = place(v);
    counts[k] = (counts[k] as number) + 1;
  }
  return counts;
}

function shares(counts: Float64Array, n: number): Float64Array {
  return counts.map((c) => c / n);
}

function fillEmpty(s: Float64Array): Float64Array {
  let smallest = Infinity;
  for (const v of s) if (v !== 0 && v < smallest) smallest = v;
  const fill = smallest <= PSI_EMPTY_BIN_SHARE ? smallest / 1e6 : PSI_EMPTY_BIN_SHARE;
  return s.map((v) => (v === 0 ? fill : v));
}

/** Counts in Sturges bins over the pooled range, as numpy `histogram(x, histogram_bin_edges)`. */
function sturgesCounts(ref: Float64Array, cur: Float64Array) {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of ref) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  for (const v of cur) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  const edges = sturgesEdges(lo, hi, ref.length + cur.length);
  const bins = edges.length - 1;
  // Offsets in halves where the range passes the largest double, as the edges are measured.
  const scale = rangeScale(lo, hi);
  const perBin = bins / (hi * scale - lo * scale);
  const place = (v: number) => {
    // First guess from the width, then settle against the actual edges (as numpy does).
    let k = Math.min(Math.max(Math.floor((v * scale - lo * scale) * perBin), 0), bins - 1);
    while (k > 0 && v < (edges[k] as number)) k--;
    while (k < bins - 1 && v >= (edges[k + 1] as number)) k++;
    return k;
  };
  return { refCounts: countInto(ref, bins, place), curCounts: countInto(cur, bins, place) };
}

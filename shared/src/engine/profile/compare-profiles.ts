import { MlopsError } from "../errors.js";
import type { EcdfWalk } from "../stats/ecdf-walk.js";
import { rangeScale } from "../stats/range-scale.js";
import { scaledMoments } from "../stats/scaled-moments.js";
import { keptText } from "./kept-text.js";
import { KllSketch } from "./kll-sketch.js";
import { shownColumn } from "./missing-values.js";
import type { ColumnProfile, Profile } from "./profile-types.js";

/**
 * Drift statistics from two profiles alone, for data too big to hold: each numeric column's
 * exact counts, where the profile holds every distinct value with its count (up to its
 * `exactCap`), else its quantile sketch, stands for its empirical distribution function, with
 * every value of F off by at most the sketch's normalised rank error e (0 for counts). Each
 * result states how far it can be from the statistic on the full data, given e_ref and e_cur
 * (all bounds are 0 when both sides are exact, and the statistics are then the exact ones):
 *
 * - KS, sup |F_ref - F_cur|: within e_ref + e_cur;
 * - Wasserstein-1, the integral of |F_ref - F_cur|: within (e_ref + e_cur) * (max - min), the
 *   span of both columns; normed by the reference's population standard deviation (exact, from
 *   the moments, or from exact counts where the moments passed the largest double), as
 *   Evidently's `wasserstein` does. Where the span passes the largest double, both are measured
 *   in halves, and the distance and its bound are Infinity only where they pass it too;
 * - PSI, over `bins` bins at the reference's quantiles, sum (c - r) ln(c / r) with shares
 *   floored at 1e-4: each share is within 2e of the truth, and the bound is the largest change
 *   of each bin's term over that box (the term is jointly convex, so the corners bound it above).
 *
 * For string columns, PSI runs over the categories of the frequent values; the bound is then
 * from the Misra-Gries error of the counts (0 while they are exact).
 */
export interface ProfileComparison {
  column: string;
  type: ColumnProfile["type"];
  ks: { statistic: number; errorBound: number } | null;
  /**
   * The walk of both distribution functions that KS and Wasserstein are read from, over the
   * counts or sketch weights: where both sides are exact, the very walk of the data, which the
   * exact tests take as they take one of the values themselves. Null where a side is empty.
   */
  walk: EcdfWalk | null;
  wasserstein: {
    distance: number;
    /** Null where `std` is 0 or unknown. */
    normed: number | null;
    errorBound: number;
    normedErrorBound: number | null;
    /**
     * The reference's population standard deviation the distance is normed by; null where the
     * profile holds none (its variance passed the largest double) and only a sketch of values.
     */
    std: number | null;
  } | null;
  psi: { statistic: number; bins: number; errorBound: number };
}

const PSI_FLOOR = 1e-4;

interface Cdf {
  values: Float64Array;
  cumulative: Float64Array;
  total: number;
  error: number;
}

/**
 * The distinct values and their counts, ascending, where the profile holds every one of them
 * with its exact count (a numeric column of at most `exactCap` distinct values).
 */
function exactCounts(column: ColumnProfile): { value: number; count: number }[] | undefined {
  const items = column.frequent?.exact ? column.frequent.items : undefined;
  if (items === undefined || !items.every((item) => typeof item.value === "number")) return;
  return (items as { value: number; count: number }[]).toSorted((a, b) => a.value - b.value);
}

function cdfOf(column: ColumnProfile): Cdf {
  const counts = exactCounts(column);
  if (counts !== undefined) {
    const cumulative = new Float64Array(counts.length);
    let sum = 0;
    counts.forEach((item, i) => (cumulative[i] = sum += item.count));
    return {
      values: Float64Array.from(counts, (item) => item.value),
      cumulative,
      total: sum,
      error: 0,
    };
  }
  const sketch = KllSketch.fromState({
    k: column.sketch!.k,
    n: column.sketch!.n,
    levels: column.sketch!.levels,
    compactions: column.sketch!.compactions,
  });
  const { values, weights } = sketch.weightedItems();
  const cumulative = new Float64Array(values.length);
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    sum += weights[i]!;
    cumulative[i] = sum;
  }
  return { values, cumulative, total: sum, error: column.sketch!.rankError };
}

/**
 * The reference's population standard deviation: its profile's, from the moments; where they
 * passed the largest double (values near 1.8e308) and the profile holds none, that of its exact
 * counts, which the deviation itself never passes; null where only a sketch is left.
 */
function referenceStd(column: ColumnProfile, cdf: Cdf): number | null {
  if (column.stddev !== null) return column.stddev;
  if (cdf.error > 0) return null;
  const weights = cdf.cumulative.map((c, i) => c - (i === 0 ? 0 : cdf.cumulative[i - 1]!));
  return scaledMoments(cdf.values, weights).std;
}

/** F(x): the share of values <= x. */
function cdfAt(cdf: Cdf, x: number): number {
  let lo = 0;
  let hi = cdf.values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cdf.values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : cdf.cumulative[lo - 1]! / cdf.total;
}

/**
 * The gap F_a - F_b after each of the pooled `points` (ascending, a value of both sides twice),
 * in order: its extremes, and |gap| and gap^2 times the step to the next point summed, as the
 * walk of two samples sums them (a repeated point steps by 0 and adds nothing), the steps
 * measured in `scale` as that walk measures them.
 */
function walkCdfs(a: Cdf, b: Cdf, points: Float64Array, scale: 1 | 0.5): EcdfWalk {
  let maxGap = 0;
  let minGap = 0;
  let area = 0;
  let squaredArea = 0;
  for (let i = 0; i < points.length; i++) {
    const x = points[i]!;
    const gap = cdfAt(a, x) - cdfAt(b, x);
    maxGap = Math.max(maxGap, gap);
    minGap = Math.min(minGap, gap);
    if (i + 1 === points.length) break;
    const step = points[i + 1]! * scale - x * scale;
    area += Math.abs(gap) * step;
    squaredArea += gap * gap * step;
  }
  return { n1: a.total, n2: b.total, maxGap, minGap, area, squaredArea, scale };
}

function psiTerm(c: number, r: number): number {
  const cc = Math.max(c, PSI_FLOOR);
  const rr = Math.max(r, PSI_FLOOR);
  return (cc - rr) * Math.log(cc / rr);
}

/** PSI over paired shares, and its bound when each share may be off by `delta`. */
function psi(ref: number[], cur: number[], deltaRef: number, deltaCur: number) {
  let statistic = 0;
  let errorBound = 0;
  ref.forEach((r, i) => {
    const c = cur[i]!;
    const term = psiTerm(c, r);
    statistic += term;
    if (deltaRef === 0 && deltaCur === 0) return;
    const corners: number[] = [];
    for (const dr of [-deltaRef, deltaRef]) {
      for (const dc of [-deltaCur, deltaCur]) {
        corners.push(psiTerm(Math.min(1, Math.max(0, c + dc)), Math.min(1, Math.max(0, r + dr))));
      }
    }
    const overlap = Math.abs(c - r) <= deltaRef + deltaCur;
    const low = overlap ? 0 : Math.min(...corners);
    errorBound += Math.max(Math.max(...corners) - term, term - low);
  });
  return { statistic, errorBound };
}

function compareNumeric(ref: ColumnProfile, cur: ColumnProfile, bins: number): ProfileComparison {
  const a = cdfOf(ref);
  const b = cdfOf(cur);
  const base = { column: ref.name, type: ref.type };
  if (a.total === 0 || b.total === 0) {
    return {
      ...base,
      ks: null,
      walk: null,
      wasserstein: null,
      psi: { statistic: 0, bins: 0, errorBound: 0 },
    };
  }
  const points = Float64Array.from([...a.values, ...b.values]).sort();
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const scale = rangeScale(first, last);
  const walk = walkCdfs(a, b, points, scale);
  const ks = Math.max(walk.maxGap, -walk.minGap);
  const error = a.error + b.error;
  // The distance, its bound and their normed values are taken in the walk's scale, and scaled
  // back last: a bound of 0 times a span past the largest double is then 0, not NaN.
  const bound = error * (last * scale - first * scale);
  const std = referenceStd(ref, a);
  const normed = std !== null && std > 0 ? walk.area / std / scale : null;
  const edges: number[] = [];
  for (let i = 1; i < bins; i++) {
    const q = i / bins;
    const index = a.cumulative.findIndex((c) => c >= q * a.total);
    const edge = a.values[Math.max(0, index)]!;
    if (edges.length === 0 || edge > edges[edges.length - 1]!) edges.push(edge);
  }
  const shares = (cdf: Cdf): number[] => {
    const out: number[] = [];
    let previous = 0;
    for (const edge of edges) {
      const f = cdfAt(cdf, edge);
      out.push(f - previous);
      previous = f;
    }
    out.push(1 - previous);
    return out;
  };
  const p = psi(shares(a), shares(b), 2 * a.error, 2 * b.error);
  return {
    ...base,
    ks: { statistic: ks, errorBound: error },
    walk,
    wasserstein: {
      distance: walk.area / scale,
      normed,
      errorBound: bound / scale,
      normedErrorBound: normed === null ? null : bound / std! / scale,
      std,
    },
    psi: { statistic: p.statistic, bins: edges.length + 1, errorBound: p.errorBound },
  };
}

function compareStrings(ref: ColumnProfile, cur: ColumnProfile): ProfileComparison {
  const counts = (column: ColumnProfile): Map<string, number> =>
    new Map(
      (column.frequent?.items ?? []).map((item) => [keptText(String(item.value)), item.count]),
    );
  const a = counts(ref);
  const b = counts(cur);
  const categories = [...new Set([...a.keys(), ...b.keys()])].sort();
  const share = (m: Map<string, number>, total: number) =>
    categories.map((category) => (total === 0 ? 0 : (m.get(category) ?? 0) / total));
  const errorShare = (column: ColumnProfile): number =>
    column.count === 0 ? 0 : (column.frequent?.maxError ?? 0) / column.count;
  const p = psi(share(a, ref.count), share(b, cur.count), errorShare(ref), errorShare(cur));
  return {
    column: ref.name,
    type: ref.type,
    ks: null,
    walk: null,
    wasserstein: null,
    psi: { statistic: p.statistic, bins: categories.length, errorBound: p.errorBound },
  };
}

/**
 * Compares every column the two profiles share (by name); see `ProfileComparison`. A column
 * either side withheld (a sensitive field's, `withheldColumn`) keeps no values to compare, and
 * has no result: its callers say why.
 */
export function compareProfiles(
  reference: Profile,
  current: Profile,
  options: { bins?: number } = {},
): ProfileComparison[] {
  const bins = options.bins ?? 10;
  const byName = new Map(current.columns.map((column) => [column.name, column]));
  const results: ProfileComparison[] = [];
  for (const ref of reference.columns) {
    const cur = byName.get(ref.name);
    if (!cur || ref.sensitive || cur.sensitive) continue;
    // Data read against a profile takes its types, so only two profiles made apart get here:
    // apart in their data, their contracts, or the version that read them.
    if ((ref.sketch === null) !== (cur.sketch === null)) {
      throw new MlopsError(
        `column ${shownColumn(ref.name)} is ${ref.type} in the reference profile and ${cur.type} in the current one, and numbers do not compare with text`,
        "Make the profiles again with the column read as one type: with the same data contract declaring it (drift-check's schema input, validate-data's profile-path), or with the values fixed that made one side's first rows read it as the other. A profile made before Parquet string columns of ISO 8601 dates were read as dates has such a column as text: make it again, or declare the field type: string",
      );
    }
    results.push(ref.sketch ? compareNumeric(ref, cur, bins) : compareStrings(ref, cur));
  }
  return results;
}

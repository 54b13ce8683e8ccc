import { MlopsError } from "../errors.js";
import { KllSketch } from "./kll-sketch.js";
import type { ColumnProfile, Profile } from "./profile-types.js";

/**
 * Drift statistics from two profiles alone, for data too big to hold: each column's quantile
 * sketch stands for its empirical distribution function, with every value of F off by at most
 * the sketch's normalised rank error e. Each result states how far it can be from the statistic
 * on the full data, given e_ref and e_cur (all bounds are 0 when both sketches are exact, and the
 * statistics are then the exact ones):
 *
 * - KS, sup |F_ref - F_cur|: within e_ref + e_cur;
 * - Wasserstein-1, the integral of |F_ref - F_cur|: within (e_ref + e_cur) * (max - min), the
 *   span of both columns; normed by the reference's population standard deviation (exact, from
 *   the moments), as Evidently's `wasserstein` does;
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
  wasserstein: {
    distance: number;
    normed: number | null;
    errorBound: number;
    normedErrorBound: number | null;
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

function cdfOf(column: ColumnProfile): Cdf {
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
    return { ...base, ks: null, wasserstein: null, psi: { statistic: 0, bins: 0, errorBound: 0 } };
  }
  const points = Float64Array.from([...a.values, ...b.values]).sort();
  let ks = 0;
  let distance = 0;
  for (let i = 0; i < points.length; i++) {
    const x = points[i]!;
    const gap = Math.abs(cdfAt(a, x) - cdfAt(b, x));
    if (gap > ks) ks = gap;
    if (i + 1 < points.length) distance += gap * (points[i + 1]! - x);
  }
  const error = a.error + b.error;
  const span = points[points.length - 1]! - points[0]!;
  const std = ref.stddev;
  const normed = std !== null && std > 0 ? distance / std : null;
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
    wasserstein: {
      distance,
      normed,
      errorBound: error * span,
      normedErrorBound: normed === null ? null : (error * span) / std!,
    },
    psi: { statistic: p.statistic, bins: edges.length + 1, errorBound: p.errorBound },
  };
}

function compareStrings(ref: ColumnProfile, cur: ColumnProfile): ProfileComparison {
  const counts = (column: ColumnProfile): Map<string, number> =>
    new Map((column.frequent?.items ?? []).map((item) => [String(item.value), item.count]));
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
    wasserstein: null,
    psi: { statistic: p.statistic, bins: categories.length, errorBound: p.errorBound },
  };
}

/** Compares every column the two profiles share (by name); see `ProfileComparison`. */
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
    if (!cur) continue;
    if ((ref.sketch === null) !== (cur.sketch === null)) {
      throw new MlopsError(
        `column '${ref.name}' is ${ref.type} in the reference and ${cur.type} in the current data`,
        "Declare the column's type in the schema so that both profiles agree",
      );
    }
    results.push(ref.sketch ? compareNumeric(ref, cur, bins) : compareStrings(ref, cur));
  }
  return results;
}

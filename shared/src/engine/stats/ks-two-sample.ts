import { kolmogorovSmirnovSf } from "./kolmogorov-distribution.js";
import { walkEcdfs, type EcdfWalk } from "./ecdf-walk.js";
import { sortSample } from "./sort-sample.js";
import { StatsInputError } from "./stats-input-error.js";
import {
  checkAlternative,
  checkChoice,
  clipProbability,
  roundHalfEven,
  type Alternative,
} from "./validate.js";

export interface KsTwoSampleOptions {
  /**
   * 'two-sided': the distributions differ; 'less': the CDF of x lies below y's somewhere
   * (statistic max(F_y - F_x)); 'greater': above (statistic max(F_x - F_y)). As scipy.
   */
  alternative?: Alternative;
  /** 'auto' (exact when max(n1, n2) <= 10,000), 'exact' or 'asymp'. */
  method?: "auto" | "exact" | "asymp";
}

export interface KsTwoSampleResult {
  /** D (two-sided), D+ or D-: the largest gap between the two empirical CDFs. */
  statistic: number;
  pValue: number;
  /** The method that produced the p-value; 'exact' may fall back to 'asymp' as scipy does. */
  method: "exact" | "asymp";
}

/** scipy's MAX_AUTO_N: 'auto' is exact up to this many values in the larger sample. */
const MAX_AUTO_N = 10000;
const INT32_MAX = 2147483647;

/**
 * Two-sample Kolmogorov-Smirnov test, matching scipy `stats.ks_2samp` (scipy 1.10).
 *
 * Statistic: D = sup_t |F1(t) - F2(t)| over the empirical CDFs (one-sided: the signed gap); ties
 * are handled by evaluating both ECDFs after every occurrence of a value (searchsorted 'right').
 *
 * Exact p-value (Hodges 1958, lattice-path counting): with g = gcd(n1, n2), lcm = n1 n2 / g and
 * h = round(D lcm), the statistic is snapped to h / lcm, then
 * - two-sided, n1 = n2 = n: 2 sum_k (-1)^(k-1) C(2n, n - kh) / C(2n, n), evaluated as a Horner
 *   product to avoid cancellation, O(n);
 * - two-sided, n1 != n2: 1 - Pr(paths stay strictly inside the band), by Viehmann's (2021,
 *   arXiv:2102.08037) recursion on the complement over a sliding window, O(n1 * D * n2);
 * - one-sided, n1 = n2: C(2n, n - h) / C(2n, n) as a product of h ratios;
 * - one-sided, n1 != n2: Hodges' count of paths that cross the boundary divided by C(n1+n2, n1);
 *   this overflows double precision for large samples, and then (as scipy) the asymptotic
 *   p-value is used instead.
 * The exact computation also falls back to the asymptotic one when it yields a value outside
 * [0, 1], or, for method 'exact', when lcm would exceed 2^31 - 1 (scipy's rules).
 *
 * Asymptotic p-value: two-sided, the exact one-sample distribution `kolmogorovSmirnovSf(round(en),
 * D)` with en = n1 n2 / (n1 + n2) (scipy `kstwo.sf`); one-sided, Hodges' (1958, eq. 5.3)
 * approximation exp(-2 z^2 - 2 z (m + 2n) / (3 sqrt(m n (m + n)))), z = sqrt(en) D, m >= n.
 *
 * The statistic is one merge of the two sorted samples (`walkEcdfs`), O(n), after sorting them in
 * O(n) (see `sortSample`, whose results are taken without a copy).
 */
export function ksTwoSample(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options: KsTwoSampleOptions = {},
): KsTwoSampleResult {
  const a = sortSample(x, "x");
  const b = sortSample(y, "y");
  return ksTwoSampleOfWalk(walkEcdfs(a, b), options);
}

/**
 * The KS test of the two samples whose ECDFs `walk` compared (x first), for a caller that reads
 * other statistics from the same walk.
 */
export function ksTwoSampleOfWalk(
  walk: EcdfWalk,
  options: KsTwoSampleOptions = {},
): KsTwoSampleResult {
  const alternative = checkAlternative(options.alternative);
  let mode = checkChoice("method", options.method, ["auto", "exact", "asymp"] as const, "auto");
  const { n1, n2 } = walk;
  const minS = Math.min(Math.max(-walk.minGap, 0), 1);
  const maxS = walk.maxGap;
  let d = alternative === "less" || (alternative === "two-sided" && minS > maxS) ? minS : maxS;

  const g = gcd(n1, n2);
  const n1g = n1 / g;
  const n2g = n2 / g;
  if (mode === "auto") mode = Math.max(n1, n2) <= MAX_AUTO_N ? "exact" : "asymp";
  else if (mode === "exact" && n1g >= INT32_MAX / n2g) mode = "asymp";

  let pValue = NaN;
  if (mode === "exact") {
    const lcm = n1g * n2;
    const h = roundHalfEven(d * lcm);
    d = h / lcm;
    if (h === 0) {
      pValue = 1;
    } else {
      const p = exactPValue(n1, n2, g, h, alternative);
      if (Number.isFinite(p) && p >= 0 && p <= 1) pValue = p;
      else mode = "asymp";
    }
  }
  if (mode === "asymp") {
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    const en = (m * n) / (m + n);
    if (alternative === "two-sided") {
      pValue = kolmogorovSmirnovSf(roundHalfEven(en), d);
    } else {
      const z = Math.sqrt(en) * d;
      pValue = Math.exp(-2 * z * z - (2 * z * (m + 2 * n)) / Math.sqrt(m * n * (m + n)) / 3);
    }
  }
  if (!Number.isFinite(pValue)) {
    // Unreachable for finite inputs; never hand back NaN.
    throw new StatsInputError("x", "gave no finite p-value", "report this input as a bug");
  }
  return { statistic: d, pValue: clipProbability(pValue), method: mode };
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** Exact p-value, or NaN/out-of-range when double precision cannot hold the computation. */
function exactPValue(n1: number, n2: number, g: number, h: number, alternative: Alternative) {
  if (alternative === "two-sided") {
    return n1 === n2 ? probOutsideSquare(n1, h) : probOutsideBand(n1, n2, g, h);
  }
  if (n1 === n2) {
    let p = 1;
    for (let j = 0; j < h; j++) p *= (n1 - j) / (n1 + j + 1);
    return p;
  }
  const paths = countPathsOutside(n1, n2, g, h);
  const all = binomial(n1 + n2, n1);
  if (!Number.isFinite(all) || !(paths <= all)) return NaN;
  return paths / all;
}

/** Two-sided, n1 = n2 = n: Pr(D >= h/n), 2 * A0 (1 - A1 (1 - A2 (1 - ...))). */
function probOutsideSquare(n: number, h: number): number {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    p = p1 * (1 - p);
  }
  return 2 * p;
}

/**
 * Two-sided, n1 != n2: the proportion of lattice paths from (0,0) to (m,n) that leave the band
 * |n x / g - m y / g| < h, computed directly as a proportion (Viehmann's recursion), keeping one
 * column's sliding window.
 */
function probOutsideBand(m0: number, n0: number, g: number, h: number): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  // The window never grows beyond its first bound, but allow for rounding at the edges.
  const A = new Float64Array(Math.max(lenA, n + 1)).fill(1);
  for (let t = minj; t < maxj; t++) A[t] = 0;
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = ((A[jj + minj - lastminj] as number) * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return A[maxj - minj - 1] as number;
}

/**
 * One-sided, n1 != n2: the number of lattice paths from (0,0) to (m,n) that reach the line
 * m y <= n x - h g (Hodges 1958), by inclusion-exclusion over the first boundary crossing.
 * Returns a non-finite value when double precision overflows.
 */
function countPathsOutside(m0: number, n0: number, g: number, h: number): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  const lxj = n + Math.floor((mg - h) / mg);
  if (lxj <= 0) return binomial(m + n, n);
  const xj = new Float64Array(lxj);
  for (let j = 0; j < lxj; j++) xj[j] = Math.floor((h + mg * j + ng - 1) / ng);
  const B = new Float64Array(lxj);
  B[0] = 1;
  for (let j = 1; j < lxj; j++) {
    const xjj = xj[j] as number;
    let bj = binomial(xjj + j, j);
    if (!Number.isFinite(bj)) return NaN;
    for (let i = 0; i < j; i++) {
      const c = binomial(xjj - (xj[i] as number) + j - i, j - i);
      bj -= c * (B[i] as number);
      if (!Number.isFinite(bj)) return NaN;
    }
    B[j] = bj;
  }
  let paths = 0;
  for (let j = 0; j < lxj; j++) {
    paths += (B[j] as number) * binomial(m - (xj[j] as number) + (n - j), n - j);
    if (!Number.isFinite(paths)) return NaN;
  }
  return paths;
}

/** C(a, k) in floating point by the multiplicative formula (Infinity when it overflows). */
function binomial(a: number, k: number): number {
  if (k < 0 || k > a) return 0;
  const kk = Math.min(k, a - k);
  let r = 1;
  for (let i = 1; i <= kk; i++) {
    r = (r * (a - kk + i)) / i;
    if (r === Infinity) return Infinity;
  }
  return r;
}

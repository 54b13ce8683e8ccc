import { normalQuantile, normalSf } from "./normal-distribution.js";
import { rankData } from "./rank-data.js";
import { StatsInputError } from "./stats-input-error.js";
import {
  checkAlternative,
  checkChoice,
  clipProbability,
  finiteSample,
  openProbability,
  type Alternative,
} from "./validate.js";

export interface MannWhitneyUOptions {
  /** 'greater': x tends to be larger than y; 'less': smaller. As scipy. */
  alternative?: Alternative;
  /**
   * 'auto' (scipy's rule: exact when one sample has at most 8 values and there are no ties,
   * otherwise asymptotic), 'exact' or 'asymptotic'.
   */
  method?: "auto" | "exact" | "asymptotic";
  /** Continuity correction of 1/2 in the asymptotic z (default true). */
  useContinuity?: boolean;
  /** Level of the Hodges-Lehmann interval (default 0.95). */
  confidenceLevel?: number;
}

export interface MannWhitneyUResult {
  /** U1, the statistic of x: the number of pairs with x_i > y_j, ties counted 1/2. */
  statistic: number;
  pValue: number;
  method: "exact" | "asymptotic";
  /** Hodges-Lehmann estimate of the shift x - y: the median of all differences x_i - y_j. */
  shift: number;
  /** Two-sided confidence interval for the shift (see `mannWhitneyU`). */
  shiftInterval: [number, number];
}

/** Beyond this many pairwise differences the Hodges-Lehmann estimate is refused. */
const MAX_PAIRS = 4_000_000;
/** The exact null distribution costs O((m n)^2); refused beyond this. */
const MAX_EXACT_WORK = 2.5e8;

/**
 * Mann-Whitney U test, matching scipy `stats.mannwhitneyu` (scipy 1.10), with the
 * Hodges-Lehmann shift estimate and its confidence interval.
 *
 * U1 = R1 - n1 (n1 + 1) / 2 from the average ranks R1 of x in the pooled sample. The p-value uses
 * U = U1 ('greater'), U2 = n1 n2 - U1 ('less') or max(U1, U2) doubled ('two-sided'):
 * - asymptotic: z = (U - n1 n2 / 2 - 1/2) / s with
 *   s^2 = n1 n2 / 12 ((n + 1) - sum(t^3 - t) / (n (n - 1))) (tie correction), p = Pr(Z > z);
 * - exact: the null distribution of U by the recursion of Mann & Whitney (1947), carried in
 *   probabilities, p = Pr(U' >= U) (no tie correction, as scipy). If every value is tied (s = 0)
 *   the p-value is 1.
 *
 * Hodges-Lehmann (1963): the shift is the median of the n1 n2 differences x_i - y_j; the interval
 * is [D_(k), D_(n1 n2 + 1 - k)] over the sorted differences with
 * k = floor(n1 n2 / 2 - z_(1 - alpha/2) sqrt(n1 n2 (n1 + n2 + 1) / 12)), at least 1 (the normal
 * approximation of Hollander, Wolfe & Chicken, Nonparametric Statistical Methods, 3rd ed.,
 * 4.3; no tie correction). When k would be below 1 the interval is the full range of differences.
 */
export function mannWhitneyU(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options: MannWhitneyUOptions = {},
): MannWhitneyUResult {
  const level = openProbability("confidenceLevel", options.confidenceLevel ?? 0.95);
  const test = mannWhitneyUTest(x, y, options);
  const { shift, shiftInterval } = hodgesLehmann(finiteSample("x", x), finiteSample("y", y), level);
  return { ...test, shift, shiftInterval };
}

/**
 * The Mann-Whitney U test of `mannWhitneyU` without the Hodges-Lehmann estimate, whose n1 n2
 * differences large samples cannot afford: O(n log n).
 */
export function mannWhitneyUTest(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options: Omit<MannWhitneyUOptions, "confidenceLevel"> = {},
): Pick<MannWhitneyUResult, "statistic" | "pValue" | "method"> {
  const alternative = checkAlternative(options.alternative);
  const requested = checkChoice(
    "method",
    options.method,
    ["auto", "exact", "asymptotic"] as const,
    "auto",
  );
  const a = finiteSample("x", x);
  const b = finiteSample("y", y);
  const n1 = a.length;
  const n2 = b.length;
  const pooled = new Float64Array(n1 + n2);
  pooled.set(a);
  pooled.set(b, n1);
  const { ranks, tieSizes } = rankData(pooled);
  const hasTies = tieSizes.some((t) => t > 1);
  const method =
    requested === "auto" ? ((n1 > 8 && n2 > 8) || hasTies ? "asymptotic" : "exact") : requested;

  let r1 = 0;
  for (let i = 0; i < n1; i++) r1 += ranks[i] as number;
  const u1 = r1 - (n1 * (n1 + 1)) / 2;
  const u2 = n1 * n2 - u1;
  const [u, factor] =
    alternative === "greater" ? [u1, 1] : alternative === "less" ? [u2, 1] : [Math.max(u1, u2), 2];

  let p: number;
  if (method === "exact") {
    if ((n1 * n2) ** 2 > MAX_EXACT_WORK) {
      throw new StatsInputError(
        "method",
        `'exact' with samples of ${n1} and ${n2} values is too costly`,
        "use method 'auto' or 'asymptotic' for samples this large",
      );
    }
    p = exactSf(Math.trunc(u), n1, n2);
  } else {
    const n = n1 + n2;
    const tieTerm = tieSizes.reduce((s, t) => s + t ** 3 - t, 0);
    const s = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
    let numerator = u - (n1 * n2) / 2;
    if (options.useContinuity !== false) numerator -= 0.5;
    p = s === 0 ? 1 : normalSf(numerator / s);
  }
  return { statistic: u1, pValue: clipProbability(p * factor), method };
}

/** Pr(U' >= u) under the null, for sample sizes m and n (no ties). */
function exactSf(u: number, m: number, n: number): number {
  // Pr(U' >= u) = Pr(U' <= m n - u) by symmetry.
  const k = m * n - u;
  if (k < 0) return 0;
  // P[i][j][t]: distribution of U for sizes (i, j); recursion
  // P(i, j, t) = i/(i+j) P(i-1, j, t-j) + j/(i+j) P(i, j-1, t).
  let prev: Float64Array[] = []; // index j -> distribution for (i-1, j)
  for (let i = 0; i <= m; i++) {
    const row: Float64Array[] = [];
    for (let j = 0; j <= n; j++) {
      const dist = new Float64Array(i * j + 1);
      if (i === 0 || j === 0) {
        dist[0] = 1;
      } else {
        const up = prev[j] as Float64Array; // (i-1, j)
        const left = row[j - 1] as Float64Array; // (i, j-1)
        const wi = i / (i + j);
        const wj = j / (i + j);
        for (let t = 0; t <= i * j; t++) {
          const fromUp = t - j >= 0 && t - j < up.length ? (up[t - j] as number) : 0;
          const fromLeft = t < left.length ? (left[t] as number) : 0;
          dist[t] = wi * fromUp + wj * fromLeft;
        }
      }
      row.push(dist);
    }
    prev = row;
  }
  const dist = prev[n] as Float64Array;
  let cdf = 0;
  for (let t = 0; t <= Math.min(k, dist.length - 1); t++) cdf += dist[t] as number;
  return cdf;
}

function hodgesLehmann(a: Float64Array, b: Float64Array, level: number) {
  const m = a.length;
  const n = b.length;
  const pairs = m * n;
  if (pairs > MAX_PAIRS) {
    throw new StatsInputError(
      "x",
      `and y give ${pairs} pairwise differences, more than ${MAX_PAIRS}`,
      "subsample both samples (for example to 2,000 values each) before testing",
    );
  }
  const diffs = new Float64Array(pairs);
  let t = 0;
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) diffs[t++] = (a[i] as number) - (b[j] as number);
  diffs.sort();
  const mid = Math.floor(pairs / 2);
  const shift =
    pairs % 2 === 1
      ? (diffs[mid] as number)
      : ((diffs[mid - 1] as number) + (diffs[mid] as number)) / 2;
  const z = normalQuantile(1 - (1 - level) / 2);
  const k = Math.max(1, Math.floor(pairs / 2 - z * Math.sqrt((pairs * (m + n + 1)) / 12)));
  const shiftInterval: [number, number] = [diffs[k - 1] as number, diffs[pairs - k] as number];
  return { shift, shiftInterval };
}

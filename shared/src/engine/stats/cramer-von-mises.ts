import { cramerVonMisesExactSf } from "./cramer-von-mises-exact.js";
import { cramerVonMisesLimitCdf } from "./cramer-von-mises-limit.js";
import { sortSample } from "./sort-sample.js";
import { checkChoice } from "./validate.js";

export type CramerVonMisesMethod = "auto" | "exact" | "asymptotic";

/** Samples of up to this many values each get the exact p-value under `auto`, as in scipy. */
const EXACT_UP_TO = 20;

/**
 * U of Anderson (1962, eq. 10) from two sorted samples: n_x sum (r_i - i)^2 + n_y sum (s_j - j)^2,
 * r and s their ranks in the pooled sample (midranks for ties, as scipy's `rankdata`).
 */
function rankStatistic(a: Float64Array, b: Float64Array): number {
  let sumA = 0;
  let sumB = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const z = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    const startA = i;
    const startB = j;
    while (i < a.length && a[i] === z) i++;
    while (j < b.length && b[j] === z) j++;
    const rank = (startA + startB + i + j + 1) / 2;
    for (let k = startA; k < i; k++) sumA += (rank - (k + 1)) ** 2;
    for (let k = startB; k < j; k++) sumB += (rank - (k + 1)) ** 2;
  }
  return a.length * sumA + b.length * sumB;
}

/** The p-value from the limiting distribution of T, normalised by its exact mean and variance. */
function asymptoticPValue(t: number, nx: number, ny: number): number {
  const k = nx * ny;
  const big = nx + ny;
  const mean = (1 + 1 / big) / 6;
  const variance =
    ((big + 1) * (4 * k * big - 3 * (nx * nx + ny * ny) - 2 * k)) / (45 * big * big * 4 * k);
  const normalised = 1 / 6 + (t - mean) / Math.sqrt(45 * variance);
  // Below 0.003 the cdf is under 1.3e-18: scipy returns 1 there.
  if (normalised < 0.003) return 1;
  return Math.max(0, 1 - cramerVonMisesLimitCdf(normalised));
}

/**
 * The two-sample Cramér-von Mises test, as scipy's `stats.cramervonmises_2samp` (scipy 1.10),
 * which Evidently's `cramer_von_mises` stattest copies: the statistic
 *
 *   T = U / (n_x n_y N) - (4 n_x n_y - 1) / (6 N),   N = n_x + n_y,
 *
 * and its p-value, exact when both samples hold at most 20 values (`auto`), else from the
 * limiting distribution of T standardised by its exact mean and variance (Anderson 1962, eq. 11,
 * 14 and 15). Ties get midranks; the exact p-value then is that of the distribution without ties,
 * as scipy's. scipy refuses a sample of one value; here it is tested by the same formulas.
 */
export function cramerVonMisesTwoSample(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options: { method?: CramerVonMisesMethod } = {},
): { statistic: number; pValue: number; method: "exact" | "asymp" } {
  const method = checkChoice(
    "method",
    options.method,
    ["auto", "exact", "asymptotic"] as const,
    "auto",
  );
  const a = sortSample(x, "x");
  const b = sortSample(y, "y");
  const nx = a.length;
  const ny = b.length;
  const u = rankStatistic(a, b);
  const k = nx * ny;
  const big = nx + ny;
  const statistic = u / (k * big) - (4 * k - 1) / (6 * big);
  const exact = method === "exact" || (method === "auto" && Math.max(nx, ny) <= EXACT_UP_TO);
  if (exact) return { statistic, pValue: cramerVonMisesExactSf(u, nx, ny), method: "exact" };
  return { statistic, pValue: asymptoticPValue(statistic, nx, ny), method: "asymp" };
}

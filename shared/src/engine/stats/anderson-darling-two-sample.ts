import { sortSample } from "./sort-sample.js";
import { StatsInputError } from "./stats-input-error.js";

/** The fewest values the two samples may hold together: the variance divides by (N-1)(N-2)(N-3). */
export const ANDERSON_MIN_VALUES = 4;

/** Scholz & Stephens (1987), Table 2: interpolation coefficients of the critical values. */
const B0 = [0.675, 1.281, 1.645, 1.96, 2.326, 2.573, 3.085];
const B1 = [-0.245, 0.25, 0.678, 1.149, 1.822, 2.364, 3.615];
const B2 = [-0.105, -0.305, -0.362, -0.391, -0.396, -0.345, -0.154];
const LEVELS = [0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001];

/** The least-squares parabola through the points (numpy's `polyfit(x, y, 2)`), as [c2, c1, c0]. */
function fitParabola(x: readonly number[], y: readonly number[]): [number, number, number] {
  // Normal equations of y ~ c0 + c1 x + c2 x^2, solved by Cramer's rule (3 x 3).
  const s = [0, 0, 0, 0, 0];
  const t = [0, 0, 0];
  x.forEach((xi, i) => {
    for (let p = 0; p < 5; p++) s[p]! += xi ** p;
    for (let p = 0; p < 3; p++) t[p]! += y[i]! * xi ** p;
  });
  const m = [
    [s[0]!, s[1]!, s[2]!],
    [s[1]!, s[2]!, s[3]!],
    [s[2]!, s[3]!, s[4]!],
  ];
  const det = (a: number[][]) =>
    a[0]![0]! * (a[1]![1]! * a[2]![2]! - a[1]![2]! * a[2]![1]!) -
    a[0]![1]! * (a[1]![0]! * a[2]![2]! - a[1]![2]! * a[2]![0]!) +
    a[0]![2]! * (a[1]![0]! * a[2]![1]! - a[1]![1]! * a[2]![0]!);
  const d = det(m);
  const solve = (col: number) =>
    det(m.map((row, r) => row.map((v, c) => (c === col ? t[r]! : v)))) / d;
  return [solve(2), solve(1), solve(0)];
}

/** A2akN of Scholz & Stephens (1987), eq. 7 (midranks, for ties), of two sorted samples. */
function midrankStatistic(a: Float64Array, b: Float64Array): number {
  const n = [a.length, b.length];
  const big = a.length + b.length;
  let total = 0;
  let i = 0;
  let j = 0;
  let below = 0;
  while (i < a.length || j < b.length) {
    const z = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    let fa = 0;
    let fb = 0;
    for (; i < a.length && a[i] === z; i++) fa++;
    for (; j < b.length && b[j] === z; j++) fb++;
    const lj = fa + fb;
    const bj = below + lj / 2;
    const denominator = bj * (big - bj) - (big * lj) / 4;
    const m = [i - fa / 2, j - fb / 2];
    for (let s = 0; s < 2; s++) {
      total += ((lj / big) * (big * m[s]! - bj * n[s]!) ** 2) / denominator / n[s]!;
    }
    below += lj;
  }
  return (total * (big - 1)) / big;
}

/**
 * The k-sample Anderson-Darling test for two samples, matching scipy `stats.anderson_ksamp([x, y])`
 * (scipy 1.10, midrank version) as Evidently's `anderson` stattest reads it: the standardized
 * statistic (A2kN - 1) / sigma of Scholz & Stephens (1987), and its significance level
 * interpolated (a parabola in log level) through the critical values of their Table 2. As scipy,
 * the level is capped at 0.25 and floored at 0.001 outside the table: it is not a p-value beyond
 * those. scipy refuses samples that hold a single value between them; here they give statistic 0
 * and level 0.25: there is nothing to tell apart. Fewer than `ANDERSON_MIN_VALUES` values in all
 * are refused (scipy gives NaN or fails): the statistic's variance is not defined.
 */
export function andersonDarlingTwoSample(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
): { statistic: number; significanceLevel: number } {
  const a = sortSample(x, "x");
  const b = sortSample(y, "y");
  const big = a.length + b.length;
  if (big < ANDERSON_MIN_VALUES) {
    throw new StatsInputError(
      "y",
      `holds ${b.length} value${b.length === 1 ? "" : "s"} and x ${a.length}: the test needs at least ${ANDERSON_MIN_VALUES} in all`,
      `Give the two samples at least ${ANDERSON_MIN_VALUES} values together`,
    );
  }
  if (Math.min(a[0]!, b[0]!) === Math.max(a[a.length - 1]!, b[b.length - 1]!)) {
    return { statistic: 0, significanceLevel: 0.25 };
  }
  const k = 2;
  const H = 1 / a.length + 1 / b.length;
  let cumulative = 0;
  let g = 0;
  for (let r = big - 1, idx = 0; r > 1; r--, idx++) {
    cumulative += 1 / r;
    g += cumulative / (idx + 2);
  }
  const h = cumulative + 1;
  const ca = (4 * g - 6) * (k - 1) + (10 - 6 * g) * H;
  const cb = (2 * g - 4) * k ** 2 + 8 * h * k + (2 * g - 14 * h - 4) * H - 8 * h + 4 * g - 6;
  const cc = (6 * h + 2 * g - 2) * k ** 2 + (4 * h - 4 * g + 6) * k + (2 * h - 6) * H + 4 * h;
  const cd = (2 * h + 6) * k ** 2 - 4 * h * k;
  const variance =
    (ca * big ** 3 + cb * big ** 2 + cc * big + cd) / ((big - 1) * (big - 2) * (big - 3));
  const statistic = (midrankStatistic(a, b) - (k - 1)) / Math.sqrt(variance);
  const critical = B0.map((b0, i) => b0 + B1[i]! + B2[i]!);
  if (statistic < Math.min(...critical)) return { statistic, significanceLevel: 0.25 };
  if (statistic > Math.max(...critical)) return { statistic, significanceLevel: 0.001 };
  const [c2, c1, c0] = fitParabola(critical, LEVELS.map(Math.log));
  return { statistic, significanceLevel: Math.exp((c2 * statistic + c1) * statistic + c0) };
}

/**
 * Distributions of the Kolmogorov-Smirnov statistics.
 *
 * - `kolmogorovSf(x)`: the limiting distribution, Pr(sqrt(n) D_n > x) as n -> infinity
 *   (scipy `special.kolmogorov`): 2 sum_{k>=1} (-1)^(k-1) exp(-2 k^2 x^2) for x >= 1, and
 *   1 - sqrt(2 pi)/x sum_{k>=1} exp(-(2k-1)^2 pi^2 / (8 x^2)) below (the Jacobi theta form).
 * - `smirnovSf(n, x)`: the exact one-sided statistic, Pr(D_n^+ >= x) (scipy `special.smirnov`),
 *   by the Birnbaum & Tingey (1951) sum
 *   x * sum_{j=0}^{floor(n(1-x))} C(n, j) (x + j/n)^(j-1) (1 - x - j/n)^(n-j), every term positive,
 *   evaluated in logarithms.
 * - `kolmogorovSmirnovSf(n, x)`: the exact two-sided statistic, Pr(D_n >= x) (scipy
 *   `stats.kstwo.sf`), with the method chosen per region as Simard & L'Ecuyer (2011, J. Stat.
 *   Software 39(11)) and scipy do: Ruben-Gambino closed forms at the ends, 2 * smirnov where that
 *   is exact or accurate, the Durbin (1968) matrix with the Marsaglia-Tsang-Wang (2003) scaling
 *   for small n x^2, and the Pelz-Good (1976) asymptotic series for large n.
 */

import { clipProbability } from "./validate.js";

/** Limiting Kolmogorov survival function, Pr(K > x). */
export function kolmogorovSf(x: number): number {
  if (!(x > 0)) return 1;
  if (x >= 1) {
    const alpha = -2 * x * x;
    let sign = 1;
    let p = 0;
    for (let r = 1; r < 1000; r++) {
      const t = Math.exp(alpha * r * r);
      p += sign * t;
      if (t === 0 || t / p <= Number.EPSILON) break;
      sign = -sign;
    }
    return clipProbability(2 * p);
  }
  const alpha = (-Math.PI * Math.PI) / (8 * x * x);
  let p = 0;
  for (let r = 1; r < 1000; r += 2) {
    const t = Math.exp(alpha * r * r);
    p += t;
    if (t === 0 || t / p < Number.EPSILON) break;
  }
  return clipProbability(1 - (p * Math.sqrt(2 * Math.PI)) / x);
}

/** Exact one-sided Smirnov survival function, Pr(D_n^+ >= x). */
export function smirnovSf(n: number, x: number): number {
  if (x <= 0) return 1;
  if (x >= 1) return 0;
  if (n === 1) return 1 - x;
  const last = Math.floor(n * (1 - x));
  let logBinomial = 0; // ln C(n, j)
  let sum = 0;
  for (let j = 0; j <= last; j++) {
    const e = x + j / n;
    const ome = 1 - e;
    if (ome > 0 || j === n) {
      const logTerm =
        logBinomial + (j - 1) * Math.log(e) + (n - j === 0 ? 0 : (n - j) * Math.log1p(-e));
      sum += Math.exp(logTerm);
    }
    logBinomial += Math.log((n - j) / (j + 1));
  }
  return clipProbability(x * sum);
}

const SCALE_EXP = 128;
const SCALE = 2 ** SCALE_EXP;
const INV_SCALE = 2 ** -SCALE_EXP;

/** Pr(D_n < d) by the Durbin matrix, scaled as Marsaglia, Tsang & Wang (2003). */
function durbinMatrixCdf(n: number, d: number): number {
  const nd = n * d;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  // H[i][j] = (1 if i - j + 1 >= 0) / (i - j + 1)!, with corrected first column and last row.
  const H = new Float64Array(m * m);
  const fact = new Float64Array(m + 1); // 1/j!
  fact[0] = 1;
  for (let j = 1; j <= m; j++) fact[j] = (fact[j - 1] as number) / j;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) {
      if (i - j + 1 >= 0) H[i * m + j] = fact[i - j + 1] as number;
    }
  }
  for (let i = 0; i < m; i++) {
    const v = (1 - h ** (i + 1)) * (fact[i + 1] as number);
    H[i * m] = v;
    H[(m - 1) * m + (m - 1 - i)] = v;
  }
  const corner = (1 + Math.max(2 * h - 1, 0) ** m - 2 * h ** m) * (fact[m] as number);
  H[(m - 1) * m] = corner;

  let power: Float64Array | null = null;
  let powerExp = 0;
  let base: Float64Array = H;
  let baseExp = 0;
  let e = n;
  while (e > 0) {
    if (e % 2 === 1) {
      power = power === null ? base.slice() : multiply(power, base, m);
      powerExp += baseExp;
    }
    e = Math.floor(e / 2);
    if (e > 0) {
      base = multiply(base, base, m);
      baseExp *= 2;
      if (Math.abs(base[(k - 1) * m + (k - 1)] as number) > SCALE) {
        for (let i = 0; i < base.length; i++) base[i] = (base[i] as number) * INV_SCALE;
        baseExp += SCALE_EXP;
      }
    }
  }
  let p = (power as Float64Array)[(k - 1) * m + (k - 1)] as number;
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < INV_SCALE) {
      p *= SCALE;
      powerExp -= SCALE_EXP;
    }
  }
  return p * 2 ** powerExp;
}

function multiply(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const c = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let l = 0; l < m; l++) {
      const ail = a[i * m + l] as number;
      if (ail === 0) continue;
      for (let j = 0; j < m; j++)
        c[i * m + j] = (c[i * m + j] as number) + ail * (b[l * m + j] as number);
    }
  }
  return c;
}

/** Pelz-Good approximation to Pr(D_n <= x), as scipy `_kolmogn_PelzGood`. */
function pelzGoodCdf(n: number, x: number): number {
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const pi2 = Math.PI * Math.PI;
  const pi4 = pi2 * pi2;
  const pi6 = pi4 * pi2;
  const qlog = -pi2 / 8 / z2;
  if (qlog < -708) return 0;
  let q = Math.exp(qlog);
  const k1a = -z2;
  const k1b = pi2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * pi2) / 4;
  const k2c = (pi4 * (1 - 2 * z2)) / 16;
  const k3d = (pi6 * (5 - 30 * z2)) / 64;
  const k3c = (pi4 * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (pi2 * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const K = [0, 0, 0, 0];
  const maxk = Math.ceil((16 * z) / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qpower = q ** (8 * k);
    const coeffs = [
      1,
      k1a + k1b * m2,
      k2a + k2b * m2 + k2c * m4,
      k3a + k3b * m2 + k3c * m4 + k3d * m6,
    ];
    for (let i = 0; i < 4; i++) K[i] = (K[i] as number) * qpower + (coeffs[i] as number);
  }
  const sqrt2pi = Math.sqrt(2 * Math.PI);
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) K[i] = ((K[i] as number) * q * sqrt2pi) / (divisors[i] as number);
  q = Math.exp(-pi2 / 2 / z2);
  const sqrt3z = Math.sqrt(3) * z;
  let k2extra = 0;
  let k3extra = 0;
  for (let k = maxk; k > 0; k--) {
    const k2 = k * k;
    const qp = q ** k2;
    k2extra += k2 * qp;
    const kspi = Math.PI * k;
    k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * k2 * qp;
  }
  K[2] = (K[2] as number) + (k2extra * pi2 * sqrt2pi) / (-36 * z2 * z);
  K[3] = (K[3] as number) + (k3extra * pi2 * sqrt2pi) / (216 * z6);
  return (
    (K[0] as number) +
    (K[1] as number) / Math.sqrt(n) +
    (K[2] as number) / n +
    (K[3] as number) / n ** 1.5
  );
}

/** Stirling-series coefficients of ln(n!) - (n ln n - n + ln(2 pi n) / 2), highest power first. */
const STIRLING = [
  -0.029550653594771242, 0.00641025641025641, -0.0019175269175269176, 0.0008417508417508417,
  -0.0005952380952380953, 0.0007936507936507937, -0.002777777777777778, 0.08333333333333333,
];

function logFactorialOverPower(n: number): number {
  const rn = 1 / n;
  let poly = 0;
  for (const c of STIRLING) poly = poly * (rn / n) + c;
  return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + rn * poly;
}

/** Exact two-sided one-sample Kolmogorov-Smirnov survival function, Pr(D_n >= x). */
export function kolmogorovSmirnovSf(n: number, x: number): number {
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let cdf: number;
    if (n <= 140) {
      cdf = 1;
      for (let i = 1; i <= n; i++) cdf *= i * (1 / n) * (2 * t - 1);
    } else {
      cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clipProbability(1 - cdf);
  }
  if (t >= n - 1) return clipProbability(2 * (1 - x) ** n);
  if (x >= 0.5) return clipProbability(2 * smirnovSf(n, x));
  const nx2 = t * x;
  if (n <= 140) {
    // scipy uses the Durbin matrix below 0.754693 and Pomeranz's recursion up to 4; both are
    // exact, so the Durbin matrix serves the whole range here.
    if (nx2 <= 4) return clipProbability(1 - durbinMatrixCdf(n, x));
    return clipProbability(2 * smirnovSf(n, x));
  }
  if (nx2 >= 370) return 0;
  if (nx2 >= 2.2) return clipProbability(2 * smirnovSf(n, x));
  const cdf = n <= 100000 && n * x ** 1.5 <= 1.4 ? durbinMatrixCdf(n, x) : pelzGoodCdf(n, x);
  return clipProbability(1 - cdf);
}

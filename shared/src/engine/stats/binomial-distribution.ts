import { logGamma } from "./gamma-functions.js";

/**
 * Binomial cumulative distribution Pr(X <= k) for X ~ Binomial(n, p) (scipy `binom.cdf`), by
 * direct summation of the probability mass from the largest included term outwards; each term
 * comes from its neighbour by the ratio (n - i + 1) p / (i (1 - p)), so no cancellation occurs.
 */
export function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  if (p === 0) return 1;
  if (p === 1) return 0;
  // Sum the smaller tail for accuracy.
  const mode = Math.floor((n + 1) * p);
  if (k >= mode) return 1 - binomialCdfTail(k + 1, n, p);
  let term = Math.exp(logBinomialPmf(k, n, p));
  let sum = term;
  for (let i = k; i > 0 && term > sum * 1e-18; i--) {
    term *= (i * (1 - p)) / ((n - i + 1) * p);
    sum += term;
  }
  return Math.min(sum, 1);
}

/** Pr(X >= k). */
function binomialCdfTail(k: number, n: number, p: number): number {
  let term = Math.exp(logBinomialPmf(k, n, p));
  let sum = term;
  for (let i = k; i < n && term > sum * 1e-18; i++) {
    term *= ((n - i) * p) / ((i + 1) * (1 - p));
    sum += term;
  }
  return Math.min(sum, 1);
}

/** log Pr(X = k) for X ~ Binomial(n, p), through log-gamma so that large n cannot overflow. */
function logBinomialPmf(k: number, n: number, p: number): number {
  return (
    logGamma(n + 1) -
    logGamma(k + 1) -
    logGamma(n - k + 1) +
    k * Math.log(p) +
    (n - k) * Math.log1p(-p)
  );
}

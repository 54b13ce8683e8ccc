import { besselK } from "./bessel-k.js";

const PI_POW_1_5 = Math.PI ** 1.5;

/**
 * The cdf of the Cramér-von Mises statistic's limiting distribution (infinite samples), by the
 * series of Csörgő and Faraway (1996), eq. 1.3:
 *
 *   F(x) = sum over k >= 0 of Gamma(k + 1/2) / (Gamma(k + 1) pi^1.5 sqrt(x)) sqrt(4k + 1)
 *          exp(-q_k) K_{1/4}(q_k),   q_k = (4k + 1)^2 / (16 x),
 *
 * summed as scipy's `_cdf_cvm_inf` sums it: until a term falls below 1e-7, that term included,
 * so that the truncation is scipy's too. Like scipy's, it loses accuracy for x above about 4,
 * where F is within 1e-10 of 1.
 */
export function cramerVonMisesLimitCdf(x: number): number {
  if (!(x > 0)) return 0;
  let total = 0;
  // Gamma(k + 1/2) / Gamma(k + 1), from Gamma(1/2) = sqrt(pi) by its recurrence.
  let gammaRatio = Math.sqrt(Math.PI);
  for (let k = 0; ; k++) {
    const y = 4 * k + 1;
    const q = (y * y) / (16 * x);
    const term =
      (gammaRatio / (PI_POW_1_5 * Math.sqrt(x))) * Math.sqrt(y) * Math.exp(-q) * besselK(0.25, q);
    total += term;
    if (!(Math.abs(term) >= 1e-7)) return total;
    gammaRatio *= (k + 0.5) / (k + 1);
  }
}

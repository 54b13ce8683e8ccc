/**
 * The error function, complementary error function and the standard normal distribution, to
 * about 1e-15 relative accuracy.
 *
 * erf(x) for |x| < 1.5 uses the everywhere-positive series
 *   erf(x) = 2/sqrt(pi) * exp(-x^2) * sum_{n>=0} 2^n x^(2n+1) / (1*3*...*(2n+1))
 * (Abramowitz & Stegun 7.1.6), which has no cancellation; erfc(x) for x >= 1.5 uses Laplace's
 * continued fraction
 *   erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...)))))
 * (A&S 7.1.14) evaluated by the modified Lentz method (Numerical Recipes, 3rd ed., 5.2).
 */

const SQRT_PI = Math.sqrt(Math.PI);
const TINY = 1e-300;

function erfSeries(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= (2 * x2) / (2 * n + 1);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * 1e-17) break;
  }
  return ((2 / SQRT_PI) * Math.exp(-x2) * sum) as number;
}

function erfcContinuedFraction(x: number): number {
  // f = x + a1/(x + a2/(x + ...)), a_k = k/2.
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 5000; k++) {
    const a = k / 2;
    d = x + a * d;
    d = Math.abs(d) < TINY ? TINY : d;
    c = x + a / c;
    c = Math.abs(c) < TINY ? TINY : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / SQRT_PI / f;
}

/** The error function erf(x). */
export function erf(x: number): number {
  if (x < 0) return -erf(-x);
  if (x < 1.5) return erfSeries(x);
  return 1 - erfcContinuedFraction(x);
}

/** The complementary error function erfc(x) = 1 - erf(x), accurate in the upper tail. */
export function erfc(x: number): number {
  if (x < 1.5) return 1 - erf(x);
  if (x > 27.3) return 0;
  return erfcContinuedFraction(x);
}

/** Standard normal cumulative distribution function Phi(x) (scipy `norm.cdf`). */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

/** Standard normal survival function 1 - Phi(x) (scipy `norm.sf`). */
export function normalSf(x: number): number {
  return 0.5 * erfc(x / Math.SQRT2);
}

/**
 * Standard normal quantile Phi^-1(p) (scipy `norm.ppf`): a starting value from Abramowitz &
 * Stegun 26.2.23, refined by Halley's method on the accurate tail probability.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) {
    if (p === 0) return -Infinity;
    if (p === 1) return Infinity;
    return NaN;
  }
  const upper = p > 0.5;
  const tail = upper ? 1 - p : p; // probability in the lower tail of |x|
  const t = Math.sqrt(-2 * Math.log(tail));
  let x =
    t -
    (2.515517 + 0.802853 * t + 0.010328 * t * t) /
      (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
  x = -x; // lower-tail quantile of `tail`
  for (let i = 0; i < 6; i++) {
    const e = normalCdf(x) - tail;
    const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
    const step = u / (1 + (x * u) / 2);
    x -= step;
    if (Math.abs(step) < 1e-16 * Math.max(1, Math.abs(x))) break;
  }
  return upper ? -x : x;
}

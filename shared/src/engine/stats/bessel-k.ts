import { StatsInputError } from "./stats-input-error.js";

/** The trapezoid step: the integrand narrows as 1 / sqrt(x), and 0.1 keeps the error below 1e-16. */
const stepFor = (x: number) => Math.min(0.1, 0.5 / Math.sqrt(x));

/**
 * The modified Bessel function of the second kind K_nu(x), scipy's `special.kv`, for x > 0 and
 * orders of moderate size, from its integral
 *
 *   K_nu(x) = integral over t from 0 to infinity of exp(-x cosh t) cosh(nu t) dt,
 *
 * written as exp(-x) times the integral of exp(-x (cosh t - 1)) cosh(nu t), so that nothing
 * overflows, by the trapezoid rule, which converges geometrically for an integrand analytic
 * in a strip and decaying as fast as this one: with the step below the sum is within a few
 * units in the last place at every x (checked against scipy and 30-digit mpmath values). The
 * terms are all positive, so no digits are lost to cancellation. K_nu(x) underflows to 0 past
 * x of about 745, as scipy's does.
 */
export function besselK(nu: number, x: number): number {
  if (!Number.isFinite(nu)) {
    throw new StatsInputError("nu", `is ${String(nu)}`, "pass a finite order");
  }
  if (!(x > 0) || !Number.isFinite(x)) {
    throw new StatsInputError("x", `is ${String(x)}`, "pass a finite x above 0");
  }
  const h = stepFor(x);
  // The integrand is below exp(|nu| t - x (cosh t - 1)), which peaks at asinh(|nu| / x): the
  // sum stops past that, at the first term too small to change it.
  const peak = Math.asinh(Math.abs(nu) / x);
  let sum = 0.5;
  for (let k = 1; ; k++) {
    const t = k * h;
    const term = Math.exp(-x * (Math.cosh(t) - 1)) * Math.cosh(nu * t);
    sum += term;
    if (t > peak && term < 1e-18 * sum) break;
  }
  return Math.exp(-x) * h * sum;
}

import { linearQuantile } from "./linear-quantile.js";
import { normalCdf, normalQuantile } from "./normal-distribution.js";
import { SeededRandom } from "./seeded-random.js";
import { StatsInputError } from "./stats-input-error.js";
import { checkChoice, finiteSample, openProbability } from "./validate.js";

export interface PairedBootstrapOptions {
  /** Number of bootstrap resamples (default 9999, as scipy `bootstrap`). */
  resamples?: number;
  /** Two-sided confidence level (default 0.95). */
  confidenceLevel?: number;
  /** 'percentile' or 'bca' (default, as scipy). */
  method?: "percentile" | "bca";
  /** Seed of the generator; the same seed gives the same interval (default 0). */
  seed?: number;
}

export interface PairedBootstrapResult {
  /** The statistic on the observed pairs. */
  estimate: number;
  lower: number;
  upper: number;
  /** Standard deviation of the bootstrap distribution (ddof = 1). */
  standardError: number;
  method: "percentile" | "bca";
}

/**
 * Paired bootstrap confidence interval for a statistic of two samples observed on the same
 * units (x[i] and y[i] belong together), as scipy `stats.bootstrap((x, y), statistic,
 * paired=True)`: each resample draws n unit indices with replacement and evaluates
 * statistic(x[idx], y[idx]).
 *
 * - percentile: the alpha/2 and 1 - alpha/2 quantiles of the resampled statistics (linear
 *   interpolation, numpy's default).
 * - BCa (Efron 1987; Efron & Tibshirani, An Introduction to the Bootstrap, 14.3): quantiles at
 *   Phi(z0 + (z0 + z_a) / (1 - a (z0 + z_a))) with bias z0 = Phi^-1(share of resamples below the
 *   estimate, ties counted half) and acceleration a = sum(d^3) / (6 (sum(d^2))^1.5) from the
 *   jackknife deviations d_i = mean(theta_(-.)) - theta_(-i).
 *
 * Resampling uses `SeededRandom` (xoshiro128**), so the same seed gives the same result; the
 * numbers differ from scipy's, whose random stream is numpy's. A statistic that returns a
 * non-finite value is refused.
 */
export function pairedBootstrap(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  statistic: (x: Float64Array, y: Float64Array) => number,
  options: PairedBootstrapOptions = {},
): PairedBootstrapResult {
  const a = finiteSample("x", x, 2);
  const b = finiteSample("y", y, 2);
  if (a.length !== b.length) {
    throw new StatsInputError(
      "y",
      `has ${b.length} values but x has ${a.length}`,
      "pass paired samples of equal length",
    );
  }
  const resamples = options.resamples ?? 9999;
  if (!Number.isInteger(resamples) || resamples < 100) {
    throw new StatsInputError("resamples", `is ${String(resamples)}`, "use at least 100");
  }
  const level = openProbability("confidenceLevel", options.confidenceLevel ?? 0.95);
  const method = checkChoice("method", options.method, ["percentile", "bca"] as const, "bca");
  const seed = options.seed ?? 0;
  const evaluate = (xs: Float64Array, ys: Float64Array) => {
    const v = statistic(xs, ys);
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new StatsInputError(
        "statistic",
        `returned ${String(v)}`,
        "make the statistic return a finite number for every resample",
      );
    }
    return v;
  };
  const n = a.length;
  const estimate = evaluate(a, b);
  const rng = new SeededRandom(seed);
  const thetas = new Float64Array(resamples);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) {
      const k = rng.nextInt(n);
      xs[i] = a[k] as number;
      ys[i] = b[k] as number;
    }
    thetas[r] = evaluate(xs, ys);
  }
  let mean = 0;
  for (const t of thetas) mean += t;
  mean /= resamples;
  let ss = 0;
  for (const t of thetas) ss += (t - mean) ** 2;
  const standardError = Math.sqrt(ss / (resamples - 1));
  thetas.sort();

  const alpha = 1 - level;
  let lowQ = alpha / 2;
  let highQ = 1 - alpha / 2;
  if (method === "bca") {
    let below = 0;
    for (const t of thetas) below += t < estimate ? 1 : t === estimate ? 0.5 : 0;
    const share = below / resamples;
    // A share of 0 or 1 means every resample lies on one side: no bias correction is possible.
    const z0 = share > 0 && share < 1 ? normalQuantile(share) : 0;
    const jack = new Float64Array(n);
    const xj = new Float64Array(n - 1);
    const yj = new Float64Array(n - 1);
    for (let i = 0; i < n; i++) {
      let t = 0;
      for (let k = 0; k < n; k++) {
        if (k === i) continue;
        xj[t] = a[k] as number;
        yj[t] = b[k] as number;
        t++;
      }
      jack[i] = evaluate(xj, yj);
    }
    let jm = 0;
    for (const v of jack) jm += v;
    jm /= n;
    let num = 0;
    let den = 0;
    for (const v of jack) {
      const d = jm - v;
      num += d ** 3;
      den += d ** 2;
    }
    const acc = den === 0 ? 0 : num / (6 * den ** 1.5);
    const adjust = (q: number) => {
      const zq = normalQuantile(q);
      return normalCdf(z0 + (z0 + zq) / (1 - acc * (z0 + zq)));
    };
    lowQ = adjust(lowQ);
    highQ = adjust(highQ);
  }
  return {
    estimate,
    lower: linearQuantile(thetas, lowQ),
    upper: linearQuantile(thetas, highQ),
    standardError,
    method,
  };
}

import type { SeededRandom } from "./seeded-random.js";
import { StatsInputError } from "./stats-input-error.js";

/** A uniform number in (0, 1), never 0 or 1, so that its logarithm and inverse are finite. */
function openUnit(rng: SeededRandom): number {
  return (rng.nextUint32() + 0.5) / 4294967296;
}

/** log k! - (Stirling's approximation of it), exact below 10, by its series above. */
const STIRLING_TAIL = [
  0.0810614667953272, 0.0413406959554092, 0.0276779256849983, 0.02079067210376509,
  0.0166446911898211, 0.0138761288230707, 0.0118967099458917, 0.010411265261972,
  0.00925546218271273, 0.00833056343336287,
];

function stirlingTail(k: number): number {
  if (k <= 9) return STIRLING_TAIL[k] as number;
  const k1 = (k + 1) * (k + 1);
  return (1 / 12 - (1 / 360 - 1 / 1260 / k1) / k1) / (k + 1);
}

/**
 * A draw from Binomial(trials, p). For trials * min(p, 1 - p) below 10, by counting geometric
 * waiting times (expected draws: trials * p + 1); above, by Hormann's transformed rejection
 * with squeeze, BTRS (Hormann 1993, "The generation of binomial random variates", Journal of
 * Statistical Computation and Simulation 46, 101-110), which takes a bounded number of uniforms
 * whatever the trials, as numpy's and TensorFlow's samplers do. p > 1/2 draws the failures.
 */
export function sampleBinomial(rng: SeededRandom, trials: number, p: number): number {
  // NaN fails every test of the rejection loops below, which would then never end.
  if (Number.isNaN(p) || !Number.isFinite(trials)) {
    const [argument, value] = Number.isNaN(p) ? ["p", p] : ["trials", trials];
    throw new StatsInputError(
      argument,
      `is ${value}`,
      "pass a finite number of trials and a probability between 0 and 1",
    );
  }
  if (trials <= 0 || p <= 0) return 0;
  if (p >= 1) return trials;
  if (p > 0.5) return trials - sampleBinomial(rng, trials, 1 - p);
  return trials * p < 10 ? geometricWaits(rng, trials, p) : btrs(rng, trials, p);
}

function geometricWaits(rng: SeededRandom, trials: number, p: number): number {
  const logQ = Math.log1p(-p);
  let position = 0;
  let successes = 0;
  for (;;) {
    position += Math.ceil(Math.log(openUnit(rng)) / logQ);
    if (position > trials) return successes;
    successes++;
  }
}

function btrs(rng: SeededRandom, n: number, p: number): number {
  const spq = Math.sqrt(n * p * (1 - p));
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const r = p / (1 - p);
  const alpha = (2.83 + 5.1 / b) * spq;
  const m = Math.floor((n + 1) * p);
  for (;;) {
    const u = openUnit(rng) - 0.5;
    const v = openUnit(rng);
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || k > n) continue;
    const logV = Math.log((v * alpha) / (a / (us * us) + b));
    const bound =
      (m + 0.5) * Math.log((m + 1) / (r * (n - m + 1))) +
      (n + 1) * Math.log((n - m + 1) / (n - k + 1)) +
      (k + 0.5) * Math.log((r * (n - k + 1)) / (k + 1)) +
      stirlingTail(m) +
      stirlingTail(n - m) -
      stirlingTail(k) -
      stirlingTail(n - k);
    if (logV <= bound) return k;
  }
}

/**
 * Counts of `trials` draws over categories with the given non-negative weights, written into
 * `out`: Multinomial(trials, weights / sum(weights)) as a chain of binomials, each category
 * drawing from the trials the earlier ones left, with its share of the weight they left.
 */
export function sampleMultinomial(
  rng: SeededRandom,
  trials: number,
  weights: ArrayLike<number>,
  out: Float64Array,
): void {
  let weightLeft = 0;
  for (let i = 0; i < weights.length; i++) weightLeft += weights[i] as number;
  let trialsLeft = trials;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] as number;
    const drawn = trialsLeft > 0 && w > 0 ? sampleBinomial(rng, trialsLeft, w / weightLeft) : 0;
    out[i] = drawn;
    trialsLeft -= drawn;
    weightLeft -= w;
  }
}

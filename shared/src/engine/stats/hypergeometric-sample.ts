import { logGamma } from "./gamma-functions.js";
import type { SeededRandom } from "./seeded-random.js";

/** Up to this many marked items, following them one by one is cheaper than the inversion. */
const ONE_BY_ONE = 16;

const logFactorial = (k: number) => logGamma(k + 1);

/**
 * A draw from Hypergeometric(total, marked, draws): how many of `draws` items taken without
 * replacement from `total` items are among the `marked` ones. Exact in distribution (up to
 * rounding of the probabilities), in about min(marked, draws, 16) + its standard deviation steps:
 * few marked items (or draws, the distribution being symmetric in the two) are followed one by
 * one, each taken with probability (draws left) / (items left); otherwise the distribution is
 * inverted from its mode outwards, its probabilities by their ratio from the mode's.
 */
export function sampleHypergeometric(
  rng: SeededRandom,
  total: number,
  marked: number,
  draws: number,
): number {
  const [small, large] = marked <= draws ? [marked, draws] : [draws, marked];
  if (small <= ONE_BY_ONE) return oneByOne(rng, total, small, large);
  return fromMode(rng, total, small, large);
}

function oneByOne(rng: SeededRandom, total: number, marked: number, draws: number): number {
  let taken = 0;
  for (let i = 0; i < marked; i++) {
    if (rng.nextDouble() * (total - i) < draws - taken) taken++;
  }
  return taken;
}

function fromMode(rng: SeededRandom, total: number, marked: number, draws: number): number {
  const others = total - marked;
  const lo = Math.max(0, draws - others);
  const hi = Math.min(draws, marked);
  const mode = Math.min(hi, Math.max(lo, Math.floor(((draws + 1) * (marked + 1)) / (total + 2))));
  const logP =
    logFactorial(marked) -
    logFactorial(mode) -
    logFactorial(marked - mode) +
    logFactorial(others) -
    logFactorial(draws - mode) -
    logFactorial(others - draws + mode) -
    logFactorial(total) +
    logFactorial(draws) +
    logFactorial(total - draws);
  const pMode = Math.exp(logP);
  let u = rng.nextDouble() - pMode;
  if (u < 0) return mode;
  let up = mode;
  let down = mode;
  let pUp = pMode;
  let pDown = pMode;
  while (up < hi || down > lo) {
    if (up < hi) {
      pUp *= ((marked - up) * (draws - up)) / ((up + 1) * (others - draws + up + 1));
      up++;
      u -= pUp;
      if (u < 0) return up;
    }
    if (down > lo) {
      pDown *= (down * (others - draws + down)) / ((marked - down + 1) * (draws - down + 1));
      down--;
      u -= pDown;
      if (u < 0) return down;
    }
  }
  // Rounding left a sliver of probability (below 1e-9) unassigned.
  return mode;
}

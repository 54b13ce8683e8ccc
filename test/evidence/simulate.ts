import { countPairedOutcomes, type PairedOutcomes, type WeightedStatistic } from "@mlops/shared";
import { seededRandom } from "../helpers/seeded-random.js";

/** The chance of each kind of pair; `neither` takes the rest. */
export interface PairChances {
  readonly both: number;
  readonly championOnly: number;
  readonly challengerOnly: number;
}

/**
 * n examples answered right or wrong by a champion and a challenger, drawn with these chances:
 * the challenger's true accuracy minus the champion's is challengerOnly - championOnly.
 */
export function simulatePairs(n: number, chances: PairChances, seed: number): PairedOutcomes {
  const random = seededRandom(seed);
  const champion = new Uint8Array(n);
  const challenger = new Uint8Array(n);
  const { both, championOnly, challengerOnly } = chances;
  for (let i = 0; i < n; i++) {
    const u = random();
    champion[i] = u < both + championOnly ? 1 : 0;
    challenger[i] =
      u < both || (u >= both + championOnly && u < both + championOnly + challengerOnly) ? 1 : 0;
  }
  return countPairedOutcomes(champion, challenger);
}

/** A normal draw from a uniform generator (Box-Muller). */
export function normalDraws(seed: number): () => number {
  const random = seededRandom(seed);
  return () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** The weighted mean of one column: sum(w x) / sum(w). */
export function weightedMean(values: ArrayLike<number>): WeightedStatistic {
  return (w) => {
    let sum = 0;
    let total = 0;
    for (let i = 0; i < values.length; i++) {
      const weight = w === undefined ? 1 : (w[i] as number);
      sum += weight * (values[i] as number);
      total += weight;
    }
    return sum / total;
  };
}

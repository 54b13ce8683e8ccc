import { mcnemar } from "../stats/mcnemar.js";
import { normalCdf, normalSf } from "../stats/normal-distribution.js";
import {
  pairedDifferenceInterval,
  pairedDifferenceScore,
  type DiscordantPairs,
} from "../stats/paired-proportion-difference.js";
import { StatsInputError } from "../stats/stats-input-error.js";
import { wilsonInterval } from "../stats/wilson-interval.js";
import type { Estimate } from "./estimate.js";
import type { ComparisonEvidence } from "./paired-evidence.js";

/** A paired 2 x 2 table of which model got each example right. */
export interface PairedOutcomes {
  readonly bothCorrect: number;
  /** The champion right, the challenger wrong. */
  readonly championOnly: number;
  /** The challenger right, the champion wrong. */
  readonly challengerOnly: number;
  readonly neitherCorrect: number;
}

/** Below this many discordant pairs McNemar's test is exact (binomial), as statsmodels advises. */
const EXACT_BELOW = 25;

/** Tallies per-example outcomes (1 or true: right; 0 or false: wrong) of the two models. */
export function countPairedOutcomes(
  championCorrect: ArrayLike<number | boolean>,
  challengerCorrect: ArrayLike<number | boolean>,
): PairedOutcomes {
  if (championCorrect.length !== challengerCorrect.length) {
    throw new StatsInputError(
      "challengerCorrect",
      `has ${challengerCorrect.length} outcomes, the champion's ${championCorrect.length}`,
      "pass one outcome per example for both models, in the same order",
    );
  }
  const cells = [0, 0, 0, 0];
  const bit = (argument: string, v: number | boolean | undefined, i: number) => {
    if (v === 1 || v === true) return 1;
    if (v === 0 || v === false) return 0;
    throw new StatsInputError(
      argument,
      `holds ${String(v)} at index ${i}`,
      "pass 1/true or 0/false",
    );
  };
  for (let i = 0; i < championCorrect.length; i++) {
    const cell =
      2 * bit("championCorrect", championCorrect[i], i) +
      bit("challengerCorrect", challengerCorrect[i], i);
    cells[cell]!++;
  }
  const [neitherCorrect, challengerOnly, championOnly, bothCorrect] = cells as [
    number,
    number,
    number,
    number,
  ];
  return { bothCorrect, championOnly, challengerOnly, neitherCorrect };
}

/**
 * The evidence for an accuracy-like proportion (the share of examples a model gets right) of
 * two models on the same examples. The difference's tests and interval are Tango's score
 * method for paired proportions, which needs only the discordant pairs and reduces to McNemar's
 * test at a difference of 0; the challenger's own are Wilson's score test and interval.
 */
export function pairedProportionEvidence(outcomes: PairedOutcomes): ComparisonEvidence {
  const { bothCorrect, championOnly, challengerOnly, neitherCorrect } = outcomes;
  const examples = bothCorrect + championOnly + challengerOnly + neitherCorrect;
  if (examples === 0) {
    return {
      method: "mcnemar",
      examples,
      champion: null,
      challenger: null,
      insufficient: "no examples",
    };
  }
  const pairs = { firstOnly: championOnly, secondOnly: challengerOnly, total: examples };
  const discordant = championOnly + challengerOnly;
  return {
    method: "mcnemar",
    examples,
    champion: (bothCorrect + championOnly) / examples,
    challenger: proportionEstimate(bothCorrect + challengerOnly, examples),
    delta: differenceEstimate(pairs),
    noDifferencePValue: mcnemar(
      [
        [bothCorrect, championOnly],
        [challengerOnly, neitherCorrect],
      ],
      // The exact test counts whole pairs; weighted effective counts take the chi-square.
      {
        exact:
          discordant < EXACT_BELOW &&
          Number.isInteger(championOnly) &&
          Number.isInteger(challengerOnly),
        correction: false,
      },
    ).pValue,
  };
}

/**
 * A proportion with the score test that Wilson's interval inverts, z = (p - t) / sqrt(t (1 - t) / n).
 * At t = 0 or 1 the null has no spread: any other value refutes it, the same value does not.
 */
export function proportionEstimate(successes: number, trials: number): Estimate {
  const value = successes / trials;
  const z = (t: number) => (value - t) / Math.sqrt((t * (1 - t)) / trials);
  return {
    value,
    standardError: Math.sqrt((value * (1 - value)) / trials),
    standardErrorAt: (t) => Math.sqrt((t * (1 - t)) / trials),
    smallestPValue: 0,
    pAbove: (t) => (t < 0 ? 0 : t >= 1 ? 1 : t === 0 ? Number(value === 0) : normalSf(z(t))),
    pBelow: (t) => (t > 1 ? 0 : t <= 0 ? 1 : t === 1 ? Number(value === 1) : normalCdf(z(t))),
    interval: (tail) => wilsonInterval(successes, trials, { confidenceLevel: 1 - 2 * tail }),
  };
}

/** challenger - champion with Tango's score test and interval. */
function differenceEstimate(pairs: DiscordantPairs): Estimate {
  const { firstOnly, secondOnly, total } = pairs;
  const value = (secondOnly - firstOnly) / total;
  const score = (t: number) => pairedDifferenceScore(pairs, t);
  return {
    value,
    // The Wald standard error, (p12 + p21 - d^2) / n, for sizing detectable effects.
    standardError: Math.sqrt(Math.max(0, (firstOnly + secondOnly) / total - value * value) / total),
    smallestPValue: 0,
    pAbove: (t) => (t < -1 ? 0 : t >= 1 ? 1 : normalSf(score(t))),
    pBelow: (t) => (t > 1 ? 0 : t <= -1 ? 1 : normalCdf(score(t))),
    interval: (tail) => pairedDifferenceInterval(pairs, { confidenceLevel: 1 - 2 * tail }),
  };
}

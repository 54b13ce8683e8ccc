import { sampleMultinomial } from "./binomial-sample.js";
import { fillMultinomialWeights, fillPoissonWeights } from "./bootstrap-weights.js";
import { SeededRandom } from "./seeded-random.js";
import { StatsInputError } from "./stats-input-error.js";
import { nonNegativeCounts } from "./validate.js";

/**
 * A statistic of a fixed set of n examples, computed with a weight per example: `undefined`
 * means every weight is 1 (the data as observed), otherwise weights[i] is how many times example
 * i is in the resample (in bytes where the counts are Poisson's: a million of them then stay in
 * a core's cache as the statistic reads them in its own order), times its own weight where the
 * examples have one (`exampleWeights`). It is a closure over the data; for a confusion-matrix
 * metric it should add the weights into counts rather than build arrays. A weighted mean is
 * sum(w x) / sum(w), never sum(w x) / n: Poisson weights do not sum to n.
 */
export type WeightedStatistic = (weights: ResampleWeights | undefined) => number;

/** A resample's weight per example. */
export type ResampleWeights = Float64Array | Uint8Array;

/**
 * A statistic of category counts (the cells of a confusion matrix, say): counts[c] is how many
 * examples fall in category c, as observed or in a resample.
 */
export type CountStatistic = (counts: Float64Array) => number;

export interface WeightedBootstrapOptions {
  /** Number of resamples (default 1000). */
  resamples?: number;
  /** Seed of the generator: the same seed gives the same replicates (default 0). */
  seed?: number;
  /**
   * 'multinomial': the ordinary bootstrap's counts; 'poisson': independent Poisson(1) weights;
   * 'auto' (default): multinomial below `POISSON_FROM` examples, Poisson from there on.
   */
  weights?: "auto" | "poisson" | "multinomial";
  /**
   * Each example's own weight (sample weights), where the examples have one: the statistics are
   * then given these weights for the data as observed, and each resample's count of an example
   * times its weight, the product made once a draw for every statistic.
   */
  exampleWeights?: Float64Array;
}

export interface BootstrapReplicates {
  /** Each statistic on the data as observed. */
  estimates: number[];
  /** replicates[s][r]: statistic s on resample r; the same r is the same resample for every s. */
  replicates: Float64Array[];
  /** How the resamples were weighted. */
  weights: "poisson" | "multinomial";
  /**
   * Draws thrown away because some statistic was NaN (undefined) on them, each drawn again: the
   * replicates are the bootstrap given that every statistic is defined (see `collect`).
   */
  redrawn: number;
  /**
   * Resamples on which some statistic was not finite and stays so: infinite, or still undefined
   * once as many draws as resamples were thrown away. Their replicates are NaN.
   */
  undefinedResamples: number;
}

/**
 * From this many examples on, 'auto' uses Poisson weights: the Poisson bootstrap differs from
 * the ordinary one only through the random total weight (Poisson(n) rather than n), which
 * changes a normalised statistic's bootstrap variance by a factor 1 + O(1/n), under 1e-4 here;
 * below it, the multinomial counts cost no more.
 */
export const POISSON_FROM = 10_000;

function checkResamples(value: number | undefined): number {
  const resamples = value ?? 1000;
  if (!Number.isInteger(resamples) || resamples < 100) {
    throw new StatsInputError("resamples", `is ${String(resamples)}`, "use at least 100");
  }
  return resamples;
}

/**
 * Replicates of one or more statistics of the same examples under the bootstrap, every
 * statistic evaluated on the SAME weights in each resample, which is what pairs them: the
 * replicates of challenger(w) - champion(w) are the paired bootstrap of the difference. The
 * statistics are evaluated in the order given, on the data and on each draw, so that a statistic
 * may read the value of the one before it on the same weights.
 *
 * Rather than copying resampled examples (scipy `bootstrap` gathers n indices per resample, and
 * a rank statistic would sort again), each resample is a weight per example: the number of
 * times the ordinary bootstrap draws it (multinomial counts, summing to n), or an independent
 * Poisson(1) count. The Poisson bootstrap (Hanley & MacGibbon 2006; Chamandy, Muralidharan,
 * Najmi & Naik 2012, "Estimating uncertainty for massive data streams", Google) is the ordinary
 * bootstrap with a Poisson(n) rather than fixed total, so for a statistic normalised by its total
 * weight (a mean, a rate, a ratio of counts) the two distributions agree to O(1/n); for a few
 * hundred examples the difference is visible, which is why 'auto' switches only at
 * `POISSON_FROM`. The weights buffer is reused: no allocation per resample.
 */
export function weightedBootstrap(
  statistics: readonly WeightedStatistic[],
  examples: number,
  options: WeightedBootstrapOptions = {},
): BootstrapReplicates {
  if (!Number.isInteger(examples) || examples < 1) {
    throw new StatsInputError("examples", `is ${String(examples)}`, "pass at least one example");
  }
  const resamples = checkResamples(options.resamples);
  const chosen = options.weights ?? "auto";
  const weights =
    chosen === "auto" ? (examples < POISSON_FROM ? "multinomial" : "poisson") : chosen;
  const rng = new SeededRandom(options.seed ?? 0);
  const own = options.exampleWeights;
  if (own !== undefined && own.length !== examples) {
    throw new StatsInputError(
      "exampleWeights",
      `has ${own.length} weights for ${examples} examples`,
      "pass one weight per example",
    );
  }
  const { buffer, draw } = drawing(weights, rng, examples, own);
  return collect(
    statistics.map((s) => s(own)),
    resamples,
    weights,
    draw,
    statistics.map((s) => () => s(buffer)),
  );
}

/**
 * The buffer each resample's weights are drawn into, and the draw: Poisson counts as bytes
 * (they never pass 13), multinomial counts and products with the examples' own weights as
 * doubles.
 */
function drawing(
  weights: "poisson" | "multinomial",
  rng: SeededRandom,
  examples: number,
  own: Float64Array | undefined,
): { buffer: ResampleWeights; draw: () => void } {
  if (weights === "poisson" && own === undefined) {
    const counts = new Uint8Array(examples);
    return { buffer: counts, draw: () => fillPoissonWeights(rng, counts) };
  }
  const fill = weights === "poisson" ? fillPoissonWeights : fillMultinomialWeights;
  const doubles = new Float64Array(examples);
  if (own === undefined) return { buffer: doubles, draw: () => fill(rng, doubles) };
  return {
    buffer: doubles,
    draw: () => {
      fill(rng, doubles);
      for (let i = 0; i < examples; i++) doubles[i] = doubles[i]! * own[i]!;
    },
  };
}

/**
 * Replicates of statistics of category counts under the ordinary bootstrap, in O(categories)
 * per resample whatever the number of examples: resampling n examples with replacement and
 * counting them per category gives Multinomial(n, counts / n) counts, which are drawn directly
 * (a chain of binomials). This is the ordinary bootstrap exactly, not an approximation of it: a
 * confusion-matrix metric of a million examples resamples in microseconds.
 */
export function cellBootstrap(
  counts: ArrayLike<number>,
  statistics: readonly CountStatistic[],
  options: Omit<WeightedBootstrapOptions, "weights"> = {},
): BootstrapReplicates {
  const observed = nonNegativeCounts("counts", counts, 1);
  let total = 0;
  for (const c of observed) {
    if (!Number.isInteger(c)) {
      throw new StatsInputError("counts", `holds ${c}`, "pass whole numbers of examples");
    }
    total += c;
  }
  if (total < 1) throw new StatsInputError("counts", "are all 0", "pass at least one example");
  const resamples = checkResamples(options.resamples);
  const rng = new SeededRandom(options.seed ?? 0);
  const buffer = new Float64Array(observed.length);
  return collect(
    statistics.map((s) => s(observed.slice())),
    resamples,
    "multinomial",
    () => sampleMultinomial(rng, total, observed, buffer),
    statistics.map((s) => () => s(buffer)),
  );
}

/**
 * Draws `resamples` resamples and evaluates every statistic on each. A draw on which some
 * statistic is NaN (a precision of a resample without a positive prediction, where the data had
 * some) is thrown away and drawn again, up to as many times as there are resamples: the
 * replicates are then the bootstrap distribution given that the statistic is defined, rather
 * than one with a made-up value (a precision of 0) standing in for it. Past that (undefined on at
 * least half the draws), or where a statistic is infinite, the resample's replicates are NaN.
 */
function collect(
  estimates: number[],
  resamples: number,
  weights: "poisson" | "multinomial",
  draw: () => void,
  evaluate: (() => number)[],
): BootstrapReplicates {
  const replicates = evaluate.map(() => new Float64Array(resamples));
  // Draws resample r and evaluates every statistic on it: NaN (undefined) is told from infinite.
  const drawAt = (r: number): "finite" | "infinite" | "undefined" => {
    draw();
    let outcome: "finite" | "infinite" | "undefined" = "finite";
    for (let s = 0; s < evaluate.length; s++) {
      const value = (evaluate[s] as () => number)();
      (replicates[s] as Float64Array)[r] = value;
      if (Number.isNaN(value)) outcome = "undefined";
      else if (!Number.isFinite(value) && outcome === "finite") outcome = "infinite";
    }
    return outcome;
  };
  let redrawn = 0;
  let undefinedResamples = 0;
  for (let r = 0; r < resamples; r++) {
    let outcome = drawAt(r);
    while (outcome === "undefined" && redrawn < resamples) {
      redrawn++;
      outcome = drawAt(r);
    }
    if (outcome !== "finite") {
      undefinedResamples++;
      for (const column of replicates) column[r] = NaN;
    }
  }
  return { estimates, replicates, weights, redrawn, undefinedResamples };
}

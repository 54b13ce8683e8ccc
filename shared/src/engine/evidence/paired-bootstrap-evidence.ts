import {
  cellBootstrap,
  weightedBootstrap,
  type BootstrapReplicates,
  type CountStatistic,
  type WeightedBootstrapOptions,
  type WeightedStatistic,
} from "../stats/weighted-bootstrap.js";
import { groupDigits } from "../report/group-digits.js";
import { bootstrapEstimate, twoSidedPValue, type Interval } from "./estimate.js";
import type { ComparisonEvidence } from "./paired-evidence.js";

export interface BootstrapEvidenceOptions extends WeightedBootstrapOptions {
  /**
   * The values the metric can take ([0, 1] for a share), which bound the normal bootstrap
   * interval beyond the resamples (`Estimate.normalTails`); the difference's are ±their width.
   */
  readonly range?: Interval;
}

/**
 * The evidence for any metric given as a weighted statistic of each model (see
 * `WeightedStatistic`): the paired bootstrap of challenger(w) - champion(w), both evaluated on
 * the same weights in every resample, with percentile tests and intervals. A resample on which
 * either is NaN (undefined) is drawn again, and `redrawn` counts them (see `collect`).
 */
export function bootstrapEvidence(
  champion: WeightedStatistic,
  challenger: WeightedStatistic,
  examples: number,
  options: BootstrapEvidenceOptions = {},
): ComparisonEvidence {
  const boot = weightedBootstrap([champion, challenger], examples, options);
  return fromReplicates(examples, boot, options.range);
}

/**
 * The same for a metric of category counts (the cells of the joint confusion matrix of both
 * models, say, 8 cells for a binary label): `counts` are the examples per category, and the
 * resamples draw the categories' counts directly, so the cost does not grow with the examples.
 */
export function cellBootstrapEvidence(
  counts: ArrayLike<number>,
  champion: CountStatistic,
  challenger: CountStatistic,
  options: Omit<BootstrapEvidenceOptions, "weights"> = {},
): ComparisonEvidence {
  let examples = 0;
  for (let i = 0; i < counts.length; i++) examples += counts[i] as number;
  const boot = cellBootstrap(counts, [champion, challenger], options);
  return fromReplicates(examples, boot, options.range);
}

function fromReplicates(
  examples: number,
  boot: BootstrapReplicates,
  range: Interval = { lower: -Infinity, upper: Infinity },
): ComparisonEvidence {
  const [champion, challenger] = boot.estimates as [number, number];
  const resamples = (boot.replicates[0] as Float64Array).length;
  // An infinite value is kept: past the range of a double on the metric's worse side, the
  // challenger's is worse than any bound, which the judge, knowing the direction, decides.
  const insufficient = (why: string): ComparisonEvidence => ({
    method: "bootstrap",
    examples,
    champion: Number.isNaN(champion) ? null : champion,
    challenger: Number.isNaN(challenger) ? null : challenger,
    insufficient: why,
  });
  if (!Number.isFinite(champion) || !Number.isFinite(challenger)) {
    return insufficient(notFinite(champion, challenger));
  }
  if (boot.undefinedResamples > 0) {
    const drawn = resamples + boot.redrawn;
    return insufficient(
      `the metric is not defined on ${groupDigits(boot.undefinedResamples + boot.redrawn)} of ${groupDigits(drawn)} resamples drawn (too few examples of some kind)`,
    );
  }
  const [championReplicates, challengerReplicates] = boot.replicates as [
    Float64Array,
    Float64Array,
  ];
  const deltaReplicates = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    deltaReplicates[r] = (challengerReplicates[r] as number) - (championReplicates[r] as number);
  }
  const width = range.upper - range.lower;
  const delta = bootstrapEstimate(challenger - champion, deltaReplicates, {
    lower: -width,
    upper: width,
  });
  return {
    method: "bootstrap",
    examples,
    champion,
    challenger: bootstrapEstimate(challenger, challengerReplicates, range),
    delta,
    noDifferencePValue: twoSidedPValue(delta, 0),
    ...(boot.redrawn > 0 && { redrawn: boot.redrawn }),
  };
}

/**
 * Why a model's metric is not a finite number. An infinite one is a true value past what a double
 * holds (an rmse of errors near the largest double, the r2 of a model far worse than the mean),
 * not a metric without meaning. The remedy depends on the metric (a larger unit shrinks an rmse,
 * not an r2), which a statistic does not tell, so the reason says what happened only.
 */
function notFinite(champion: number, challenger: number): string {
  const championInfinite = Math.abs(champion) === Infinity;
  const challengerInfinite = Math.abs(challenger) === Infinity;
  if (!championInfinite && !challengerInfinite) {
    return "the metric is not defined on these examples";
  }
  const whose =
    championInfinite && challengerInfinite
      ? "each model's"
      : championInfinite
        ? "the champion's"
        : "the challenger's";
  return `${whose} value of the metric on these examples is past the range of a double (beyond ±1.8e308), so no interval can be computed`;
}

import type { Estimate } from "./estimate.js";

/** How a comparison was tested: paired (eval-gate's examples) or independent samples (canary-deploy's traffic). */
export type EvidenceMethod = "mcnemar" | "delong" | "bootstrap" | "mann-whitney" | "two-proportion";

/** A champion and a challenger measured on the same examples: the material of a verdict. */
export interface PairedEvidence {
  readonly method: EvidenceMethod;
  /** The number of paired examples. */
  readonly examples: number;
  readonly champion: number;
  /** The challenger's value, with its tests: what absolute bounds are held against. */
  readonly challenger: Estimate;
  /** challenger - champion, with its tests: what margins are held against. */
  readonly delta: Estimate;
  /**
   * The method's own two-sided test of no difference: McNemar's (exact below 25 discordant
   * pairs), DeLong's z, or the bootstrap's percentile test.
   */
  readonly noDifferencePValue: number;
  /**
   * Where the metric rests on some of the examples only (a recall on the positive ones), how
   * many of those there are: min-samples is held against this count.
   */
  readonly support?: Support;
  /**
   * For a bootstrap: the draws thrown away and drawn again because the metric was not defined
   * on them (a resample without a positive example, for an average precision); absent for none.
   */
  readonly redrawn?: number;
  readonly insufficient?: undefined;
}

/** A count of the examples a metric rests on, and what they are: `3 positive examples`. */
export interface Support {
  readonly count: number;
  readonly noun: string;
  readonly plural: string;
}

/** A comparison the data cannot support, and why. */
export interface InsufficientEvidence {
  readonly method: EvidenceMethod;
  readonly examples: number;
  /** The point values, where they could be computed: ±Infinity past the range of a double. */
  readonly champion: number | null;
  readonly challenger: number | null;
  /** Why, as a clause: "only one class among the labels (40 positives, 0 negatives)". */
  readonly insufficient: string;
}

export type ComparisonEvidence = PairedEvidence | InsufficientEvidence;

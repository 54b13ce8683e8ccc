import type { Correction } from "./correction.js";

/**
 * Resamples beyond each end of a percentile interval that its end rests on. How many resamples
 * fall beyond a given value varies between seeds by about its square root: ±2 of 4, half of
 * them, moves an end across a bound from one seed to the next; ±7 of 50 is a seventh.
 */
export const RESAMPLES_PER_TAIL = 50;

/** The fewest resamples a bootstrap takes by default, as before the rule below. */
export const DEFAULT_RESAMPLES = 1000;

/**
 * The most resamples the default takes: a weighted bootstrap costs about 20 ns per example and
 * resample, so 20,000 on 2,400 examples take about 2 s where 1,000 took 0.5 s. A policy that
 * needs more says so with `resamples:`.
 */
export const MAX_DEFAULT_RESAMPLES = 20_000;

/**
 * The examples times resamples a row's default bootstrap may take, about 4 s at 20 ns each:
 * past 10,000 examples the default takes fewer than 20,000 (2,000 on 100,000 examples, where
 * 20,000 would take 40 s a row), and the report's note says when that is too few.
 */
export const DEFAULT_BOOTSTRAP_WORK = 200_000_000;

/** The most resamples a policy takes (gate-policy.schema.json's maximum). */
export const MOST_RESAMPLES = 100_000;

/**
 * The resamples that leave RESAMPLES_PER_TAIL beyond each end of a percentile interval at
 * one-sided level `tail`: what a policy's `resamples:` would need for its percentiles alone to
 * settle a check at that level. One number for the reasons and the notes that advise it.
 */
export const resamplesToResolve = (tail: number): number => Math.ceil(RESAMPLES_PER_TAIL / tail);

/**
 * The smallest one-sided level a correction can test a claim at: alpha over the claims it spreads
 * alpha over, two per check (Holm's first step and Benjamini-Hochberg's both test the smallest
 * p-value at alpha / claims); without correction, a check's two claims alone.
 */
export function strictestTail(confidence: number, correction: Correction, checks: number): number {
  return (1 - confidence) / (correction === "none" ? 2 : 2 * Math.max(1, checks));
}

/**
 * The resamples beyond each end of a percentile interval of one-sided level `tail`: the end is
 * the k-th most extreme of them, k = floor(tail (B + 1)) (estimate.ts).
 */
export const resamplesBeyondEnd = (resamples: number, tail: number): number =>
  Math.floor(tail * (resamples + 1));

/**
 * The default resamples for intervals down to one-sided level `tail` over `examples`: enough to
 * leave RESAMPLES_PER_TAIL beyond each end, at least DEFAULT_RESAMPLES, at most
 * MAX_DEFAULT_RESAMPLES and what DEFAULT_BOOTSTRAP_WORK allows.
 */
export const defaultResamples = (tail: number, examples: number): number =>
  Math.max(
    DEFAULT_RESAMPLES,
    Math.min(
      MAX_DEFAULT_RESAMPLES,
      Math.floor(DEFAULT_BOOTSTRAP_WORK / Math.max(1, examples)),
      resamplesToResolve(tail),
    ),
  );

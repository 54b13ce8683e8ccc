import type { Direction } from "../contracts/gate-policy.js";
import { StatsInputError } from "../stats/stats-input-error.js";

/** A margin in the metric's units, or as a share of the champion's value (0.02: 2%). */
export type Margin = { readonly absolute: number } | { readonly relative: number };

/**
 * What the challenger must show against the champion, on the metric's better side:
 * - non-inferiority (`max-regression`): worse by less than the margin;
 * - superiority (`min-improvement`): better by more than the margin (0: better at all);
 * - equivalence: within the margin either way.
 * Non-inferiority with a margin of 0 is the two-sided test of a difference, read by its sign.
 */
export interface Comparison {
  readonly test: "non-inferiority" | "superiority" | "equivalence";
  readonly margin: Margin;
}

/** Absolute bounds on the challenger's value. */
export interface Bounds {
  readonly min?: number;
  readonly max?: number;
}

/** Where the true value must lie for a check to pass: above `lower`, below `upper`, or both. */
export interface Region {
  readonly lower?: number;
  readonly upper?: number;
}

/** Refuses a comparison whose margin is negative or not a number, or 0 for equivalence. */
export function checkComparison(comparison: Comparison, argument: string): void {
  const { test, margin } = comparison;
  const [kind, size] =
    "absolute" in margin ? ["absolute", margin.absolute] : ["relative", margin.relative];
  if (typeof size !== "number" || !Number.isFinite(size) || size < 0) {
    throw new StatsInputError(
      `${argument}.margin.${kind}`,
      `is ${String(size)}`,
      "give a margin of 0 or more",
    );
  }
  if (test === "equivalence" && size === 0) {
    throw new StatsInputError(
      `${argument}.margin.${kind}`,
      "is 0 for an equivalence test, which nothing can pass",
      "give equivalence a margin above 0",
    );
  }
}

/** Refuses bounds that are not finite numbers, or a min above the max. */
export function checkBounds(bounds: Bounds, argument: string): void {
  for (const [name, value] of [
    ["min", bounds.min],
    ["max", bounds.max],
  ] as const) {
    if (value !== undefined && (typeof value !== "number" || !Number.isFinite(value))) {
      throw new StatsInputError(
        `${argument}.${name}`,
        `is ${String(value)}`,
        "give a finite number",
      );
    }
  }
  if (bounds.min !== undefined && bounds.max !== undefined && bounds.min > bounds.max) {
    throw new StatsInputError(
      argument,
      `have min ${bounds.min} above max ${bounds.max}`,
      "swap or fix them",
    );
  }
}

/** The margin in the metric's units, at the champion's observed value. */
export function marginSize(margin: Margin, champion: number): number {
  return "absolute" in margin ? margin.absolute : margin.relative * Math.abs(champion);
}

/**
 * The region of challenger - champion that passes a comparison, given the margin's size `m`.
 * Higher is better: non-inferiority (-m, inf), superiority (m, inf); lower is better mirrors
 * them; equivalence is (-m, m) either way.
 */
export function comparisonRegion(
  test: Comparison["test"],
  direction: Direction,
  m: number,
): Region {
  const sign = direction === "higher" ? 1 : -1;
  if (test === "equivalence") return { lower: -m, upper: m };
  const edge = test === "non-inferiority" ? -sign * m : sign * m;
  return direction === "higher" ? { lower: edge } : { upper: edge };
}

/**
 * The one-sided p-values of a check's two claims: that the true value lies in the region (a
 * pass) and that it lies outside (a fail). A band passes only if both edges are cleared
 * (intersection-union, Berger 1982: the larger p-value) and fails if either is crossed (at most
 * one can be, so the smaller p-value).
 */
export function claimPValues(
  pAbove: (t: number) => number,
  pBelow: (t: number) => number,
  region: Region,
): { pass: number; fail: number } {
  const { lower, upper } = region;
  return {
    pass: Math.max(
      lower === undefined ? 0 : pAbove(lower),
      upper === undefined ? 0 : pBelow(upper),
    ),
    fail: Math.min(
      lower === undefined ? 1 : pBelow(lower),
      upper === undefined ? 1 : pAbove(upper),
    ),
  };
}

/** How far `value` is from the nearest edge of the region. */
export function distanceToEdge(value: number, region: Region): number {
  const distances = [region.lower, region.upper]
    .filter((edge): edge is number => edge !== undefined)
    .map((edge) => Math.abs(value - edge));
  return Math.min(...distances);
}

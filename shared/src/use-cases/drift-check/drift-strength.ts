import { P_VALUE_METHODS } from "./drift-methods.js";
import type { DriftColumn } from "./drift-report.js";

/** Strengths are shown up to this many times the threshold. */
export const STRENGTH_CAP = 10;

/**
 * A column's score on one scale, whatever its method: 1 at the threshold, above 1 drifted. A
 * distance over its threshold; for a p-value, the threshold over the p-value (a small p is strong
 * drift). Uncapped (Infinity at a p-value of 0), for ordering columns; 0 for an untested column,
 * Infinity for one drifted without a score (every current value missing).
 */
export function driftRatio(column: DriftColumn): number {
  if (column.score === null) return column.drifted ? Infinity : 0;
  return P_VALUE_METHODS.includes(column.method)
    ? column.score === 0
      ? Infinity
      : column.threshold / column.score
    : column.threshold === 0
      ? Infinity
      : column.score / column.threshold;
}

/** driftRatio for charts: capped, so one extreme column does not flatten the others. */
export const driftStrength = (column: DriftColumn): number =>
  Math.min(driftRatio(column), STRENGTH_CAP);

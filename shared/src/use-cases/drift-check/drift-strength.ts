import { P_VALUE_METHODS } from "./drift-methods.js";
import type { DriftColumn } from "./drift-report.js";

/** Strengths are shown up to this many times the threshold. */
export const STRENGTH_CAP = 10;

/**
 * A column's score on one scale for charts, whatever its method: 1 at the threshold, above 1
 * drifted. A distance over its threshold; for a p-value, the threshold over the p-value (a small
 * p is strong drift). Capped, so one extreme column does not flatten the others.
 */
export function driftStrength(column: DriftColumn): number {
  if (column.score === null) return 0;
  const ratio = P_VALUE_METHODS.includes(column.method)
    ? column.score === 0
      ? STRENGTH_CAP
      : column.threshold / column.score
    : column.threshold === 0
      ? STRENGTH_CAP
      : column.score / column.threshold;
  return Math.min(ratio, STRENGTH_CAP);
}

import type { MetricPoint } from "../../engine/metrics/read-metrics.js";
import { counted } from "../../engine/report/counted.js";
import { groupDigits } from "../../engine/report/group-digits.js";
import { listed } from "../../engine/report/listed.js";

/**
 * The most points of each metric's history a run record keeps, as TensorBoard keeps of each
 * scalar by default: a record of every step of a long run (200,000 steps of five metrics is over
 * 70 MB) would pass the 64 MiB that dispatch mode fetches, and no chart needs more.
 */
export const RECORD_HISTORY_POINTS = 1000;

/**
 * At most `limit` (at least 4) points of a history: the first, the last, the lowest, the highest,
 * and evenly spaced ones between, so that it keeps its shape, its final value and its best one.
 */
export function thinHistory(points: readonly MetricPoint[], limit: number): readonly MetricPoint[] {
  if (points.length <= limit) return points;
  let lowest = 0;
  let highest = 0;
  points.forEach(({ value }, i) => {
    if (value < points[lowest]!.value) lowest = i;
    if (value > points[highest]!.value) highest = i;
  });
  const last = points.length - 1;
  const kept = new Set([0, last, lowest, highest]);
  const between = limit - kept.size;
  for (let k = 1; k <= between; k++) kept.add(Math.round((k * last) / (between + 1)));
  return [...kept].sort((a, b) => a - b).map((i) => points[i]!);
}

/** Each history as the run record keeps it, and a note naming those thinned, if any. */
export function recordedHistories(
  histories: ReadonlyMap<string, readonly MetricPoint[]>,
  metricsFile: string,
): { history: Record<string, readonly MetricPoint[]>; note: string | null } {
  const thinned = [...histories].filter(([, points]) => points.length > RECORD_HISTORY_POINTS);
  const history = Object.fromEntries(
    [...histories].map(([name, points]) => [name, thinHistory(points, RECORD_HISTORY_POINTS)]),
  );
  if (thinned.length === 0) return { history, note: null };
  const longest = listed(
    thinned.map(([name, points]) => `${name} (${counted(points.length, "point")})`),
  );
  return {
    history,
    note: `${metricsFile}: the ${thinned.length === 1 ? "history" : "histories"} of ${longest} kept as ${groupDigits(RECORD_HISTORY_POINTS)} points each in the record (the first, the last, the lowest, the highest and evenly spaced ones between); the metrics file holds every point`,
  };
}

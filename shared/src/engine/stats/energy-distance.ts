import { walkEcdfs, type EcdfWalk } from "./ecdf-walk.js";
import { sortSample } from "./sort-sample.js";

/**
 * Energy distance between two 1-D empirical distributions, matching scipy
 * `stats.energy_distance(x, y)` (unweighted), which Evidently's `ed` stattest reports:
 *
 *   D = sqrt(2 * integral over t of (F_x(t) - F_y(t))^2 dt),
 *
 * the form of Székely & Rizzo (2013), "Energy statistics", eq. (3), in the units of the data.
 * O(n) after sorting (see `sortSample`).
 */
export function energyDistance(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const a = sortSample(x, "x");
  const b = sortSample(y, "y");
  return energyDistanceOfWalk(walkEcdfs(a, b));
}

/**
 * The energy distance of the two samples whose ECDFs `walk` compared: finite for any finite
 * values, its integral measured in halves where their range passes the largest double.
 */
export function energyDistanceOfWalk(walk: EcdfWalk): number {
  // sqrt(2 * 2 * halved), taken apart so that the product cannot overflow.
  return walk.scale === 1 ? Math.sqrt(2 * walk.squaredArea) : 2 * Math.sqrt(walk.squaredArea);
}

import { StatsInputError } from "./stats-input-error.js";
import { nonNegativeCounts } from "./validate.js";

/**
 * Jensen-Shannon distance (or divergence) between two discrete distributions, matching scipy
 * `spatial.distance.jensenshannon(p, q, base)`:
 *
 *   p, q normalised to sum 1, m = (p + q) / 2,
 *   divergence = (KL(p || m) + KL(q || m)) / 2  (in nats, divided by ln(base) when given),
 *   distance = sqrt(divergence).
 *
 * 0 ln 0 is taken as 0. With the natural log the divergence lies in [0, ln 2]; with base 2 in
 * [0, 1]. Reference: Lin (1991), "Divergence measures based on the Shannon entropy".
 */
export function jensenShannon(
  p: ArrayLike<number>,
  q: ArrayLike<number>,
  options: { base?: number; output?: "distance" | "divergence" } = {},
): number {
  const a = nonNegativeCounts("p", p);
  const b = nonNegativeCounts("q", q);
  if (a.length !== b.length) {
    throw new StatsInputError(
      "q",
      `has ${b.length} values but p has ${a.length}`,
      "pass two frequency vectors over the same categories",
    );
  }
  const base = options.base;
  if (base !== undefined && !(Number.isFinite(base) && base > 0 && base !== 1)) {
    throw new StatsInputError("base", `is ${String(base)}`, "use a base > 0 other than 1, e.g. 2");
  }
  const sa = a.reduce((s, v) => s + v, 0);
  const sb = b.reduce((s, v) => s + v, 0);
  if (sa === 0) throw new StatsInputError("p", "sums to zero", "pass at least one positive value");
  if (sb === 0) throw new StatsInputError("q", "sums to zero", "pass at least one positive value");
  let left = 0;
  let right = 0;
  for (let i = 0; i < a.length; i++) {
    const pi = (a[i] as number) / sa;
    const qi = (b[i] as number) / sb;
    const mi = (pi + qi) / 2;
    if (pi > 0) left += pi * Math.log(pi / mi);
    if (qi > 0) right += qi * Math.log(qi / mi);
  }
  let js = left + right;
  if (base !== undefined) js /= Math.log(base);
  const divergence = Math.max(js / 2, 0);
  return options.output === "divergence" ? divergence : Math.sqrt(divergence);
}

/**
 * Bounds on a categorical distance read from frequent-value summaries past their exact counts:
 * the range in which the data's own distance lies, whatever the values the summaries dropped.
 */

/** The distances that summaries bound; p-values and kl_div have no such bound. */
export type BoundedMethod = "jensen_shannon" | "hellinger";

/**
 * A distance from summaries: the range [low, high] the data allows, its middle and half-width.
 * The middle is no estimate of the data's distance, which often lies near one end: a
 * Misra-Gries count is a least count, and data that shifted tends to score near the low end.
 */
export interface BoundedScore {
  readonly score: number;
  readonly errorBound: number;
  readonly low: number;
  readonly high: number;
}

/** The largest value of each distance: the Jensen-Shannon distance in nats is sqrt(ln 2). */
const LARGEST: Readonly<Record<BoundedMethod, number>> = {
  jensen_shannon: Math.sqrt(Math.LN2),
  hellinger: 1,
};

/** The range [low, high] with its middle and half-width. */
const fromRange = (low: number, high: number): BoundedScore => ({
  score: (low + high) / 2,
  errorBound: (high - low) / 2,
  low,
  high,
});

/**
 * The distance of the exact side's shares `p`, over its every value, from the other side's
 * shares `q` at those values, the rest of the other side lying at values the exact side lacks.
 * In nats, the Jensen-Shannon divergence is then ln 2 / 2 + sum_v g(p_v, q_v), with
 * g(p, q) = (p ln(2p / (p + q)) + q ln(q / (p + q))) / 2; Hellinger is sqrt(1 - sum sqrt(p q)).
 * `q` may sum past 1 (a corner of the counts' box): the value there is still a bound, clamped.
 */
function distanceOn(method: BoundedMethod, p: readonly number[], q: readonly number[]): number {
  if (method === "hellinger") {
    const overlap = p.reduce((sum, pv, v) => sum + Math.sqrt(pv * q[v]!), 0);
    return Math.sqrt(1 - Math.min(1, overlap));
  }
  const divergence = p.reduce((sum, pv, v) => {
    const qv = q[v]!;
    const own = qv > 0 ? qv * Math.log(qv / (pv + qv)) : 0;
    return sum + (pv * Math.log((2 * pv) / (pv + qv)) + own) / 2;
  }, Math.LN2 / 2);
  return Math.sqrt(Math.max(0, divergence));
}

/**
 * The distance where one side's summary is exact (shares `p` over its values) and the other's
 * count of each of those values lies in [low, high] (shares). Each distance falls as any q_v
 * rises: the derivative of g in q is ln(q / (p + q)) / 2 < 0, and sum sqrt(p q) grows. So the
 * least counts give the most distance (the summary's own, its unplaced values counted outside
 * the exact side's), the most counts the least. Symmetric in the sides, as both distances are.
 */
export function exactSideRange(
  method: BoundedMethod,
  p: readonly number[],
  low: readonly number[],
  high: readonly number[],
): BoundedScore {
  return fromRange(distanceOn(method, p, high), distanceOn(method, p, low));
}

/**
 * The distance where neither summary is exact, from `score` of the summaries, each side's
 * unplaced values summed as one "(other)". A summary that places all but a share u of its
 * side's values is within a total variation u of the data, whatever the rest are; the
 * Jensen-Shannon divergence is at most the total variation times ln 2, and the squared
 * Hellinger distance at most the total variation, and both distances are metrics: the data's
 * is within sqrt(u_r c) + sqrt(u_c c) of the summaries', c = ln 2 or 1. That range is clamped
 * to the distance's own, [0, LARGEST], before its middle and half-width are taken: a wide
 * bound would otherwise reach past the values any data can score.
 */
export function unplacedRange(
  method: BoundedMethod,
  score: number,
  unplacedReference: number,
  unplacedCurrent: number,
): BoundedScore {
  const c = method === "hellinger" ? 1 : Math.LN2;
  const bound = Math.sqrt(unplacedReference * c) + Math.sqrt(unplacedCurrent * c);
  return fromRange(Math.max(0, score - bound), Math.min(LARGEST[method], score + bound));
}

/**
 * Hellinger distance between two discrete distributions given as shares over the same bins, as
 * Evidently's `hellinger` stattest: H = sqrt(1 - clip(sum_k sqrt(p_k q_k), 0, 1)), from 0
 * (equal) to 1 (disjoint). No smoothing: an empty bin on either side adds nothing.
 */
export function hellingerDistance(p: ArrayLike<number>, q: ArrayLike<number>): number {
  let overlap = 0;
  for (let k = 0; k < p.length; k++) overlap += Math.sqrt(p[k]! * q[k]!);
  return Math.sqrt(1 - Math.min(1, Math.max(0, overlap)));
}

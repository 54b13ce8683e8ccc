/**
 * Kullback-Leibler divergence KL(p || q) in nats, matching scipy `stats.entropy(p, q)`: both
 * vectors are normalized to sum to 1 first, then sum_k p_k ln(p_k / q_k), a term with p_k = 0
 * being 0. Infinite when q_k = 0 < p_k; Evidently's `kl_div` smooths empty bins first
 * (`fillEmptyShares`), so that it stays finite.
 */
export function klDivergence(p: ArrayLike<number>, q: ArrayLike<number>): number {
  let sp = 0;
  let sq = 0;
  for (let k = 0; k < p.length; k++) {
    sp += p[k]!;
    sq += q[k]!;
  }
  let total = 0;
  for (let k = 0; k < p.length; k++) {
    const a = p[k]! / sp;
    if (a > 0) total += a * Math.log(a / (q[k]! / sq));
  }
  return total;
}

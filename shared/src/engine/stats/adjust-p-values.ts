import { StatsInputError } from "./stats-input-error.js";
import { checkChoice, openProbability } from "./validate.js";

export type PValueAdjustment = "bonferroni" | "holm" | "benjamini-hochberg";

/**
 * Multiple-testing corrections, matching statsmodels `multipletests(pvals, alpha, method)` with
 * method 'bonferroni', 'holm' or 'fdr_bh'. With m p-values sorted ascending p_(1) <= ... <= p_(m):
 * - Bonferroni: adjusted = min(1, m p); reject when p <= alpha / m.
 * - Holm (1979) step-down: adjusted_(i) = min(1, max_{j <= i} (m - j + 1) p_(j)); reject
 *   p_(1..k-1) where k is the first i with p_(i) > alpha / (m - i + 1).
 * - Benjamini-Hochberg (1995) step-up: adjusted_(i) = min(1, min_{j >= i} m p_(j) / j); reject
 *   p_(1..k) for the largest k with p_(k) <= k alpha / m.
 * Results are in the input's order. Controls the family-wise error rate (Bonferroni, Holm) or
 * the false discovery rate (Benjamini-Hochberg) at `alpha`.
 */
export function adjustPValues(
  pValues: ArrayLike<number>,
  options: { method?: PValueAdjustment; alpha?: number } = {},
): { adjusted: number[]; reject: boolean[]; method: PValueAdjustment } {
  const method = checkChoice(
    "method",
    options.method,
    ["bonferroni", "holm", "benjamini-hochberg"] as const,
    "holm",
  );
  const alpha = openProbability("alpha", options.alpha ?? 0.05);
  const m = pValues.length;
  if (m === 0) {
    throw new StatsInputError("pValues", "is empty", "pass at least one p-value");
  }
  const p: number[] = [];
  for (let i = 0; i < m; i++) {
    const v = pValues[i];
    if (typeof v !== "number" || !(v >= 0 && v <= 1)) {
      throw new StatsInputError(
        "pValues",
        `value at index ${i} is ${String(v)}, not a probability`,
        "pass p-values between 0 and 1",
      );
    }
    p.push(v);
  }
  const order = p.map((_, i) => i).sort((a, b) => (p[a] as number) - (p[b] as number));
  const sorted = order.map((i) => p[i] as number);
  const adjustedSorted = new Array<number>(m);
  const rejectSorted = new Array<boolean>(m).fill(false);
  if (method === "bonferroni") {
    sorted.forEach((v, i) => {
      adjustedSorted[i] = Math.min(1, v * m);
      rejectSorted[i] = v <= alpha / m;
    });
  } else if (method === "holm") {
    let running = 0;
    let stillRejecting = true;
    sorted.forEach((v, i) => {
      running = Math.max(running, v * (m - i));
      adjustedSorted[i] = Math.min(1, running);
      if (v > alpha / (m - i)) stillRejecting = false;
      rejectSorted[i] = stillRejecting;
    });
  } else {
    let running = Infinity;
    let lastReject = -1;
    for (let i = m - 1; i >= 0; i--) {
      const v = sorted[i] as number;
      running = Math.min(running, v / ((i + 1) / m));
      adjustedSorted[i] = Math.min(1, running);
      if (lastReject < 0 && v <= ((i + 1) / m) * alpha) lastReject = i;
    }
    for (let i = 0; i <= lastReject; i++) rejectSorted[i] = true;
  }
  const adjusted = new Array<number>(m);
  const reject = new Array<boolean>(m);
  order.forEach((original, i) => {
    adjusted[original] = adjustedSorted[i] as number;
    reject[original] = rejectSorted[i] as boolean;
  });
  return { adjusted, reject, method };
}

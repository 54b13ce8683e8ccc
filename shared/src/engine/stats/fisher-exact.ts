import { logGamma } from "./gamma-functions.js";
import { StatsInputError } from "./stats-input-error.js";

const logChoose = (n: number, k: number) => logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);

/** scipy's relative slack when comparing a table's probability with the observed one's. */
const GAMMA = 1 + 1e-14;

/**
 * Fisher's exact test of a 2x2 table [[a, b], [c, d]], two-sided, matching scipy
 * `stats.fisher_exact` (scipy 1.10), which Evidently's `fisher_exact` stattest calls. Given the
 * margins, a is hypergeometric; the p-value sums the probabilities of every a whose table is at
 * most as probable as the observed one (times 1 + 1e-14, as scipy), capped at 1. A row or
 * column of zeros gives p 1 and an odds ratio of NaN; the odds ratio is ad / bc (Infinity when
 * bc is 0), scipy's sample estimate.
 */
export function fisherExact(table: readonly (readonly number[])[]): {
  oddsRatio: number;
  pValue: number;
} {
  const cells = table.flat();
  if (table.length !== 2 || table.some((row) => row.length !== 2)) {
    throw new StatsInputError("table", "is not 2x2", "pass [[a, b], [c, d]]");
  }
  if (cells.some((x) => !Number.isInteger(x) || x < 0)) {
    throw new StatsInputError(
      "table",
      `holds ${cells.join(", ")}`,
      "pass whole counts of 0 or more",
    );
  }
  const [a, b, c, d] = cells as [number, number, number, number];
  if (a + b === 0 || c + d === 0 || a + c === 0 || b + d === 0) {
    return { oddsRatio: NaN, pValue: 1 };
  }
  const oddsRatio = c > 0 && b > 0 ? (a * d) / (c * b) : Infinity;
  const n1 = a + b;
  const n2 = c + d;
  const n = a + c;
  const logTotal = logChoose(n1 + n2, n);
  const pmf = (x: number) => Math.exp(logChoose(n1, x) + logChoose(n2, n - x) - logTotal);
  const mode = Math.trunc(((n + 1) * (n1 + 1)) / (n1 + n2 + 2));
  const observed = pmf(a);
  const atMode = pmf(mode);
  if (Math.abs(observed - atMode) / Math.max(observed, atMode) <= GAMMA - 1) {
    return { oddsRatio, pValue: 1 };
  }
  let pValue = 0;
  for (let x = Math.max(0, n - n2); x <= Math.min(n1, n); x++) {
    const p = pmf(x);
    if (p <= observed * GAMMA) pValue += p;
  }
  return { oddsRatio, pValue: Math.min(1, pValue) };
}

import { MlopsError } from "../errors.js";
import { REFUSAL_NAME_LIMIT, shorten } from "../report/shorten.js";

/**
 * A metric that cannot be computed as asked: an unknown name, or predictions that lack what it
 * needs (scores for ROC AUC, two classes for F1, a sensitive column for a fairness metric). The
 * message names the metric; `fix` says what to change.
 */
export class MetricError extends MlopsError {
  constructor(
    readonly metric: string,
    readonly problem: string,
    fix: string,
  ) {
    super(`metric '${shorten(metric, REFUSAL_NAME_LIMIT)}': ${problem}`, fix);
  }
}

// The evidence capability: paired comparisons judged on intervals; exported through the core package.
export {
  bootstrapEstimate,
  normalEstimate,
  twoSidedPValue,
  type Estimate,
  type Interval,
} from "./estimate.js";
export type {
  ComparisonEvidence,
  EvidenceMethod,
  InsufficientEvidence,
  PairedEvidence,
  Support,
} from "./paired-evidence.js";
export {
  countPairedOutcomes,
  pairedProportionEvidence,
  type PairedOutcomes,
} from "./paired-proportions.js";
export { delongEvidence, rankedDelongEvidence, type ScoreRanking } from "./paired-auc.js";
export {
  bootstrapEvidence,
  cellBootstrapEvidence,
  type BootstrapEvidenceOptions,
} from "./paired-bootstrap-evidence.js";
export { marginSize, type Bounds, type Comparison, type Margin } from "./rules.js";
export { detectableEffect, examplesToSettle } from "./detectable-effect.js";
export {
  DEFAULT_RESAMPLES,
  MAX_DEFAULT_RESAMPLES,
  MOST_RESAMPLES,
  RESAMPLES_PER_TAIL,
  defaultResamples,
  resamplesBeyondEnd,
  resamplesToResolve,
  strictestTail,
} from "./resamples.js";
export { checkReason, type CheckFinding, type Scale, type Verdict } from "./reason.js";
export {
  judgeEvidence,
  type CheckVerdict,
  type Correction,
  type EvidenceJudgement,
  type EvidenceRow,
  type JudgeEvidenceOptions,
  type RowVerdict,
} from "./judge-evidence.js";
export {
  proportionDifferenceEvidence,
  rankShiftEvidence,
  type Counts,
} from "./independent-samples.js";
export { boundsOf, comparisonOf } from "./rule-comparison.js";
export {
  orderStatistic,
  orderStatisticEstimate,
  type CountedValues,
} from "./order-statistic-estimate.js";
export type { Roles } from "./reason.js";

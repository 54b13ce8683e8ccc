// Metrics from per-example predictions; exported through the core package. (Aggregate metric
// files are read by read-metrics.ts, exported on its own.)
export * from "./predictions.js";
export { readPredictions } from "./read-predictions.js";
export { IdColumn } from "./id-column.js";
export { classSpace, type ClassSpace, type ClassSpaceOptions } from "./class-space.js";
export { pairIds, EXAMPLE_IDS, type IdPairs, type PairingReport } from "./pair-ids.js";
export {
  pairPredictions,
  pairedAt,
  modelData,
  type PairedPredictions,
  type SliceDisagreement,
} from "./pair-predictions.js";
export { sortOrder } from "./sort-order.js";
export {
  confusionMatrix,
  accuracy,
  balancedAccuracy,
  balancedAccuracyOf,
  matthewsCorrelation,
  matthewsCorrelationOf,
  precisionRecallF1,
  precisionRecallF1Of,
  type ClassAverage,
  type ClassTallies,
  type PrecisionRecallF1,
} from "./confusion-metrics.js";
export {
  rankBinary,
  rankOneVsRest,
  rocAuc,
  rocAucOneVsRest,
  averagePrecision,
  averagePrecisionOneVsRest,
  type BinaryRanking,
} from "./ranking-metrics.js";
export {
  recallAtPrecision,
  precisionAtRecall,
  operatingPointOf,
  type OperatingPoint,
} from "./recall-at-precision.js";
export { recallAtAlertRate, alertRateOf, alertsAt, alertsFlagged } from "./recall-at-alert-rate.js";
export {
  LOG_LOSS_EPSILON,
  CALIBRATION_BINS,
  binaryLogLoss,
  multiclassLogLoss,
  binaryBrier,
  multiclassBrier,
  binaryCalibrationError,
  multiclassCalibrationError,
} from "./probability-metrics.js";
export {
  MAPE_EPSILON,
  meanAbsoluteError,
  rootMeanSquaredError,
  meanAbsolutePercentageError,
  r2Score,
} from "./regression-metrics.js";
export { columnMean, columnQuantile } from "./distribution-metrics.js";
export { demographicParityDifference, equalizedOddsDifference } from "./fairness-metrics.js";
export { MetricError } from "./metric-error.js";
export {
  metricNames,
  metricDefinition,
  prepareMetric,
  type MetricDefinition,
  type MetricDirection,
  type MetricNeeds,
  type PreparedMetric,
  type PrepareOptions,
} from "./metric-registry.js";
export { weighsUnequally } from "./sample-weights.js";

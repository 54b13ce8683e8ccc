/** The columns of a predictions file by role. */
export interface PredictionColumnNames {
  /** Identifies the example; rows of the two models are paired by it. */
  id: string;
  /** The true label: a class, or a number for regression. */
  label: string;
  /**
   * The predicted probability: for two classes the positive class's; for more, either one
   * column `<score>_<class>` per class or this column holding a JSON list per row.
   */
  score: string;
  /** The predicted class, or the predicted number for regression. */
  prediction: string;
  latency: string;
  cost: string;
}

export const DEFAULT_PREDICTION_COLUMNS: Readonly<PredictionColumnNames> = {
  id: "id",
  label: "label",
  score: "score",
  prediction: "prediction",
  latency: "latency_ms",
  cost: "cost",
};

/**
 * The roles whose column an input names, the list of per-example score columns, and the sample
 * weight's column, which has no default.
 */
export type PredictionColumnRole = keyof PredictionColumnNames | "exampleScores" | "weight";

/** The action input that names each role's column, for the fix of an error. */
export const DEFAULT_PREDICTION_INPUTS: Readonly<Record<PredictionColumnRole, string>> = {
  id: "id-column",
  label: "label-column",
  score: "score-column",
  prediction: "prediction-column",
  latency: "latency-column",
  cost: "cost-column",
  exampleScores: "example-scores",
  weight: "weight-column",
};

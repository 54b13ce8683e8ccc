import { closestName } from "../report/closest-name.js";
import type { PredictionColumnRole } from "./prediction-columns.js";

/**
 * The names other tools usually give each role's column, lower case: scikit-learn's metric
 * arguments (`y_true`, `y_pred`, `y_score`, `y_proba`), Spark ML's and AutoML exports'
 * (`label`, `prediction`, `probability`), forecasting's `yhat`, and the id a dataset or a
 * dataframe's index carries. `confidence` is left out: it is mostly the probability of the
 * predicted class, not of the positive one, and read as a score it would give wrong metrics.
 */
const USUAL_NAMES: Partial<Record<PredictionColumnRole, readonly string[]>> = {
  id: ["id", "row_id", "example_id", "sample_id", "uid", "uuid", "key", "index"],
  label: [
    "label",
    "y_true",
    "target",
    "y",
    "truth",
    "ground_truth",
    "actual",
    "true_label",
    "gold",
  ],
  prediction: ["prediction", "y_pred", "pred", "predicted", "predicted_label", "yhat", "y_hat"],
  score: ["score", "y_score", "proba", "probability", "prob", "y_proba", "y_prob"],
  weight: ["sample_weight", "weight", "weights", "example_weight"],
};

/**
 * The one column of `columns` whose name, in any case, is a usual name of `role` and that is not
 * `taken` by another role; none where no column or several are, since a guess between two would
 * be a coin toss.
 */
export function usualColumn(
  role: PredictionColumnRole,
  columns: readonly string[],
  taken: ReadonlySet<string>,
): string | undefined {
  const usual = USUAL_NAMES[role] ?? [];
  const found = columns.filter((c) => !taken.has(c) && usual.includes(c.toLowerCase()));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The columns of `columns` named, in any case, as other tools name the columns of per-example
 * predictions: at most one a role, for the roles that have one.
 */
export function usuallyNamed(columns: readonly string[]): string[] {
  return Object.values(USUAL_NAMES).flatMap(
    (usual) => columns.find((c) => usual.includes(c.toLowerCase())) ?? [],
  );
}

/** A column of the file likely meant for a role, to name in the fix of an error. */
export interface LikelyColumn {
  readonly column: string;
  /** Whether the name looked for misspells it, rather than other tools naming the role so. */
  readonly near: boolean;
}

/**
 * The column of `columns`, not `taken` by another role, likely meant for `role` where the file
 * lacks `column`: the one that `column` misspells (`ID` for `id`), or else the one other tools
 * name the role by (`y_true` for the label). Only ever told in a fix, never read in its stead:
 * a guess that reads the wrong column would gate on wrong metrics without a word.
 */
export function likelyColumn(
  role: PredictionColumnRole,
  column: string,
  columns: readonly string[],
  taken: ReadonlySet<string>,
): LikelyColumn | undefined {
  const near = closestName(
    column,
    columns.filter((c) => !taken.has(c)),
    false,
  );
  if (near !== undefined) return { column: near, near: true };
  const usual = usualColumn(role, columns, taken);
  return usual === undefined ? undefined : { column: usual, near: false };
}

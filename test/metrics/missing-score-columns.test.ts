/**
 * A file without the scores its metrics need is refused when read, naming what to add: of two
 * classes the positive class's probability, in column `score`; of three or more (or for top-k
 * accuracy, whose k of 2 or more needs three) each class's, as a JSON list in `score` or as the
 * columns `score_<class>`, named by the classes of the file's first rows.
 */
import { describe, expect, it } from "vitest";
import { DataError, readPredictions, type ReadPredictionsOptions } from "@mlops/shared";
import { tempDir } from "../helpers/temp-dir.js";

/** A predictions file of a predicted class and no scores, one row per label of `labels`. */
const predictedOnly = (labels: readonly string[]) =>
  `id,label,prediction\n${labels.map((label, i) => `${i},${label},${label}`).join("\n")}\n`;

/** What the fix ends with, where the file has no column like the one wanted. */
const optional = (metric: string) =>
  `. Where the file has no such column, add it, or give '${metric}' required: false in the policy`;

/** The one line of the `DataError` that reading `text` with `options` rejects with. */
async function refusal(text: string, options: ReadPredictionsOptions): Promise<string> {
  const { write } = tempDir();
  const error = await readPredictions(write("p.csv", text), options).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DataError);
  return (error as DataError).line.replace(/^\S*p\.csv: /, "");
}

const EACH_CLASS_FIX =
  "Set input 'score-column' to the column that holds each class's predicted probability as a JSON list per row, or add one column per class named 'score_<class>'; the file's columns are 'id', 'label', 'prediction'";

describe("a file without scores, read for metrics that need them", () => {
  it("of two classes, asks for the positive class's probability", async () => {
    const line = await refusal(predictedOnly(["0", "1", "1"]), { needs: { score: ["roc_auc"] } });
    expect(line).toBe(
      `has no column 'score' (the predicted probability, for metric 'roc_auc'). Set input 'score-column' to the column that holds the predicted probability; the file's columns are 'id', 'label', 'prediction'${optional("roc_auc")}`,
    );
  });

  it("of three classes, asks for each class's, naming their columns in the classes' order", async () => {
    const line = await refusal(predictedOnly(["2", "10", "1", "2"]), {
      needs: { score: ["roc_auc"] },
    });
    expect(line).toBe(
      `has no column 'score' or columns 'score_1', 'score_2' and 'score_10' (each class's predicted probability, as a JSON list per row or a column per class, for metric 'roc_auc'). ${EACH_CLASS_FIX}${optional("roc_auc")}`,
    );
  });

  it("for top-k accuracy, asks for each class's even where the first rows hold two classes", async () => {
    const line = await refusal(predictedOnly(["a", "b"]), {
      needs: { score: ["top_3_accuracy"] },
    });
    expect(line).toBe(
      `has no column 'score' or columns 'score_<class>' (each class's predicted probability, as a JSON list per row or a column per class, for metric 'top_3_accuracy'). ${EACH_CLASS_FIX}${optional("top_3_accuracy")}`,
    );
  });

  it("of many classes, names the first five columns and how many more the first rows hold", async () => {
    const line = await refusal(predictedOnly([..."hgfedcba"]), {
      needs: { score: ["top_2_accuracy", "roc_auc"] },
    });
    expect(line).toMatch(
      /^has no column 'score' or columns 'score_a', 'score_b', 'score_c', 'score_d', 'score_e' and 3 more, one per class of its first rows \(each class's predicted probability, as a JSON list per row or a column per class, for metrics 'top_2_accuracy' and 'roc_auc'\)\. /,
    );
  });

  it("where input 'score-column' names a column the file lacks, asks for that column", async () => {
    // Columns score_<class> are read where the input is not set: the fix is the column it names.
    const options = { needs: { score: ["roc_auc"] }, columns: { score: "proba" } };
    const line = await refusal(predictedOnly(["a", "b", "c"]), options);
    expect(line).toMatch(
      /^has no column 'proba' \(the predicted probability, for metric 'roc_auc'\)\. /,
    );
  });
});

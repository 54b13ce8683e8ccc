import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  DataError,
  InputError,
  modelData,
  pairPredictions,
  prepareMetric,
  readPredictions,
  type ClassificationFile,
  type ClassifierData,
  type PredictionFile,
  type ReadPredictionsOptions,
} from "@mlops/shared";
import { scratchFolder } from "../data/temp-files.js";

const fixtures = fileURLToPath(new URL("../fixtures/predictions/", import.meta.url));
const write = scratchFolder();

const binaryOptions: ReadPredictionsOptions = {
  exampleScores: ["judge"],
  slices: ["site", "size"],
};

/** The file's columns as plain arrays, to compare reads of one table in several formats. */
function plain(file: PredictionFile) {
  const c = file as ClassificationFile;
  const names = (column: { codes: Int32Array; names: readonly string[] }) =>
    Array.from(column.codes, (code) => column.names[code]);
  return {
    rowCount: c.rowCount,
    ids: [...c.ids],
    labels: names(c.labels),
    predictions: c.predictions && names(c.predictions),
    scores:
      c.scores &&
      ("values" in c.scores ? [...c.scores.values] : c.scores.columns.map((a) => [...a])),
    latency: c.latency && [...c.latency],
    cost: c.cost && [...c.cost],
    judge: c.exampleScores.get("judge") && [...c.exampleScores.get("judge")!],
    slices: [...c.slices].map(([name, column]) => [name, names(column)]),
  };
}

/** The `DataError` a read rejects with. */
async function failure(path: string, options: ReadPredictionsOptions = {}): Promise<DataError> {
  const error = await readPredictions(path, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

/** The one line, problem and fix, of the `DataError` that `make` throws. */
function refusal(make: () => unknown): string {
  try {
    make();
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).line;
  }
  throw new Error("nothing was refused");
}

describe("reading predictions through the data engine", () => {
  it.each(["jsonl", "csv.gz", "jsonl.gz", "parquet"])(
    "reads the same columns from %s as from CSV",
    async (extension) => {
      const csv = await readPredictions(join(fixtures, "binary-champion.csv"), binaryOptions);
      const other = await readPredictions(
        join(fixtures, `binary-champion.${extension}`),
        binaryOptions,
      );
      expect(plain(other)).toEqual(plain(csv));
      expect(csv.rowCount).toBe(171);
    },
  );

  it("keeps each column in a typed array, and categories as codes with their names", async () => {
    const file = (await readPredictions(
      join(fixtures, "binary-champion.csv"),
      binaryOptions,
    )) as ClassificationFile;
    expect(file.task).toBe("classification");
    expect(file.labels.codes).toBeInstanceOf(Int32Array);
    expect(file.labels.numeric).toBe(true);
    expect(file.scores?.kind).toBe("positive");
    expect(file.latency).toBeInstanceOf(Float64Array);
    expect(file.slices.get("site")!.names).toEqual(
      expect.arrayContaining(["north", "south", "east", "west", "central"]),
    );
    expect(file.exampleScores.get("judge")).toBeInstanceOf(Float64Array);
  });

  it("reads one probability column per class, score_<class>, named by the class", async () => {
    const file = (await readPredictions(
      join(fixtures, "multiclass-champion.csv"),
    )) as ClassificationFile;
    expect(file.scores).toMatchObject({
      kind: "per-class",
      classes: ["class_0", "class_1", "class_2"],
    });
    expect(file.predictions).toBeUndefined();
  });

  it("reads a score column of JSON lists as one column per class, in sorted class order", async () => {
    const lists = modelData(
      await readPredictions(join(fixtures, "multiclass-champion-lists.jsonl")),
    ) as ClassifierData;
    const columns = modelData(
      await readPredictions(join(fixtures, "multiclass-champion.csv")),
    ) as ClassifierData;
    expect(lists.classes).toEqual(columns.classes);
    expect(lists.classScores).toEqual(columns.classScores);
    // Without a prediction column, the prediction is the most probable class.
    expect(lists.predictionsFromScores).toBe(true);
    expect(lists.predictions).toEqual(columns.predictions);
  });

  it("reads a regression file's label and prediction as numbers, missing latencies as NaN", async () => {
    const file = await readPredictions(join(fixtures, "regression-champion.csv"), {
      task: "regression",
    });
    expect(file).toMatchObject({ task: "regression", labels: expect.any(Float64Array) });
    const lists = await readPredictions(
      write("gaps.csv", "id,label,prediction,latency_ms\na,1.5,2,10\nb,2,2.5,\n"),
      { task: "regression" },
    );
    expect([...lists.latency!]).toEqual([10, Number.NaN]);
  });

  it("takes column names from the options, and reads a delimiter the format needs", async () => {
    const path = write("named.csv", "key;truth;p\nx;1;0.9\ny;0;0.2\n");
    const file = await readPredictions(path, {
      delimiter: ";",
      columns: { id: "key", label: "truth", score: "p" },
    });
    expect([...file.ids]).toEqual(["x", "y"]);
    expect(plain(file).scores).toEqual([0.9, 0.2]);
  });
});

describe("ids are read as text (as their bytes)", () => {
  it("keeps every digit of a long numeric id, and 007 apart from 7", async () => {
    const path = write(
      "ids.csv",
      "id,label,prediction\n12345678901234567891,1,1\n12345678901234567892,0,0\n007,1,1\n7,0,1\n",
    );
    const file = await readPredictions(path);
    expect([...file.ids]).toEqual(["12345678901234567891", "12345678901234567892", "007", "7"]);
  });

  it("reads the id column once more as text when another role reads it too", async () => {
    const path = write("shared-id.csv", "id,label,prediction\nx,1,1\ny,0,0\nx,1,0\n");
    const file = await readPredictions(path, { slices: ["id"] });
    expect([...file.ids]).toEqual(["x", "y", "x"]);
    expect(plain(file).slices).toEqual([["id", ["x", "y", "x"]]]);
  });

  it("reads the same columns in batches of any size", async () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `r${i},${i % 3 === 0 ? 1 : 0},${(i % 97) / 97}`,
    );
    const path = write("batches.csv", `id,label,score\n${rows.join("\n")}\n`);
    const whole = await readPredictions(path);
    for (const batchSize of [1, 7, 1000]) {
      expect(plain(await readPredictions(path, { batchSize }))).toEqual(plain(whole));
    }
  });

  it("reads JSON numbers as their text", async () => {
    const path = write(
      "ids.jsonl",
      '{"id": 7, "label": 1, "prediction": 1}\n{"id": "8", "label": 0, "prediction": 0}\n',
    );
    expect([...(await readPredictions(path)).ids]).toEqual(["7", "8"]);
  });
});

describe("a column the file lacks is one error naming the file, the column and the input", () => {
  const csv = write("few.csv", "key,y,p\na,1,0.5\n");

  it.each([
    ["id", {}, "'id'", "id-column"],
    ["label", { columns: { id: "key" } }, "'label'", "label-column"],
    [
      "latency set by name",
      { columns: { id: "key", label: "y", score: "p", latency: "ms" } },
      "'ms'",
      "latency-column",
    ],
    [
      "a per-example score",
      { columns: { id: "key", label: "y", score: "p" }, exampleScores: ["judge"] },
      "'judge'",
      "example-scores",
    ],
  ] as const)("%s", async (_, options, column, input) => {
    const error = await failure(csv, options as ReadPredictionsOptions);
    expect(error.message).toContain(csv);
    expect(error.message).toContain(`has no column ${column}`);
    expect(error.line).toContain(`Set input '${input}'`);
    expect(error.line).toContain("'key', 'y', 'p'");
  });

  it("names no input for a slice column, which no input names, and the column it misspells", async () => {
    const options = { columns: { id: "key", label: "y", score: "p" }, slices: ["yy"] };
    const error = await failure(csv, options);
    expect(error.line).toBe(
      `${csv}: has no column 'yy' to slice by. Did you mean 'y'? Name a column the file has, or add the column to it; its columns are 'key', 'y', 'p'`,
    );
  });

  it("names the input the caller gives for a role", async () => {
    const error = await failure(csv, { inputs: { id: "champion-id-column" } });
    expect(error.line).toContain("Set input 'champion-id-column'");
  });

  it("needs a prediction or a score for classification", async () => {
    const error = await failure(csv, { columns: { id: "key", label: "y" } });
    expect(error.message).toContain(
      "has neither a prediction column 'prediction' nor a score column 'score'",
    );
  });

  it("names a column once: the one a set name misspells is not guessed for another role", async () => {
    const path = write("named.csv", "row_id,y_true,y_pred,proba\na,1,1,0.9\n");
    const error = await failure(path, { columns: { id: "row_id", label: "y_pred_" } });
    expect(error.line).toBe(
      `${path}: has no column 'y_pred_' (the true label) nor a prediction column 'prediction' or score column 'score'. Set input 'label-column' to the column that holds the true label, likely 'y_pred'; 'prediction-column' to the column that holds the predicted class or value, or 'score-column' to the column that holds the predicted probability, likely 'proba'; the file's columns are 'row_id', 'y_true', 'y_pred', 'proba'`,
    );
  });

  it("needs a prediction for regression", async () => {
    const error = await failure(csv, { task: "regression", columns: { id: "key", label: "y" } });
    expect(error.message).toContain("has no column 'prediction'");
  });
});

describe("a bad cell is an error naming the file and line", () => {
  it.each([
    [
      "a missing label",
      "id,label,score\na,1,0.5\nb,,0.5\n",
      {},
      3,
      "column 'label': the label is missing",
    ],
    ["a missing id", "id,label,score\na,1,0.5\n,1,0.5\n", {}, 3, "column 'id': the id is missing"],
    [
      "a probability above 1",
      "id,label,score\na,1,0.5\nb,0,1.5\n",
      {},
      3,
      "1.5 is not a probability",
    ],
    [
      "a score that is not a number",
      "id,label,score\na,1,high\nb,0,0.5\n",
      {},
      2,
      '"high" is not a number',
    ],
    [
      "a list that is not of probabilities",
      'id,label,score\na,x,"[0.5, 0.5]"\nb,y,"[2, 0]"\n',
      {},
      3,
      '"[2, 0]" is not a list of probabilities',
    ],
    [
      "a latency that is not a number",
      "id,label,prediction,latency_ms\na,1,1,fast\nb,0,0,3\n",
      {},
      2,
      '"fast" is not a number',
    ],
    [
      "a regression label that is not a number",
      "id,label,prediction\na,1,1\nb,x,2\n",
      { task: "regression" },
      3,
      '"x" is not a number',
    ],
  ] as const)("%s", async (_, content, options, line, problem) => {
    const path = write("bad.csv", content);
    const error = await failure(path, options as ReadPredictionsOptions);
    expect(error.message).toContain(`${path}:${line}`);
    expect(error.message).toContain(problem);
  });

  it("a bad cell past the rows the engine typed the column from is named by the engine", async () => {
    const rows = Array.from({ length: 10_005 }, (_, i) => `r${i},1,0.5`).join("\n");
    const path = write("late.csv", `id,label,score\n${rows}\nlate,1,oops\n`);
    const error = await failure(path);
    expect(error.message).toContain(`${path}:10007`);
    expect(error.message).toContain('"oops" is not a number');
  });

  it("a score column the engine typed as text names its first cell that is not a number", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `r${i},1,0.5`).join("\n");
    const path = write("early.csv", `id,label,score\n${rows}\nlate,1,oops\n`);
    const error = await failure(path);
    expect(error.message).toContain(`${path}:32: column 'score': "oops" is not a number`);
  });

  it("a JSON list of probabilities must be as long as the first row's", async () => {
    const path = write(
      "lists.jsonl",
      '{"id": "a", "label": "x", "score": [0.5, 0.5]}\n{"id": "b", "label": "y", "score": [0.2, 0.3, 0.5]}\n',
    );
    const error = await failure(path);
    expect(error.message).toContain(`${path}:2`);
    expect(error.message).toContain("the list holds 3 probabilities, the first row's 2");
  });

  it("an empty file and a file of only a header are refused", async () => {
    expect((await failure(write("empty.csv", ""))).message).toContain("the file is empty");
    const header = await failure(write("header.csv", "id,label,score\n"));
    expect(header.message).toContain("holds no predictions");
    const gz = await failure(write("header.csv.gz", gzipSync("id,label,score\n")));
    expect(gz.message).toContain("holds no predictions");
  });
});

describe("classes and the positive class", () => {
  it("sorts numeric classes as numbers and takes the greater of two as positive", async () => {
    const path = write("num.csv", "id,label,prediction\na,10,2\nb,2,10\n");
    const data = modelData(await readPredictions(path)) as ClassifierData;
    expect(data.classes).toEqual(["2", "10"]);
    expect(data.positive).toBe(1);
  });

  it("completes a lone 0 or 1 to two classes when one score column gives the positive's probability", async () => {
    const path = write("ones.csv", "id,label,score\na,1,0.9\nb,1,0.4\n");
    const data = modelData(await readPredictions(path)) as ClassifierData;
    expect(data.classes).toEqual(["0", "1"]);
    expect([...data.predictions]).toEqual([1, 0]);
  });

  it("takes the positive label from the options, as the label column writes it", async () => {
    const path = write("words.csv", "id,label,score\na,spam,0.9\nb,ham,0.2\n");
    const data = modelData(await readPredictions(path), { positiveLabel: "ham" }) as ClassifierData;
    expect(data.classes).toEqual(["ham", "spam"]);
    expect(data.positive).toBe(0);
  });

  it("refuses a positive label that is not one of the two classes, naming the input", async () => {
    const path = write("words2.csv", "id,label,prediction\na,spam,spam\nb,ham,spam\n");
    const file = await readPredictions(path);
    expect(() => modelData(file, { positiveLabel: "eggs" })).toThrow(InputError);
    expect(() => modelData(file, { positiveLabel: "eggs" })).toThrow(
      /input 'positive-label'.*'eggs'/,
    );
  });

  it("refuses one score column for three classes, at the line of the third", async () => {
    const path = write("three.csv", "id,label,score\na,x,0.9\nb,y,0.2\nc,z,0.5\n");
    const file = await readPredictions(path);
    expect(() => modelData(file)).toThrow(DataError);
    expect(() => modelData(file)).toThrow(
      /three\.csv:4: column 'label': 'z' is a third class, after 'x' and 'y', but its one score column/,
    );
  });

  it("says which of two classes a third one, spelt with a stray space, likely means", async () => {
    const path = write("space.csv", "id,label,score\na,no,0.1\nb,yes,0.8\nc,yes ,0.7\n");
    const file = await readPredictions(path);
    expect(refusal(() => modelData(file))).toContain(
      `${path}:4: column 'label': 'yes ' is a third class, after 'no' and 'yes', but its one score column is the probability of the positive class of two. Did you mean 'yes' (it differs only by spaces)? Write 'no' or 'yes' there`,
    );
  });

  it("refuses a class that the per-class probability columns miss, at its first cell", async () => {
    const path = write(
      "gap.csv",
      "id,label,score_x,score_y\na,x,0.9,0.1\nb,y,0.2,0.8\nc,z,0.5,0.5\n",
    );
    const file = await readPredictions(path);
    expect(refusal(() => modelData(file))).toBe(
      `${path}:4: column 'label': 'z' is not one of the classes ('x', 'y'), those of this file's probability columns <score>_<class>. Write the class as its probability column names it; if 'z' is a class of its own, give it a probability column in each file`,
    );
  });
});

describe("the classes that probability columns name, and rows that sum to 1", () => {
  /** Three classes a, b, c, each with its probability column; `rows` as `id,label,prediction`. */
  const threeClasses = (name: string, rows: readonly string[], probabilities = "0.2,0.3,0.5") =>
    write(
      name,
      ["id,label,prediction,score_a,score_b,score_c", ...rows.map((r) => `${r},${probabilities}`)]
        .join("\n")
        .concat("\n"),
    );

  it.each([
    ["spaces", "b ", "it differs only by spaces"],
    ["case", "B", "it differs only by case"],
    ["spaces and case", " B", "it differs only by spaces and case"],
    ["a typo", "bb", undefined],
  ])(
    "names a predicted class that differs from one by %s, in the file and line that write it",
    async (_, written, how) => {
      const champion = await readPredictions(threeClasses("champion.csv", ["1,a,a", "2,b,b"]));
      const path = threeClasses("challenger.csv", ["1,a,a", `2,b,${written}`]);
      const challenger = await readPredictions(path);
      expect(refusal(() => pairPredictions(champion, challenger))).toBe(
        `${path}:3: column 'prediction': '${written}' is not one of the classes ('a', 'b', 'c'), those of both files' probability columns <score>_<class>. Did you mean 'b'${how ? ` (${how})` : ""}? Write the class as its probability column names it; if '${written}' is a class of its own, give it a probability column in each file`,
      );
    },
  );

  const composed = "Facturaci\u00f3n";
  const decomposed = composed.normalize("NFD");
  it.each([
    ["the prediction writes its accent decomposed", composed, decomposed, "it"],
    [
      "the probability column writes its accent decomposed",
      decomposed,
      composed,
      `'${decomposed}'`,
    ],
  ])(
    "says a predicted class differs from a class only in its Unicode normal form, and reads neither as the other: %s",
    async (_, scored, predicted, which) => {
      const path = write(
        "nfd.csv",
        `id,label,prediction,score_Env\u00edo,score_${scored}\n1,Env\u00edo,Env\u00edo,0.9,0.1\n2,${scored},${predicted},0.2,0.8\n`,
      );
      const file = await readPredictions(path);
      expect(refusal(() => modelData(file))).toBe(
        `${path}:3: column 'prediction': '${predicted}' is not one of the classes ('Env\u00edo', '${scored}'), those of this file's probability columns <score>_<class>. '${predicted}' differs from '${scored}' only in its Unicode normal form, so the two look the same: ${which} writes its accents decomposed (a letter, then a combining mark, as macOS often exports text). Normalize the file that writes them so to NFC (in Python, unicodedata.normalize("NFC", s) on each value). Write the class as its probability column names it; if '${predicted}' is a class of its own, give it a probability column in each file`,
      );
    },
  );

  it("blames the file that lacks a class's probability column which the other file gives", async () => {
    const champion = await readPredictions(threeClasses("champion.csv", ["1,a,a", "2,c,c"]));
    const path = write("challenger.csv", "id,label,prediction,score_a,score_b\n1,a,a,0.6,0.1\n");
    const challenger = await readPredictions(path);
    // Its rows sum to less than 1 as well, which is what the missing column makes of them.
    expect(refusal(() => pairPredictions(champion, challenger))).toBe(
      `${path}: has no probability column for class 'c'. Add a column <score>_<class> for every class`,
    );
  });

  it("takes a lone probability column as the positive class's of two, naming no other class", async () => {
    const path = write("positive.csv", "id,label,score_spam\n1,spam,0.9\n2,ham,0.2\n");
    const data = modelData(await readPredictions(path)) as ClassifierData;
    expect(data.classes).toEqual(["ham", "spam"]);
    expect([...data.positiveScores!]).toEqual([0.9, 0.2]);
  });

  it("refuses a row whose class probabilities do not sum to 1 to a metric of them, at its line", async () => {
    const rows = ["1,a,a,0.2,0.3,0.5", "2,b,b,0.5,0.3,0.1", "3,c,c,0.5,0.3,0.3"];
    const path = write(
      "sum.csv",
      ["id,label,prediction,score_a,score_b,score_c", ...rows].join("\n"),
    );
    const data = modelData(await readPredictions(path));
    for (const metric of ["log_loss", "roc_auc", "average_precision", "brier", "ece"]) {
      expect(refusal(() => prepareMetric(metric, data))).toBe(
        `${path}:3: column 'score_<class>': the probabilities of the 3 classes sum to 0.9, not 1: a metric of probabilities reads those of every class as one distribution (a sum within 0.015 of 1 is taken, as rounding 3 probabilities to 2 decimals leaves). Write every class's probability in each row as the model gives it (predict_proba, a softmax): all 3 classes, not the top k, to at least 2 decimals, so that each row sums to 1; or gate only metrics of the predicted classes and top_<k>_accuracy`,
      );
    }
    // A metric of the predicted classes reads no probability: each row is predicted right.
    expect(prepareMetric("accuracy", data).evaluate()).toBeCloseTo(1, 12);
  });

  it("refuses a row of two classes' probabilities off 1 with a fix that names no top-k accuracy", async () => {
    // Of two classes the top 2 hold every label, so top_<k>_accuracy is no way out.
    const path = write("two.csv", "id,label,score_0,score_1\n1,0,0.8,0.2\n2,1,0.1,0.6\n");
    const data = modelData(await readPredictions(path));
    expect(refusal(() => prepareMetric("log_loss", data))).toBe(
      `${path}:3: column 'score_<class>': the probabilities of the 2 classes sum to 0.7, not 1: a metric of probabilities reads those of every class as one distribution (a sum within 0.01 of 1 is taken, as rounding 2 probabilities to 2 decimals leaves). Write every class's probability in each row as the model gives it (predict_proba, a softmax): all 2 classes, not the top k, to at least 2 decimals, so that each row sums to 1; or gate only metrics of the predicted classes`,
    );
  });

  it("takes rows as probabilities rounded to two decimals sum, 0.99 and 1.01 of 3 classes", async () => {
    const rows = ["1,a,a,0.33,0.33,0.33", "2,b,b,0.34,0.34,0.33", "3,c,c,0.2,0.2,0.6"];
    const path = write(
      "two-decimals.csv",
      ["id,label,prediction,score_a,score_b,score_c", ...rows].join("\n"),
    );
    const data = modelData(await readPredictions(path));
    // Each row renormalised: -(log(1 / 3) + log(0.34 / 1.01) + log(0.6)) / 3.
    const expected = -(Math.log(1 / 3) + Math.log(0.34 / 1.01) + Math.log(0.6)) / 3;
    expect(prepareMetric("log_loss", data).evaluate()).toBeCloseTo(expected, 12);
  });

  it("takes a row within 0.01 of 1, as probabilities rounded to a few decimals sum", async () => {
    const rows = ["1,a,a,0.5,0.3,0.195", "2,b,b,0.334,0.334,0.334", "3,c,c,0.1,0.1,0.8"];
    const path = write(
      "rounded.csv",
      ["id,label,prediction,score_a,score_b,score_c", ...rows].join("\n"),
    );
    const data = modelData(await readPredictions(path));
    // Each row renormalised: -(log(0.5 / 0.995) + log(1 / 3) + log(0.8)) / 3.
    const expected = -(Math.log(0.5 / 0.995) + Math.log(1 / 3) + Math.log(0.8)) / 3;
    expect(prepareMetric("log_loss", data).evaluate()).toBeCloseTo(expected, 12);
  });

  it("refuses a JSON list of probabilities that does not sum to 1, at its line", async () => {
    const path = write(
      "lists.jsonl",
      ["a", "b", "c"]
        .map(
          (label, i) =>
            `{"id": "${i}", "label": "${label}", "score": [0.2, 0.3, ${i ? 0.6 : 0.5}]}\n`,
        )
        .join(""),
    );
    const file = await readPredictions(path);
    expect(refusal(() => prepareMetric("roc_auc", modelData(file)))).toContain(
      `${path}:2: column 'score': the probabilities of the 3 classes sum to 1.1, not 1: `,
    );
  });

  it("takes a float32 softmax over many classes, whose sums are off by its rounding", async () => {
    const classes = Array.from({ length: 1000 }, (_, k) => `c${k}`);
    // Logits spread over 0 to 20: a float32 softmax, each probability rounded to float32.
    const softmax = (row: number) => {
      const logits = classes.map((_, k) => Math.fround(((k * 7919 + row * 104729) % 1000) / 50));
      const top = Math.max(...logits);
      const exps = logits.map((z) => Math.fround(Math.exp(z - top)));
      const total = exps.reduce((a, b) => Math.fround(a + b), 0);
      return exps.map((e) => Math.fround(e / total));
    };
    const lines = Array.from({ length: 20 }, (_, row) => {
      const p = softmax(row);
      return [`r${row}`, classes[row]!, ...p.map((v) => String(v))].join(",");
    });
    const sums = lines.map((line) =>
      line
        .split(",")
        .slice(2)
        .map(Number)
        .reduce((a, b) => a + b, 0),
    );
    // The rounding is there, and well within the tolerance.
    expect(sums.some((s) => s !== 1)).toBe(true);
    expect(Math.max(...sums.map((s) => Math.abs(s - 1)))).toBeLessThan(1e-5);
    const header = ["id", "label", ...classes.map((c) => `score_${c}`)].join(",");
    const path = write("softmax.csv", [header, ...lines].join("\n"));
    const data = modelData(await readPredictions(path)) as ClassifierData;
    expect(data.classScores).toHaveLength(1000);
  });
});

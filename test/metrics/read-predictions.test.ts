import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  DataError,
  InputError,
  modelData,
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
    expect(file.task).toBe("regression");
    expect(file.labels).toBeInstanceOf(Float64Array);
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

  it("refuses per-class probability columns that miss a class", async () => {
    const path = write(
      "gap.csv",
      "id,label,score_x,score_y\na,x,0.9,0.1\nb,y,0.2,0.8\nc,z,0.5,0.5\n",
    );
    const file = await readPredictions(path);
    expect(() => modelData(file)).toThrow(/no probability column for class 'z'/);
  });
});

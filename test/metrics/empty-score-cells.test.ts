/**
 * A class's probability left empty, with three classes or more. A top-k export leaves the same
 * number of cells empty on every row, and is read: its rows are no distribution, so each metric
 * of probabilities refuses the file as a whole, while top-k accuracy and the predicted classes
 * read the classes given. Any other empty cell is a slip, refused when read at the row's first
 * empty cell, naming the file, the line and the column: read, it would turn the predicted class
 * into the best of the cells given, and accuracy would move without a word.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  DataError,
  MetricError,
  modelData,
  prepareMetric,
  readPredictions,
  type EvalReport,
  type MetricRow,
  type ModelData,
  type ReadPredictionsOptions,
} from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/** The metrics that read each row's probabilities of every class as one distribution. */
const OF_PROBABILITIES = ["log_loss", "brier", "ece", "roc_auc", "average_precision"];

/** Four examples of classes a, b and c, every probability given, each row summing to 1. */
const ROWS = ["1,a,0.7,0.2,0.1", "2,b,0.1,0.6,0.3", "3,c,0.2,0.2,0.6", "4,a,0.5,0.25,0.25"];
/**
 * The same examples as a top-2 export, each row's third class left empty. Line 3 (label b) puts
 * c above b, so that accuracy is 3 of 4 and top-2 accuracy 4 of 4.
 */
const TOP_2 = ["1,a,0.7,0.2,", "2,b,,0.3,0.6", "3,c,0.2,,0.6", "4,a,0.5,0.3,"];
const HEADER = "id,label,score_a,score_b,score_c";

/** The CSV of `rows` with the rows at `replaced` (index -> row) written otherwise. */
const csv = (rows: readonly string[], replaced: Record<number, string> = {}) =>
  [HEADER, ...rows.map((row, i) => replaced[i] ?? row)].join("\n") + "\n";

async function read(
  text: string,
  name = "predictions.csv",
  options: ReadPredictionsOptions = {},
): Promise<ModelData> {
  const { write } = tempDir();
  return modelData(await readPredictions(write(name, text), options));
}

/** The `DataError` that reading `text` rejects with. */
async function readRefusal(
  text: string,
  name = "predictions.csv",
  options: ReadPredictionsOptions = {},
): Promise<DataError> {
  const error = await read(text, name, options).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

/** The `MetricError` that preparing `metric` on `data` throws. */
function metricRefusal(metric: string, data: ModelData): MetricError {
  try {
    prepareMetric(metric, data).evaluate();
  } catch (error) {
    expect(error).toBeInstanceOf(MetricError);
    return error as MetricError;
  }
  throw new Error(`${metric} was computed from a top-k export`);
}

const FIX = "Give every class's probability on every row, or export the same top k on every row";
const WHY =
  "a file gives each row's probabilities of every class, or (a top-k export) of the same number of top classes";

describe("an empty probability cell in a file whose first row gives every class's", () => {
  it("is refused when read, at its line and column, with the fix", async () => {
    // Line 3 (the 2nd example) leaves class b's probability empty; its others sum to 0.4.
    const error = await readRefusal(csv(ROWS, { 1: "2,b,0.1,,0.3" }));
    expect(error.file).toMatch(/predictions\.csv$/);
    expect([error.lineNumber, error.column]).toEqual([3, "score_b"]);
    expect(error.line).toBe(
      `${error.file}:3: column 'score_b': 1 of the 3 classes' probabilities is empty, this one, and the first row gives every class's: ${WHY}. ${FIX}`,
    );
  });

  it("is refused also where the cells given still sum to 1, at the row's first empty cell", async () => {
    const text = [
      "id,label,score_a,score_b,score_c,score_d",
      "1,a,0.7,0.1,0.1,0.1",
      "2,d,0.1,0.1,0.1,0.7",
      "3,c,,0.4,0.6,",
    ].join("\n");
    const error = await readRefusal(`${text}\n`);
    expect([error.lineNumber, error.column]).toEqual([4, "score_a"]);
    expect(error.problem).toBe(
      `column 'score_a': 2 of the 4 classes' probabilities are empty, this one the first, and the first row gives every class's: ${WHY}`,
    );
  });

  it("of a JSON lines file, a null probability as an empty cell", async () => {
    const lines = [
      { id: "1", label: "a", score_a: 0.7, score_b: 0.2, score_c: 0.1 },
      { id: "2", label: "c", score_a: 0.3, score_b: null, score_c: 0.7 },
    ];
    const text = lines.map((line) => JSON.stringify(line)).join("\n") + "\n";
    const error = await readRefusal(text, "p.jsonl");
    expect([error.lineNumber, error.column]).toEqual([2, "score_b"]);
  });

  it("at the last of 5,000 rows read in batches of 512, past the off rows a read keeps aside", async () => {
    // Rows that sum to 0.5 are noted, the first 1,000 by line, and the rest only counted: the
    // check of the empty cells keeps the first row's count alone, whatever the row.
    const rows = Array.from({ length: 5000 }, (_, i) => `${i},a,0.2,0.2,0.1`);
    rows[4999] = "4999,a,0.2,0.2,";
    const error = await readRefusal(csv(rows), "predictions.csv", { batchSize: 512 });
    expect([error.lineNumber, error.column]).toEqual([5001, "score_c"]);
  });

  it("is refused at the first row where it is that row which leaves a cell empty", async () => {
    // The first row says how many classes each row gives; a later whole row says it slipped.
    const error = await readRefusal(csv(ROWS, { 0: "1,a,0.7,,0.1" }));
    expect(error.line).toBe(
      `${error.file}:2: column 'score_b': 1 of the 3 classes' probabilities is empty, this one, and line 3 gives every class's: ${WHY}. ${FIX}`,
    );
  });

  it("is refused whatever metric is gated: accuracy read from the rest would be 0.75, not 1", async () => {
    const { dir, write } = tempDir();
    write("champion.csv", csv(ROWS));
    write("challenger.csv", csv(ROWS, { 1: "2,b,0.1,,0.3" }));
    for (const metric of ["accuracy", "mcc", "f1_macro", "balanced_accuracy", "log_loss"]) {
      write(
        "policy.yml",
        `schema: mlops.gate-policy/v1\nmin-samples: 2\nmetrics:\n  ${metric}: { direction: ${metric === "log_loss" ? "lower" : "higher"}, max-regression: 0.5 }\n`,
      );
      const { code, stderr } = await mlops(
        [
          "eval-gate",
          ...["--challenger", "challenger.csv", "--champion", "champion.csv"],
          ...["--policy", "policy.yml", "--report-path", "report.json", "--comment", "never"],
        ],
        dir,
      );
      expect(code).toBe(1);
      expect(stderr).toBe(
        `mlops eval-gate: challenger.csv:3: column 'score_b': 1 of the 3 classes' probabilities is empty, this one, and the first row gives every class's: ${WHY}. ${FIX}\n`,
      );
      expect(existsSync(join(dir, "report.json"))).toBe(false);
    }
  });
});

describe("a top-k export, every row giving the same number of classes' probabilities", () => {
  it.each(OF_PROBABILITIES)(
    "refuses %s as data without a distribution, naming the file, its first row and empty cell",
    async (metric) => {
      const { write } = tempDir();
      const path = write("export.csv", csv(TOP_2));
      const error = metricRefusal(metric, modelData(await readPredictions(path)));
      expect(error.line).toBe(
        `metric '${metric}': reads each row's probabilities of every class as one distribution, and ${path} is a top-2 export: each row gives 2 of the 3 classes' probabilities (line 2 leaves column 'score_c' empty). Gate top_<k>_accuracy and metrics of the predicted classes on such a file, or write every class's probability on every row as the model gives it (predict_proba, a softmax); or give '${metric}' required: false in the policy to skip it where a file is a top-k export`,
      );
    },
  );

  it("predicts the class scored highest of those given, and ranks them for top-k accuracy", async () => {
    const data = await read(csv(TOP_2));
    expect(prepareMetric("accuracy", data).evaluate()).toBe(0.75);
    expect(prepareMetric("top_2_accuracy", data).evaluate()).toBe(1);
  });

  it("of a JSON lines file, a null or absent probability as an empty cell", async () => {
    const lines = [
      { id: "1", label: "a", score_a: 0.7, score_b: 0.2, score_c: null },
      { id: "2", label: "c", score_a: 0.3, score_c: 0.7 },
    ];
    const data = await read(lines.map((line) => JSON.stringify(line)).join("\n") + "\n", "p.jsonl");
    expect(prepareMetric("accuracy", data).evaluate()).toBe(1);
    expect(metricRefusal("log_loss", data).problem).toMatch(/is a top-2 export: .*\(line 1 /);
  });

  it("still judges the metrics of a prediction column, which read no probability", async () => {
    const predicted = TOP_2.map((row) => `${row},${row.split(",")[1]}`);
    const data = await read(csv(predicted).replace(HEADER, `${HEADER},prediction`));
    expect(prepareMetric("accuracy", data).evaluate()).toBe(1);
    expect(prepareMetric("mcc", data).evaluate()).toBe(1);
  });

  it("refuses a row that gives another number of classes, at its line", async () => {
    const error = await readRefusal(csv(TOP_2, { 2: "3,c,,,0.6" }));
    expect([error.lineNumber, error.column]).toEqual([4, "score_<class>"]);
    expect(error.line).toBe(
      `${error.file}:4: column 'score_<class>': the row gives 1 of the 3 classes' probabilities, and the first row (line 2) 2: ${WHY}. ${FIX}`,
    );
  });

  it("of JSON lines, refuses a class's key first seen past the rows the columns are read from", async () => {
    // Columns are the keys of the first 10,000 lines. A top-2 export that writes only each row's
    // two keys and ranks class d on line 10,001 alone gives there one class that is read.
    const pairs = [
      ["a", "b"],
      ["b", "c"],
      ["a", "c"],
    ];
    const lines = Array.from({ length: 10_005 }, (_, i) => {
      const [x, y] = i === 10_000 ? ["a", "d"] : pairs[i % 3]!;
      return JSON.stringify({ id: i, label: x, [`score_${x}`]: 0.6, [`score_${y}`]: 0.3 });
    });
    const error = await readRefusal(`${lines.join("\n")}\n`, "export.jsonl");
    expect(error.line).toBe(
      `${error.file}:10001: column 'score_d': first appears here, after the rows whose keys are the file's columns, so it is not read, and the row gives 1 of the 3 classes' probabilities read, the first row (line 1) 2. Write every class's key on the file's first row (null where the row gives no probability), or each row's probabilities as a JSON list in column 'score'`,
    );
  });

  it("refuses a row with every class's probability empty, at its line", async () => {
    const error = await readRefusal(csv(TOP_2, { 3: "4,a,,," }));
    expect(error.line).toBe(
      `${error.file}:5: column 'score_<class>': every class's probability is empty. Write each row's probabilities: of every class, or of its top classes with the rest empty or 0`,
    );
  });
});

describe("eval-gate on a top-k export's challenger against a champion of whole rows", () => {
  async function gate(metrics: string) {
    const { dir, write } = tempDir();
    write("champion.csv", csv(ROWS));
    write("challenger.csv", csv(TOP_2));
    write("policy.yml", `schema: mlops.gate-policy/v1\nmin-samples: 2\nmetrics:\n${metrics}`);
    const run = await mlops(
      [
        "eval-gate",
        ...["--challenger", "challenger.csv", "--champion", "champion.csv"],
        ...["--policy", "policy.yml", "--report-path", "report.json", "--comment", "never"],
      ],
      dir,
    );
    const path = join(dir, "report.json");
    const report = existsSync(path)
      ? (JSON.parse(readFileSync(path, "utf8")) as EvalReport)
      : undefined;
    return { ...run, report };
  }

  it.each(OF_PROBABILITIES)(
    "refuses a required %s in one line naming the export, and writes no report",
    async (metric) => {
      const lower = metric === "log_loss" || metric === "brier" || metric === "ece";
      const { code, stderr, report } = await gate(
        `  ${metric}: { direction: ${lower ? "lower" : "higher"}, max-regression: 0.05 }\n`,
      );
      expect(code).toBe(1);
      expect(stderr).toMatch(
        new RegExp(
          `^mlops eval-gate: metric '${metric}': reads each row's probabilities of every class as one distribution, and challenger\\.csv is a top-2 export: [^\\n]*required: false in the policy to skip it where a file is a top-k export\\n$`,
        ),
      );
      expect(report).toBeUndefined();
    },
  );

  it("skips one the policy does not require, with its reason, and judges the rest", async () => {
    const { report } = await gate(
      "  accuracy: { direction: higher, max-regression: 0.5 }\n  log_loss: { direction: lower, max-regression: 0.05, required: false }\n",
    );
    const gated = new Map(
      report!.rows
        .filter((row): row is MetricRow => row.gated && row.slice === null)
        .map((row) => [row.metric, row]),
    );
    expect(gated.get("log_loss")).toMatchObject({
      status: "skipped",
      champion: null,
      challenger: null,
      reason:
        "reads each row's probabilities of every class as one distribution, and challenger.csv is a top-2 export: each row gives 2 of the 3 classes' probabilities (line 2 leaves column 'score_c' empty); not required",
    });
    // Line 3 of the challenger (label b) predicts c, the higher of the two classes given.
    expect(gated.get("accuracy")).toMatchObject({ champion: 1, challenger: 0.75 });
    // Ungated, the champion's whole rows still give a value; the export none.
    const ungated = new Map(
      report!.rows.filter((row) => !row.gated).map((row) => [row.metric, row]),
    );
    for (const metric of OF_PROBABILITIES.filter((name) => name !== "log_loss")) {
      expect(ungated.get(metric)).toMatchObject({ challenger: null });
      expect(ungated.get(metric)!.champion).not.toBeNull();
    }
  });
});

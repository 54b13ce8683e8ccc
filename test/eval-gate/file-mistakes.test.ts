/**
 * Mistakes in how a predictions file is written, each refused by `mlops eval-gate` in one line
 * that names the file that holds it (and its line) and says how to fix it: a class spelt another
 * way than its probability column, a probability column of a class only that file has, class
 * probabilities that are no distribution (at a row that pairs, where a gated metric reads them),
 * a bare NaN in JSON Lines, a CSV with another separator. A `.tsv` file is read with tabs, and
 * an `.ndjson` file as JSON Lines.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readMetrics } from "@mlops/shared";
import { failureLine } from "../helpers/failure-line.js";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const ACCURACY = "metrics:\n  accuracy: {direction: higher, max-regression: 0.05}\n";

/** Runs the gate on the files, named `challenger.<ext>` and `champion.<ext>`. */
async function gate(
  files: { challenger: string; champion: string },
  ext = "csv",
  policy = ACCURACY,
) {
  const { dir, write } = tempDir();
  write("policy.yml", policy);
  write(`challenger.${ext}`, files.challenger);
  write(`champion.${ext}`, files.champion);
  const run = await mlops(
    [
      "eval-gate",
      ...["--challenger", `challenger.${ext}`, "--champion", `champion.${ext}`],
      ...["--policy", "policy.yml", "--report-path", "out/report.json"],
      ...["--comment-path", "out/comment.md"],
    ],
    dir,
  );
  const path = join(dir, "out", "report.json");
  const report = existsSync(path)
    ? (JSON.parse(readFileSync(path, "utf8")) as {
        mode: string;
        rows: { metric: string; challenger: number | null }[];
      })
    : undefined;
  return { ...run, wrote: existsSync(join(dir, "out")), mode: report?.mode, report };
}

/** The one line a refusal prints, having written nothing. */
async function refusal(
  files: { challenger: string; champion: string },
  ext = "csv",
  policy?: string,
) {
  const run = await gate(files, ext, policy);
  expect(run.code).toBe(1);
  expect(run.wrote).toBe(false);
  return run.stderr.trim();
}

const CLASSES = ["Barbera", "Barolo", "Grignolino"];

/** Twelve wines of three classes, each predicted right, with a probability column per class. */
function wines(probabilities: (row: number) => readonly number[] = (row) => onehot(row)) {
  const header = ["id", "label", "prediction", ...CLASSES.map((c) => `score_${c}`)];
  const rows = Array.from({ length: 12 }, (_, i) => {
    const label = CLASSES[i % 3]!;
    return [`w${i}`, label, label, ...probabilities(i)].join(",");
  });
  return [header.join(","), ...rows].join("\n") + "\n";
}

const onehot = (row: number) => CLASSES.map((_, k) => (k === row % 3 ? 0.8 : 0.1));

describe("eval-gate on a class written otherwise than its probability column", () => {
  it("names the challenger's cell of 'Barolo ', not the champion, though the policy reads no score", async () => {
    // Line 3 is w1, a Barolo.
    const challenger = wines().replace("w1,Barolo,Barolo,", "w1,Barolo,Barolo ,");
    expect(await refusal({ challenger, champion: wines() })).toBe(
      "mlops eval-gate: challenger.csv:3: column 'prediction': 'Barolo ' is not one of the classes ('Barbera', 'Barolo', 'Grignolino'), those of both files' probability columns <score>_<class>. Did you mean 'Barolo' (it differs only by spaces)? Write the class as its probability column names it; if 'Barolo ' is a class of its own, give it a probability column in each file",
    );
  });

  it("names a label in another case, in the file that writes it", async () => {
    const champion = wines().replace("w4,Barolo,Barolo,", "w4,barolo,Barolo,");
    expect(await refusal({ challenger: wines(), champion })).toMatch(
      /^mlops eval-gate: champion\.csv:6: column 'label': 'barolo' is not one of the classes .* Did you mean 'Barolo' \(it differs only by case\)\?/,
    );
  });

  it("says that a class spelt with a decomposed accent, as macOS exports text, differs only in its Unicode normal form", async () => {
    const composed = "Grignolin\u00f2";
    const accented = (file: string) => file.replaceAll("Grignolino", composed);
    // Line 4 is w2, a Grignolinò.
    const challenger = accented(wines()).replace(
      `w2,${composed},${composed},`,
      `w2,${composed},${composed.normalize("NFD")},`,
    );
    expect(await refusal({ challenger, champion: accented(wines()) })).toBe(
      `mlops eval-gate: challenger.csv:4: column 'prediction': '${composed.normalize("NFD")}' is not one of the classes ('Barbera', 'Barolo', '${composed}'), those of both files' probability columns <score>_<class>. '${composed.normalize("NFD")}' differs from '${composed}' only in its Unicode normal form, so the two look the same: it writes its accents decomposed (a letter, then a combining mark, as macOS often exports text). Normalize the file that writes them so to NFC (in Python, unicodedata.normalize("NFC", s) on each value). Write the class as its probability column names it; if '${composed.normalize("NFD")}' is a class of its own, give it a probability column in each file`,
    );
  });
});

describe("eval-gate on a probability column that only one file has", () => {
  /** The file with a probability column of one more class, 0 in every row. */
  const withNebbiolo = (file: string) =>
    file.replace(/\n/, ",score_Nebbiolo\n").replace(/(?<=\d)\n/g, ",0\n");

  it.each([
    ["challenger", "champion"],
    ["champion", "challenger"],
  ])(
    "names both the %s, whose column no label or prediction needs, and the %s that lacks it, with either fix",
    async (odd, lacking) => {
      // An extra class of the model, or one a sample of many classes holds no row of: the files
      // alone cannot tell which.
      const files = { challenger: wines(), champion: wines(), [odd]: withNebbiolo(wines()) };
      expect(await refusal(files)).toBe(
        `mlops eval-gate: ${lacking}.csv: has no probability column for class 'Nebbiolo', which the other file, ${odd}.csv, has, and no label or predicted class of either file is 'Nebbiolo'. If 'Nebbiolo' is a class of the task, add its column to this file as the other names it; if it is not (a class the model knows and the task does not), drop the column from the other file`,
      );
    },
  );

  it("names the file that lacks the positive class's column of two, though no row holds that class", async () => {
    // A batch of negatives: every label and prediction is "no"; "yes" is the positive class.
    const rows = (columns: string) =>
      [
        "id,label,prediction," + columns,
        ...Array.from(
          { length: 8 },
          (_, i) => `r${i},no,no,0.9${columns.includes(",") ? ",0.1" : ""}`,
        ),
      ].join("\n") + "\n";
    expect(
      await refusal({ challenger: rows("score_no,score_yes"), champion: rows("score_no") }),
    ).toBe(
      "mlops eval-gate: champion.csv: has no probability column for class 'yes'. Add a column <score>_<class> for the positive class",
    );
  });

  it("names the file that lacks the column of a class a label holds", async () => {
    const nebbiolo = (file: string) => file.replace("w0,Barbera,", "w0,Nebbiolo,");
    const refused = await refusal({
      challenger: nebbiolo(wines()),
      champion: withNebbiolo(nebbiolo(wines())),
    });
    expect(refused).toBe(
      "mlops eval-gate: challenger.csv: has no probability column for class 'Nebbiolo'. Add a column <score>_<class> for every class",
    );
  });
});

describe("eval-gate on class probabilities that do not sum to 1", () => {
  const LOG_LOSS = "metrics:\n  log_loss: {direction: lower, max-regression: 0.1}\n";
  const policy = `${ACCURACY}  log_loss: {direction: lower, max-regression: 0.1}\n`;
  // Row 7 (line 8) sums to 0.9: a class's probability left out.
  const cut = () => wines((row) => (row === 6 ? [0.7, 0.1, 0.1] : onehot(row)));

  it("refuses the row with its sum where a gated metric reads the probabilities", async () => {
    expect(await refusal({ challenger: cut(), champion: wines() }, "csv", policy)).toBe(
      "mlops eval-gate: challenger.csv:8: column 'score_<class>': the probabilities of the 3 classes sum to 0.9, not 1: a metric of probabilities reads those of every class as one distribution (a sum within 0.015 of 1 is taken, as rounding 3 probabilities to 2 decimals leaves). Write every class's probability in each row as the model gives it (predict_proba, a softmax): all 3 classes, not the top k, to at least 2 decimals, so that each row sums to 1; or gate only metrics of the predicted classes and top_<k>_accuracy",
    );
  });

  // Line 2 holds w99, which only the challenger has, and which sums to 0.9 too.
  const unpaired = (file: string) => file.replace("\n", "\nw99,Barbera,Barbera,0.7,0.1,0.1\n");

  it("names a row that pairs, not one before it that only the challenger has", async () => {
    expect(await refusal({ challenger: unpaired(cut()), champion: wines() }, "csv", policy)).toBe(
      "mlops eval-gate: challenger.csv:9: column 'score_<class>': the probabilities of the 3 classes sum to 0.9, not 1: a metric of probabilities reads those of every class as one distribution (a sum within 0.015 of 1 is taken, as rounding 3 probabilities to 2 decimals leaves). Write every class's probability in each row as the model gives it (predict_proba, a softmax): all 3 classes, not the top k, to at least 2 decimals, so that each row sums to 1; or gate only metrics of the predicted classes and top_<k>_accuracy",
    );
  });

  it("judges the probabilities where only rows that pair with none are off", async () => {
    const challenger = unpaired(wines());
    const run = await gate(
      { challenger, champion: wines() },
      "csv",
      `max-unpaired: 10%\n${policy}`,
    );
    expect(run.wrote).toBe(true);
    expect(run.stderr).not.toContain("sum to");
    // Every paired row gives its label 0.8.
    const logLoss = run.report!.rows.find((r) => r.metric === "log_loss")!;
    expect(logLoss.challenger).toBeCloseTo(-Math.log(0.8), 12);
  });

  it("names the paired row by its id past the first thousand rows that are off, none paired", async () => {
    const extra = Array.from({ length: 1000 }, (_, i) => `x${i},Barbera,Barbera,0.7,0.1,0.1`);
    const challenger = cut().replace("\n", `\n${extra.join("\n")}\n`);
    expect(await refusal({ challenger, champion: wines() }, "csv", policy)).toBe(
      "mlops eval-gate: challenger.csv: column 'score_<class>': the probabilities of the 3 classes of id \"w6\" sum to 0.9, not 1: a metric of probabilities reads those of every class as one distribution (a sum within 0.015 of 1 is taken, as rounding 3 probabilities to 2 decimals leaves). Write every class's probability in each row as the model gives it (predict_proba, a softmax): all 3 classes, not the top k, to at least 2 decimals, so that each row sums to 1; or gate only metrics of the predicted classes and top_<k>_accuracy",
    );
  });

  it("judges metrics of the predicted classes whatever the probabilities sum to", async () => {
    const run = await gate({ challenger: cut(), champion: wines() });
    expect(run.wrote).toBe(true);
    expect(run.stderr).not.toContain("sum to");
    expect(run.mode).toBe("predictions");
  });

  it("takes rows that sum to 1 but for float rounding", async () => {
    const third = Math.fround(1 / 3);
    const challenger = wines(() => [third, third, third]);
    const run = await gate({ challenger, champion: wines() }, "csv", policy);
    expect(run.stderr).not.toContain("sum to");
    expect(run.mode).toBe("predictions");
  });

  // A softmax written to 3 decimals, as a model's output often is: rows sum to 0.999 or 1.001.
  const logits = (row: number) =>
    CLASSES.map((_, k) => (k === row % 3 ? 1.2 : 0) + ((row * (k + 2)) % 5) / 4);
  const rounded = (row: number) => {
    const exps = logits(row).map(Math.exp);
    const total = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => Number((e / total).toFixed(3)));
  };

  it.each([
    ["accuracy", ACCURACY],
    ["log_loss", LOG_LOSS],
  ])("takes probabilities rounded to 3 decimals under %s, as written", async (metric, policy) => {
    const sums = Array.from({ length: 12 }, (_, row) => rounded(row).reduce((a, b) => a + b, 0));
    // Off by more than float32 rounding (its epsilon's square root, 3.5e-4), not by 0.01.
    expect(sums.some((sum) => Math.abs(sum - 1) > 3.5e-4)).toBe(true);
    expect(sums.every((sum) => Math.abs(sum - 1) <= 0.01)).toBe(true);
    const run = await gate({ challenger: wines(rounded), champion: wines() }, "csv", policy);
    expect(run.stderr).not.toContain("sum to");
    const row = run.report!.rows.find((r) => r.metric === metric)!;
    // Every row is predicted right.
    if (metric === "accuracy") return expect(row.challenger).toBeCloseTo(1, 12);
    // Log loss renormalises each row, as scikit-learn does: the mean of -log(p_label / sum).
    const expected =
      Array.from({ length: 12 }, (_, row) => {
        const p = rounded(row);
        return -Math.log(p[row % 3]! / p.reduce((a, b) => a + b, 0));
      }).reduce((a, b) => a + b, 0) / 12;
    expect(row.challenger).toBeCloseTo(expected, 12);
  });
});

describe("eval-gate on files written with another separator or NaN", () => {
  const binary = (sep: string) =>
    [
      ["id", "label", "prediction"],
      ...Array.from({ length: 10 }, (_, i) => [`e${i}`, i % 2, i % 2]),
    ]
      .map((cells) => cells.join(sep))
      .join("\n") + "\n";

  it("refuses a semicolon-separated CSV beside a comma-separated one, not as a metrics file", async () => {
    expect(await refusal({ challenger: binary(";"), champion: binary(",") })).toBe(
      'mlops eval-gate: challenger.csv:1: is not comma-separated: its first line is one field with semicolons in it ("id;label;prediction"). Write it with commas between fields, as pandas\' to_csv does unless given another sep',
    );
  });

  it("refuses a tab-separated .csv, saying a .tsv is read with tabs", async () => {
    expect(await refusal({ challenger: binary(","), champion: binary("\t") })).toBe(
      'mlops eval-gate: champion.csv:1: is not comma-separated: its first line is one field with tabs in it ("id\\tlabel\\tprediction"). Write it with commas between fields, as pandas\' to_csv does unless given another sep, or name it .tsv, which is read with tabs',
    );
  });

  it("reads .tsv predictions with tabs between fields", async () => {
    const run = await gate({ challenger: binary("\t"), champion: binary("\t") }, "tsv");
    expect(run.mode).toBe("predictions");
  });

  it("refuses a metrics CSV written with semicolons, at its first line", () => {
    const path = tempDir().write("metrics.csv", "accuracy;0.91\nf1;0.88\n");
    expect(failureLine(() => readMetrics(path, "metrics.csv"))).toBe(
      'metrics.csv:1: is not comma-separated: its first line is one field with semicolons in it ("accuracy;0.91"). Write it with commas between fields, as pandas\' to_csv does unless given another sep',
    );
  });

  const jsonl = (nanAt?: number) =>
    Array.from(
      { length: 10 },
      (_, i) =>
        `{"id": "e${i}", "label": ${i % 2}, "score": ${i === nanAt ? "NaN" : i % 2 ? 0.9 : 0.1}}\n`,
    ).join("");

  it("reads .ndjson files as JSON Lines, as pandas users and BigQuery exports name them", async () => {
    const run = await gate({ challenger: jsonl(), champion: jsonl() }, "ndjson");
    expect(run.mode).toBe("predictions");
    // Every row is predicted right by its score: 0.9 for the 1s, 0.1 for the 0s.
    expect(run.report!.rows.find((r) => r.metric === "accuracy")!.challenger).toBeCloseTo(1, 12);
    // Told from a metrics log by its keys, as a .jsonl file is.
    const log = `{"step": 1, "accuracy": 0.9}\n{"step": 2, "accuracy": 0.91}\n`;
    expect((await gate({ challenger: log, champion: log }, "ndjson")).mode).toBe("aggregate");
    const sklearn = jsonl().replaceAll('"id"', '"row_id"').replaceAll('"label"', '"y_true"');
    expect(await refusal({ challenger: sklearn, champion: jsonl() }, "ndjson")).toBe(
      "mlops eval-gate: challenger.ndjson: is read as per-example predictions, as its keys 'row_id', 'y_true', 'score' are named as other tools name their columns, but it has no column 'id' (the id of each example) nor 'label' (the true label). Set input 'id-column' to the column that holds the id of each example, likely 'row_id'; 'label-column' to the column that holds the true label, likely 'y_true'; the file's columns are 'row_id', 'y_true', 'score'",
    );
  });

  it("reads the bare NaN that Python's json.dumps writes in JSON Lines as pandas does, a missing score", async () => {
    // On the first line too, where the file is told from a metrics log by its keys.
    for (const [nanAt, line] of [
      [3, 4],
      [0, 1],
    ]) {
      expect(await refusal({ challenger: jsonl(nanAt), champion: jsonl() }, "jsonl")).toBe(
        `mlops eval-gate: challenger.jsonl:${line}: column 'score': the score is missing. Write the score as a probability from 0 to 1`,
      );
    }
    // A label too, as null is: never read as a class named NaN.
    const label = jsonl().replace('"label": 1,', '"label": NaN,');
    expect(await refusal({ challenger: label, champion: jsonl() }, "jsonl")).toMatch(
      /^mlops eval-gate: challenger\.jsonl:2: column 'label': the label is missing/,
    );
  });

  it("still reads a metrics log whose first line holds a NaN, as a diverged step writes it", async () => {
    const log = (first: string) =>
      `{"step": 1, "accuracy": ${first}}\n{"step": 2, "accuracy": 0.91}\n`;
    const run = await gate({ challenger: log("NaN"), champion: log("0.5") }, "jsonl");
    expect(run.code).toBe(0);
    expect(run.mode).toBe("aggregate");
  });
});

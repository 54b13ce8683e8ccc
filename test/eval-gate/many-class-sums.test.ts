/**
 * Rows of 1,000 classes' probabilities, as a model prints them: rounded to 3 to 6 decimals they
 * are taken as written, as text or as the float32 of the rounded number written out as a double,
 * while a top-k export, whose row sums to what its k classes hold, is refused where a metric
 * reads the probabilities as one distribution. So are 10 classes rounded to 2 decimals.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { EvalReport } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { seededRandom } from "../helpers/seeded-random.js";
import { tempDir } from "../helpers/temp-dir.js";

/** Class names that sort as their index. */
const className = (c: number) => `c${String(c).padStart(4, "0")}`;

/**
 * A softmax of `count` examples over `classes` classes: logits of spread 2, the label's raised by
 * 6, so that its probability stays far from 0 at any decimals. Unrounded, row by row.
 */
function softmaxRows(classes: number, count: number): { labels: number[]; rows: number[][] } {
  const random = seededRandom(7);
  // Box-Muller: a standard normal draw from two uniform ones.
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const labels = Array.from({ length: count }, () => Math.floor(random() * classes));
  const rows = labels.map((label) => {
    const logits = Array.from({ length: classes }, (_, c) => 2 * normal() + (c === label ? 6 : 0));
    const top = Math.max(...logits);
    const exps = logits.map((z) => Math.exp(z - top));
    const total = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => e / total);
  });
  return { labels, rows };
}

/**
 * A probability as a file writes it to `decimals` decimals; with `float32`, as a float32 softmax
 * rounded so is written out as a double (PyTorch's `.round(decimals=2).tolist()`, NumPy's
 * `astype(float64)`: `0.5299999713897705` for 0.53).
 */
const written = (p: number, decimals: number, float32: boolean) =>
  float32 ? String(Math.fround(Number(p.toFixed(decimals)))) : p.toFixed(decimals);

/** `count` examples of `classes` classes, the files of their probabilities, and a gate on them. */
function examples(classes: number, count: number) {
  const { labels, rows } = softmaxRows(classes, count);
  const header = `id,label,${[...Array(classes).keys()].map((c) => `score_${className(c)}`).join(",")}`;
  /** A predictions file of `cells` per example, each row's probabilities as written. */
  const file = (cells: readonly (readonly string[])[]) =>
    `${header}\n${cells.map((row, i) => `e${i},${className(labels[i]!)},${row.join(",")}`).join("\n")}\n`;
  const printed = (decimals: number, float32 = false) =>
    rows.map((row) => row.map((p) => written(p, decimals, float32)));
  /** Gates log loss of the challenger's file against the champion's, unrounded to 6 decimals. */
  async function gate(challenger: string) {
    const { dir, write } = tempDir();
    write("champion.csv", file(printed(6)));
    write("challenger.csv", challenger);
    write(
      "policy.yml",
      "schema: mlops.gate-policy/v1\nmin-samples: 10\nmetrics:\n  log_loss: {direction: lower, max-regression: 0.5}\n",
    );
    const run = await mlops(
      [
        "eval-gate",
        ...[
          "--challenger",
          "challenger.csv",
          "--champion",
          "champion.csv",
          "--policy",
          "policy.yml",
        ],
        ...["--report-path", "report.json", "--comment-path", "comment.md", "--comment", "never"],
      ],
      dir,
    );
    const path = join(dir, "report.json");
    const report = existsSync(path)
      ? (JSON.parse(readFileSync(path, "utf8")) as EvalReport)
      : undefined;
    return { ...run, report };
  }
  return { labels, rows, file, printed, gate };
}

/** Each row's sum of its probabilities as written. */
const sumsOf = (cells: readonly (readonly string[])[]) =>
  cells.map((row) => row.reduce((sum, p) => sum + Number(p), 0));

/**
 * scikit-learn's log loss of `cells`: each row divided by its sum, the label's share's negative
 * log; a probability printed as 0 is clipped to 2.2e-16, which moves no sum at these tolerances.
 */
const logLossOf = (cells: readonly (readonly string[])[], labels: readonly number[]) => {
  const sums = sumsOf(cells);
  return (
    cells.reduce((loss, row, i) => loss - Math.log(Number(row[labels[i]!]) / sums[i]!), 0) /
    cells.length
  );
};

const CLASSES = 1000;
const ROWS = 40;
const { labels, rows, file, printed, gate } = examples(CLASSES, ROWS);

describe("eval-gate on 1,000 classes' probabilities", () => {
  it.each(
    [3, 4, 5, 6].flatMap((decimals) => [[decimals, false] as const, [decimals, true] as const]),
  )(
    "takes a softmax printed to %i decimals (as float32: %s) as written, log loss renormalising each row",
    async (decimals, float32) => {
      const cells = printed(decimals, float32);
      // At 3 decimals, rounding leaves some rows further from 1 than the least tolerance (0.01).
      if (decimals === 3)
        expect(Math.max(...sumsOf(cells).map((s) => Math.abs(s - 1)))).toBeGreaterThan(0.01);
      const { stderr, report } = await gate(file(cells));
      expect(stderr).not.toContain("sum to");
      const logLoss = report!.rows.find((r) => r.metric === "log_loss")!;
      expect(logLoss.challenger).toBeCloseTo(logLossOf(cells, labels), 9);
    },
  );

  /** Each row's 5 most probable classes, the rest written as 0: what a top-5 export holds. */
  const topFive = (row: readonly number[], decimals: number, float32 = false) => {
    const kept = new Set([...row.keys()].sort((a, b) => row[b]! - row[a]!).slice(0, 5));
    return row.map((p, c) => written(kept.has(c) ? p : 0, decimals, float32));
  };

  it("refuses a top-5 export whose row sums to 0.5, at its line, with its sum and the fix", async () => {
    const cells = printed(6);
    // Example 3 (line 5): its top 5 hold half of the distribution.
    cells[3] = [...Array(CLASSES).keys()].map((c) =>
      c < 5 ? ["0.312345", "0.087654", "0.050001", "0.030000", "0.020000"][c]! : "0.000000",
    );
    const { code, stderr } = await gate(file(cells));
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      "mlops eval-gate: challenger.csv:5: column 'score_<class>': the probabilities of the 1000 classes sum to 0.5, not 1: a metric of probabilities reads those of every class as one distribution (a sum within 0.01 of 1 is taken, the least taken: rounding 1000 probabilities to 5 decimals or more leaves less). Write every class's probability in each row as the model gives it (predict_proba, a softmax): all 1000 classes, not the top k, to at least 4 decimals, so that each row sums to 1; or gate only metrics of the predicted classes and top_<k>_accuracy",
    );
  });

  it.each([false, true])(
    "refuses a top-5 export printed to 3 decimals (as float32: %s) once past the most any rounding is taken to leave",
    async (float32) => {
      const cells = rows.map((row) => topFive(row, 3, float32));
      const sums = sumsOf(cells);
      const first = sums.findIndex((sum) => Math.abs(sum - 1) > 0.1);
      expect(first).toBeGreaterThanOrEqual(0);
      const { code, stderr } = await gate(file(cells));
      expect(code).toBe(1);
      expect(stderr).toContain(
        `challenger.csv:${first + 2}: column 'score_<class>': the probabilities of the 1000 classes sum to ${Number(sums[first]!.toPrecision(6))}, not 1: a metric of probabilities reads those of every class as one distribution (a sum within 0.1 of 1 is taken, and no further: rounding 1000 probabilities to 3 decimals may leave more, but so does a row missing a tenth of its distribution)`,
      );
    },
  );

  it("refuses a top-5 export printed to 6 decimals where the rest of the row held more than 0.01", async () => {
    const cells = rows.map((row) => topFive(row, 6));
    const sums = sumsOf(cells);
    // The rows 6 decimals can tell from rounding: all those missing more than the least tolerance.
    const first = sums.findIndex((sum) => Math.abs(sum - 1) > 0.01);
    expect(first).toBeGreaterThanOrEqual(0);
    const { code, stderr } = await gate(file(cells));
    expect(code).toBe(1);
    expect(stderr).toContain(`challenger.csv:${first + 2}: column 'score_<class>'`);
  });
});

describe("eval-gate on 10 classes' probabilities of a float32 softmax printed to 2 decimals", () => {
  // A softmax of 10 classes rounded to 2 decimals sums to 1 within 10 x 0.005 = 0.05.
  const ten = examples(10, 200);

  it.each([false, true])(
    "takes rows off by up to 0.05, written as float32 (%s) or as printed",
    async (float32) => {
      const cells = ten.printed(2, float32);
      const off = sumsOf(cells).map((sum) => Math.abs(sum - 1));
      // Further than the least tolerance (0.01) that a row of more decimals would get.
      expect(off.filter((o) => o > 0.01).length).toBeGreaterThan(10);
      expect(Math.max(...off)).toBeLessThanOrEqual(0.05);
      const { stderr, report } = await ten.gate(ten.file(cells));
      expect(stderr).not.toContain("sum to");
      const logLoss = report!.rows.find((r) => r.metric === "log_loss")!;
      expect(logLoss.challenger).toBeCloseTo(logLossOf(cells, ten.labels), 9);
    },
  );

  /** The float32 rows with the first (line 2) replaced by `first` and nine times 0.1. */
  const withFirstRow = (first: number) => {
    const cells = ten.printed(2, true);
    cells[0] = [first, ...Array<number>(9).fill(0.1)].map((p) => written(p, 2, true));
    return cells;
  };

  it("takes a row at the bound, whose float32 sum is a hair past 1.05", async () => {
    // Each float32 is a little above its decimals: 0.15 + 9 x 0.1 adds to 1.0500000193715096.
    const cells = withFirstRow(0.15);
    const { stderr, report } = await ten.gate(ten.file(cells));
    expect(stderr).not.toContain("sum to");
    const logLoss = report!.rows.find((r) => r.metric === "log_loss")!;
    expect(logLoss.challenger).toBeCloseTo(logLossOf(cells, ten.labels), 9);
  });

  it("refuses a row one hundredth past the bound, at its line", async () => {
    const { code, stderr } = await ten.gate(ten.file(withFirstRow(0.16)));
    expect(code).toBe(1);
    expect(stderr).toContain(
      "challenger.csv:2: column 'score_<class>': the probabilities of the 10 classes sum to 1.06, not 1: a metric of probabilities reads those of every class as one distribution (a sum within 0.05 of 1 is taken, as rounding 10 probabilities to 2 decimals leaves)",
    );
  });
});

// How long the paired-comparison engine takes on 1,000,000 paired predictions of a binary
// classifier: the bootstrap over per-example weights (an accuracy delta accumulated from weighted
// counts, and a mean difference) and over the joint confusion matrix's cells, then eval-gate's
// target case, 5 slices x (accuracy by McNemar, F1 by a 1,000-resample bootstrap, ROC AUC by
// DeLong) judged under Holm. Prints seconds and peak RSS; no peer, no assertion.
// Run after `npx tsc -b shared`: node bench/evidence/run.js
import { performance } from "node:perf_hooks";
import { clearInterval, setInterval } from "node:timers";
import {
  bootstrapEvidence,
  cellBootstrapEvidence,
  countPairedOutcomes,
  delongEvidence,
  judgeEvidence,
  pairedProportionEvidence,
} from "@mlops/shared";
import { seededRandom, standardNormal } from "../seeded-random.js";

const n = 1_000_000;
const slices = 5;
const random = seededRandom(20240912);
const labels = new Uint8Array(n);
const championScores = new Float64Array(n);
const challengerScores = new Float64Array(n);
const normal = () => standardNormal(random);
for (let i = 0; i < n; i++) {
  labels[i] = random() < 0.3 ? 1 : 0;
  const signal = 1.2 * labels[i] + normal();
  championScores[i] = signal + 0.8 * normal();
  challengerScores[i] = signal + 0.7 * normal();
}
const predict = (scores) => scores.map((s) => (s > 0.6 ? 1 : 0));
const championPredictions = predict(championScores);
const challengerPredictions = predict(challengerScores);
const correct = (predictions) => predictions.map((p, i) => (p === labels[i] ? 1 : 0));
const championCorrect = correct(championPredictions);
const challengerCorrect = correct(challengerPredictions);

let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
const timer = setInterval(sample, 20);
function timed(name, run) {
  const start = performance.now();
  const result = run();
  sample();
  console.log(`${name}: ${((performance.now() - start) / 1000).toFixed(2)} s`);
  return result;
}

/** An accuracy from weighted counts: sum(w * correct) / sum(w). */
const weightedShare = (column) => (w) => {
  let hits = 0;
  let total = 0;
  for (let i = 0; i < column.length; i++) {
    const weight = w === undefined ? 1 : w[i];
    hits += weight * column[i];
    total += weight;
  }
  return hits / total;
};
timed("accuracy delta, per-example Poisson weights, 1,000,000 x 1,000", () =>
  bootstrapEvidence(weightedShare(championCorrect), weightedShare(challengerCorrect), n),
);
timed("mean difference of scores, per-example Poisson weights, 1,000,000 x 1,000", () =>
  bootstrapEvidence(weightedShare(championScores), weightedShare(challengerScores), n),
);

/** Per slice, the 8 cells of label x champion's prediction x challenger's prediction. */
function cellsOf(from, to) {
  const cells = new Float64Array(8);
  for (let i = from; i < to; i++) {
    cells[4 * labels[i] + 2 * championPredictions[i] + challengerPredictions[i]]++;
  }
  return cells;
}
const f1 = (bit) => (c) => {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let cell = 0; cell < 8; cell++) {
    const predicted = (cell & bit) !== 0;
    if (cell >= 4 && predicted) tp += c[cell];
    else if (predicted) fp += c[cell];
    else if (cell >= 4) fn += c[cell];
  }
  return (2 * tp) / (2 * tp + fp + fn);
};
const accuracyOfCells = (bit) => (c) => {
  let hits = 0;
  let total = 0;
  for (let cell = 0; cell < 8; cell++) {
    total += c[cell];
    if (cell >= 4 === ((cell & bit) !== 0)) hits += c[cell];
  }
  return hits / total;
};
const all = cellsOf(0, n);
timed("accuracy delta, cell bootstrap, 1,000,000 x 1,000", () =>
  cellBootstrapEvidence(all, accuracyOfCells(2), accuracyOfCells(1)),
);
timed("F1 delta, cell bootstrap, 1,000,000 x 100,000", () =>
  cellBootstrapEvidence(all, f1(2), f1(1), { resamples: 100_000 }),
);

timed(`eval-gate's case: ${slices} slices x accuracy, F1, ROC AUC, judged under Holm`, () => {
  const rows = [];
  const size = n / slices;
  for (let s = 0; s < slices; s++) {
    const [from, to] = [s * size, (s + 1) * size];
    const slice = `slice ${s}`;
    const comparison = { test: "non-inferiority", margin: { absolute: 0.005 } };
    const outcomes = countPairedOutcomes(
      championCorrect.subarray(from, to),
      challengerCorrect.subarray(from, to),
    );
    rows.push({
      metric: "accuracy",
      slice,
      direction: "higher",
      comparison,
      evidence: pairedProportionEvidence(outcomes),
    });
    rows.push({
      metric: "f1",
      slice,
      direction: "higher",
      comparison,
      evidence: cellBootstrapEvidence(cellsOf(from, to), f1(2), f1(1), { seed: s }),
    });
    rows.push({
      metric: "roc_auc",
      slice,
      direction: "higher",
      comparison,
      evidence: delongEvidence(
        labels.subarray(from, to),
        championScores.subarray(from, to),
        challengerScores.subarray(from, to),
      ),
    });
  }
  const judged = judgeEvidence(rows);
  console.log(
    `  verdict ${judged.verdict}; ${judged.rows.map((r) => `${r.metric}/${r.slice}: ${r.verdict}`).join(", ")}`,
  );
});
clearInterval(timer);
console.log(`peak RSS ${(peak / 2 ** 20).toFixed(0)} MB, the data included`);

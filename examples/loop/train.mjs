// Trains the example's model: a logistic regression of malignancy on the features the params
// name, by full-batch gradient descent with an L2 penalty on standardised features. It is what
// train-run runs (`node examples/loop/train.mjs`), reading its params from the JSON file that
// MLOPS_PARAMS names. Every third case is held out for testing; the model never sees it.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readRows, score, sizeBand } from "./rows.mjs";

const LABEL = "malignant";
const params = JSON.parse(readFileSync(process.env.MLOPS_PARAMS, "utf8"));
const { out, features, epochs, learning_rate: rate, l2 } = params;
const data = params.data ?? new URL("training.csv", import.meta.url);

const rows = readRows(data);
const train = rows.filter((_, i) => i % 3 !== 0);
const test = rows.filter((_, i) => i % 3 === 0);

const means = features.map((name) => train.reduce((s, r) => s + r.values[name], 0) / train.length);
const scales = features.map((name, i) =>
  Math.sqrt(train.reduce((s, r) => s + (r.values[name] - means[i]) ** 2, 0) / train.length),
);
const model = {
  kind: "logistic-regression",
  features,
  means,
  scales,
  weights: features.map(() => 0),
  bias: 0,
};

mkdirSync(out, { recursive: true });
const history = [];
for (let epoch = 1; epoch <= epochs; epoch++) {
  const gradient = features.map(() => 0);
  let biasGradient = 0;
  let loss = 0;
  for (const row of train) {
    const p = score(model, row.values);
    const y = row.values[LABEL];
    loss -= y * Math.log(p + 1e-12) + (1 - y) * Math.log(1 - p + 1e-12);
    features.forEach((name, i) => {
      gradient[i] += (p - y) * ((row.values[name] - means[i]) / scales[i]);
    });
    biasGradient += p - y;
  }
  model.weights = model.weights.map((w, i) => w - rate * (gradient[i] / train.length + l2 * w));
  model.bias -= (rate * biasGradient) / train.length;
  if (epoch % 10 === 0 || epoch === epochs)
    history.push({ step: epoch, loss: loss / train.length });
}

const predictions = test.map((row) => ({ row, p: score(model, row.values) }));
const accuracy =
  predictions.filter(({ row, p }) => (p >= 0.5 ? 1 : 0) === row.values[LABEL]).length / test.length;
history.push({ step: epochs, test_accuracy: accuracy });

writeFileSync(join(out, "model.json"), `${JSON.stringify(model, null, 2)}\n`);
writeFileSync(join(out, "metrics.jsonl"), history.map((h) => JSON.stringify(h)).join("\n") + "\n");
writeFileSync(
  join(out, "predictions.csv"),
  [
    "id,label,score,prediction,size_band",
    ...predictions.map(
      ({ row, p }) =>
        `${row.id},${row.values[LABEL]},${p.toFixed(6)},${p >= 0.5 ? 1 : 0},${sizeBand(row.values)}`,
    ),
  ].join("\n") + "\n",
);
console.log(
  `trained on ${train.length} cases, ${features.length} features: test accuracy ${accuracy.toFixed(3)}`,
);

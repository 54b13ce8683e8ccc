// Reads the example's CSV files: a header, then one row per case, every value but the id numeric.
import { readFileSync } from "node:fs";

/** The rows of a CSV file of the example's dataset, as { id, values: {column: number} }. */
export function readRows(path) {
  const [header, ...lines] = readFileSync(path, "utf8").trim().split("\n");
  const columns = header.split(",");
  return lines.map((line) => {
    const cells = line.split(",");
    const values = {};
    for (let i = 1; i < columns.length; i++) values[columns[i]] = Number(cells[i]);
    return { id: cells[0], values };
  });
}

/** The probability of malignancy a model (written by train.mjs) gives one row's values. */
export function score(model, values) {
  let z = model.bias;
  model.features.forEach((name, i) => {
    z += model.weights[i] * ((values[name] - model.means[i]) / model.scales[i]);
  });
  return 1 / (1 + Math.exp(-z));
}

/**
 * The tumour's size band (by its mean radius in mm), the slice eval-gate reports apart. Two
 * bands, so that each holds enough malignant cases of the held-out third to judge a recall on:
 * 24 small and 37 large.
 */
export function sizeBand(values) {
  return values.mean_radius < 17 ? "small" : "large";
}

// The engine's side of the benchmark: read both halves, then run the default drift test per
// column (KS and normed Wasserstein for numbers, chi-square and Jensen-Shannon for categories).
// Prints one JSON object: the statistics, and the time spent reading and testing.
import { performance } from "node:perf_hooks";
import { statSync } from "node:fs";
import {
  chiSquareDrift,
  jensenShannonDrift,
  ksTwoSample,
  readColumns,
  wassersteinNormed,
} from "@mlops/shared";

const [reference, current] = process.argv.slice(2);
const start = performance.now();
const [ref, cur] = [await readColumns(reference), await readColumns(current)];
const readSeconds = (performance.now() - start) / 1000;

function counts(column) {
  const perCode = new Float64Array(column.dictionary.length);
  for (const code of column.codes) if (code >= 0) perCode[code]++;
  return new Map(column.dictionary.map((value, i) => [value, perCode[i]]));
}

const results = {};
for (const [name, r] of ref.columns) {
  const c = cur.columns.get(name);
  if ("values" in r) {
    const ks = ksTwoSample(r.values, c.values);
    const w = wassersteinNormed(r.values, c.values);
    results[name] = {
      ks_statistic: ks.statistic,
      ks_pvalue: ks.pValue,
      wasserstein: w.distance,
      wasserstein_normed: w.normed,
    };
  } else {
    const a = counts(r);
    const b = counts(c);
    const chi = chiSquareDrift(a, b);
    results[name] = {
      chi_statistic: chi.statistic,
      chi_pvalue: chi.pValue,
      jensen_shannon: jensenShannonDrift(a, b).distance,
    };
  }
}
const totalSeconds = (performance.now() - start) / 1000;
const bytes = statSync(reference).size + statSync(current).size;
console.log(
  JSON.stringify({
    readSeconds,
    totalSeconds,
    bytes,
    maxRssKb: process.resourceUsage().maxRSS,
    results,
  }),
);

// The engine's side of the benchmark: read both halves, then run the default drift test per
// column (KS and normed Wasserstein for numbers, chi-square and Jensen-Shannon for categories).
// Prints one JSON object: the statistics, and the time spent reading and testing. Each file's
// numeric columns are sorted once (both tests take the sorted sample) and its categorical columns
// counted, as soon as it is read, so that only the sorted samples and the counts stay in memory.
import { performance } from "node:perf_hooks";
import { statSync } from "node:fs";
import {
  chiSquareDrift,
  jensenShannonDrift,
  ksTwoSample,
  readBatches,
  sortSample,
  wassersteinNormed,
} from "@mlops/shared";

const [reference, current] = process.argv.slice(2);
const start = performance.now();

/**
 * Per column, the sorted sample or the category counts, streamed batch by batch: numeric parts
 * are kept until the file ends and then sorted once; categorical codes are counted and let go.
 */
async function summarise(file) {
  const parts = new Map();
  const tallies = new Map();
  const dictionaries = new Map();
  for await (const batch of readBatches(file)) {
    for (const [name, column] of batch.columns) {
      if ("values" in column) {
        if (!parts.has(name)) parts.set(name, []);
        parts.get(name).push(column.values);
        continue;
      }
      let tally = tallies.get(name) ?? [];
      for (const code of column.codes) if (code >= 0) tally[code] = (tally[code] ?? 0) + 1;
      tallies.set(name, tally);
      dictionaries.set(name, column.dictionary);
    }
  }
  const summaries = new Map();
  for (const [name, list] of parts) {
    summaries.set(name, sortSample(list.length === 1 ? list[0] : concat(list)));
    list.length = 0;
  }
  for (const [name, tally] of tallies) {
    const dictionary = dictionaries.get(name);
    summaries.set(name, new Map(dictionary.map((value, i) => [value, tally[i] ?? 0])));
  }
  return summaries;
}

function concat(list) {
  const out = new Float64Array(list.reduce((n, part) => n + part.length, 0));
  let offset = 0;
  for (const part of list) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

const ref = await summarise(reference);
const cur = await summarise(current);
const readSeconds = (performance.now() - start) / 1000;

const results = {};
for (const [name, r] of ref) {
  const c = cur.get(name);
  if (r instanceof Float64Array) {
    const ks = ksTwoSample(r, c);
    const w = wassersteinNormed(r, c);
    results[name] = {
      ks_statistic: ks.statistic,
      ks_pvalue: ks.pValue,
      wasserstein: w.distance,
      wasserstein_normed: w.normed,
    };
  } else {
    const chi = chiSquareDrift(r, c);
    results[name] = {
      chi_statistic: chi.statistic,
      chi_pvalue: chi.pValue,
      jensen_shannon: jensenShannonDrift(r, c).distance,
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

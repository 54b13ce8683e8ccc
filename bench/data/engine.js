// The engine's side of the benchmark: read both halves, then run the default drift test per
// column (KS and normed Wasserstein for numbers, chi-square and Jensen-Shannon for categories).
// Prints one JSON object: the statistics, and the time spent reading and testing. Each file's
// numeric columns are kept compact (the reference's then packed, sorted, as drift-check keeps
// them while the current is read) and its categorical columns counted as it is read, in the
// reader's batches as drift-check reads; then column by column both samples are sorted into a
// room reused for every column (the current's given up as it is sorted, as drift-check takes
// them) and walked once for both tests, the numeric columns shared with a second thread
// (compare-thread.js) as drift-check shares them. The reference is read on this thread and the
// current on a thread of its own, as drift-check reads them; the current kept and summarised on
// its thread too measured 0.2-0.3 s faster, but 40 MB larger (both sides' integers at once),
// past the memory target.
// It loads the engine's data and stats capabilities alone (`@mlops/shared/data`,
// `@mlops/shared/stats`), as a program built on the engine would; run.js runs it bundled, as
// the suite's programs run (bench/bundle.js).
import { performance } from "node:perf_hooks";
import { statSync } from "node:fs";
import { setImmediate } from "node:timers/promises";
import { CompactNumbers, readBatches, releaseArrays, shareWork } from "@mlops/shared/data";
import { chiSquareDrift, jensenShannonDrift } from "@mlops/shared/stats";
import { numericTests } from "./numeric-tests.js";

const [reference, current] = process.argv.slice(2);
const start = performance.now();

/**
 * Per column, the numeric sample or the category counts, streamed batch by batch: categorical
 * codes are counted and let go. Nothing keeps a batch, so the reader refills the same one.
 */
async function summarise(batches) {
  const parts = new Map();
  const tallies = new Map();
  const dictionaries = new Map();
  for await (const batch of batches) {
    for (const [name, column] of batch.columns) {
      if ("values" in column) {
        if (!parts.has(name)) parts.set(name, new CompactNumbers());
        parts.get(name).addFinite(column.values);
        continue;
      }
      let tally = tallies.get(name) ?? new Float64Array(0);
      if (tally.length < column.dictionary.length) {
        const grown = new Float64Array(column.dictionary.length);
        grown.set(tally);
        tally = grown;
      }
      countCodes(column.codes, tally);
      tallies.set(name, tally);
      dictionaries.set(name, column.dictionary);
    }
  }
  const summaries = new Map(parts);
  for (const [name, tally] of tallies) {
    const dictionary = dictionaries.get(name);
    summaries.set(name, new Map(dictionary.map((value, i) => [value, tally[i] ?? 0])));
  }
  return summaries;
}

/**
 * Adds each code's rows to its count; missing values (code -1) are not counted. A function of
 * its own: inside the reading loop the same loop took some 170 ms of the profile.
 */
function countCodes(codes, tally) {
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) tally[codes[i]]++;
}

/** Room for the longest of the numeric samples: 8 bytes a value. */
const roomFor = (summaries) =>
  new ArrayBuffer(
    8 *
      Math.max(
        0,
        ...[...summaries.values()].map((s) => (s instanceof CompactNumbers ? s.length : 0)),
      ),
  );

// The current is read on a thread of its own, started at once: it reads ahead while this thread
// reads the reference, then while this thread keeps its values and, between its batches, packs
// the reference's samples a column at a time, as drift-check reads.
const currentRead = readBatches(current, {
  reuseBatches: true,
  batchSize: 8_192,
  readInWorker: "large",
})[Symbol.asyncIterator]();
const firstCurrent = currentRead.next();
const ref = await summarise(readBatches(reference, { reuseBatches: true, batchSize: 8_192 }));
const packRoom = roomFor(ref);
const [cur] = await Promise.all([
  summarise({
    async *[Symbol.asyncIterator]() {
      for (let next = await firstCurrent; !next.done; next = await currentRead.next())
        yield next.value;
    },
  }),
  (async () => {
    for (const numbers of ref.values()) {
      if (!(numbers instanceof CompactNumbers)) continue;
      await setImmediate();
      numbers.pack(packRoom);
    }
    releaseArrays(new Uint8Array(packRoom));
  })(),
]);
const readSeconds = (performance.now() - start) / 1000;

// Column by column, both tests; the numeric columns shared with a thread of its own, from the
// last back, as drift-check shares them (shareWork).
const rooms = { reference: roomFor(ref), current: roomFor(cur) };
const names = [...ref.keys()];
const handOver = (numbers) => numbers.handOver();
const tested = await shareWork(
  {
    items: names,
    shareable: (name) => ref.get(name) instanceof CompactNumbers,
    here: (name) => {
      const r = ref.get(name);
      const c = cur.get(name);
      if (r instanceof CompactNumbers) return numericTests(r, c, rooms);
      const chi = chiSquareDrift(r, c);
      return {
        chi_statistic: chi.statistic,
        chi_pvalue: chi.pValue,
        jensen_shannon: jensenShannonDrift(r, c).distance,
      };
    },
    handOver: (name) => {
      const r = handOver(ref.get(name));
      const c = handOver(cur.get(name));
      return {
        job: { reference: r.state, current: c.state },
        transfer: [...r.transfer, ...c.transfer],
      };
    },
  },
  new URL("./compare-thread.js", import.meta.url),
  null,
);
const results = Object.fromEntries(names.map((name, i) => [name, tested[i]]));
releaseArrays(new Uint8Array(rooms.reference), new Uint8Array(rooms.current));
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

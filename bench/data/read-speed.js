// How fast the engine parses CSV, alone: reads each file given with `readBatches` and nothing
// else (no sorting, no statistics), and prints one JSON object: the bytes, the seconds and the
// MB/s of the whole read. The data and validate-data benchmarks run it as a child process.
// Batches are refilled, as a streaming reader's are; `--text-as-bytes` reads text columns as
// bytes, as validate-data does, so that its pass is compared with the same read. The read stays
// on this thread: with nothing else to do, a reading thread of its own only adds the handover,
// and the pass is the fastest parse there is. The benchmarks run it bundled (bench/bundle.js).
// Usage: node bench/data/read-speed.js [--text-as-bytes] FILE...
import { performance } from "node:perf_hooks";
import { statSync } from "node:fs";
import { readBatches } from "@mlops/shared/data";

const args = process.argv.slice(2);
const options = {
  reuseBatches: true,
  textAsBytes: args.includes("--text-as-bytes"),
  readInWorker: "never",
};
const files = args.filter((arg) => arg !== "--text-as-bytes");
const start = performance.now();
let rows = 0;
for (const file of files) {
  for await (const batch of readBatches(file, options)) rows += batch.length;
}
const seconds = (performance.now() - start) / 1000;
const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
console.log(JSON.stringify({ rows, bytes, seconds, mbPerSecond: bytes / 1e6 / seconds }));

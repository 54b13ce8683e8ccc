// How fast the engine parses CSV, alone: reads each file given with `readBatches` and nothing
// else (no sorting, no statistics), and prints one JSON object: the bytes, the seconds and the
// MB/s of the whole read. The data and validate-data benchmarks run it as a child process.
import { performance } from "node:perf_hooks";
import { statSync } from "node:fs";
import { readBatches } from "@mlops/shared";

const files = process.argv.slice(2);
const start = performance.now();
let rows = 0;
for (const file of files) for await (const batch of readBatches(file)) rows += batch.length;
const seconds = (performance.now() - start) / 1000;
const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
console.log(JSON.stringify({ rows, bytes, seconds, mbPerSecond: bytes / 1e6 / seconds }));

// Writes the benchmark's dataset, seeded so that every run reads the same bytes: a reference
// half and a current half (shifted), each 500,000 rows x 20 columns (16 numeric, 4 categorical).
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  renameSync,
  statSync,
} from "node:fs";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { seededRandom, standardNormal } from "../seeded-random.js";
import { writeLines } from "../write-lines.js";

const CATEGORIES = [
  ["red", "green", "blue", "yellow", "black"],
  Array.from({ length: 12 }, (_, i) => `region-${i}`),
  ["a", "b", "c"],
  Array.from({ length: 40 }, (_, i) => `sku${String(i).padStart(4, "0")}`),
];

/** One half's header, then its rows: the current half (`shifted`) drifts. */
function* halfLines(rows, seed, shifted) {
  const next = seededRandom(seed);
  yield [
    ...Array.from({ length: 16 }, (_, i) => `n${i + 1}`),
    ...CATEGORIES.map((_, i) => `c${i + 1}`),
  ].join(",");
  for (let r = 0; r < rows; r++) {
    const cells = [];
    for (let c = 0; c < 16; c++) {
      // Half the numeric columns drift in the current half: a shift and a wider spread.
      const drift = shifted && c % 2 === 0 ? 0.3 : 0;
      const value = (c + 1) * 10 + standardNormal(next) * (c + 1) * (1 + drift) + drift * (c + 1);
      cells.push(value.toFixed(4));
    }
    for (const [i, values] of CATEGORIES.entries()) {
      let u = next();
      if (shifted && i % 2 === 0) u = u * u;
      cells.push(values[Math.floor(u * values.length)]);
    }
    yield cells.join(",");
  }
}

/** Writes reference.csv and current.csv into `dir` unless they are there with the right size. */
export async function generate(dir, rowsPerHalf = 500_000) {
  mkdirSync(dir, { recursive: true });
  const reference = `${dir}/reference-${rowsPerHalf}.csv`;
  const current = `${dir}/current-${rowsPerHalf}.csv`;
  if (!existsSync(reference) || statSync(reference).size === 0) {
    await writeLines(reference, halfLines(rowsPerHalf, 1, false));
  }
  if (!existsSync(current) || statSync(current).size === 0) {
    await writeLines(current, halfLines(rowsPerHalf, 2, true));
  }
  return { reference, current };
}

/**
 * Writes, once, one gzipped CSV of both halves' rows `times` times over under one header
 * (10,000,000 rows by default), for the profile of a large file: distinct rows in one file,
 * since a file named twice is read once. Level 1 keeps the writing short; returns its path.
 */
export async function repeated(dir, { reference, current }, times = 10) {
  const path = `${dir}/repeated-${times}.csv.gz`;
  if (existsSync(path)) return path;
  async function* bodies() {
    for (let t = 0; t < times; t++) {
      for (const [k, file] of [reference, current].entries()) {
        let header = t > 0 || k > 0;
        for await (const chunk of createReadStream(file)) {
          if (!header) {
            yield chunk;
            continue;
          }
          // The first line of each copy but the very first is the header again: left out.
          const end = chunk.indexOf(10);
          if (end < 0) continue;
          header = false;
          yield chunk.subarray(end + 1);
        }
      }
    }
  }
  // Written aside and renamed, so that a run stopped half-way leaves no file to be taken whole.
  await pipeline(bodies, createGzip({ level: 1 }), createWriteStream(`${path}.part`));
  renameSync(`${path}.part`, path);
  return path;
}

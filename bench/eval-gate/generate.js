// Writes eval-gate's benchmark data: two models' predictions on the same N examples (champion.csv
// and challenger.csv; columns id,label,score,prediction,segment; 5 segments), seeded so that every
// run writes the same bytes. The challenger's scores share most of the champion's noise and are a
// little sharper, except in one segment where they are a little noisier.
// Alone: node bench/eval-gate/generate.js [--rows 1000000] [--out DIR]
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { seededRandom, standardNormal } from "../seeded-random.js";
import { writeLines } from "../write-lines.js";

export const SEGMENTS = ["web", "ios", "android", "partner", "store"];
/** Per segment: the share of positives, and the challenger's noise relative to the champion's. */
const POSITIVE_SHARE = [0.2, 0.25, 0.3, 0.35, 0.4];
const CHALLENGER_NOISE = [0.94, 0.95, 0.96, 1.04, 0.95];

/**
 * One model's lines. Both files replay the same seeded draws, so that row i is the same example
 * (id, label, segment, signal and shared noise) in both.
 */
function* linesOf(model, rows, seed) {
  const next = seededRandom(seed);
  yield "id,label,score,prediction,segment";
  for (let i = 0; i < rows; i++) {
    const s = Math.floor(next() * SEGMENTS.length);
    const label = next() < POSITIVE_SHARE[s] ? 1 : 0;
    const signal = 1.3 * label - 0.9 + standardNormal(next);
    const shared = standardNormal(next);
    const own = standardNormal(next);
    const noise =
      model === "champion"
        ? 0.9 * shared
        : 0.9 * CHALLENGER_NOISE[s] * (0.9 * shared + 0.436 * own);
    const score = (1 / (1 + Math.exp(-(signal + noise)))).toFixed(6);
    yield `${i},${label},${score},${Number(score) >= 0.5 ? 1 : 0},${SEGMENTS[s]}`;
  }
}

/** Writes champion.csv and challenger.csv of `rows` paired examples into `dir`; returns their paths. */
export async function generate(dir, rows = 1_000_000, seed = 12) {
  mkdirSync(dir, { recursive: true });
  const champion = join(dir, "champion.csv");
  const challenger = join(dir, "challenger.csv");
  await Promise.all([
    writeLines(champion, linesOf("champion", rows, seed)),
    writeLines(challenger, linesOf("challenger", rows, seed)),
  ]);
  return { champion, challenger };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      rows: { type: "string", default: "1000000" },
      out: { type: "string", default: "." },
    },
  });
  console.log(await generate(values.out, Number(values.rows)));
}

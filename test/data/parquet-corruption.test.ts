import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { DataError, readColumns } from "@mlops/shared";
import { seededRandom } from "../helpers/seeded-random.js";
import { scratchFolder } from "./temp-files.js";

const fixtures = fileURLToPath(new URL("../fixtures/parquet/", import.meta.url));
const names = readdirSync(fixtures)
  .filter((name) => name.endsWith(".parquet"))
  .sort();
const write = scratchFolder();

/** A copy of `bytes` with one to four bits flipped at seeded places. */
function mutate(bytes: Buffer, random: () => number): Buffer {
  const copy = Buffer.from(bytes);
  const flips = 1 + Math.floor(random() * 4);
  for (let i = 0; i < flips; i++) {
    copy[Math.floor(random() * copy.length)]! ^= 1 << Math.floor(random() * 8);
  }
  return copy;
}

describe("a corrupt Parquet file", () => {
  // Brotli pages decode slowly in JavaScript: a fifth of the mutants take most of the time.
  test("of 120 byte-flipped copies of the fixtures, each reads or fails with one DataError naming it", async () => {
    const random = seededRandom(20_240_601);
    let read = 0;
    let refused = 0;
    for (let i = 0; i < 120; i++) {
      const name = names[i % names.length]!;
      const file = write(`mutant-${i}-${name}`, mutate(readFileSync(fixtures + name), random));
      const error = await readColumns(file).then(
        () => undefined,
        (e: unknown) => e,
      );
      if (error === undefined) {
        read++;
        continue;
      }
      refused++;
      // The mutant's number and the error, so that a failure can be replayed.
      expect(error, `mutant ${i} of ${name}: ${String(error)}`).toBeInstanceOf(DataError);
      expect((error as DataError).file).toBe(file);
      expect((error as DataError).line).not.toContain("\n");
    }
    // Flips land in the footer and in the pages alike: many reads fail, a few survive.
    expect(refused).toBeGreaterThan(60);
    expect(read).toBeGreaterThan(0);
  }, 120_000);
});

import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ReadProgress, readBatches } from "@mlops/shared";
import { seededRandom } from "../helpers/seeded-random.js";
import { collect, scratchFolder } from "./temp-files.js";

const write = scratchFolder();
const fixtures = fileURLToPath(new URL("../fixtures/parquet/", import.meta.url));

/** A CSV of `rows` rows of 100 bytes each, the header included. */
const csv = (rows: number) => `${"h".repeat(99)}\n${`${"1".repeat(99)}\n`.repeat(rows - 1)}`;

/** A ReadProgress that keeps the lines it shows and the lines it logs. */
function recordedProgress(options: { label: string; clock?: () => number; intervalMs?: number }) {
  const shown: string[] = [];
  const logged: string[] = [];
  const progress = new ReadProgress({
    ...options,
    progress: (line) => shown.push(line),
    log: (line) => logged.push(line),
  });
  return { progress, shown, logged };
}

/** The progress lines of a whole read of `file`, with a clock one interval ahead at each call. */
async function progressLines(file: string, batchSize: number) {
  let now = 0;
  const { progress, shown, logged } = recordedProgress({
    label: "reading",
    clock: () => (now += 1000),
  });
  await collect(progress.track(readBatches(file, { batchSize })));
  return { shown, logged };
}

/** The megabytes a progress line gives. */
const megabytes = (line: string) => Number(/, ([\d.]+) MB at /.exec(line)![1]);

describe("the progress of a read", () => {
  it("is offered at the first batch, then once per interval, with rows, MB/s and the elapsed time", () => {
    const file = write("big.csv", csv(100_000));
    let now = 0;
    const { progress, shown, logged } = recordedProgress({
      label: "reading current",
      clock: () => now,
      intervalMs: 1000,
    });
    now = 500;
    progress.update(file, 20_000, 2_000_000);
    now = 1000;
    progress.update(file, 40_000, 4_000_000);
    now = 2000;
    progress.update(file, 60_000, 6_000_000);
    now = 4000;
    progress.finish(99_999);
    expect(shown).toEqual([
      "reading current: 20,000 rows, 2.0 MB at 4.0 MB/s, 0.5 s",
      "reading current: 60,000 rows, 6.0 MB at 3.0 MB/s, 2.0 s",
    ]);
    // The closing line counts the whole file.
    expect(logged).toEqual(["reading current: 99,999 rows, 10.0 MB at 2.5 MB/s, 4.0 s (done)"]);
  });

  it("counts the compressed bytes of a .gz file as they are read, up to its size", async () => {
    const random = seededRandom(7);
    const rows = Array.from({ length: 200_000 }, (_, i) => `${i},${random()}`);
    const file = write("big.csv.gz", gzipSync(`id,x\n${rows.join("\n")}\n`));
    const size = statSync(file).size / 1e6;
    const { shown, logged } = await progressLines(file, 20_000);
    const read = shown.map(megabytes);
    expect(read.length).toBeGreaterThan(5);
    expect(read[0]).toBeGreaterThan(0);
    expect(read.every((mb, i) => i === 0 || mb >= read[i - 1]!)).toBe(true);
    expect(read[0]).toBeLessThan(read.at(-1)!);
    expect(read.at(-1)).toBeCloseTo(size, 1);
    expect(megabytes(logged[0]!)).toBeCloseTo(size, 1);
  });

  it.each([
    ["CSV", write("rows.csv", csv(1000))],
    ["Parquet", `${fixtures}table-none.parquet`],
  ])("is told by each batch of a %s file how much of it has been read", async (_, file) => {
    const batches = await collect(readBatches(file, { batchSize: 15 }));
    const read = batches.map((batch) => batch.fileBytesRead!);
    expect(read[0]).toBeGreaterThan(0);
    expect(read.every((bytes, i) => i === 0 || bytes >= read[i - 1]!)).toBe(true);
    expect(read.at(-1)).toBeLessThanOrEqual(statSync(file).size);
  });

  it("leaves the bytes out, rather than give a wrong count, when a batch does not carry them", () => {
    const { progress, shown } = recordedProgress({ label: "reading", clock: () => 1500 });
    progress.update(write("any.csv", csv(3)), 2);
    expect(shown).toEqual(["reading: 2 rows, 0.0 s"]);
  });

  it("logs no closing line for a read shorter than the interval", () => {
    const logged: string[] = [];
    const progress = new ReadProgress({ label: "validate-data", log: (l) => logged.push(l) });
    progress.update(write("small.csv", csv(3)), 2, 300);
    progress.finish(2);
    expect(logged).toEqual([]);
  });

  it("passes the batches of a read through unchanged", async () => {
    const file = write("pass.csv", csv(10));
    const { progress, shown } = recordedProgress({ label: "reading" });
    const batches = await collect(progress.track(readBatches(file, { batchSize: 4 })));
    expect(batches.map((batch) => batch.length)).toEqual([4, 4, 1]);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/^reading: 4 rows, 0\.0 MB at /);
  });
});

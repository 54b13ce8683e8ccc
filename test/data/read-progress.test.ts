import { describe, expect, it } from "vitest";
import { ReadProgress, readBatches } from "@mlops/shared";
import { collect, scratchFolder } from "./temp-files.js";

const write = scratchFolder();

/** A CSV of `rows` rows of 100 bytes each, the header included. */
const csv = (rows: number) => `${"h".repeat(99)}\n${`${"1".repeat(99)}\n`.repeat(rows - 1)}`;

describe("the progress of a read", () => {
  it("is offered at the first batch, then once per interval, with rows, MB/s and the elapsed time", () => {
    const file = write("big.csv", csv(100_000));
    const shown: string[] = [];
    const logged: string[] = [];
    let now = 0;
    const progress = new ReadProgress({
      label: "reading current",
      progress: (line) => shown.push(line),
      log: (line) => logged.push(line),
      clock: () => now,
      intervalMs: 1000,
    });
    now = 500;
    progress.update(file, 20_000);
    now = 1000;
    progress.update(file, 40_000);
    now = 2000;
    progress.update(file, 60_000);
    now = 4000;
    progress.finish(99_999);
    // Bytes so far are estimated from the rows and the width of the file's first rows (~).
    expect(shown).toEqual([
      "reading current: 20,000 rows, ~2.0 MB at 4.0 MB/s, 0.5 s",
      "reading current: 60,000 rows, ~6.0 MB at 3.0 MB/s, 2.0 s",
    ]);
    expect(logged).toEqual(["reading current: 99,999 rows, 10.0 MB at 2.5 MB/s, 4.0 s (done)"]);
  });

  it("logs no closing line for a read shorter than the interval", () => {
    const logged: string[] = [];
    const progress = new ReadProgress({ label: "validate-data", log: (l) => logged.push(l) });
    progress.update(write("small.csv", csv(3)), 2);
    progress.finish(2);
    expect(logged).toEqual([]);
  });

  it("passes the batches of a read through unchanged", async () => {
    const file = write("pass.csv", csv(10));
    const shown: string[] = [];
    const progress = new ReadProgress({
      label: "reading",
      progress: (line) => shown.push(line),
      log: () => {},
    });
    const batches = await collect(progress.track(readBatches(file, { batchSize: 4 })));
    expect(batches.map((batch) => batch.length)).toEqual([4, 4, 1]);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/^reading: 4 rows, /);
  });
});

import { stat } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import type { Batch } from "../data/batch.js";
import { listFiles, type DataSource } from "../data/read-batches.js";

/** How often a long read says where it is. */
export const PROGRESS_INTERVAL_MS = 3000;

const megabytes = (bytes: number) => bytes / 1e6;

/**
 * Passes batches through and logs progress every few seconds (rows, MB/s, elapsed), so a long
 * read in a scheduled job is never silent. The bytes are counted per file when the reader moves
 * past it (batches carry no byte offsets), so the rate is of the files read whole.
 */
export async function* withProgress(
  label: string,
  source: DataSource,
  batches: AsyncIterable<Batch>,
  log: (line: string) => void,
): AsyncGenerator<Batch> {
  const files = await listFiles(source);
  const sizes = new Map<string, number>();
  for (const file of files) sizes.set(file, (await stat(file)).size);
  const start = performance.now();
  let last = start;
  let rows = 0;
  let bytesDone = 0;
  let file: string | undefined;
  const line = (now: number) => {
    const seconds = (now - start) / 1000;
    const rate = seconds > 0 ? megabytes(bytesDone) / seconds : 0;
    return `${label}: ${rows.toLocaleString("en-US")} rows, ${megabytes(bytesDone).toFixed(1)} MB at ${rate.toFixed(1)} MB/s, ${seconds.toFixed(1)} s`;
  };
  for await (const batch of batches) {
    if (batch.file !== file) {
      if (file !== undefined) bytesDone += sizes.get(file) ?? 0;
      file = batch.file;
    }
    rows += batch.length;
    yield batch;
    const now = performance.now();
    if (now - last >= PROGRESS_INTERVAL_MS) {
      last = now;
      log(line(now));
    }
  }
  if (file !== undefined) bytesDone += sizes.get(file) ?? 0;
  const end = performance.now();
  if (end - start >= PROGRESS_INTERVAL_MS) log(`${line(end)} (done)`);
}

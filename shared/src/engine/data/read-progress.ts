import { statSync } from "node:fs";
import { monotonicMs } from "../monotonic-ms.js";
import { groupDigits } from "../report/group-digits.js";
import type { Batch } from "./batch.js";

/** How often a read offers a progress line; the host decides how many it shows. */
export const PROGRESS_INTERVAL_MS = 1000;

export interface ReadProgressOptions {
  /** What is being read, the start of every line: "reading current". */
  readonly label: string;
  /** Where the lines while reading go (the host's progress line); none when absent. */
  readonly progress?: (line: string) => void;
  /** Where the closing line of a read longer than the interval goes. */
  readonly log: (line: string) => void;
  /** Milliseconds, injectable so that tests can step through time. */
  readonly clock?: () => number;
  readonly intervalMs?: number;
}

/**
 * Progress of a read: rows, throughput and elapsed time, offered as soon as the first batch
 * arrives and then once per interval, so that a long read is never silent. The bytes are those
 * read from disk, as the batches carry them (`Batch.fileBytesRead`): for a `.gz` file, the
 * compressed bytes, the ones whose total is the file's size. A batch that does not carry them
 * gives a line without bytes rather than a wrong count. The closing line has the files' sizes.
 */
export class ReadProgress {
  private readonly clock: () => number;
  private readonly intervalMs: number;
  private readonly start: number;
  private last: number | undefined;
  /** The sizes of the files before the current one. */
  private doneBytes = 0;
  private file: { name: string; size: number } | undefined;

  constructor(private readonly options: ReadProgressOptions) {
    this.clock = options.clock ?? monotonicMs;
    this.intervalMs = options.intervalMs ?? PROGRESS_INTERVAL_MS;
    this.start = this.clock();
  }

  /** Passes batches through, updating the progress after each and finishing at the end. */
  async *track(batches: AsyncIterable<Batch>): AsyncGenerator<Batch> {
    let rows = 0;
    for await (const batch of batches) {
      rows += batch.length;
      this.update(batch.file, rows, batch.fileBytesRead);
      yield batch;
    }
    this.finish(rows);
  }

  /**
   * Called after each batch with the rows read so far, the batch's file and how many bytes of
   * it have been read, when known.
   */
  update(file: string, rows: number, fileBytesRead?: number): void {
    if (this.file?.name !== file) {
      if (this.file) this.doneBytes += this.file.size;
      this.file = { name: file, size: statSync(file).size };
    }
    const now = this.clock();
    if (this.last !== undefined && now - this.last < this.intervalMs) return;
    this.last = now;
    const bytes = fileBytesRead === undefined ? undefined : this.doneBytes + fileBytesRead;
    this.options.progress?.(this.line(rows, bytes, now));
  }

  /** Logs the closing line, with exact bytes, for a read that lasted longer than the interval. */
  finish(rows: number): void {
    const now = this.clock();
    if (now - this.start < this.intervalMs) return;
    const bytes = this.doneBytes + (this.file?.size ?? 0);
    this.options.log(`${this.line(rows, bytes, now)} (done)`);
  }

  private line(rows: number, bytes: number | undefined, now: number): string {
    const seconds = (now - this.start) / 1000;
    const head = `${this.options.label}: ${groupDigits(rows)} rows`;
    const time = `${seconds.toFixed(1)} s`;
    if (bytes === undefined) return `${head}, ${time}`;
    const rate = seconds > 0 ? bytes / 1e6 / seconds : 0;
    return `${head}, ${(bytes / 1e6).toFixed(1)} MB at ${rate.toFixed(1)} MB/s, ${time}`;
  }
}

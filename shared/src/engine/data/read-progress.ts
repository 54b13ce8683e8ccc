import { closeSync, openSync, readSync, statSync } from "node:fs";
import { monotonicMs } from "../monotonic-ms.js";
import { groupDigits } from "../report/group-digits.js";
import type { Batch } from "./batch.js";
import { formatOf } from "./read-batches.js";

const SAMPLE_BYTES = 1 << 16;

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
 * Bytes per row of a plain text file, from its first 64 KiB; undefined for Parquet, a compressed
 * file (its bytes on disk are not its lines) or a tiny file.
 */
function bytesPerRow(file: string, size: number): number | undefined {
  // A file smaller than the sample is read in one go: no estimate is needed, nor a read.
  if (size < SAMPLE_BYTES || formatOf(file) === "parquet" || /\.(gz|zst)$/i.test(file)) {
    return undefined;
  }
  const buffer = Buffer.alloc(SAMPLE_BYTES);
  const fd = openSync(file, "r");
  try {
    const read = readSync(fd, buffer, 0, SAMPLE_BYTES, 0);
    let lines = 0;
    for (let i = 0; i < read; i++) if (buffer[i] === 0x0a) lines++;
    return read === SAMPLE_BYTES && lines > 1 ? read / lines : undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * Progress of a read: rows, throughput and elapsed time, offered as soon as the first batch
 * arrives and then once per interval, so that a long read is never silent. The reader does not
 * say how far into a file it is, so the bytes of the current file are estimated from its rows
 * and the mean row width of its first 64 KiB (marked `~`); the closing line has exact bytes.
 */
export class ReadProgress {
  private readonly clock: () => number;
  private readonly intervalMs: number;
  private readonly start: number;
  private last: number | undefined;
  private doneBytes = 0;
  /** Rows as of the last update: those before the current file when it changes. */
  private rowsSeen = 0;
  /** `width` is null until a line needs it: sampling the file costs a read. */
  private file:
    | { name: string; size: number; rowsBefore: number; width: number | undefined | null }
    | undefined;

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
      this.update(batch.file, rows);
      yield batch;
    }
    this.finish(rows);
  }

  /** Called after each batch with the rows read so far and the batch's file. */
  update(file: string, rows: number): void {
    if (this.file?.name !== file) {
      if (this.file) this.doneBytes += this.file.size;
      this.file = {
        name: file,
        size: statSync(file).size,
        rowsBefore: this.rowsSeen,
        width: null,
      };
    }
    this.rowsSeen = rows;
    const now = this.clock();
    if (this.last !== undefined && now - this.last < this.intervalMs) return;
    this.last = now;
    if (this.file.width === null) this.file.width = bytesPerRow(file, this.file.size);
    const { size, rowsBefore, width } = this.file;
    const current = width === undefined ? 0 : Math.min(size, (rows - rowsBefore) * width);
    this.options.progress?.(this.line(rows, this.doneBytes + current, now, width !== undefined));
  }

  /** Logs the closing line, with exact bytes, for a read that lasted longer than the interval. */
  finish(rows: number): void {
    const now = this.clock();
    if (now - this.start < this.intervalMs) return;
    const bytes = this.doneBytes + (this.file?.size ?? 0);
    this.options.log(`${this.line(rows, bytes, now, false)} (done)`);
  }

  private line(rows: number, bytes: number, now: number, estimated: boolean): string {
    const seconds = (now - this.start) / 1000;
    const rate = seconds > 0 ? bytes / 1e6 / seconds : 0;
    return `${this.options.label}: ${groupDigits(rows)} rows, ${estimated ? "~" : ""}${(bytes / 1e6).toFixed(1)} MB at ${rate.toFixed(1)} MB/s, ${seconds.toFixed(1)} s`;
  }
}

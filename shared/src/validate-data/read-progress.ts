import { closeSync, openSync, readSync } from "node:fs";
import { formatOf } from "../data/read-batches.js";

const SAMPLE_BYTES = 1 << 16;

/** Bytes per row of a text file, from its first 64 KiB; undefined for Parquet or a tiny file. */
function bytesPerRow(file: string): number | undefined {
  if (formatOf(file) === "parquet") return undefined;
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
 * Progress of a long read, logged every few seconds: rows, throughput and elapsed time. The
 * reader does not say how far into a file it is, so the bytes of the current file are
 * estimated from its rows and the mean row width of its first 64 KiB (marked `~`).
 */
export class ReadProgress {
  private readonly start: number;
  private last: number;
  private doneBytes = 0;
  private file:
    { name: string; size: number; rowsBefore: number; width: number | undefined } | undefined;

  constructor(
    private readonly sizes: ReadonlyMap<string, number>,
    private readonly log: (line: string) => void,
    private readonly clock: () => number = () => performance.now(),
    private readonly intervalMs = 5000,
  ) {
    this.start = this.clock();
    this.last = this.start;
  }

  /** Called after each batch with the rows read so far and the batch's file. */
  update(file: string, rows: number): void {
    if (this.file?.name !== file) {
      if (this.file) this.doneBytes += this.file.size;
      this.file = {
        name: file,
        size: this.sizes.get(file) ?? 0,
        rowsBefore: rows,
        width: bytesPerRow(file),
      };
    }
    const now = this.clock();
    if (now - this.last < this.intervalMs) return;
    this.last = now;
    const { size, rowsBefore, width } = this.file;
    const current = width === undefined ? 0 : Math.min(size, (rows - rowsBefore) * width);
    this.log(this.line(rows, this.doneBytes + current, now, width !== undefined));
  }

  /** The closing line, with exact bytes, for a read long enough to have logged progress. */
  finish(rows: number): void {
    const now = this.clock();
    if (now - this.start < this.intervalMs) return;
    const total = [...this.sizes.values()].reduce((sum, size) => sum + size, 0);
    this.log(this.line(rows, total, now, false));
  }

  private line(rows: number, bytes: number, now: number, estimated: boolean): string {
    const seconds = (now - this.start) / 1000;
    const rate = seconds > 0 ? bytes / 1e6 / seconds : 0;
    return `validate-data: ${rows.toLocaleString("en-US")} rows, ${estimated ? "~" : ""}${(bytes / 1e6).toFixed(1)} MB at ${rate.toFixed(1)} MB/s, ${seconds.toFixed(1)} s`;
  }
}

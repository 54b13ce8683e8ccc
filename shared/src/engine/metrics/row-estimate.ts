import { statSync } from "node:fs";
import type { Batch } from "../data/batch.js";

/** Room past the estimate, for rows longer or shorter than those read so far. */
const MARGIN = 1.1;

/**
 * How many rows a read will have given by the end of its current file, estimated as it goes,
 * so that arrays filled batch by batch can take their final size at once rather than double
 * into it, each doubling leaving the old array to the garbage collector. The batches handed out
 * after one read from disk carry how many bytes of the file had been read (`fileBytesRead`);
 * once the next read's batches arrive, the rows of the earlier ones came from that many bytes
 * (all but those of the batch still being filled), and the file's size scales them. Undefined
 * before that, and for batches that do not carry their bytes.
 */
export class RowEstimate {
  private rows: number | undefined;
  private file = "";
  private size = 0;
  /** Rows of the files before the current one, and of the current one so far. */
  private before = 0;
  private inFile = 0;
  private bytesRead: number | undefined;

  /** Takes in the next batch of the read. */
  see(batch: Batch): void {
    if (batch.file !== this.file) {
      this.before += this.inFile;
      this.inFile = 0;
      this.file = batch.file;
      this.size = statSync(batch.file).size;
      this.bytesRead = undefined;
      this.rows = undefined;
    }
    const { fileBytesRead } = batch;
    if (fileBytesRead !== this.bytesRead) {
      if (this.bytesRead !== undefined && this.bytesRead > 0) {
        this.rows = this.before + Math.ceil((this.inFile * this.size) / this.bytesRead);
      }
      this.bytesRead = fileBytesRead;
    }
    this.inFile += batch.length;
  }

  /**
   * The rows an array that needs room for `needed` should grow to: the estimate and a tenth,
   * when known and enough; else undefined, and the array doubles.
   */
  capacityFor(needed: number): number | undefined {
    const rows = this.rows === undefined ? 0 : Math.ceil(this.rows * MARGIN);
    return rows >= needed ? rows : undefined;
  }
}

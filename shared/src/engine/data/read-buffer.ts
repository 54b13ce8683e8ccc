import type { DataFileBytes } from "./open-data-file.js";

/**
 * A data file's bytes through one working buffer, reused from read to read. Each `fill` moves
 * the bytes not yet consumed to the front and reads after them until the buffer is full or the
 * file ends, doubling the buffer first when all of it is unconsumed (one long line). A parser
 * that rescans the unconsumed bytes after every fill thus does linear work in all, however
 * little each read of the source returns: gunzip hands out 16 KiB at a time, which used to make
 * a long line in a `.gz` file rescanned 4,000 times before its bound could bite. A UTF-8 byte
 * order mark at the start of the file is skipped.
 */
export class ReadBuffer {
  buf: Buffer;
  /** Where the unconsumed bytes start; the parser moves it past what it has consumed. */
  start = 0;
  /** Where the bytes read end. */
  end = 0;
  private first = true;

  constructor(
    private readonly source: DataFileBytes,
    chunkBytes: number,
  ) {
    this.buf = Buffer.allocUnsafe(chunkBytes);
  }

  /** Reads more bytes after the unconsumed ones; false when the file has no more. */
  async fill(): Promise<boolean> {
    const { buf, start, end } = this;
    if (start > 0) buf.copy(buf, 0, start, end);
    this.end -= start;
    this.start = 0;
    if (this.end === buf.length) {
      this.buf = Buffer.allocUnsafe(buf.length * 2);
      buf.copy(this.buf, 0, 0, this.end);
    }
    const before = this.end;
    while (this.end < this.buf.length) {
      const read = await this.source.read(this.buf, this.end, this.buf.length - this.end);
      if (read === 0) break;
      this.end += read;
    }
    if (this.first) {
      this.first = false;
      const b = this.buf;
      if (this.end >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) this.start = 3;
    }
    return this.end > before;
  }

  /** The unconsumed bytes. */
  rest(): Buffer {
    return this.buf.subarray(this.start, this.end);
  }
}

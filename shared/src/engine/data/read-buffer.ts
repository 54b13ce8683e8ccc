import type { DataFileBytes } from "./open-data-file.js";

/** Room kept before a read's bytes for the partial row carried over from the read before. */
const HEAD_BYTES = 1 << 16;

/** A read of the file's next bytes into a spare buffer, after its head room. */
interface ReadAhead {
  readonly buf: Buffer;
  readonly bytes: Promise<number>;
}

/**
 * A data file's bytes through two working buffers, reused from read to read: while the parser
 * scans one, the file's next bytes are read into the other, so that it never waits on the disk
 * or the page cache once the first read is in. The partial row the parser leaves at the end of
 * one buffer is copied into the head room of the other, before the bytes read there. A partial
 * row longer than the head room is carried with the new bytes into a buffer of its own, at least
 * twice the row's bytes held and filled before the parser sees it; that buffer is let go once
 * the parser is past it, so that memory stays two buffers and the longest row. A parser that
 * rescans the unconsumed bytes after every fill thus does linear work in all, however little
 * each read of the source returns: a read fills its buffer before it counts (gunzip hands out
 * 16 KiB at a time, which used to make a long line in a `.gz` file rescanned 4,000 times before
 * its bound could bite). A UTF-8 byte order mark at the start of the file is skipped. `close`
 * closes the file once no read is in flight.
 */
export class ReadBuffer {
  buf: Buffer = Buffer.alloc(0);
  /** Where the unconsumed bytes start; the parser moves it past what it has consumed. */
  start = HEAD_BYTES;
  /** Where the bytes read end. */
  end = HEAD_BYTES;
  private ahead: ReadAhead | undefined;
  /** The working buffer not in use while the parser is in a long row's buffer. */
  private spare: Buffer | undefined;
  private first = true;
  /** Whether a read came back short: the file has no more bytes. */
  private ended = false;

  constructor(
    private readonly source: DataFileBytes,
    private readonly chunkBytes: number,
  ) {}

  /** Reads more bytes after the unconsumed ones; false when the file has no more. */
  async fill(): Promise<boolean> {
    if (this.first) {
      this.first = false;
      this.buf = this.workingBuffer();
      this.end += await this.readFull(this.buf, this.end);
      const b = this.buf;
      const at = this.start;
      if (this.end - at >= 3 && b[at] === 0xef && b[at + 1] === 0xbb && b[at + 2] === 0xbf) {
        this.start += 3;
      }
      if (!this.ended) this.readAhead(this.workingBuffer());
      return this.end > this.start;
    }
    const ahead = this.ahead;
    if (ahead === undefined) return false;
    this.ahead = undefined;
    const read = await ahead.bytes;
    if (read === 0) return false;
    const { buf, start, end } = this;
    const held = end - start;
    if (held <= HEAD_BYTES) {
      buf.copy(ahead.buf, HEAD_BYTES - held, start, end);
      this.buf = ahead.buf;
      this.start = HEAD_BYTES - held;
      this.end = HEAD_BYTES + read;
      this.readAhead(this.isWorking(buf) ? buf : this.takeSpare());
      return true;
    }
    const joined = Buffer.allocUnsafe(Math.max(2 * held, held + read));
    buf.copy(joined, 0, start, end);
    ahead.buf.copy(joined, held, HEAD_BYTES, HEAD_BYTES + read);
    if (this.isWorking(buf)) this.spare = buf;
    this.buf = joined;
    this.start = 0;
    this.end = held + read;
    this.end += await this.readFull(joined, this.end);
    this.readAhead(ahead.buf);
    return true;
  }

  /** The unconsumed bytes. */
  rest(): Buffer {
    return this.buf.subarray(this.start, this.end);
  }

  /** Closes the file, after the read in flight: its descriptor could be reused under it. */
  async close(): Promise<void> {
    await this.ahead?.bytes.catch(() => 0);
    this.ahead = undefined;
    await this.source.close();
  }

  /** Starts reading the next bytes into `buf`, after its head room, unless the file has ended. */
  private readAhead(buf: Buffer): void {
    if (this.ended) {
      this.spare = buf;
      return;
    }
    const bytes = this.readFull(buf, HEAD_BYTES);
    // Its failure is reported by the fill that awaits it, not as an unhandled rejection first.
    bytes.catch(() => {});
    this.ahead = { buf, bytes };
  }

  /** Reads into `buf` from `offset` until it is full or the file ends; how many bytes came. */
  private async readFull(buf: Buffer, offset: number): Promise<number> {
    let at = offset;
    while (at < buf.length) {
      const read = await this.source.read(buf, at, buf.length - at);
      if (read === 0) {
        this.ended = true;
        break;
      }
      at += read;
    }
    return at - offset;
  }

  private workingBuffer(): Buffer {
    return Buffer.allocUnsafe(HEAD_BYTES + this.chunkBytes);
  }

  private isWorking(buf: Buffer): boolean {
    return buf.length === HEAD_BYTES + this.chunkBytes;
  }

  private takeSpare(): Buffer {
    const spare = this.spare ?? this.workingBuffer();
    this.spare = undefined;
    return spare;
  }
}

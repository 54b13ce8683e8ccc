import { createReadStream } from "node:fs";
import { pipeline } from "node:stream";
import { close, read } from "../files/async-fs.js";
import { openForReading } from "../files/open-for-reading.js";
import { DataError, refuseDataFile } from "./data-error.js";

/** A data file's bytes in order, decompressed when its name ends in `.gz`. */
export interface DataFileBytes {
  /** Reads up to `length` bytes into `into` at `offset`; 0 at the end of the data. */
  read(into: Buffer, offset: number, length: number): Promise<number>;
  /** How many bytes of the file have been read from disk: for a `.gz` file, compressed ones. */
  readonly bytesRead: number;
  /** How many bytes the data has, when it is read as stored; undefined for a `.gz` file. */
  readonly size: number | undefined;
  close(): Promise<void>;
}

/** A gzip stream read into the caller's buffer, keeping what did not fit for the next read. */
async function gunzipped(file: string, fd: number): Promise<DataFileBytes> {
  // zlib is loaded only for compressed files: most reads never need it. (Not so node:stream,
  // whose exports are a function: imported at run time from a bundle, it has no named exports.)
  const { createGunzip } = await import("node:zlib");
  const compressed = createReadStream(file, { fd });
  const stream = pipeline(compressed, createGunzip(), () => {});
  const chunks = stream[Symbol.asyncIterator]();
  let pending: Buffer = Buffer.alloc(0);
  return {
    async read(into, offset, length) {
      if (pending.length === 0) {
        let next: IteratorResult<Buffer>;
        try {
          next = await chunks.next();
        } catch (error) {
          const { code, message } = error as NodeJS.ErrnoException;
          if (!code?.startsWith("Z_")) throw error;
          throw new DataError(
            file,
            `is not valid gzip (${message})`,
            "Check that the file is gzip-compressed whole, or drop .gz from its name",
          );
        }
        if (next.done) return 0;
        pending = next.value;
      }
      const taken = pending.copy(into, offset, 0, Math.min(length, pending.length));
      pending = pending.subarray(taken);
      return taken;
    },
    get bytesRead() {
      return compressed.bytesRead;
    },
    size: undefined,
    async close() {
      stream.destroy();
    },
  };
}

/**
 * Opens a data file for reading: a plain file is read straight into the caller's buffer, a
 * `.gz` one through gunzip. Zstandard is refused by name: Node.js 20, which the CLI supports,
 * has no zstd decoder, and the bytes would otherwise be reported as text that is not UTF-8.
 */
export async function openDataFile(file: string): Promise<DataFileBytes> {
  if (/\.zst$/i.test(file)) {
    throw new DataError(
      file,
      "is zstd-compressed, which the reader cannot decompress",
      "Decompress it first (zstd -d), or compress it with gzip (.gz) instead",
    );
  }
  const { fd, size } = await openForReading(file, refuseDataFile(file));
  if (/\.gz$/i.test(file)) return gunzipped(file, fd);
  let closed = false;
  let total = 0;
  return {
    async read(into, offset, length) {
      const { bytesRead } = await read(fd, into, offset, length, null);
      total += bytesRead;
      return bytesRead;
    },
    get bytesRead() {
      return total;
    },
    size,
    // Once only: a descriptor number is reused as soon as it is closed.
    close: async () => {
      if (closed) return;
      closed = true;
      await close(fd);
    },
  };
}

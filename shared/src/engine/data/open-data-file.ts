import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { pipeline } from "node:stream";
import { close, read } from "../files/async-fs.js";
import { openForReading, type Unreadable } from "../files/open-for-reading.js";
import type { ReadOptions } from "./read-options.js";
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

/** Called once with the sha256 of a file's bytes as stored, when the last of them is read. */
export type OnDigest = (sha256: string) => void;

/**
 * A sha256 of the bytes as they are read, handed to `onDigest` at their end: the file is read
 * once for both, and the digest is of the very bytes read. node:crypto is loaded only then.
 */
async function digester(onDigest: OnDigest | undefined) {
  if (onDigest === undefined) return undefined;
  const { createHash } = await import("node:crypto");
  const hash = createHash("sha256");
  let ended = false;
  return {
    update: (bytes: Uint8Array | string): void => void hash.update(bytes),
    // Once: a read past the end returns nothing again.
    end: (): void => {
      if (!ended) onDigest(hash.digest("hex"));
      ended = true;
    },
  };
}

/** A gzip stream read into the caller's buffer, keeping what did not fit for the next read. */
async function gunzipped(
  file: string,
  fd: number,
  digest: Awaited<ReturnType<typeof digester>>,
): Promise<DataFileBytes> {
  // zlib is loaded only for compressed files: most reads never need it. (Not so node:stream,
  // whose exports are a function: imported at run time from a bundle, it has no named exports.)
  const { createGunzip } = await import("node:zlib");
  const compressed = createReadStream(file, { fd });
  // The compressed bytes, as stored, are the file's digest: gunzip ends only after their end.
  if (digest) compressed.on("data", digest.update).on("end", digest.end);
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

/** The `length` bytes of a file at `position`, read there, leaving the file's own position. */
async function bytesAt(fd: number, position: number, length: number): Promise<string> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await read(fd, buf, 0, length, position);
  return buf.toString("latin1", 0, bytesRead);
}

/**
 * Why a plain file is refused when its bytes say it is another format than its name says: gzip
 * (a `.gz` dropped from the name), or Parquet (`PAR1` at both ends: a CSV header may start so),
 * either of which would otherwise be reported as text that is not UTF-8; undefined otherwise.
 */
async function misnamedFormat(
  file: string,
  fd: number,
  size: number,
): Promise<Unreadable | undefined> {
  const name = basename(file);
  const head = await bytesAt(fd, 0, 4);
  if (head.startsWith("\x1f\x8b")) {
    return {
      problem:
        "is gzip-compressed (it starts with the bytes 1F 8B), but its name does not end in .gz",
      fix: `Name it ${name}.gz, so that it is decompressed as it is read`,
    };
  }
  if (head === "PAR1" && size >= 8 && (await bytesAt(fd, size - 4, 4)) === "PAR1") {
    return {
      problem: "is a Parquet file (it starts and ends with PAR1), but its name says another format",
      fix: `Name it ${name.replace(/\.[^.]*$/, "")}.parquet`,
    };
  }
  return undefined;
}

/**
 * Opens a data file for reading: a plain file is read straight into the caller's buffer, a
 * `.gz` one through gunzip. Zstandard is refused by name: Node.js 20, which the CLI supports,
 * has no zstd decoder, and the bytes would otherwise be reported as text that is not UTF-8.
 * With `onDigest`, the file's sha256 (of its bytes as stored: compressed ones for `.gz`, as
 * `sha256sum` prints it) is handed over once its last byte is read; never for a read that stops
 * before.
 */
export async function openDataFile(file: string, onDigest?: OnDigest): Promise<DataFileBytes> {
  if (/\.zst$/i.test(file)) {
    throw new DataError(
      file,
      "is zstd-compressed, which the reader cannot decompress",
      "Decompress it first (zstd -d), or compress it with gzip (.gz) instead",
    );
  }
  const { fd, size } = await openForReading(file, refuseDataFile(file));
  const digest = await digester(onDigest);
  if (/\.gz$/i.test(file)) return gunzipped(file, fd, digest);
  const misnamed = await misnamedFormat(file, fd, size).catch(async (error: unknown) => {
    await close(fd);
    throw error;
  });
  if (misnamed) {
    await close(fd);
    throw new DataError(file, misnamed.problem, misnamed.fix);
  }
  let closed = false;
  let total = 0;
  return {
    async read(into, offset, length) {
      const { bytesRead } = await read(fd, into, offset, length, null);
      total += bytesRead;
      if (digest && length > 0) {
        if (bytesRead > 0) digest.update(into.subarray(offset, offset + bytesRead));
        else digest.end();
      }
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

/** `openDataFile` for a reader of `options`: the file's digest goes to `onFileDigest`, if any. */
export const openDataFileFor = (file: string, { onFileDigest }: ReadOptions) =>
  openDataFile(file, onFileDigest && ((sha256) => onFileDigest(file, sha256)));

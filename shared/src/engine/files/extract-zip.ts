/**
 * Unpacks a zip (an artifact downloaded from another run) into a folder. The archive is
 * untrusted: every entry must be a plain file or folder at a relative path inside the folder, no
 * entry may be written twice, sizes are capped before anything is inflated, every size and offset
 * its headers state must lie inside the file, and each file's length and CRC-32 are checked
 * against the central directory as it streams to disk. Only stored and deflated entries are read,
 * which is what GitHub's artifact service and every zip tool write by default. A refused archive
 * leaves nothing of itself behind.
 */
import { closeSync, createWriteStream, fstatSync, openSync, readSync, rmSync } from "node:fs";
import { join } from "node:path";
import { PassThrough, Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { crc32, createInflateRaw } from "node:zlib";
import { FileError } from "../errors.js";
import { makeFolders } from "./make-folders.js";

export interface ZipLimits {
  /** The most bytes all entries may inflate to together (default 4 GiB). */
  readonly maxBytes?: number;
  /** The most entries the archive may hold (default 100,000). */
  readonly maxEntries?: number;
}

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const UNIX = 3;
const TYPE_MASK = 0o170000;
const REGULAR = 0o100000;
const DIRECTORY = 0o040000;
const STORED = 0;
const DEFLATED = 8;
const CHUNK = 64 * 1024;
const REUPLOAD =
  "Upload the artifact again; only plain files and folders, stored or deflated, are read";

class ZipReader {
  constructor(
    private readonly fd: number,
    readonly size: number,
    private readonly shownAs: string,
  ) {}

  /** Refuses a span a header points at that is not inside the file, before anything reads it. */
  within(position: number, length: number, what: string): void {
    if (position + length > this.size) {
      this.fail(
        `${what} runs past the end of the file (to byte ${position + length} of ${this.size})`,
      );
    }
  }

  read(position: number, length: number, what: string): Buffer {
    this.within(position, length, what);
    const buffer = Buffer.alloc(length);
    readSync(this.fd, buffer, 0, length, position);
    return buffer;
  }

  problem(problem: string, fix = REUPLOAD): FileError {
    return new FileError(this.shownAs, `is not a zip this tool can unpack: ${problem}`, fix);
  }

  fail(problem: string, fix?: string): never {
    throw this.problem(problem, fix);
  }
}

/** The end-of-central-directory record: the last thing in the file, before a comment. */
function findDirectory(zip: ZipReader): { count: number; offset: number } {
  const tailLength = Math.min(zip.size, 65_557);
  const tail = zip.read(zip.size - tailLength, tailLength, "the end record");
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== EOCD) continue;
    const count = tail.readUInt16LE(i + 10);
    const offset = tail.readUInt32LE(i + 16);
    if (count === 0xffff || offset === 0xffffffff) zip.fail("it is a zip64 archive (over 4 GiB)");
    return { count, offset };
  }
  return zip.fail("no end-of-central-directory record");
}

function readEntries(zip: ZipReader, maxEntries: number): Entry[] {
  const { count, offset } = findDirectory(zip);
  if (count > maxEntries) zip.fail(`${count} entries, more than the ${maxEntries} allowed`);
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    const header = zip.read(at, 46, `the central header of entry ${i + 1}`);
    if (header.readUInt32LE(0) !== CENTRAL) zip.fail(`entry ${i + 1} has no central header`);
    const nameLength = header.readUInt16LE(28);
    const name = zip.read(at + 46, nameLength, `the name of entry ${i + 1}`).toString("utf8");
    if (header.readUInt16LE(8) & 1) zip.fail(`'${name}' is encrypted`);
    const method = header.readUInt16LE(10);
    if (method !== STORED && method !== DEFLATED) {
      zip.fail(`'${name}' uses compression method ${method}`);
    }
    const mode = header.readUInt8(5) === UNIX ? header.readUInt32LE(38) >>> 16 : 0;
    checkKind(zip, name, mode);
    entries.push({
      name,
      method,
      crc: header.readUInt32LE(16),
      compressedSize: header.readUInt32LE(20),
      size: header.readUInt32LE(24),
      localOffset: header.readUInt32LE(42),
    });
    at += 46 + nameLength + header.readUInt16LE(30) + header.readUInt16LE(32);
  }
  return entries;
}

/** Plain files and folders only: a link could point anywhere, a device is never an artifact. */
function checkKind(zip: ZipReader, name: string, mode: number): void {
  const kind = mode & TYPE_MASK;
  if (kind !== 0 && kind !== REGULAR && kind !== DIRECTORY) {
    zip.fail(`'${name}' is ${kind === 0o120000 ? "a symbolic link" : "not a plain file"}`);
  }
}

/** The entry's path segments, refused when it could land outside the folder. */
function safeSegments(zip: ZipReader, name: string): string[] {
  const segments = name.replace(/\/$/, "").split("/");
  const unsafe =
    name.startsWith("/") ||
    /^[A-Za-z]:/.test(name) ||
    /[\\\0]/.test(name) ||
    segments.some((s) => s === "" || s === "." || s === "..");
  if (unsafe) zip.fail(`the entry name '${name}' could land outside the folder`);
  return segments;
}

/** Where the entry's packed bytes start, checked with their length to lie inside the file. */
function dataStart(zip: ZipReader, entry: Entry): number {
  const local = zip.read(entry.localOffset, 30, `the local header of '${entry.name}'`);
  if (local.readUInt32LE(0) !== LOCAL) zip.fail(`'${entry.name}' has no local header`);
  const start = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  zip.within(start, entry.compressedSize, `the data of '${entry.name}'`);
  return start;
}

function* packedChunks(zip: ZipReader, entry: Entry): Generator<Buffer> {
  const start = dataStart(zip, entry);
  const end = start + entry.compressedSize;
  for (let at = start; at < end; at += CHUNK) {
    yield zip.read(at, Math.min(CHUNK, end - at), `the data of '${entry.name}'`);
  }
}

/**
 * Counts and checksums the entry's bytes as they stream. The stated sizes were checked against
 * the limit, so stopping each entry at its stated size keeps a lying one within the limit too.
 */
function sizeGuard(zip: ZipReader, entry: Entry) {
  let length = 0;
  let crc = 0;
  const guard = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      length += chunk.length;
      if (length > entry.size) {
        done(zip.problem(`'${entry.name}' holds more than its stated ${entry.size} bytes`));
        return;
      }
      crc = crc32(chunk, crc);
      done(null, chunk);
    },
  });
  return { guard, matches: () => length === entry.size && crc === entry.crc };
}

/** Streams the entry into the open file `out`, which the stream closes. */
async function unpackEntry(zip: ZipReader, entry: Entry, out: number): Promise<void> {
  const { guard, matches } = sizeGuard(zip, entry);
  try {
    await pipeline(
      Readable.from(packedChunks(zip, entry)),
      entry.method === DEFLATED ? createInflateRaw() : new PassThrough(),
      guard,
      createWriteStream("", { fd: out }),
    );
  } catch (error) {
    // zlib's errors carry a Z_ code; anything else (a refusal, a full disk) is passed on.
    if (!String((error as NodeJS.ErrnoException).code).startsWith("Z_")) throw error;
    zip.fail(`'${entry.name}' is not valid deflate data`);
  }
  if (!matches()) zip.fail(`'${entry.name}' does not match its stated size and CRC-32`);
}

/** Makes the entry's folders and, for a file, opens it new; `made` records what was created. */
function create(
  zip: ZipReader,
  folder: string,
  segments: readonly string[],
  isFolder: boolean,
  made: string[],
): number | undefined {
  try {
    makeFolders(join(folder, ...(isFolder ? segments : segments.slice(0, -1))), made);
    if (isFolder) return undefined;
    const out = openSync(join(folder, ...segments), "wx");
    made.push(join(folder, ...segments));
    return out;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENAMETOOLONG") {
      return zip.fail(`'${segments.join("/")}' is a name longer than the file system takes`);
    }
    if (code !== "EEXIST" && code !== "ENOTDIR" && code !== "EISDIR") throw error;
    return zip.fail(
      `'${segments.join("/")}' collides with another entry (a file where a folder is, or twice)`,
    );
  }
}

async function unpackAll(
  zip: ZipReader,
  entries: readonly Entry[],
  folder: string,
  made: string[],
): Promise<string[]> {
  const written: string[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const segments = safeSegments(zip, entry.name);
    const path = segments.join("/");
    if (seen.has(path.toLowerCase())) zip.fail(`'${path}' is in it twice`);
    seen.add(path.toLowerCase());
    const out = create(zip, folder, segments, entry.name.endsWith("/"), made);
    if (out === undefined) continue;
    await unpackEntry(zip, entry, out);
    written.push(path);
  }
  return written;
}

/**
 * Unpacks `file` into `folder` (which must exist), returning the relative paths of its files.
 * When it refuses the archive, it first removes every file and folder it had made.
 */
export async function extractZip(
  file: string,
  folder: string,
  limits: ZipLimits = {},
  shownAs: string = file,
): Promise<string[]> {
  const fd = openSync(file, "r");
  const made: string[] = [];
  try {
    const zip = new ZipReader(fd, fstatSync(fd).size, shownAs);
    const entries = readEntries(zip, limits.maxEntries ?? 100_000);
    const total = entries.reduce((sum, e) => sum + e.size, 0);
    const maxBytes = limits.maxBytes ?? 4 * 1024 ** 3;
    if (total > maxBytes) {
      zip.fail(
        `it would unpack to ${total} bytes, over the ${maxBytes} allowed; nothing was unpacked`,
        `Upload at most ${maxBytes} bytes of files in this artifact`,
      );
    }
    return await unpackAll(zip, entries, folder, made);
  } catch (error) {
    for (const path of made.reverse()) rmSync(path, { recursive: true, force: true });
    throw error;
  } finally {
    closeSync(fd);
  }
}

/**
 * Unpacks a zip (an artifact downloaded from another run) into a folder. The archive is
 * untrusted: every entry must be a plain file or folder at a relative path inside the folder, no
 * entry may be written twice, sizes are capped before anything is inflated, and each file's
 * length and CRC-32 are checked against the central directory. Only stored and deflated entries
 * are read, which is what GitHub's artifact service and every zip tool write by default.
 */
import { closeSync, fstatSync, openSync, readSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { crc32, inflateRawSync } from "node:zlib";
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

class ZipReader {
  constructor(
    private readonly fd: number,
    private readonly shownAs: string,
  ) {}

  read(position: number, length: number): Buffer {
    const buffer = Buffer.alloc(length);
    const got = readSync(this.fd, buffer, 0, length, position);
    if (got !== length) this.fail(`ends inside an entry (at byte ${position + got})`);
    return buffer;
  }

  fail(problem: string): never {
    throw new FileError(
      this.shownAs,
      `is not a zip this tool can unpack: ${problem}`,
      "Upload the artifact again; only plain files and folders, stored or deflated, are read",
    );
  }
}

/** The end-of-central-directory record: the last thing in the file, before a comment. */
function findDirectory(zip: ZipReader, size: number): { count: number; offset: number } {
  const tail = zip.read(Math.max(0, size - 65_557), Math.min(size, 65_557));
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== EOCD) continue;
    const count = tail.readUInt16LE(i + 10);
    const offset = tail.readUInt32LE(i + 16);
    if (count === 0xffff || offset === 0xffffffff) zip.fail("it is a zip64 archive (over 4 GiB)");
    return { count, offset };
  }
  return zip.fail("no end-of-central-directory record");
}

function readEntries(zip: ZipReader, size: number, maxEntries: number): Entry[] {
  const { count, offset } = findDirectory(zip, size);
  if (count > maxEntries) zip.fail(`${count} entries, more than the ${maxEntries} allowed`);
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    const header = zip.read(at, 46);
    if (header.readUInt32LE(0) !== CENTRAL) zip.fail(`entry ${i + 1} has no central header`);
    const nameLength = header.readUInt16LE(28);
    const name = zip.read(at + 46, nameLength).toString("utf8");
    if (header.readUInt16LE(8) & 1) zip.fail(`'${name}' is encrypted`);
    const mode = header.readUInt8(5) === UNIX ? header.readUInt32LE(38) >>> 16 : 0;
    checkKind(zip, name, mode);
    entries.push({
      name,
      method: header.readUInt16LE(10),
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

function inflate(zip: ZipReader, entry: Entry): Buffer {
  const local = zip.read(entry.localOffset, 30);
  if (local.readUInt32LE(0) !== LOCAL) zip.fail(`'${entry.name}' has no local header`);
  const start = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  const packed = zip.read(start, entry.compressedSize);
  let data: Buffer;
  if (entry.method === 0) data = packed;
  else if (entry.method === 8) {
    try {
      data = inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.size) });
    } catch {
      return zip.fail(`'${entry.name}' does not inflate to its stated ${entry.size} bytes`);
    }
  } else return zip.fail(`'${entry.name}' uses compression method ${entry.method}`);
  if (data.length !== entry.size || crc32(data) !== entry.crc) {
    zip.fail(`'${entry.name}' does not match its stated size and CRC-32`);
  }
  return data;
}

/** Unpacks `file` into `folder` (which must exist), returning the relative paths of its files. */
export function extractZip(
  file: string,
  folder: string,
  limits: ZipLimits = {},
  shownAs: string = file,
): string[] {
  const fd = openSync(file, "r");
  try {
    const zip = new ZipReader(fd, shownAs);
    const entries = readEntries(zip, fstatSync(fd).size, limits.maxEntries ?? 100_000);
    const total = entries.reduce((sum, e) => sum + e.size, 0);
    const maxBytes = limits.maxBytes ?? 4 * 1024 ** 3;
    if (total > maxBytes)
      zip.fail(`it would unpack to ${total} bytes, over the ${maxBytes} allowed`);
    const written: string[] = [];
    const seen = new Set<string>();
    for (const entry of entries) {
      const segments = safeSegments(zip, entry.name);
      const path = segments.join("/");
      if (seen.has(path.toLowerCase())) zip.fail(`'${path}' is in it twice`);
      seen.add(path.toLowerCase());
      const isFolder = entry.name.endsWith("/");
      const data = isFolder ? undefined : inflate(zip, entry);
      try {
        makeFolders(join(folder, ...(isFolder ? segments : segments.slice(0, -1))));
        if (data) writeFileSync(join(folder, ...segments), data, { flag: "wx" });
      } catch {
        zip.fail(`'${path}' collides with another entry (a file where a folder is, or twice)`);
      }
      if (data) written.push(path);
    }
    return written;
  } finally {
    closeSync(fd);
  }
}

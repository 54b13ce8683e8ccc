import { grown } from "../data/typed-arrays.js";

/**
 * FNV-1a over bytes, finished with MurmurHash3's mixer, as the data engine's string dictionary
 * hashes cells: ids such as `id0000001`, `id0000002` differ in their last bytes only, and the
 * mixer spreads those over every bit of the slot.
 */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A first byte no UTF-8 text starts with: it marks an id held as UTF-16 code units, for the rare
 * id with a lone surrogate (possible from a JSON `\ud800` escape), which UTF-8 cannot spell and
 * would turn into U+FFFD, making two different ids equal.
 */
const UTF16_MARK = 0xff;

const encoder = new TextEncoder();

/**
 * The ids of a file's rows, end to end as UTF-8 bytes in one array with each one's start and
 * hash: a million ids take a few bytes each rather than a string object each, and pairing
 * compares bytes through its own hash table, without a `Map` of strings.
 */
export class IdColumn {
  /** Made by `IdColumnBuilder`, or `IdColumn.from(strings)`. */
  constructor(
    readonly length: number,
    private readonly bytes: Uint8Array,
    /** Id i is `bytes[starts[i], starts[i + 1])`. */
    private readonly starts: Uint32Array,
    /** The hash of each id's bytes. */
    readonly hashes: Uint32Array,
  ) {}

  static from(ids: Iterable<string>): IdColumn {
    const builder = new IdColumnBuilder();
    for (const id of ids) builder.push(id);
    return builder.finish();
  }

  /** Id `i` as text. */
  get(i: number): string {
    const start = this.starts[i]!;
    const end = this.starts[i + 1]!;
    const buffer = Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.length);
    if (end > start && this.bytes[start] === UTF16_MARK) {
      return buffer.toString("utf16le", start + 1, end);
    }
    return buffer.toString("utf8", start, end);
  }

  /** Whether id `i` equals id `j` of `other`, byte for byte. */
  equals(i: number, other: IdColumn, j: number): boolean {
    if (this.hashes[i] !== other.hashes[j]) return false;
    const start = this.starts[i]!;
    const length = this.starts[i + 1]! - start;
    const otherStart = other.starts[j]!;
    if (other.starts[j + 1]! - otherStart !== length) return false;
    const a = this.bytes;
    const b = other.bytes;
    for (let k = 0; k < length; k++) if (a[start + k] !== b[otherStart + k]) return false;
    return true;
  }

  *[Symbol.iterator](): IterableIterator<string> {
    for (let i = 0; i < this.length; i++) yield this.get(i);
  }
}

/** Fills an `IdColumn` one id at a time. */
export class IdColumnBuilder {
  private bytes = new Uint8Array(1 << 16);
  private starts = new Uint32Array(1 << 12);
  private hashes = new Uint32Array(1 << 12);
  private length = 0;
  private end = 0;

  push(id: string): void {
    if (this.length + 2 > this.starts.length) {
      this.starts = grown(this.starts, this.length + 2);
      this.hashes = grown(this.hashes, this.length + 1);
    }
    const start = this.end;
    const wellFormed = (id as unknown as { isWellFormed(): boolean }).isWellFormed();
    // UTF-8 takes at most three bytes per UTF-16 code unit; UTF-16 two, after the mark.
    const room = start + 1 + id.length * 3;
    if (room > 2 ** 32) throw new RangeError("the ids of one file exceed 4 GiB");
    if (room > this.bytes.length) this.bytes = grown(this.bytes, room);
    if (wellFormed) {
      this.end += encoder.encodeInto(id, this.bytes.subarray(start)).written;
    } else {
      this.bytes[start] = UTF16_MARK;
      for (let k = 0; k < id.length; k++) {
        const unit = id.charCodeAt(k);
        this.bytes[start + 1 + 2 * k] = unit & 0xff;
        this.bytes[start + 2 + 2 * k] = unit >>> 8;
      }
      this.end += 1 + 2 * id.length;
    }
    this.hashes[this.length] = hashBytes(this.bytes, start, this.end);
    this.starts[this.length + 1] = this.end;
    this.length++;
  }

  finish(): IdColumn {
    const { length, end } = this;
    return new IdColumn(
      length,
      this.bytes.slice(0, end),
      this.starts.slice(0, length + 1),
      this.hashes.slice(0, length),
    );
  }
}

import { maxTextBytes, textOfBytes, writeTextBytes } from "../data/text-bytes.js";
import { grown, resized, trimmed } from "../data/typed-arrays.js";
import type { RowEstimate } from "./row-estimate.js";
import { releaseArrays } from "../release-array.js";

/**
 * FNV-1a over bytes, finished with MurmurHash3's mixer, as the data engine's string dictionary
 * hashes cells: ids such as `id0000001`, `id0000002` differ in their last bytes only, and the
 * mixer spreads those over every bit of the slot. A signed 32-bit integer, which V8 keeps
 * unboxed where an unsigned one above 2^31 would be a heap object per call.
 */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * The ids of a file's rows, end to end as the bytes of their text (UTF-8, see `text-bytes.ts`)
 * in one array with each one's start: a million ids take a few bytes each rather than a string
 * object each, and pairing compares bytes through its own hash table, without a `Map` of
 * strings. Hashes are computed when asked for, once or twice per id, rather than kept.
 */
export class IdColumn {
  /** Made by `IdColumnBuilder`, or `IdColumn.from(strings)`. */
  constructor(
    readonly length: number,
    private readonly bytes: Uint8Array,
    /** Id i is `bytes[starts[i], starts[i + 1])`. */
    private readonly starts: Uint32Array,
  ) {}

  static from(ids: Iterable<string>): IdColumn {
    const builder = new IdColumnBuilder();
    for (const id of ids) builder.push(id);
    return builder.finish();
  }

  /** Id `i` as text. */
  get(i: number): string {
    return textOfBytes(this.bytes, this.starts[i]!, this.starts[i + 1]!);
  }

  /** Frees the ids' memory, for a caller done with them: the column is unusable afterwards. */
  release(): void {
    releaseArrays(this.bytes, this.starts);
  }

  /** The hash of id `i`'s bytes. */
  hash(i: number): number {
    return hashBytes(this.bytes, this.starts[i]!, this.starts[i + 1]!);
  }

  /** Whether id `i` equals id `j` of `other`, byte for byte. */
  equals(i: number, other: IdColumn, j: number): boolean {
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

/**
 * Fills an `IdColumn` one id at a time. With an estimate of the rows, its arrays grow to them
 * (the bytes at the mean length of the ids so far) rather than doubling.
 */
export class IdColumnBuilder {
  private bytes = new Uint8Array(1 << 16);
  private starts = new Uint32Array(1 << 12);
  private length = 0;
  private end = 0;

  constructor(private readonly estimate?: RowEstimate) {}

  /** Appends the id whose text is `id`. */
  push(id: string): void {
    const start = this.reserve(maxTextBytes(id));
    this.end = writeTextBytes(id, this.bytes, start);
    this.close();
  }

  /** Appends the id whose bytes (as `text-bytes.ts` spells a text) are `from[start, end)`. */
  pushBytes(from: Uint8Array, start: number, end: number): void {
    const at = this.reserve(end - start);
    const bytes = this.bytes;
    // A loop, not `set(subarray)`: ids are short, and a view per id costs more.
    for (let i = start, to = at; i < end; i++, to++) bytes[to] = from[i]!;
    this.end = at + end - start;
    this.close();
  }

  /** Room for one more id of at most `length` bytes; returns where it starts. */
  private reserve(length: number): number {
    const rows = this.estimate?.capacityFor(this.length + 1);
    if (this.length + 2 > this.starts.length) {
      const old = this.starts;
      this.starts = rows ? resized(old, rows + 1) : grown(old, this.length + 2);
      releaseArrays(old);
    }
    const room = this.end + length;
    if (room > 2 ** 32) throw new RangeError("the ids of one file exceed 4 GiB");
    if (room > this.bytes.length) {
      const expected = rows && this.length > 0 ? Math.ceil((this.end / this.length) * rows) : 0;
      const old = this.bytes;
      this.bytes = expected >= room ? resized(old, expected) : grown(old, room);
      releaseArrays(old);
    }
    return this.end;
  }

  /** Ends the id just written. */
  private close(): void {
    this.starts[this.length + 1] = this.end;
    this.length++;
  }

  finish(): IdColumn {
    const { length, end } = this;
    return new IdColumn(length, trimmed(this.bytes, end), trimmed(this.starts, length + 1));
  }
}

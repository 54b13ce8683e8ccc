import { grown } from "./typed-arrays.js";

/**
 * FNV-1a over bytes, finished with MurmurHash3's mixer: FNV alone leaves the low bits (the slot)
 * depending only on the low bits of each byte, so that keys such as `U0000001`, `U0000002`...
 * pile up in a few runs of slots; the mixer spreads every byte over every bit. The low 30 bits
 * are kept: a larger number is boxed on the heap when returned, once per cell looked up.
 */
function hashBytes(buf: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) & 0x3fffffff;
}

/** Any UTF-16 surrogate: only a string holding one can lack a UTF-8 spelling. */
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * The dictionary of a string column: each distinct string gets the next code. Cells are looked
 * up by their UTF-8 bytes, through an open-addressing hash table over the bytes of the known
 * strings, so that a repeated value (the common case for categories) never becomes a string:
 * only a value seen for the first time is decoded. Strings given as text are encoded into a
 * reused buffer and looked up the same way; the rare string with a lone surrogate, which has no
 * UTF-8 spelling, is kept in a map of its own.
 */
export class StringDictionary {
  values: string[] = [];
  /** Open addressing: code + 1 per slot, 0 for an empty slot; the length is a power of two. */
  private slots = new Int32Array(64);
  private hashes = new Uint32Array(16);
  /** The UTF-8 bytes of every value, end to end; value `c` is `arena[starts[c], starts[c + 1])`. */
  private arena = new Uint8Array(256);
  private starts = new Int32Array(17);
  private scratch = Buffer.allocUnsafe(256);
  private unspellable: Map<string, number> | undefined;

  /**
   * Forgets every value but keeps the tables' memory, for a dictionary refilled batch after
   * batch. The values array handed out so far stays as it is.
   */
  clear(): void {
    this.values = [];
    this.slots.fill(0);
    this.unspellable = undefined;
  }

  /** The code of the string spelled by `buf[start, end)`, added if new. */
  codeOfBytes(buf: Buffer, start: number, end: number): number {
    const hash = hashBytes(buf, start, end);
    const code = this.find(buf, start, end, hash);
    return code >= 0 ? code : this.add(buf.toString("utf8", start, end), buf, start, end, hash);
  }

  /**
   * The code of the bytes `buf[start, end)`, added if new without their string (its value is
   * then ""): for a dictionary used as a set of byte strings, where a string per value would be
   * made for nothing.
   */
  codeOfKey(buf: Uint8Array, start: number, end: number): number {
    const hash = hashBytes(buf, start, end);
    const code = this.find(buf, start, end, hash);
    return code >= 0 ? code : this.add("", buf, start, end, hash);
  }

  /** Whether the string spelled by `buf[start, end)` is in the dictionary. */
  hasBytes(buf: Uint8Array, start: number, end: number): boolean {
    return this.find(buf, start, end, hashBytes(buf, start, end)) >= 0;
  }

  /** The code of `text`, added if new. */
  codeOf(text: string): number {
    if (SURROGATE.test(text) && Buffer.from(text, "utf8").toString("utf8") !== text) {
      return this.unspellableCode(text);
    }
    if (this.scratch.length < text.length * 3) this.scratch = Buffer.allocUnsafe(text.length * 3);
    const end = this.scratch.write(text, 0, "utf8");
    const hash = hashBytes(this.scratch, 0, end);
    const code = this.find(this.scratch, 0, end, hash);
    return code >= 0 ? code : this.add(text, this.scratch, 0, end, hash);
  }

  /** The code of a string with a lone surrogate: it has no bytes and is never in the table. */
  private unspellableCode(text: string): number {
    this.unspellable ??= new Map();
    let code = this.unspellable.get(text);
    if (code === undefined) {
      code = this.push(text, 0);
      this.unspellable.set(text, code);
    }
    return code;
  }

  /** The code of the value spelled by `buf[start, end)`, whose hash is `hash`, or -1. */
  private find(buf: Uint8Array, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) return -1;
      const code = entry - 1;
      if (this.hashes[code] !== hash) continue;
      const from = this.starts[code]!;
      if (this.starts[code + 1]! - from !== length) continue;
      let i = 0;
      while (i < length && this.arena[from + i] === buf[start + i]) i++;
      if (i === length) return code;
    }
  }

  /** Gives `text`, spelled by `buf[start, end)` whose hash is `hash`, the next code. */
  private add(text: string, buf: Uint8Array, start: number, end: number, hash: number): number {
    const code = this.push(text, end - start);
    const arena = this.arena;
    // A loop, not `set(subarray)`: values are short, and a view per value costs more.
    for (let i = start, to = this.starts[code]!; i < end; i++, to++) arena[to] = buf[i]!;
    this.hashes[code] = hash;
    if ((code + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(code, hash);
    return code;
  }

  /** Appends `text` to the values with room for `length` bytes in the arena; returns its code. */
  private push(text: string, length: number): number {
    const code = this.values.length;
    this.values.push(text);
    // Each table grows on its own: they double from different lengths.
    if (code + 2 > this.starts.length) this.starts = grown(this.starts, code + 2);
    if (code + 1 > this.hashes.length) this.hashes = grown(this.hashes, code + 1);
    const from = this.starts[code]!;
    if (from + length > this.arena.length) this.arena = grown(this.arena, from + length);
    this.starts[code + 1] = from + length;
    return code;
  }

  private place(code: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = code + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    const unspellable = this.unspellable;
    for (let code = 0; code < this.values.length; code++) {
      if (unspellable?.get(this.values[code]!) !== code) this.place(code, this.hashes[code]!);
    }
  }
}

/** FNV-1a over bytes: cheap, and spreads short keys such as category names well. */
function hashBytes(buf: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
  return h >>> 0;
}

/** Bytes that are never valid UTF-8, and so never equal a cell of a (checked) file. */
const NOT_UTF8 = Uint8Array.of(0xff);

/**
 * The dictionary of a string column: each distinct string gets the next code. A cell can be
 * looked up by its UTF-8 bytes, through a hash table over the bytes of the known strings, so
 * that a repeated value (the common case for categories) never becomes a string: only a value
 * seen for the first time is decoded.
 */
export class StringDictionary {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  /** Open addressing: code + 1 per slot, 0 for an empty slot; the length is a power of two. */
  private slots = new Int32Array(64);
  private hashes = new Uint32Array(16);
  /** The UTF-8 bytes of every value, end to end; value `c` is `arena[starts[c], starts[c + 1])`. */
  private arena = new Uint8Array(256);
  private starts = new Int32Array(17);

  /** The code of the string spelled by `buf[start, end)`, added if new. */
  codeOfBytes(buf: Buffer, start: number, end: number): number {
    const hash = hashBytes(buf, start, end);
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) break;
      const code = entry - 1;
      if (this.hashes[code] !== hash) continue;
      const from = this.starts[code]!;
      if (this.starts[code + 1]! - from !== length) continue;
      let i = 0;
      while (i < length && this.arena[from + i] === buf[start + i]) i++;
      if (i === length) return code;
    }
    const text = buf.toString("utf8", start, end);
    return this.index.get(text) ?? this.add(text, buf.subarray(start, end));
  }

  /** The code of `text`, added if new. */
  codeOf(text: string): number {
    const code = this.index.get(text);
    if (code !== undefined) return code;
    // A string with a lone surrogate has no UTF-8 spelling: file it under bytes no cell has.
    const bytes = Buffer.from(text, "utf8");
    return this.add(text, bytes.toString("utf8") === text ? bytes : NOT_UTF8);
  }

  /** Gives `text`, whose UTF-8 bytes are `bytes`, the next code. */
  private add(text: string, bytes: Uint8Array): number {
    const code = this.values.length;
    this.values.push(text);
    this.index.set(text, code);
    if (code + 2 > this.starts.length) {
      this.starts = grown(this.starts, code + 2);
      this.hashes = grown(this.hashes, code + 1);
    }
    const from = this.starts[code]!;
    if (from + bytes.length > this.arena.length) {
      this.arena = grown(this.arena, from + bytes.length);
    }
    this.arena.set(bytes, from);
    this.starts[code + 1] = from + bytes.length;
    const hash = hashBytes(bytes, 0, bytes.length);
    this.hashes[code] = hash;
    if ((code + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(code, hash);
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
    for (let code = 0; code < this.values.length; code++) this.place(code, this.hashes[code]!);
  }
}

/** A copy of `array` at least `length` long (doubling), for arrays that only grow. */
function grown<T extends Int32Array | Uint32Array | Uint8Array>(array: T, length: number): T {
  const copy = new (array.constructor as new (length: number) => T)(
    Math.max(length, array.length * 2),
  );
  copy.set(array);
  return copy;
}

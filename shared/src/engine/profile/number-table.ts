import { grown } from "../data/typed-arrays.js";

/**
 * A map from numbers to numbers over typed arrays, for the hot loops that count or look up
 * values a million times: open addressing over the entries' indexes, the entries themselves in
 * the order they were added. A `Map` spends about 50 bytes per entry and a generic hashed
 * lookup; this spends at most 32 bytes and makes no garbage. Keys compare as a `Map` compares
 * them (-0 and 0 are one key); NaN is never a key.
 */
export class NumberTable {
  /** Entry `i` maps `keys[i]` to `values[i]`; callers may change a value in place. */
  keys: Float64Array = new Float64Array(512);
  values: Float64Array = new Float64Array(512);
  size = 0;
  /** Per slot, the entry's index + 1, or 0 when free; the length is a power of two. */
  private slots = new Int32Array(1024);

  /** The index of `key`'s entry, or -1. */
  indexOf(key: number): number {
    const { slots, keys } = this;
    const mask = slots.length - 1;
    for (let slot = slotHash(key) & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]! - 1;
      if (entry < 0 || keys[entry] === key) return entry;
    }
  }

  /**
   * The index of `key`'s entry; or, when it has none, -1 after adding it with `value`: one
   * probe where `indexOf` and `add` take two.
   */
  indexOrAdd(key: number, value: number): number {
    const { slots, keys } = this;
    const mask = slots.length - 1;
    let slot = slotHash(key) & mask;
    for (; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]! - 1;
      if (entry < 0) break;
      if (keys[entry] === key) return entry;
    }
    const index = this.append(key, value);
    if (this.size * 2 > slots.length) this.rehash();
    else slots[slot] = index + 1;
    return -1;
  }

  /** Adds a key not yet in the table; returns its entry's index. */
  add(key: number, value: number): number {
    const index = this.append(key, value);
    if (this.size * 2 > this.slots.length) this.rehash();
    else this.place(index);
    return index;
  }

  /** Stores an entry, not yet in the slots; returns its index. */
  private append(key: number, value: number): number {
    const index = this.size++;
    if (index === this.keys.length) {
      this.keys = grown(this.keys, index + 1);
      this.values = grown(this.values, index + 1);
    }
    this.keys[index] = key === 0 ? 0 : key;
    this.values[index] = value;
    return index;
  }

  /** Doubles the slots and places every entry again. */
  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let i = 0; i < this.size; i++) this.place(i);
  }

  /** Empties the table, keeping its memory. */
  clear(): void {
    if (this.size === 0) return;
    this.slots.fill(0);
    this.size = 0;
  }

  private place(index: number): void {
    const slots = this.slots;
    const mask = slots.length - 1;
    let slot = slotHash(this.keys[index]!) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = index + 1;
  }
}

const float = new Float64Array(1);
const words = new Uint32Array(float.buffer);

/** A hash of a key's IEEE 754 bits (-0 as 0), 30 bits so that it is never boxed. */
function slotHash(key: number): number {
  float[0] = key === 0 ? 0 : key;
  let h = words[0]! ^ Math.imul(words[1]!, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) & 0x3fffffff;
}

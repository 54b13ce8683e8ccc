/**
 * A deterministic 64-bit hash of a number or a string, as two 32-bit halves, for HyperLogLog
 * and validate-data's exact distinct counts.
 * Deterministic means the same value hashes the same on every machine and every run (no seed
 * from the clock, no `Math.random`), so a profile is reproducible byte for byte. The mixing is
 * MurmurHash3's 32-bit finaliser applied to two lanes that read the input with different
 * multipliers; it is not cryptographic and needs not be.
 */

const float = new Float64Array(1);
const words = new Uint32Array(float.buffer);

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The last hash made: `[0]` its high half, `[1]` its low half. A typed array, not a variable or
 * a return value: a 32-bit unsigned number held or returned that way is boxed on the heap, once
 * per value hashed.
 */
export const lastHash = new Uint32Array(2);
/**
 * `lastHash`'s first word as a signed 32-bit integer, for code that passes it around: an unsigned
 * one past 2^31 is a heap number, allocated at every call it crosses.
 */
export const lastHashInt32 = new Int32Array(lastHash.buffer, 0, 1);

/** Hashes a number by its IEEE 754 bits (-0 counts as 0) into `lastHash`. */
export function hashNumber(value: number): void {
  float[0] = value === 0 ? 0 : value;
  const lo = words[0]!;
  const hi = words[1]!;
  const a = fmix32(Math.imul(lo ^ 0x9e3779b9, 0xcc9e2d51) ^ Math.imul(hi, 0x1b873593));
  const b = fmix32(Math.imul(hi ^ 0x7f4a7c15, 0x85ebca6b) ^ Math.imul(lo, 0xc2b2ae35) ^ a);
  lastHash[0] = b;
  lastHash[1] = fmix32(a ^ Math.imul(b, 0x27d4eb2f));
}

/** Hashes a string by its UTF-16 code units into `lastHash`. */
export function hashString(value: string): void {
  let a = 0x811c9dc5 ^ value.length;
  let b = 0x01000193;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  finishText(a, b);
}

/**
 * Hashes the text spelled by the ASCII bytes `bytes[start, end)` into `lastHash`, as
 * `hashString` hashes it (an ASCII byte is its UTF-16 code unit); false, with `lastHash`
 * unchanged, at a byte past ASCII.
 */
export function hashAscii(bytes: Uint8Array, start: number, end: number): boolean {
  let a = 0x811c9dc5 ^ (end - start);
  let b = 0x01000193;
  for (let i = start; i < end; i++) {
    const c = bytes[i]!;
    if (c >= 0x80) return false;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  finishText(a, b);
  return true;
}

/**
 * Hashes the bytes `bytes[start, end)` into `lastHash`, whatever they are, for a set that keeps
 * the hashes of texts rather than their bytes. Two lanes of 32 bits, each stepped by a
 * bijection of its state per byte (FNV-1a's, and a multiply and shift of its own), so that the
 * 64 bits collide about as often as a random 64-bit value would.
 */
export function hashBytes(bytes: Uint8Array, start: number, end: number): void {
  let a = 0x811c9dc5 ^ (end - start);
  let b = 0x9747b28c;
  for (let i = start; i < end; i++) {
    const c = bytes[i]!;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  finishText(a, b);
}

function finishText(a: number, b: number): void {
  const hi = fmix32(b ^ fmix32(a));
  lastHash[0] = hi;
  lastHash[1] = fmix32(a ^ Math.imul(hi, 0x27d4eb2f));
}

/** Hashes a value of a profile, a number or a string, into `lastHash`. */
export function hashValue(value: number | string): void {
  if (typeof value === "number") hashNumber(value);
  else hashString(value);
}

/**
 * A text as bytes, as a column read as bytes holds it (`byteColumns`, `textAsBytes`): its UTF-8
 * spelling, or, for a string with a lone surrogate (a JSON `\ud800` escape can make one), which
 * UTF-8 cannot spell and would turn into U+FFFD, making two different texts equal, a first byte
 * no UTF-8 text starts with followed by its UTF-16 code units. Equal texts have equal bytes.
 */
const UTF16_MARK = 0xff;

const encoder = new TextEncoder();

/** The most bytes `text` takes: UTF-8 takes at most three per UTF-16 code unit. */
export const maxTextBytes = (text: string): number => 1 + text.length * 3;

/** Writes the bytes of `text` into `target` from `at`, which has room for them; returns the end. */
export function writeTextBytes(text: string, target: Uint8Array, at: number): number {
  if ((text as unknown as { isWellFormed(): boolean }).isWellFormed()) {
    return at + encoder.encodeInto(text, target.subarray(at)).written;
  }
  target[at] = UTF16_MARK;
  for (let k = 0; k < text.length; k++) {
    const unit = text.charCodeAt(k);
    target[at + 1 + 2 * k] = unit & 0xff;
    target[at + 2 + 2 * k] = unit >>> 8;
  }
  return at + 1 + 2 * text.length;
}

/** Whether the cell `bytes[start, end)` is UTF-8: every text's but one with a lone surrogate. */
export function isUtf8Cell(bytes: Uint8Array, start: number, end: number): boolean {
  return end === start || bytes[start] !== UTF16_MARK;
}

/**
 * The text whose bytes are `bytes[start, end)`. A caller decoding many cells of one array passes
 * it as a `Buffer` (`asBuffer`), which saves a view per call.
 */
export function textOfBytes(bytes: Uint8Array, start: number, end: number): string {
  const buffer = asBuffer(bytes);
  if (!isUtf8Cell(bytes, start, end)) return buffer.toString("utf16le", start + 1, end);
  return buffer.toString("utf8", start, end);
}

/** `bytes` as a `Buffer` over the same memory. */
export const asBuffer = (bytes: Uint8Array): Buffer =>
  Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);

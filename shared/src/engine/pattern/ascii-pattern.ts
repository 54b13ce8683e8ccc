/** Verdict of `AsciiPattern.test`: the whole cell matches. */
export const MATCH = 1;
/** Verdict of `AsciiPattern.test`: the cell does not match. */
export const NO_MATCH = 0;
/** Verdict of `AsciiPattern.test`: not decided here; the caller asks re2js. */
export const UNDECIDED = -1;

/** A pattern's matcher for cells of ASCII text, given as bytes. */
export interface AsciiPattern {
  /**
   * Whether the whole of `bytes[start, end)` matches: `MATCH` or `NO_MATCH`, exactly as
   * `RE2JS.compile(pattern).testExact` says of the same text. `UNDECIDED` when a byte is 0x80 or
   * over (the cell is not ASCII text), unless the ASCII bytes before it already rule out a match:
   * then `NO_MATCH`, which is re2js's verdict too. A number, not a boolean, so that a hot loop
   * reads it without allocating.
   */
  test(bytes: Uint8Array, start: number, end: number): number;
}

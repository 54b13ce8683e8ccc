import { peek, type PatternCursor } from "./pattern-cursor.js";

const ASCII_MAX = 0x7f;

/** The characters RE2 names by a letter after a backslash. */
const NAMED_ESCAPES: Readonly<Record<string, number>> = {
  a: 0x07,
  f: 0x0c,
  n: 0x0a,
  r: 0x0d,
  t: 0x09,
  v: 0x0b,
};

const isOctal = (c: number) => c >= 0x30 && c <= 0x37;
const isAlphanumeric = (c: number) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** The value of a hexadecimal digit, or -1. */
function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/**
 * Reads the escape of one character at the cursor (on its backslash) and returns the character's
 * code: `\n` and the other letters RE2 names, octal `\0`, `\12`, `\123`, hexadecimal `\x41` and
 * `\x{41}`, and a backslash before punctuation. Undefined for anything else (classes and
 * assertions are the caller's to read first) and for a character outside ASCII.
 */
export function parseEscape(cursor: PatternCursor): number | undefined {
  const c = peek(cursor, 1);
  cursor.at += 2;
  if (c === -1) return undefined;
  // RE2 reads `\1` to `\7` as octal only when another octal digit follows: no backreferences.
  if (c === 0x30 || (isOctal(c) && isOctal(peek(cursor)))) return readOctal(cursor, c - 0x30);
  if (c === 0x78) return readHex(cursor);
  const named = NAMED_ESCAPES[String.fromCharCode(c)];
  if (named !== undefined) return named;
  return c <= ASCII_MAX && !isAlphanumeric(c) ? c : undefined;
}

/** Up to two more octal digits after the first, `value`. */
function readOctal(cursor: PatternCursor, value: number): number | undefined {
  for (let digits = 1; digits < 3 && isOctal(peek(cursor)); digits++) {
    value = value * 8 + peek(cursor) - 0x30;
    cursor.at++;
  }
  return value <= ASCII_MAX ? value : undefined;
}

/** Two hexadecimal digits, or one or more in braces, after `\x`. */
function readHex(cursor: PatternCursor): number | undefined {
  if (peek(cursor) !== 0x7b) {
    const high = hexValue(peek(cursor));
    const low = hexValue(peek(cursor, 1));
    cursor.at += 2;
    return high < 0 || low < 0 || high * 16 + low > ASCII_MAX ? undefined : high * 16 + low;
  }
  cursor.at++;
  let value = 0;
  let digits = 0;
  for (let digit = hexValue(peek(cursor)); digit >= 0; digit = hexValue(peek(cursor))) {
    value = value * 16 + digit;
    // Leading zeros are allowed, so bail out on the value rather than on the number of digits.
    if (value > ASCII_MAX) return undefined;
    digits++;
    cursor.at++;
  }
  if (digits === 0 || peek(cursor) !== 0x7d) return undefined;
  cursor.at++;
  return value;
}

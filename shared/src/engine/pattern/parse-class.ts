import { addRange, addSet, complement, emptySet, perlClass, type AsciiSet } from "./ascii-set.js";
import { parseEscape } from "./parse-escape.js";
import { peek, type PatternCursor } from "./pattern-cursor.js";

const BACKSLASH = 0x5c;
const CARET = 0x5e;
const CLOSE = 0x5d;
const COLON = 0x3a;
const HYPHEN = 0x2d;
const OPEN = 0x5b;

/**
 * Reads a bracket class at the cursor (on its `[`). As in RE2: a `]` right after `[` or `[^` is
 * a literal, a `-` that cannot end a range is a literal, and `[^...]` takes `\n` too (Perl
 * mode). Undefined for POSIX classes (`[:alpha:]`), Unicode classes (`\p`) and any escape
 * outside the subset.
 */
export function parseClass(cursor: PatternCursor): AsciiSet | undefined {
  cursor.at++;
  const negated = peek(cursor) === CARET;
  if (negated) cursor.at++;
  const set = emptySet();
  for (let first = true; first || peek(cursor) !== CLOSE; first = false) {
    if (peek(cursor) === -1) return undefined;
    if (!addItem(cursor, set)) return undefined;
  }
  cursor.at++;
  return negated ? complement(set) : set;
}

/** Adds the class item at the cursor to `set`: a Perl class, a character or a range. */
function addItem(cursor: PatternCursor, set: AsciiSet): boolean {
  const c = peek(cursor);
  if (c === OPEN && peek(cursor, 1) === COLON) return false;
  if (c === BACKSLASH) {
    const perl = perlClass(String.fromCharCode(peek(cursor, 1)));
    if (perl !== undefined) {
      addSet(set, perl);
      cursor.at += 2;
      return true;
    }
  }
  const lo = classChar(cursor);
  if (lo === undefined) return false;
  let hi = lo;
  // A `-` before the closing `]` is a literal, read as the next item.
  if (peek(cursor) === HYPHEN && peek(cursor, 1) !== CLOSE) {
    cursor.at++;
    const end = classChar(cursor);
    if (end === undefined || end < lo) return false;
    hi = end;
  }
  addRange(set, lo, hi);
  return true;
}

/** The character at the cursor, escaped or not; undefined at the end or for a bad escape. */
function classChar(cursor: PatternCursor): number | undefined {
  const c = peek(cursor);
  if (c === -1) return undefined;
  if (c === BACKSLASH) return parseEscape(cursor);
  cursor.at++;
  return c;
}

import { anyButNewline, charSet, perlClass } from "./ascii-set.js";
import { parseClass } from "./parse-class.js";
import { parseEscape } from "./parse-escape.js";
import { peek, type PatternCursor } from "./pattern-cursor.js";
import { alternation, sequence, type PatternTree } from "./pattern-tree.js";

/**
 * The most groups open at once. RE2 itself allows far deeper nesting; stopping here keeps the
 * recursive walks over the tree shallow, and a deeper pattern is simply left to re2js.
 */
const MAX_GROUP_DEPTH = 200;

/** RE2's largest repeat count. */
const MAX_REPEAT = 1000;

const ASCII_MAX = 0x7f;

/** A group being read: its finished alternatives and the items of the current one. */
interface OpenGroup {
  readonly options: PatternTree[];
  items: PatternTree[];
  /** Whether the last item read was a repetition, which RE2 does not let be repeated again. */
  lastRepeated: boolean;
}

/** Whether `c` may appear in a group's name: RE2 takes letters, digits and `_`. */
const isNameChar = (c: string) =>
  c === "_" || (c >= "0" && c <= "9") || (c >= "A" && c <= "Z") || (c >= "a" && c <= "z");

const openGroup = (): OpenGroup => ({ options: [], items: [], lastRepeated: false });

const closeGroup = (group: OpenGroup): PatternTree =>
  alternation([...group.options, sequence(group.items)]);

/**
 * The tree of `pattern`, read as `RE2JS.compile` reads it with its default (Perl) flags, or
 * undefined when the pattern holds a non-ASCII character or syntax outside the subset: flag
 * groups, word boundaries, Unicode and POSIX classes, `\Q...\E`, groups nested deeper than
 * `MAX_GROUP_DEPTH`, more than `maxItems` atoms, groups and alternatives (a bound on the tree
 * built before its NFA's size is known: a pattern of a million literals is declined after
 * `maxItems`, not parsed whole). Groups are read with an explicit stack, so no nesting
 * overflows the call stack.
 */
export function parsePattern(pattern: string, maxItems: number): PatternTree | undefined {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern.charCodeAt(i) > ASCII_MAX) return undefined;
  }
  const cursor: PatternCursor = { text: pattern, at: 0 };
  const outer: OpenGroup[] = [];
  let group = openGroup();
  let items = 0;
  while (cursor.at < pattern.length) {
    const c = pattern[cursor.at]!;
    if (c !== ")" && ++items > maxItems) return undefined;
    const bounds = readQuantifier(cursor);
    if (bounds !== undefined) {
      if (!repeatLastItem(cursor, group, bounds)) return undefined;
    } else if (c === "(") {
      if (outer.length >= MAX_GROUP_DEPTH || !skipGroupOpening(cursor)) return undefined;
      outer.push(group);
      group = openGroup();
    } else if (c === "|") {
      cursor.at++;
      group.options.push(sequence(group.items));
      group.items = [];
    } else if (c === ")") {
      cursor.at++;
      const parent = outer.pop();
      if (parent === undefined) return undefined;
      parent.items.push(closeGroup(group));
      parent.lastRepeated = false;
      group = parent;
    } else {
      const atom = parseAtom(cursor);
      if (atom === undefined) return undefined;
      group.items.push(atom);
      group.lastRepeated = false;
    }
  }
  return outer.length === 0 ? closeGroup(group) : undefined;
}

/**
 * Skips the opening of a group at the cursor: `(`, `(?:`, `(?P<name>` or `(?<name>`; false for
 * any other `(?` form (flags, RE2's no-op `(?)`), which the subset leaves out.
 */
function skipGroupOpening(cursor: PatternCursor): boolean {
  const { text } = cursor;
  if (!text.startsWith("(?", cursor.at)) {
    cursor.at++;
    return true;
  }
  if (text.startsWith("(?:", cursor.at)) {
    cursor.at += 3;
    return true;
  }
  const nameStart = text.startsWith("(?P<", cursor.at)
    ? cursor.at + 4
    : text.startsWith("(?<", cursor.at)
      ? cursor.at + 3
      : -1;
  if (nameStart < 0) return false;
  const nameEnd = text.indexOf(">", nameStart);
  if (nameEnd <= nameStart) return false;
  for (let i = nameStart; i < nameEnd; i++) if (!isNameChar(text[i]!)) return false;
  cursor.at = nameEnd + 1;
  return true;
}

/** A character, class, `.`, anchor or escape at the cursor; undefined outside the subset. */
function parseAtom(cursor: PatternCursor): PatternTree | undefined {
  const c = peek(cursor);
  switch (String.fromCharCode(c)) {
    case "^":
      cursor.at++;
      return { kind: "textStart" };
    case "$":
      cursor.at++;
      return { kind: "textEnd" };
    case ".":
      cursor.at++;
      return { kind: "char", set: anyButNewline() };
    case "[": {
      const set = parseClass(cursor);
      return set === undefined ? undefined : { kind: "char", set };
    }
    case "\\":
      return parseBackslash(cursor);
    default:
      // `{` that does not start a repeat count, and `}` and `]`, are literals too.
      cursor.at++;
      return { kind: "char", set: charSet(c) };
  }
}

/** An escape outside a class: `\A`, `\z`, a Perl class, or one escaped character. */
function parseBackslash(cursor: PatternCursor): PatternTree | undefined {
  const letter = String.fromCharCode(peek(cursor, 1));
  if (letter === "A" || letter === "z") {
    cursor.at += 2;
    return { kind: letter === "A" ? "textStart" : "textEnd" };
  }
  const perl = perlClass(letter);
  if (perl !== undefined) {
    cursor.at += 2;
    return { kind: "char", set: perl };
  }
  // `\b`, `\B`, `\p`, `\P`, `\Q` and `\C` are letters too, so parseEscape declines them.
  const code = parseEscape(cursor);
  return code === undefined ? undefined : { kind: "char", set: charSet(code) };
}

/** Bounds of a repetition; `max` is -1 when unbounded. */
interface Bounds {
  readonly min: number;
  readonly max: number;
}

const STAR: Bounds = { min: 0, max: -1 };
const PLUS: Bounds = { min: 1, max: -1 };
const QUESTION: Bounds = { min: 0, max: 1 };

/**
 * Reads the quantifier at the cursor, if one is there: `*`, `+`, `?` or a well-formed count
 * `{n}`, `{n,}`, `{n,m}`. RE2 reads a `{` that starts no count (`{`, `{,2}`, `{01}`) as a
 * literal, so then the cursor stays put and the result is undefined.
 */
function readQuantifier(cursor: PatternCursor): Bounds | undefined {
  const c = cursor.text[cursor.at];
  if (c === "*" || c === "+" || c === "?") {
    cursor.at++;
    return c === "*" ? STAR : c === "+" ? PLUS : QUESTION;
  }
  if (c !== "{") return undefined;
  const probe: PatternCursor = { text: cursor.text, at: cursor.at };
  const bounds = readRepeatCount(probe);
  if (bounds !== undefined) cursor.at = probe.at;
  return bounds;
}

/** Reads `{n}`, `{n,}` or `{n,m}` at the cursor: its bounds (max -1 when unbounded). */
function readRepeatCount(cursor: PatternCursor): Bounds | undefined {
  cursor.at++;
  const min = readCount(cursor);
  if (min === undefined) return undefined;
  let max = min;
  if (peek(cursor) === 0x2c) {
    cursor.at++;
    max = peek(cursor) === 0x7d ? -1 : (readCount(cursor) ?? -2);
    if (max === -2) return undefined;
  }
  if (peek(cursor) !== 0x7d) return undefined;
  cursor.at++;
  return { min, max };
}

/** A decimal count at the cursor, without a leading zero unless it is 0; undefined if none. */
function readCount(cursor: PatternCursor): number | undefined {
  const start = cursor.at;
  while (peek(cursor) >= 0x30 && peek(cursor) <= 0x39) cursor.at++;
  const digits = cursor.text.slice(start, cursor.at);
  if (digits.length === 0 || (digits.length > 1 && digits[0] === "0")) return undefined;
  // Long enough to be over RE2's limit (which rejects it) without parsing a huge number.
  return digits.length > 4 ? MAX_REPEAT + 1 : Number(digits);
}

/**
 * Applies a quantifier just read (`bounds`, with an optional lazy `?` after it, which does not
 * change what matches as a whole) to the last item of `group`. False where RE2 rejects it:
 * nothing to repeat, a repetition of a repetition, a count over 1000 or a backward range.
 */
function repeatLastItem(cursor: PatternCursor, group: OpenGroup, bounds: Bounds): boolean {
  const item = group.items.pop();
  const { min, max } = bounds;
  if (item === undefined || group.lastRepeated) return false;
  if (min > MAX_REPEAT || max > MAX_REPEAT || (max >= 0 && max < min)) return false;
  if (peek(cursor) === 0x3f) cursor.at++;
  group.items.push({ kind: "repeat", item, min, max });
  group.lastRepeated = true;
  return true;
}

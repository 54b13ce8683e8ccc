/**
 * A set of ASCII characters: entry `c` is 1 when character `c` is in it. Only ASCII text reaches
 * the byte DFA, so a set need not say anything about other characters.
 */
export type AsciiSet = Uint8Array;

/** The characters an `AsciiSet` speaks of: codes 0 to 127. */
export const ASCII_COUNT = 128;

const NEWLINE = 0x0a;

/** A set of no characters. */
export const emptySet = (): AsciiSet => new Uint8Array(ASCII_COUNT);

/** Adds the characters `lo` to `hi`, both ASCII, to `set`. */
export function addRange(set: AsciiSet, lo: number, hi: number): void {
  set.fill(1, lo, hi + 1);
}

/** Adds every character of `other` to `set`. */
export function addSet(set: AsciiSet, other: AsciiSet): void {
  for (let c = 0; c < ASCII_COUNT; c++) set[c] = set[c]! | other[c]!;
}

/** The ASCII characters not in `set`: RE2's negations also take control characters and `\n`. */
export function complement(set: AsciiSet): AsciiSet {
  const result = emptySet();
  for (let c = 0; c < ASCII_COUNT; c++) result[c] = set[c]! ^ 1;
  return result;
}

/** The set of the one character `c`. */
export function charSet(c: number): AsciiSet {
  const set = emptySet();
  set[c] = 1;
  return set;
}

/** What `.` matches without the `s` flag: every character but `\n`. */
export const anyButNewline = (): AsciiSet => complement(charSet(NEWLINE));

/** RE2's Perl classes, each a list of ranges; `\s` leaves out `\v`, unlike JavaScript's. */
const PERL_CLASSES: Readonly<Record<string, readonly (readonly [number, number])[]>> = {
  d: [[0x30, 0x39]],
  s: [
    [0x09, 0x0a],
    [0x0c, 0x0d],
    [0x20, 0x20],
  ],
  w: [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x5f, 0x5f],
    [0x61, 0x7a],
  ],
};

/** The set of `\<letter>` for a Perl class letter (`d D s S w W`); undefined for other letters. */
export function perlClass(letter: string): AsciiSet | undefined {
  const ranges = PERL_CLASSES[letter.toLowerCase()];
  if (ranges === undefined) return undefined;
  const set = emptySet();
  for (const [lo, hi] of ranges) addRange(set, lo, hi);
  return letter === letter.toLowerCase() ? set : complement(set);
}

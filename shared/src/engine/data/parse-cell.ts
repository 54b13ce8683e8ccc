import type { DateForms } from "./column-type.js";

/**
 * Parsing of one cell's text into a typed value. The byte-level number parser is the hot path of
 * CSV reading: it reads digits straight from the file's buffer, without making a string, and is
 * exact (correctly rounded) because it only takes the short cut when the mantissa and the power
 * of ten are both exactly representable (Clinger's fast path); anything else goes to `Number`.
 */

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);
const MAX_EXACT = 2 ** 53;

/** Set by `parseNumberBytes`: whether the lexeme was a plain integer (no point, no exponent). */
export let lastWasInteger = false;

/**
 * The number spelled by `buf[start, end)`, or `NaN` when the bytes are not a decimal number
 * (`[+-]?(digits[.digits]|.digits)([eE][+-]?digits)?`; no spaces, no hex, no words: see
 * `parseSpecialNumber`).
 */
export function parseNumberBytes(buf: Uint8Array, start: number, end: number): number {
  return parseNumberInto(buf, start, end, parsed, 0) ? parsed[0]! : Number.NaN;
}

const parsed = new Float64Array(1);

/**
 * `parseNumberBytes` that writes the number into `out[index]` and returns whether the bytes are
 * a number: the CSV reader's form, since a number returned from a call is boxed on the heap.
 * `out[index]` may be written even when they are not.
 */
export function parseNumberInto(
  buf: Uint8Array,
  start: number,
  end: number,
  out: Float64Array,
  index: number,
): boolean {
  return scanNumberInto(buf, start, end, out, index) === end;
}

/**
 * Reads the longest number that starts at `buf[start]` and ends at or before `end` (same
 * grammar as `parseNumberBytes`), writes it into `out[index]`, and returns where it stops: the
 * CSV reader's fused path, which learns where a cell ends as it reads the number. -1 when no
 * number starts there, or its exponent has no digit.
 */
export function scanNumberInto(
  buf: Uint8Array,
  start: number,
  end: number,
  out: Float64Array,
  index: number,
): number {
  let p = start;
  let negative = false;
  let c = buf[p];
  if (c === 45 || c === 43) {
    negative = c === 45;
    p++;
  }
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let exact = true;
  while (p < end) {
    c = buf[p]!;
    if (c < 48 || c > 57) break;
    mantissa = mantissa * 10 + (c - 48);
    digits++;
    p++;
  }
  let integer = true;
  if (p < end && buf[p] === 46) {
    integer = false;
    p++;
    while (p < end) {
      c = buf[p]!;
      if (c < 48 || c > 57) break;
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      scale--;
      p++;
    }
  }
  if (digits === 0) return -1;
  if (p < end && (buf[p] === 101 || buf[p] === 69)) {
    integer = false;
    p++;
    let expNegative = false;
    c = buf[p];
    if (c === 45 || c === 43) {
      expNegative = c === 45;
      p++;
    }
    let exponent = 0;
    let expDigits = 0;
    while (p < end) {
      c = buf[p]!;
      if (c < 48 || c > 57) break;
      exponent = exponent * 10 + (c - 48);
      expDigits++;
      p++;
      if (exponent > 1e6) exact = false;
    }
    if (expDigits === 0) return -1;
    scale += expNegative ? -exponent : exponent;
  }
  lastWasInteger = integer;
  // No `undefined` meets the double on its way to `out`: a variable that may hold either is
  // boxed on the heap, one allocation per number read.
  if (exact && mantissa < MAX_EXACT && scale >= -22 && scale <= 22) {
    const value =
      scale === 0
        ? mantissa
        : scale > 0
          ? mantissa * POWERS_OF_TEN[scale]!
          : mantissa / POWERS_OF_TEN[-scale]!;
    out[index] = negative ? -value : value;
    return p;
  }
  // The slow path: the lexeme is valid, so the engine's own parser rounds it correctly.
  let text = "";
  for (let i = start; i < p; i++) text += String.fromCharCode(buf[i]!);
  out[index] = Number(text);
  return p;
}

let scratch = new Uint8Array(64);

/** Whether a character code is a space or a tab, which may pad a number (`unpadded`). */
export const isPadding = (c: number): boolean => c === 32 || c === 9;

/**
 * `text` without the spaces and tabs around it, which a number may be written with (`" 2 "`,
 * `1, 2, 3` after its commas), as pandas and Python's `float` read it. Only the text paths take
 * them: the fused path's numbers leave such a cell to them.
 */
export function unpadded(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isPadding(text.charCodeAt(start))) start++;
  while (end > start && isPadding(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/**
 * The number spelled by `text` (the grammar of `parseNumberBytes`, with spaces and tabs around
 * it: `unpadded`), or `NaN`.
 */
export function parseNumberText(padded: string): number {
  const text = unpadded(padded);
  // Numbers are ASCII: copy the code units into a reused buffer rather than encode.
  if (text.length > scratch.length) scratch = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return Number.NaN;
    scratch[i] = c;
  }
  return parseNumberBytes(scratch, 0, text.length);
}

/** Whether a numeric lexeme has a leading zero that makes it look like an identifier (`00501`). */
export function hasLeadingZero(padded: string): boolean {
  const text = unpadded(padded);
  const s = text.charCodeAt(0) === 45 || text.charCodeAt(0) === 43 ? 1 : 0;
  const next = text.charCodeAt(s + 1);
  return text.charCodeAt(s) === 48 && next >= 48 && next <= 57;
}

/**
 * The words for the numbers that are not decimals, accepted in a column of numbers, declared or
 * inferred: Table Schema's `NaN`, `INF`, `-INF` and `+INF`, in any case (`nan`, `-Inf`), as the
 * specification permits, and the `Infinity` and signed `NaN` that Spark, Java, JavaScript and
 * C's printf write, which Python's `float` reads (pandas reads `Infinity`, and `-nan` as no
 * value); spaces and tabs around them too (`unpadded`). Called only for a cell that is not a
 * decimal number.
 */
export function parseSpecialNumber(padded: string): number | undefined {
  const text = unpadded(padded);
  const first = text.charCodeAt(0);
  const signed = first === 43 || first === 45 ? 1 : 0;
  if (spellsFolded(text, signed, "nan")) return Number.NaN;
  if (!spellsFolded(text, signed, "inf") && !spellsFolded(text, signed, "infinity")) {
    return undefined;
  }
  return first === 45 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
}

/**
 * The number a cell of a column of numbers holds, as the column reads it: a decimal number, or
 * one of `parseSpecialNumber`'s spellings; `undefined` for any other text.
 */
export function parseNumberCell(text: string): number | undefined {
  const n = parseNumberText(text);
  return Number.isNaN(n) ? parseSpecialNumber(text) : n;
}

/**
 * Whether `text` from `at` to its end spells the lower-case ASCII `word` in any case. Setting
 * bit 0x20 turns an ASCII capital into its small letter and no other character into a letter,
 * where `toUpperCase` would read the dotless `ı` as `I`.
 */
function spellsFolded(text: string, at: number, word: string): boolean {
  if (text.length - at !== word.length) return false;
  for (let i = 0; i < word.length; i++) {
    if ((text.charCodeAt(at + i) | 0x20) !== word.charCodeAt(i)) return false;
  }
  return true;
}

const TRUE_VALUES = new Set(["true", "True", "TRUE"]);
const FALSE_VALUES = new Set(["false", "False", "FALSE"]);

/** 1 for a true value, 0 for a false one, `NaN` for anything else (Table Schema's defaults). */
export function parseBoolean(text: string): number {
  if (TRUE_VALUES.has(text)) return 1;
  if (FALSE_VALUES.has(text)) return 0;
  return Number.NaN;
}

/** `parseBoolean` on the bytes `buf[start, end)`, without making a string. */
export function parseBooleanBytes(buf: Uint8Array, start: number, end: number): number {
  const length = end - start;
  if (length === 4) {
    for (const word of TRUE_VALUES) if (spells(buf, start, word)) return 1;
  } else if (length === 5) {
    for (const word of FALSE_VALUES) if (spells(buf, start, word)) return 0;
  }
  return Number.NaN;
}

/**
 * `parseBoolean` for a column the schema declares boolean, which also takes `1` and `0`, as
 * Table Schema's default true and false values do. Inference keeps to the words: a column of
 * 0s and 1s is inferred an integer.
 */
export function declaredBoolean(text: string): number {
  return text === "1" ? 1 : text === "0" ? 0 : parseBoolean(text);
}

/** `declaredBoolean` on the bytes `buf[start, end)`. */
export function declaredBooleanBytes(buf: Uint8Array, start: number, end: number): number {
  if (end - start === 1) return buf[start] === 49 ? 1 : buf[start] === 48 ? 0 : Number.NaN;
  return parseBooleanBytes(buf, start, end);
}

/** Whether the bytes at `start` spell the ASCII `word`. */
function spells(buf: Uint8Array, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (buf[start + i] !== word.charCodeAt(i)) return false;
  return true;
}

/** The value of the `count` ASCII digits at `start`, or -1 if one is not a digit. */
function digitsAt(buf: Uint8Array, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const d = buf[i]! - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The CSV fast path of `parseDatetime` for its commonest form, a plain date `YYYY-MM-DD` of a
 * year from 100 on (`Date.UTC` reads years 0-99 as 19xx): milliseconds since the epoch, by
 * the days-from-civil formula, with no string, regular expression or `Date`, written into
 * `out[index]` (a returned double would be boxed on the heap). False for any other bytes, which
 * then take the full text path.
 */
export function parseDateInto(
  buf: Uint8Array,
  start: number,
  end: number,
  out: Float64Array,
  index: number,
): boolean {
  if (end - start !== 10 || buf[start + 4] !== 45 || buf[start + 7] !== 45) return false;
  const year = digitsAt(buf, start, 4);
  const month = digitsAt(buf, start + 5, 2);
  const day = digitsAt(buf, start + 8, 2);
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > DAYS_IN_MONTH[month - 1]! + (month === 2 && leap ? 1 : 0)) return false;
  // Days from 0000-03-01 (March-based years put the leap day last), then from 1970-01-01.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  out[index] = (era * 146_097 + dayOfEra - 719_468) * 86_400_000;
  return true;
}

// RFC 3339 allows a lower-case t and z.
const DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Whether a date or date-time that `parseDatetime` reads is of the form `form`: the date alone
 * is its first 10 characters, and anything after them is the time of day.
 */
export function isDateForm(text: string, form: "date" | "datetime"): boolean {
  return text.length > 10 === (form === "datetime");
}

/**
 * Milliseconds since the Unix epoch for an ISO 8601 date (`2024-05-01`) or date-time
 * (`2024-05-01T12:30:00.250Z`, `2024-05-01 12:30`, `...+02:00`), or `NaN`. A date-time without
 * an offset is taken as UTC, so that the same file gives the same numbers on every machine.
 */
export function parseDatetime(text: string): number {
  const m = DATETIME.exec(text);
  if (!m) return Number.NaN;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const month = Number(mo);
  const day = Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  // No second 60: pandas and Python's datetime refuse it, and a date would roll over to the
  // next minute and equal it.
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
    return Number.NaN;
  }
  // Set apart, the year: `Date.UTC` takes years 0 to 99 as 1900 to 1999.
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  date.setUTCFullYear(Number(y));
  if (date.getUTCDate() !== day) return Number.NaN;
  // The fraction whole, microseconds and all: two instants a microsecond apart stay two (a
  // millisecond holds them apart by far more than a double's step at these magnitudes).
  let time = date.getTime() + (frac === undefined ? 0 : Number(`0.${frac}`) * 1000);
  if (zone !== undefined && zone !== "Z" && zone !== "z") {
    const sign = zone.startsWith("-") ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    const hours = Number(digits.slice(0, 2));
    const minutes = Number(digits.slice(2));
    if (hours > 23 || minutes > 59) return Number.NaN;
    time -= sign * (hours * 60 + minutes) * 60_000;
  }
  return time;
}

const DAY_MS = 86_400_000;
/**
 * Milliseconds since 1970 nearer it than this (1969-09-07 to 1970-04-26) are taken for no date
 * meant: seconds of any date to 2286, a date's digits, a sentinel such as 0 or -1. pandas' dates
 * of the years around 1970 are farther.
 */
const NEAREST_EPOCH_MS = 1e10;
/** Milliseconds since 1970 farther than this (before 1653, past 2286) are taken for a finer unit. */
const FARTHEST_EPOCH_MS = 1e13;
/** Seconds nearer 1970 than this (1970-04-26) are taken for no date meant: 0, -1, 5. */
const NEAREST_SECONDS = 1e7;
/** The dates another unit may be taken to mean: from 1900 to 2200. */
const PLAUSIBLE_FROM_MS = Date.UTC(1900, 0, 1);
const PLAUSIBLE_TO_MS = Date.UTC(2200, 0, 1);

/** A unit a count since 1970 may be in, its count in milliseconds, and how to give them. */
interface EpochUnit {
  readonly name: string;
  readonly toMs: (count: number) => number;
  readonly fix: string;
}

const SECONDS: EpochUnit = { name: "seconds", toMs: (n) => n * 1000, fix: "multiply it by 1,000" };
// The finer units divide: times 1e-6 may round a whole millisecond down.
const MICROSECONDS: EpochUnit = {
  name: "microseconds",
  toMs: (n) => n / 1000,
  fix: "divide it by 1,000",
};
const NANOSECONDS: EpochUnit = {
  name: "nanoseconds",
  toMs: (n) => n / 1_000_000,
  fix: "divide it by 1,000,000",
};

/** An instant in ISO 8601, a date's midnight as the date alone. */
function instantText(ms: number, forms: DateForms): string {
  const iso = new Date(ms).toISOString();
  return forms === "date" && ms % DAY_MS === 0 ? iso.slice(0, 10) : iso;
}

/** The ISO 8601 date a number's eight digits write as `%Y%m%d` (`20240612`), if they do. */
function digitsDate(n: number): string | undefined {
  const digits = String(n);
  if (!/^\d{8}$/.test(digits)) return undefined;
  const date = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}`;
  return Number.isNaN(parseDatetime(date)) ? undefined : date;
}

/** `n` milliseconds since 1970 in words: the instant, or which bound of those taken it passes. */
function epochText(n: number, forms: DateForms): string {
  if (n > FARTHEST_EPOCH_MS) return "past the year 2286";
  if (n < -FARTHEST_EPOCH_MS) return "before the year 1653";
  return instantText(n, forms);
}

/** The units a number refused as milliseconds may be in, by its size: none for 0, -1 or 5. */
function unitsOfSize(size: number): readonly EpochUnit[] {
  if (size > FARTHEST_EPOCH_MS) return [MICROSECONDS, NANOSECONDS];
  return size >= NEAREST_SECONDS ? [SECONDS] : [];
}

/** The unit of `units` that makes `n` a date from 1900 to 2200, the first if several do. */
function plausibleUnit(n: number, units: readonly EpochUnit[]): EpochUnit | undefined {
  return units.find((unit) => {
    const ms = unit.toMs(n);
    return ms >= PLAUSIBLE_FROM_MS && ms < PLAUSIBLE_TO_MS;
  });
}

/**
 * Why `n` cannot be a value of a column of dates that takes `forms`, where a number is read as
 * milliseconds since 1970 (as pandas' `to_json` writes dates): a magnitude that says another
 * unit or no date at all, or, for a date, an instant that is no midnight UTC. `undefined` where
 * it is one. Worded to follow the number, with the fix. Another unit is named only where it
 * makes the number a date from 1900 to 2200: seconds from 10^7 on, under 10^10; microseconds,
 * then nanoseconds, over 10^13.
 */
export function epochNumberProblem(n: number, forms: DateForms): string | undefined {
  const size = Math.abs(n);
  const inRange = size >= NEAREST_EPOCH_MS && size <= FARTHEST_EPOCH_MS;
  // The common case first, with no text made: a read calls this for every number of the column.
  if (inRange && (forms !== "date" || n % DAY_MS === 0)) return undefined;
  if (!Number.isFinite(n)) return "is not a date";
  const read = `is ${epochText(n, forms)} in milliseconds since 1970, the unit of a number in a date column`;
  if (inRange) {
    return `${read}, and has a time of day, where a date is a midnight UTC: declare the field datetime to keep the time, or write the date as ISO 8601 text`;
  }
  const looksLike = (what: string, fix: string) => `${read}, but looks like ${what}: ${fix}`;
  const date = digitsDate(n);
  if (date !== undefined) {
    const fix = `write it as "${date}", or give the field format: "%Y%m%d"`;
    return looksLike(`the date ${date} written as digits`, fix);
  }
  const units = unitsOfSize(size);
  const unit = plausibleUnit(n, units);
  if (unit !== undefined) {
    const converted = `${unit.name}, ${instantText(unit.toMs(n), forms)}`;
    return looksLike(converted, `${unit.fix}, or write it as ISO 8601 text`);
  }
  const tried =
    units.length === 0
      ? ""
      : `, nor a date from 1900 to 2200 in ${units.map((u) => u.name).join(" or ")}`;
  const where = size > FARTHEST_EPOCH_MS ? "far from" : "near";
  return `${read}, too ${where} 1970 to be a date meant${tried}: write it as ISO 8601 text, or null where there is none`;
}

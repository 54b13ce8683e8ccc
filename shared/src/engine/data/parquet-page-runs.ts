import type { Encoding, PageHeader, ParquetType } from "hyparquet";
import { groupDigits } from "../report/group-digits.js";
import { DataError } from "./data-error.js";
import { CORRUPT_FIX, type ChunkPlace } from "./parquet-page-bounds.js";

/**
 * A data page's levels, and its dictionary indices or booleans, are written in runs of the
 * RLE/bit-packed hybrid encoding, each run's header giving its count: a few bytes may claim any
 * number of values. hyparquet writes a run's values out one by one, past the page's count (2^30
 * of them took 12 s and a gigabyte before V8 gave up, or crashed the process), and reads levels
 * on past the length their page gives them, into the values. Each section's runs are walked here
 * first, as the decoder will read them: their headers, and the values of definition levels
 * where those not missing are counted, in time linear in the section's bytes.
 */

/** A data page, for a refusal that names it. */
export interface PagePlace extends ChunkPlace {
  /** The leaf's path, for a column of leaves of its own (`tags.list.element`). */
  readonly leaf: string | undefined;
  /** The page's place among its column chunk's data pages, from 1. */
  readonly page: number;
  /** The row its values start at. */
  readonly row: number;
}

/** A leaf column, as its pages' runs are read. */
export interface PageLeaf {
  readonly type: ParquetType;
  readonly maxRepetition: number;
  readonly maxDefinition: number;
}

/** What a data page's levels were found to hold. */
export interface PageLevels {
  /** Where its values start in it: past its levels. */
  readonly valuesAt: number;
  /**
   * How many of its definition levels are the leaf's full one, its values that are not
   * missing; counted only where the values' runs are held to them or, in a version 2 page,
   * the header's count of nulls may be replaced by them.
   */
  readonly defined: number | undefined;
}

/** The encodings whose values are runs, read as the levels are. */
const RUN_ENCODINGS: ReadonlySet<Encoding> = new Set(["RLE", "RLE_DICTIONARY", "PLAIN_DICTIONARY"]);

/** Whether a data page's values are runs, walked as its levels are. */
export function valuesInRuns(header: PageHeader): boolean {
  const encoding = (header.data_page_header ?? header.data_page_header_v2)?.encoding;
  return encoding !== undefined && RUN_ENCODINGS.has(encoding);
}

/** The bytes a run's header, a ULEB128 varint, may take: 5 hold the 32 bits the decoder keeps. */
const MAX_HEADER_BYTES = 5;

/**
 * The widest dictionary index read: 24 bits, 16.7 million entries, more than a dictionary page
 * of at most 64 MiB holds (an entry takes 4 bytes or more). The format allows 32, but hyparquet
 * unpacks wider bit-packed indices wrongly: from 25 bits, the ninth value of a run shifts a
 * byte by 32, which JavaScript takes as 0 (and at 32 bits its mask is 0). A page of them would
 * read as wrong values, or past the dictionary, without an error.
 */
const MAX_INDEX_BITS = 24;

type Refuse = (problem: string) => never;

/** A section of runs: what it holds, where, and how many values the decoder reads from it. */
interface Section {
  /** What it holds, as a refusal names it: `definition levels`. */
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** How its end is said: `the 12 bytes given them`. */
  readonly bound: string;
  readonly width: number;
  /** How many values the decoder reads from it, stopping there. */
  readonly values: number;
  /** How that count is said: `the 10 it holds`. */
  readonly holds: string;
  /** The value whose occurrences are counted, where one is (the full definition level). */
  readonly counted?: number;
  /**
   * The greatest value it may hold, and how that is said (`the column's greatest, 1`), where
   * its values are held to one: levels to their column's, indices to their dictionary's last.
   */
  readonly greatest?: { readonly value: number; readonly said: string };
}

/** Bits set in each byte, to count levels of 1 bit-packed a byte at a time. */
const BITS_SET = Uint8Array.from({ length: 256 }, (_, byte) => {
  let bits = 0;
  for (let rest = byte; rest > 0; rest >>= 1) bits += rest & 1;
  return bits;
});

/**
 * How many of `count` values bit-packed `width` bits each from byte `at` are `level` (where
 * one is given), and the largest of them (where `width` bits can spell one past `max`).
 */
function readPacked(
  bytes: Uint8Array,
  at: number,
  count: number,
  width: number,
  level: number | undefined,
  max: number,
): { found: number; largest: number } {
  if (width === 1) {
    let ones = 0;
    const whole = count >> 3;
    for (let i = 0; i < whole; i++) ones += BITS_SET[bytes[at + i]!]!;
    if (count & 7) ones += BITS_SET[bytes[at + whole]! & ((1 << (count & 7)) - 1)]!;
    return { found: level === 1 ? ones : count - ones, largest: ones > 0 ? 1 : 0 };
  }
  let found = 0;
  let largest = 0;
  if (level === undefined && max === 2 ** width - 1) return { found, largest };
  // Values are packed from each byte's low bits up: a window of at most 32 bits holds the next
  // (indices are at most 24 bits wide and levels a few, so fewer than 24 bits wait when a byte
  // is added), and the logical shift keeps it unsigned however its top bit is set.
  const mask = 2 ** width - 1;
  let window = 0;
  let held = 0;
  for (let i = 0, next = at; i < count; i++) {
    while (held < width) {
      window |= bytes[next++]! << held;
      held += 8;
    }
    const value = window & mask;
    window >>>= width;
    held -= width;
    if (value === level) found++;
    if (value > largest) largest = value;
  }
  return { found, largest };
}

/**
 * Walks a section's runs as hyparquet's `readRleBitPackedHybrid` reads them, to the count of
 * values it stops at, and refuses a run past that count (but for the padding of a bit-packed
 * run's last group of 8), a run whose bytes end past the section, and a header longer than 5
 * bytes; and, where the section has a greatest value, a value past it: a level that hyparquet
 * would read as placing values in other rows than their own, or an index past the dictionary,
 * which it would read as a missing value. Gives how many of the values are the section's
 * `counted`, where it has one.
 */
function walkRuns(bytes: Uint8Array, section: Section, refuse: Refuse): number {
  const { name, end, width, values, counted: level, greatest } = section;
  const max = greatest?.value;
  const valueBytes = (width + 7) >> 3;
  let at = section.start;
  let seen = 0;
  let found = 0;
  const pastEnd = () =>
    refuse(
      `has ${name} that run past ${section.bound}, with ${groupDigits(seen)} of its ${groupDigits(values)} values read`,
    );
  const pastValues = (total: number) =>
    refuse(`has ${name} that run to ${groupDigits(total)} values, more than ${section.holds}`);
  const pastMax = (value: number) =>
    refuse(`has ${name} of ${groupDigits(value)}, past ${greatest!.said}`);
  while (seen < values) {
    // Read exactly, where the decoder keeps 32 bits: a count that needs more is past any page's.
    let header = 0;
    for (let length = 0, scale = 1; ; length++, scale *= 128) {
      if (length === MAX_HEADER_BYTES) {
        refuse(`has ${name} with a run header longer than ${MAX_HEADER_BYTES} bytes`);
      }
      if (at >= end) pastEnd();
      const byte = bytes[at++]!;
      header += (byte & 0x7f) * scale;
      if (byte < 0x80) break;
    }
    if (header % 2 === 0) {
      const count = header / 2;
      if (seen + count > values) pastValues(seen + count);
      if (at + valueBytes > end) pastEnd();
      if ((level !== undefined || max !== undefined) && count > 0) {
        // At most 4 bytes (levels and indices are narrower than 32 bits), unsigned.
        let value = 0;
        for (let b = 0; b < valueBytes; b++) value |= bytes[at + b]! << (8 * b);
        value >>>= 0;
        if (value === level) found += count;
        if (max !== undefined && value > max) pastMax(value);
      }
      at += valueBytes;
      seen += count;
      continue;
    }
    const groups = (header - 1) / 2;
    if (seen + groups * 8 - values >= 8) pastValues(seen + groups * 8);
    // The decoder reads a byte ahead even of a run of no bits, where there is one.
    const length = groups * width || (at < end ? 1 : 0);
    if (at + length > end) pastEnd();
    const taken = Math.min(groups * 8, values - seen);
    if (level !== undefined || max !== undefined) {
      const packed = readPacked(bytes, at, taken, width, level, max ?? 2 ** width - 1);
      found += packed.found;
      if (max !== undefined && packed.largest > max) pastMax(packed.largest);
    }
    at += length;
    seen += taken;
  }
  return found;
}

/**
 * The bits a level of at most `max` is written in, as the decoder reads it, and that greatest
 * level, which no level of the section may pass.
 */
const levelBounds = (max: number) => ({
  width: 32 - Math.clz32(max),
  greatest: { value: max, said: `the column's greatest, ${max}` },
});

const byteCount = (bytes: number) => `${groupDigits(bytes)} ${bytes === 1 ? "byte" : "bytes"}`;

/**
 * The section of runs at `at` that starts with its length in 4 bytes: a version 1 page's
 * levels, or booleans written RLE.
 */
function lengthFirst(bytes: Uint8Array, at: number, name: string, refuse: Refuse) {
  if (at + 4 > bytes.length) refuse(`ends before the length of its ${name}`);
  const length = new DataView(bytes.buffer, bytes.byteOffset + at, 4).getUint32(0, true);
  const start = at + 4;
  if (length > bytes.length - start) {
    refuse(
      `gives its ${name} ${byteCount(length)}, more than the ${groupDigits(bytes.length - start)} left in it`,
    );
  }
  return { start, end: start + length, bound: `the ${byteCount(length)} given them` };
}

/** The refusal of a page whose runs claim what its values are not. */
function runRefusal(place: PagePlace, problem: string): DataError {
  const { file, column, group, leaf, page, row } = place;
  const of = leaf === undefined ? "of" : `of '${leaf}' in`;
  return new DataError(
    file,
    `column '${column}': data page ${page} ${of} row group ${group.index} ${problem}`,
    CORRUPT_FIX,
    undefined,
    row,
    column,
  );
}

const refuser =
  (place: PagePlace): Refuse =>
  (problem) => {
    throw runRefusal(place, problem);
  };

/**
 * Holds a data page's repetition and definition levels, decompressed, to its count of values
 * (`num_values`), and each section of them to the bytes its page gives it, before hyparquet
 * decodes them; a version 2 page's count of nulls to its values too. A page hyparquet would
 * not decode at all (no data page header) is left to it.
 */
export function checkLevelRuns(
  page: Uint8Array,
  header: PageHeader,
  leaf: PageLeaf,
  place: PagePlace,
): PageLevels {
  const refuse = refuser(place);
  const { maxRepetition, maxDefinition } = leaf;
  const v2 = header.data_page_header_v2;
  if (header.type === "DATA_PAGE_V2" && v2) {
    const { num_values: values, num_nulls: nulls } = v2;
    if (!Number.isSafeInteger(nulls) || nulls < 0 || nulls > values) {
      refuse(
        `claims ${Number.isSafeInteger(nulls) ? groupDigits(nulls) : "no count"} of its ${groupDigits(values)} values missing (num_nulls)`,
      );
    }
    // Its levels stand uncompressed at its start, their lengths in its header.
    const repetition = v2.repetition_levels_byte_length;
    const valuesAt = repetition + v2.definition_levels_byte_length;
    const holds = `the ${groupDigits(values)} it holds`;
    const section = (name: string, start: number, end: number, max: number): Section => ({
      name,
      start,
      end,
      bound: `the ${byteCount(end - start)} given them`,
      ...levelBounds(max),
      values,
      holds,
    });
    if (maxRepetition > 0) {
      walkRuns(page, section("repetition levels", 0, repetition, maxRepetition), refuse);
    }
    if (maxDefinition === 0) return { valuesAt, defined: undefined };
    const levels = section("definition levels", repetition, valuesAt, maxDefinition);
    return { valuesAt, defined: walkRuns(page, { ...levels, counted: maxDefinition }, refuse) };
  }
  const v1 = header.data_page_header;
  if (header.type !== "DATA_PAGE" || !v1) return { valuesAt: 0, defined: undefined };
  const values = v1.num_values;
  const holds = `the ${groupDigits(values)} it holds`;
  let at = 0;
  const levels = (name: string, max: number, counted?: number) => {
    const { start, end, bound } = lengthFirst(page, at, name, refuse);
    const section = { name, start, end, bound, ...levelBounds(max), values, holds, counted };
    at = end;
    return walkRuns(page, section, refuse);
  };
  if (maxRepetition > 0) levels("repetition levels", maxRepetition);
  if (maxDefinition === 0) return { valuesAt: at, defined: undefined };
  // The values that are not missing are counted only where their runs are held to them.
  const defined = levels("definition levels", maxDefinition, maxDefinition);
  return { valuesAt: at, defined: valuesInRuns(header) ? defined : undefined };
}

/**
 * Holds a data page's values written in runs (dictionary indices, or booleans written RLE),
 * decompressed, to the count of them hyparquet reads: those not missing, by the page's levels
 * (`levels.defined`), or a version 2 page's header (`num_nulls`, as `header` gives it); each
 * run to the page's bytes; and dictionary indices to the `entries` of the dictionary read
 * before the page (none where there was none), which hyparquet would read as missing values
 * past its end and, without a dictionary, as the values themselves.
 */
export function checkValueRuns(
  page: Uint8Array,
  header: PageHeader,
  leaf: PageLeaf,
  levels: PageLevels,
  place: PagePlace,
  entries: number | undefined,
): void {
  if (!valuesInRuns(header)) return;
  const refuse = refuser(place);
  const v2 = header.data_page_header_v2;
  const { encoding, num_values } = (v2 ?? header.data_page_header)!;
  const bytes = page.subarray(levels.valuesAt);
  let values = num_values;
  if (v2) values = num_values - v2.num_nulls;
  else if (leaf.maxDefinition > 0) values = levels.defined!;
  const missing = v2 !== undefined || leaf.maxDefinition > 0;
  const holds = `the ${groupDigits(values)} it holds${missing ? " that are not missing" : ""}`;
  // Booleans start with their length, as a version 1 page's levels do (the decoder reads a
  // version 1 page's booleans so in any of these encodings); indices with their width.
  if (v2 ? encoding === "RLE" : leaf.type === "BOOLEAN") {
    const name = "booleans";
    const { start, end, bound } = lengthFirst(bytes, 0, name, refuse);
    walkRuns(bytes, { name, start, end, bound, width: 1, values, holds }, refuse);
    return;
  }
  const indices = encoding !== "RLE";
  const name = indices ? "dictionary indices" : "RLE values";
  // Without a value (all missing) no index is read, and no dictionary is needed.
  if (indices && entries === undefined && values > 0) {
    refuse("has dictionary indices, but its column chunk has no dictionary page before it");
  }
  if (bytes.length === 0) refuse(`ends before the bit width of its ${name}`);
  const width = bytes[0]!;
  const greatest =
    indices && entries !== undefined
      ? { value: entries - 1, said: `the ${entriesText(entries)} of its dictionary` }
      : undefined;
  // A version 1 page of indices 0 bits wide is all zeros, its runs never read: sound where the
  // dictionary has an entry.
  if (width === 0 && v2 === undefined) {
    if (greatest && greatest.value < 0 && values > 0) {
      refuse(`has ${name} of 0, past ${greatest.said}`);
    }
    return;
  }
  if (width > MAX_INDEX_BITS) {
    refuse(`has ${name} ${width} bits wide, more than the ${MAX_INDEX_BITS} this reader takes`);
  }
  const bound = "the end of the page";
  const section = { name, start: 1, end: bytes.length, bound, width, values, holds, greatest };
  walkRuns(bytes, section, refuse);
}

const entriesText = (entries: number) =>
  `${groupDigits(entries)} ${entries === 1 ? "entry" : "entries"}`;

import type { ColumnMetaData, Compressors, PageHeader } from "hyparquet";
import { groupDigits } from "../report/group-digits.js";
import { DataError } from "./data-error.js";
import { DEFAULT_MAX_LINE_BYTES } from "./read-options.js";

/**
 * The most bytes a page may claim once decompressed without question: as many as a line of CSV
 * or JSON Lines may (64 MiB), a page being the unit a Parquet file is decoded in, as a line is
 * of text. A page header is the file's own word, and a decompression buffer is sized by it
 * before a byte is decoded, so that a 1 kB file claiming 2 GB would otherwise cost 2 GB.
 * pyarrow, pandas and Spark write pages of about 1 MiB, but DuckDB starts a page only after
 * some 100 MB, and fastparquet writes a column chunk as one page: a larger claim stands where
 * the page's compressed bytes could hold it (`MAX_RATIO`).
 */
export const MAX_PAGE_BYTES = DEFAULT_MAX_LINE_BYTES;

/**
 * How many times its compressed size a page past `MAX_PAGE_BYTES` may claim: deflate's limit
 * (about 1032 to 1), which the text and numbers of real pages are far under (9 to 15 times for
 * DuckDB's and fastparquet's large pages).
 */
const MAX_RATIO = 1032;

/** Whether a page of `compressed` bytes may claim `claimed` once decompressed. */
const claimStands = (claimed: number, compressed: number): boolean =>
  claimed <= MAX_PAGE_BYTES || claimed <= compressed * MAX_RATIO;

/**
 * The most values a page may hold: 2^26, the rows of the row group Arrow's writer once made by
 * default, which a page of one value repeated (its dictionary indices and levels a few bytes)
 * could run to. Decoding sizes arrays by the count before reading them, and such runs make a
 * few bytes of a page any number of values, so that the count needs its own bound.
 */
export const MAX_PAGE_VALUES = 2 ** 26;

/** A row group's rows, in the file's order. */
export interface GroupRange {
  readonly index: number;
  readonly rowStart: number;
  readonly rowEnd: number;
}

/** Where a column chunk is, for a refusal that names it. */
export interface ChunkPlace {
  readonly file: string;
  /** The column's name as the read names it. */
  readonly column: string;
  readonly group: GroupRange;
}

const MIB = 2 ** 20;

/** The refusal of a page whose header claims more than it may. */
function pageRefusal({ file, column, group }: ChunkPlace, claim: string, fix: string): DataError {
  return new DataError(
    file,
    `column '${column}': a page of row group ${group.index} claims ${claim}`,
    fix,
    undefined,
    group.rowStart,
    column,
  );
}

export const CORRUPT_FIX = "The file is corrupt: write it again from its source";
const LARGE_FIX =
  "Write the file with pages of the usual size (pyarrow writes 1 MiB pages by default: data_page_size), or check that it is not corrupt";

/** How many values a page header says its page holds: data and dictionary pages alike. */
const pageValues = (header: PageHeader): number | undefined =>
  (header.data_page_header ?? header.data_page_header_v2 ?? header.dictionary_page_header)
    ?.num_values;

/**
 * Refuses a page whose header claims more bytes or values than its column chunk holds, as the
 * footer gives them, or than any page may (`MAX_PAGE_BYTES`, `MAX_PAGE_VALUES`), and a version
 * 2 page whose levels do not fit it (`checkLevelBytes`): before the page is decoded, which sizes
 * its buffers by these claims. A page is held to its chunk's decompressed size only where the
 * footer gives one: DuckDB before 0.6 wrote 0 there.
 */
export function checkPageHeader(header: PageHeader, chunk: ColumnMetaData, place: ChunkPlace) {
  const bytes = header.uncompressed_page_size;
  if (!Number.isSafeInteger(bytes) || bytes < 0) {
    throw new Error(`column '${place.column}': a page header gives no valid decompressed length`);
  }
  const chunkBytes = Number(chunk.total_uncompressed_size);
  if (chunkBytes > 0 && bytes > chunkBytes) {
    const claim = `${groupDigits(bytes)} bytes once decompressed, more than the ${groupDigits(chunkBytes)} its whole column chunk holds (the footer's total_uncompressed_size)`;
    throw pageRefusal(place, claim, CORRUPT_FIX);
  }
  if (!claimStands(bytes, header.compressed_page_size)) {
    const claim = `${groupDigits(bytes)} bytes once decompressed, more than the ${MAX_PAGE_BYTES / MIB} MiB a page may hold beyond ${MAX_RATIO} times its ${groupDigits(header.compressed_page_size)} compressed bytes`;
    throw pageRefusal(place, claim, LARGE_FIX);
  }
  checkLevelBytes(header, place);
  const values = pageValues(header);
  if (values === undefined) return;
  if (!Number.isSafeInteger(values) || values < 0) {
    throw new Error(`column '${place.column}': a page header gives no valid count of values`);
  }
  // A dictionary may hold values no row uses (an Arrow dictionary written whole): no chunk bound.
  const chunkValues = Number(chunk.num_values);
  if (header.type !== "DICTIONARY_PAGE" && values > chunkValues) {
    const claim = `${groupDigits(values)} values, more than the ${groupDigits(chunkValues)} its whole column chunk holds (the footer's num_values)`;
    throw pageRefusal(place, claim, CORRUPT_FIX);
  }
  if (values > MAX_PAGE_VALUES) {
    const claim = `${groupDigits(values)} values, more than the ${groupDigits(MAX_PAGE_VALUES)} a page may hold`;
    throw pageRefusal(place, claim, LARGE_FIX);
  }
}

/**
 * Refuses a version 2 data page whose levels claim fewer bytes than none, or more than the page
 * holds: they stand uncompressed at the page's start, and the decoder reads the values from
 * where they end as claimed. A negative length made it read the levels again as values, and
 * the page read as numbers no writer wrote.
 */
function checkLevelBytes(header: PageHeader, place: ChunkPlace): void {
  const v2 = header.data_page_header_v2;
  if (v2 === undefined) return;
  const levels = [v2.repetition_levels_byte_length, v2.definition_levels_byte_length];
  if (!levels.every((bytes) => Number.isSafeInteger(bytes) && bytes >= 0)) {
    throw new Error(`column '${place.column}': a page header gives no valid length of its levels`);
  }
  const bytes = levels[0]! + levels[1]!;
  if (bytes > header.compressed_page_size) {
    const claim = `${groupDigits(bytes)} bytes of repetition and definition levels, more than the ${groupDigits(header.compressed_page_size)} bytes of the page`;
    throw pageRefusal(place, claim, CORRUPT_FIX);
  }
}

/**
 * The decompressors, each refusing a page whose claim does not stand (`claimStands`) before it
 * sizes its output by the claim: every page is checked by `checkPageHeader` first, and this
 * holds the decompressors to the bound whatever calls them. zstd is given an output of the
 * page's size, where alone it sizes one by the size its own frame claims, up to 2 GB. A page of
 * no bytes is not decompressed: pyarrow's `lz4` writes an empty dictionary as an LZ4 block of
 * one token, which hyparquet-compressors refuses.
 */
export function boundedCompressors(
  compressors: Compressors,
  decompressZstd: (input: Uint8Array, output: Uint8Array) => Uint8Array,
): Compressors {
  const bounded: Compressors = {};
  const all = {
    ...compressors,
    ZSTD: (input: Uint8Array, length: number) => decompressZstd(input, new Uint8Array(length)),
  };
  for (const [codec, decompress] of Object.entries(all)) {
    bounded[codec as keyof Compressors] = (input, length) => {
      if (!Number.isSafeInteger(length) || length < 0) {
        throw new Error("a page header gives no valid decompressed length");
      }
      if (length === 0) return new Uint8Array(0);
      if (!claimStands(length, input.length)) {
        throw new Error(
          `a page claims ${groupDigits(length)} bytes once decompressed, more than the ${MAX_PAGE_BYTES / MIB} MiB a page may hold beyond ${MAX_RATIO} times its ${groupDigits(input.length)} compressed bytes`,
        );
      }
      return decompress(input, length);
    };
  }
  return bounded;
}

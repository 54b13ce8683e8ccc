import { isUtf8 } from "node:buffer";
import type { ParquetParsers, SchemaElement, SchemaTree } from "hyparquet";
import { cp1252Byte, firstBadByte, hex } from "./check-utf8.js";
import { DataError } from "./data-error.js";
import { isBareFixedBytes } from "./parquet-element.js";

/**
 * Decodes UTF-8 and throws at bytes that are not (`ERR_ENCODING_INVALID_ENCODED_DATA`), as fast
 * as hyparquet's own decoder, which puts U+FFFD in their place: `\xfe`, `\xff` and `\xc0`
 * would read as one category, where a CSV or JSON Lines file with them stops at their line.
 */
const strict = new TextDecoder("utf-8", { fatal: true });

/** A Parquet value whose bytes are not UTF-8, standing where its text would in the values read. */
export class NotUtf8 {
  constructor(readonly bytes: Uint8Array) {}
}

/**
 * hyparquet's parsers, but that text (a string, an enum, JSON) throws where its bytes are not
 * UTF-8. Bytes without a string type are read by `binaryParsers` instead.
 */
export function strictTextParsers(parsers: ParquetParsers): ParquetParsers {
  return {
    ...parsers,
    stringFromBytes: (bytes) => bytes && strict.decode(bytes),
    jsonFromBytes: (bytes) => bytes && JSON.parse(strict.decode(bytes)),
  };
}

/**
 * The parsers that find which value is not UTF-8, once `strictTextParsers` threw on a page: a
 * `NotUtf8` stands in its place.
 */
export function markingTextParsers(parsers: ParquetParsers): ParquetParsers {
  const strictParsers = strictTextParsers(parsers);
  const marked =
    (parse: (bytes: Uint8Array) => unknown) =>
    (bytes: Uint8Array): unknown =>
      bytes && (isUtf8(bytes) ? parse(bytes) : new NotUtf8(bytes));
  return {
    ...strictParsers,
    stringFromBytes: marked(strictParsers.stringFromBytes),
    jsonFromBytes: marked(strictParsers.jsonFromBytes),
  };
}

/** Whether an error is the strict decoder's, at bytes that are not UTF-8. */
export const isNotUtf8 = (error: unknown): boolean =>
  (error as { code?: unknown } | null)?.code === "ERR_ENCODING_INVALID_ENCODED_DATA";

/** The first `NotUtf8` in a value, however deep in its lists and structs. */
function notUtf8In(value: unknown): NotUtf8 | undefined {
  if (value instanceof NotUtf8) return value;
  if (typeof value !== "object" || value === null || ArrayBuffer.isView(value)) return undefined;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    const found = notUtf8In(item);
    if (found) return found;
  }
  return undefined;
}

/** The first row of `rows` that holds a `NotUtf8`, and it. */
export function firstNotUtf8(
  rows: ArrayLike<unknown>,
): { readonly index: number; readonly value: NotUtf8 } | undefined {
  // A typed array holds numbers alone.
  if (!Array.isArray(rows)) return undefined;
  for (let index = 0; index < rows.length; index++) {
    const value = notUtf8In(rows[index]);
    if (value) return { index, value };
  }
  return undefined;
}

/**
 * Decodes bytes without a string type. A leading byte order mark is kept, as any other
 * character is: bytes that differ must not read alike.
 */
const bytesDecoder = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * A value of bytes without a string type: its text where the bytes are UTF-8 and do not start
 * as `\x`, else `\x` and the lowercase hex of all of them, as PostgreSQL prints a `bytea`.
 * Decoded leniently, bytes that are not UTF-8 would read with U+FFFD in their place, two hashes
 * or binary UUIDs as one value: a false duplicate to `unique`, one category to a profile and to
 * drift.
 */
function bytesText(bytes: Uint8Array): string {
  const text = bytesDecoder.decode(bytes);
  // The decoder puts U+FFFD where bytes are not UTF-8: only a value that holds one is checked,
  // so that a column of text costs a search of its decoded values and no more. A text that
  // starts as the hex form does is written in it too, so that no two values read alike.
  const hexLike = text.startsWith("\\x");
  if (!hexLike && (!text.includes("\uFFFD") || isUtf8(bytes))) return text;
  return `\\x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex")}`;
}

/** hyparquet's parsers, but that bytes without a string type (`isBinary`) read by `bytesText`. */
export function binaryParsers(parsers: ParquetParsers): ParquetParsers {
  return { ...parsers, stringFromBytes: (bytes) => bytes && bytesText(bytes) };
}

/** Whether a leaf is annotated as text (a string, an enum, JSON). */
const isText = ({ converted_type, logical_type }: SchemaElement): boolean =>
  converted_type === "UTF8" ||
  converted_type === "ENUM" ||
  converted_type === "JSON" ||
  logical_type?.type === "STRING" ||
  logical_type?.type === "ENUM" ||
  logical_type?.type === "JSON";

/**
 * Whether a leaf is bytes without a string type, of any length or of a fixed one without a type
 * at all (`isBareFixedBytes`): read by `binaryParsers`, never refused, for it may be no text (a
 * hash, an image's bytes in a dataset's struct), and a file with such a column must still read.
 * Older writers (Hive, Impala) write text so too.
 */
export const isBinary = (leaf: SchemaElement): boolean =>
  (leaf.type === "BYTE_ARRAY" && !isText(leaf)) || isBareFixedBytes(leaf);

/** Whether any leaf of a column (a struct's, a map's) is bytes without a string type. */
export const hasBinaryLeaf = (node: SchemaTree): boolean =>
  node.children.length === 0 ? isBinary(node.element) : node.children.some(hasBinaryLeaf);

/**
 * The refusal of a value of `column` at `row` whose bytes are not UTF-8, as a CSV or JSON Lines
 * line with them is refused, with the conversion that fits them: Windows-1252 where it holds a
 * byte that latin1 would make an invisible control character, else latin1. The conversion is
 * made where the file is written, Parquet's bytes being no text for iconv.
 */
export function notUtf8Refusal(
  file: string,
  column: string,
  row: number,
  { bytes }: NotUtf8,
): DataError {
  const [at, character] = firstBadByte(bytes, 0);
  const bad = bytes[at] ?? 0;
  const cp1252 = cp1252Byte(bytes);
  const fix =
    cp1252 >= 0
      ? `Write the column as UTF-8 text: decode its values from Windows-1252 (cp1252) before writing the file. It holds the byte 0x${hex(cp1252)}, a character in Windows-1252 (as Excel and Windows tools write), which latin1 would read as an invisible control character`
      : "Write the column as UTF-8 text: decode its values from the encoding they were written in (latin1, or cp1252 for text from Windows or Excel) before writing the file";
  return new DataError(
    file,
    `column '${column}': the byte 0x${hex(bad)} (character ${character} of the value) is not valid UTF-8`,
    fix,
    undefined,
    row,
    column,
  );
}

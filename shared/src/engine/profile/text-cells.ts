import type { BytesColumn, StringColumn } from "../data/batch.js";
import type { StringDictionary } from "../data/string-dictionary.js";
import { asBuffer, isUtf8Cell, textOfBytes } from "../data/text-bytes.js";
import { hashAscii, hashString } from "./hash.js";
import { keptText, LONGEST_KEPT } from "./kept-text.js";

/**
 * The cells of a text column, one batch, as the profile takes them row by row: a text column
 * read as strings (its batch's dictionary) or as bytes. A cell can be hashed, compared and
 * looked up without making its string, which only a value the summary keeps needs.
 */
export interface TextCells {
  readonly length: number;
  isMissing(row: number): boolean;
  /** The cell's text as the summary keeps it (`keptText`); the row's cell is present. */
  text(row: number): string;
  /** Hashes the cell into `lastHash` as `hashString` hashes its `text`. */
  hash(row: number): void;
  /** Whether the cell's `text` is `value`. */
  equals(row: number, value: string): boolean;
  /** Whether two cells hold the same text. */
  same(row: number, other: number): boolean;
  /** The cell's code in `dictionary`, its text added if new. */
  codeIn(dictionary: StringDictionary, row: number): number;
}

/** A text column read as strings: each row's code into the batch's dictionary. */
export class DictionaryCells implements TextCells {
  readonly length: number;

  constructor(private readonly column: StringColumn) {
    this.length = column.codes.length;
  }

  isMissing(row: number): boolean {
    return this.column.codes[row]! < 0;
  }

  text(row: number): string {
    return keptText(this.column.dictionary[this.column.codes[row]!]!);
  }

  hash(row: number): void {
    hashString(this.text(row));
  }

  equals(row: number, value: string): boolean {
    return this.text(row) === value;
  }

  same(row: number, other: number): boolean {
    return this.column.codes[row] === this.column.codes[other];
  }

  codeIn(dictionary: StringDictionary, row: number): number {
    return dictionary.codeOf(this.text(row));
  }
}

/**
 * A text column read as bytes. ASCII cells (ids, emails, codes) are hashed and compared byte by
 * byte, each byte being the text's UTF-16 code unit; other cells through their string. Equal
 * texts have equal bytes, so two cells compare byte by byte whatever they hold.
 */
export class ByteCells implements TextCells {
  readonly length: number;
  private readonly bytes: Buffer;
  private readonly starts: Uint32Array;

  constructor(private readonly column: BytesColumn) {
    this.length = column.missing.length;
    this.bytes = asBuffer(column.bytes);
    this.starts = column.starts;
  }

  isMissing(row: number): boolean {
    return this.column.missing[row] === 1;
  }

  /** Whether the cell may be longer than `LONGEST_KEPT` characters: it takes more bytes. */
  private mayBeLong(row: number): boolean {
    return this.starts[row + 1]! - this.starts[row]! > LONGEST_KEPT;
  }

  text(row: number): string {
    const text = textOfBytes(this.bytes, this.starts[row]!, this.starts[row + 1]!);
    return this.mayBeLong(row) ? keptText(text) : text;
  }

  hash(row: number): void {
    if (this.mayBeLong(row) || !hashAscii(this.bytes, this.starts[row]!, this.starts[row + 1]!)) {
      hashString(this.text(row));
    }
  }

  equals(row: number, value: string): boolean {
    if (this.mayBeLong(row)) return this.text(row) === value;
    const { bytes } = this;
    const start = this.starts[row]!;
    const length = this.starts[row + 1]! - start;
    // A text takes at least one byte per UTF-16 code unit; past ASCII, more.
    if (length !== value.length) return length >= value.length && this.text(row) === value;
    for (let i = 0; i < length; i++) {
      const byte = bytes[start + i]!;
      if (byte >= 0x80) return this.text(row) === value;
      if (byte !== value.charCodeAt(i)) return false;
    }
    return true;
  }

  same(row: number, other: number): boolean {
    const { bytes, starts } = this;
    const start = starts[row]!;
    const from = starts[other]!;
    const length = starts[row + 1]! - start;
    if (starts[other + 1]! - from !== length) return false;
    for (let i = 0; i < length; i++) if (bytes[start + i] !== bytes[from + i]) return false;
    return true;
  }

  codeIn(dictionary: StringDictionary, row: number): number {
    const start = this.starts[row]!;
    const end = this.starts[row + 1]!;
    return isUtf8Cell(this.bytes, start, end) && !this.mayBeLong(row)
      ? dictionary.codeOfBytes(this.bytes, start, end)
      : dictionary.codeOf(this.text(row));
  }
}

import type { BytesColumn, StringColumn } from "../data/batch.js";
import { textOfBytes } from "../data/text-bytes.js";
import { hashAscii, hashString } from "./hash.js";

/**
 * The cells of a text column, one batch, as the profile takes them row by row: a text column
 * read as strings (its batch's dictionary) or as bytes. A cell can be hashed and compared with
 * a kept value without making its string, which only a value the summary keeps needs.
 */
export interface TextCells {
  readonly length: number;
  isMissing(row: number): boolean;
  /** The cell's text; the row's cell is present. */
  text(row: number): string;
  /** Hashes the cell into `lastHash` as `hashString` hashes its text. */
  hash(row: number): void;
  /** Whether the cell's text is `value`. */
  equals(row: number, value: string): boolean;
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
    return this.column.dictionary[this.column.codes[row]!]!;
  }

  hash(row: number): void {
    hashString(this.text(row));
  }

  equals(row: number, value: string): boolean {
    return this.text(row) === value;
  }
}

/**
 * A text column read as bytes. ASCII cells (ids, emails, codes) are hashed and compared byte by
 * byte, each byte being the text's UTF-16 code unit; other cells through their string.
 */
export class ByteCells implements TextCells {
  readonly length: number;

  constructor(private readonly column: BytesColumn) {
    this.length = column.missing.length;
  }

  isMissing(row: number): boolean {
    return this.column.missing[row] === 1;
  }

  text(row: number): string {
    const { bytes, starts } = this.column;
    return textOfBytes(bytes, starts[row]!, starts[row + 1]!);
  }

  hash(row: number): void {
    const { bytes, starts } = this.column;
    if (!hashAscii(bytes, starts[row]!, starts[row + 1]!)) hashString(this.text(row));
  }

  equals(row: number, value: string): boolean {
    const { bytes, starts } = this.column;
    const start = starts[row]!;
    const length = starts[row + 1]! - start;
    if (length !== value.length) return length >= value.length && this.text(row) === value;
    for (let i = 0; i < length; i++) {
      const byte = bytes[start + i]!;
      if (byte >= 0x80) return this.text(row) === value;
      if (byte !== value.charCodeAt(i)) return false;
    }
    return true;
  }
}

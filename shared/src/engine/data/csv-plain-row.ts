import { CR, fieldEnd, LF, QUOTE } from "./csv-tokenizer.js";
import type { TableTyping } from "./table-typing.js";

/**
 * Whether rows may take the fused path with this delimiter: a number's cell ends at the first
 * byte that cannot continue it, so that byte must be the delimiter's and no number's; and a CR
 * after the last field must end the row, where the tokenizer takes a CR delimiter for another
 * field.
 */
export function plainRowsAllowed(delimiter: number): boolean {
  return delimiter !== CR && !/[\d+\-.eE]/.test(String.fromCharCode(delimiter));
}

/**
 * Reads the row that starts at `buf[pos]` into the typed columns in one pass over its bytes:
 * a number's cell is parsed as it is scanned, and an empty cell is known missing from its first
 * byte where the column's other missing values cannot pass for a value of it (see
 * `TableTyping.plainMissing`). Returns where the next row starts, or
 * -1 at the first quote, invalid cell, misplaced delimiter or the end of `buf` before the
 * row's end; the tokenizer then reads the row again and appends it over what was written (see
 * `ColumnBuilder.appendPlain`), so that a row's outcome, its errors and line included, is the
 * tokenizer's.
 */
export function appendPlainRow(
  typing: TableTyping,
  buf: Buffer,
  pos: number,
  end: number,
  delimiter: number,
  line: number,
): number {
  const builders = typing.builders;
  const last = builders.length - 1;
  const row = typing.nextRow();
  let p = pos;
  for (let i = 0; i <= last; i++) {
    if (p >= end) return -1;
    const c = buf[p]!;
    if (c === QUOTE) return -1;
    const builder = builders[i]!;
    if (c === delimiter || c === LF || c === CR) {
      if (!typing.isMissingBytes(i, buf, p, p)) return -1;
      builder.appendMissing(row);
    } else if (typing.plainMissing[i]) {
      p = builder.appendPlain(buf, p, end, row, delimiter);
      if (p < 0) return -1;
    } else {
      const stop = fieldEnd(buf, p, end, delimiter);
      if (stop >= end) return -1;
      if (typing.isMissingBytes(i, buf, p, stop)) builder.appendMissing(row);
      else if (builder.appendBytes(buf, p, stop, row) !== undefined) return -1;
      p = stop;
    }
    const next = buf[p];
    if (i < last) {
      if (next !== delimiter) return -1;
      p++;
    } else if (next === LF) p++;
    else if (next === CR && p + 1 < end) p += buf[p + 1] === LF ? 2 : 1;
    else return -1;
  }
  typing.endRow(line, p - pos);
  return p;
}

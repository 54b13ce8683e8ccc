import { isUtf8 } from "node:buffer";
import { DataError } from "./data-error.js";

const LF = 0x0a;
const CR = 0x0d;

/**
 * Throws a `DataError` naming the line when `buf` is not valid UTF-8. The check is native and
 * runs over the whole chunk at once; only on failure are the lines searched one by one, each
 * ending in LF, CRLF or CR. `firstLine` is the line on which `buf` starts. Callers pass buffers
 * that end on a line break or at the end of the file, so that a character is never split, or
 * use `checkUtf8Read`.
 */
export function checkUtf8(file: string, buf: Buffer, firstLine: number): void {
  if (isUtf8(buf)) return;
  let line = firstLine;
  let start = 0;
  while (start < buf.length) {
    let end = start;
    while (end < buf.length && buf[end] !== LF && buf[end] !== CR) end++;
    if (!isUtf8(buf.subarray(start, end))) break;
    start = end + (buf[end] === CR && buf[end + 1] === LF ? 2 : 1);
    line++;
  }
  throw new DataError(
    file,
    "the bytes on this line are not valid UTF-8",
    "Save the file as UTF-8 (for example with `iconv -f latin1 -t utf-8`)",
    line,
  );
}

/**
 * `checkUtf8` for the bytes of a read, which may end inside a character: the last bytes, when
 * they can be the start of a character that the next read completes, are left to that read.
 * A check up to the last LF instead would skip every line of a file whose lines end in CR.
 */
export function checkUtf8Read(file: string, buf: Buffer, firstLine: number): void {
  // A character is at most 4 bytes: look back over up to 3 continuation bytes to its lead.
  let lead = buf.length - 1;
  while (lead > 0 && lead > buf.length - 4 && (buf[lead]! & 0xc0) === 0x80) lead--;
  const first = buf[lead] ?? 0;
  const length = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
  checkUtf8(file, buf.length - lead < length ? buf.subarray(0, lead) : buf, firstLine);
}

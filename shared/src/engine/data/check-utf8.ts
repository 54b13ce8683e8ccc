import { isUtf8 } from "node:buffer";
import { DataError } from "./data-error.js";

/**
 * Throws a `DataError` naming the line when `buf` is not valid UTF-8. The check is native and
 * runs over the whole chunk at once; only on failure are the lines searched one by one.
 * `firstLine` is the line on which `buf` starts. Callers pass buffers that end on a line break
 * (or at the end of the file), so a character is never split.
 */
export function checkUtf8(file: string, buf: Buffer, firstLine: number): void {
  if (isUtf8(buf)) return;
  let line = firstLine;
  let start = 0;
  while (start < buf.length) {
    let end = buf.indexOf(0x0a, start);
    if (end < 0) end = buf.length;
    if (!isUtf8(buf.subarray(start, end))) break;
    start = end + 1;
    line++;
  }
  throw new DataError(
    file,
    "the bytes on this line are not valid UTF-8",
    "Save the file as UTF-8 (for example with `iconv -f latin1 -t utf-8`)",
    line,
  );
}

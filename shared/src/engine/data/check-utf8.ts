import { isUtf8 } from "node:buffer";
import { DataError } from "./data-error.js";

const LF = 0x0a;
const CR = 0x0d;

/**
 * The line ends in `buf[0, end)`, `buf` starting where a row of the file does, as the file's
 * reader counts them: `end` is where the run of bytes holding the first bad one starts, just after
 * the last CR or LF before it, so the error names the line that the reader's own errors, and
 * `grep -n`, give it.
 */
export type LineEnds = (buf: Buffer, end: number) => number;

/** Line ends as `grep -n` and the JSON Lines reader count them: LF alone (CRLF being one). */
const lfEnds: LineEnds = (buf, end) => {
  let count = 0;
  for (let i = buf.indexOf(LF); i >= 0 && i < end; i = buf.indexOf(LF, i + 1)) count++;
  return count;
};

/**
 * Where the first run of bytes between line ends (LF or CR) that is not UTF-8 starts in `buf`,
 * which is not: both are ASCII, so no character spans one, and the run holds the first bad byte.
 */
function firstBadRun(buf: Buffer): number {
  let start = 0;
  for (;;) {
    let end = start;
    while (end < buf.length && buf[end] !== LF && buf[end] !== CR) end++;
    if (end >= buf.length || !isUtf8(buf.subarray(start, end))) return start;
    start = end + 1;
  }
}

/**
 * Throws a `DataError` naming the line when `buf` is not valid UTF-8. The check is native and
 * runs over the whole chunk at once; only on failure is the bad run of bytes searched for, and
 * its line counted by `lineEnds` (LF alone by default). `firstLine` is the line on which `buf`
 * starts. Callers pass buffers that end on a line break or at the end of the file, so that a
 * character is never split, or use `checkUtf8Read`.
 */
export function checkUtf8(
  file: string,
  buf: Buffer,
  firstLine: number,
  lineEnds: LineEnds = lfEnds,
): void {
  if (isUtf8(buf)) return;
  const start = firstBadRun(buf);
  const line = firstLine + lineEnds(buf, start);
  if (line === 1 && start === 0) {
    const order = utf16Order(buf);
    if (order !== undefined) {
      throw new DataError(
        file,
        `the file is UTF-16 text (it starts with the byte order mark ${order}, as Excel's "Unicode Text" does), not UTF-8`,
        'Save it as UTF-8, for example with `iconv -f utf-16 -t utf-8` (in Excel, save as "CSV UTF-8")',
        line,
      );
    }
  }
  const [at, character] = firstBadByte(buf, start);
  throw new DataError(
    file,
    `the byte 0x${hex(buf[at]!)} (character ${character} of this line) is not valid UTF-8`,
    encodingFix(buf),
    line,
  );
}

/** The bytes of the UTF-8 character whose first byte is `lead`, were it one. */
export const utf8Length = (lead: number): number =>
  lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;

/** A byte as a message names it: two upper-case hex digits. */
export const hex = (byte: number): string => byte.toString(16).toUpperCase().padStart(2, "0");

/**
 * The first byte from `start` on that begins no UTF-8 character, and its 1-based place among
 * the characters from `start`: where an editor's cursor finds it on its line. Only the byte is
 * named, never the text around it, which may be a value that must not reach a log.
 */
export function firstBadByte(buf: Uint8Array, start: number): [number, number] {
  let character = 1;
  let i = start;
  while (i < buf.length) {
    const length = utf8Length(buf[i]!);
    if (!isUtf8(buf.subarray(i, i + length))) return [i, character];
    i += length;
    character++;
  }
  return [i, character];
}

/**
 * The character whose first byte is `buf[pos]` (before `end`), quoted as JSON quotes it, or
 * where its bytes are not all there or not UTF-8, that byte in hex.
 */
export function characterAt(buf: Buffer, pos: number, end: number): string {
  const length = utf8Length(buf[pos]!);
  const bytes = buf.subarray(pos, pos + length);
  return pos + length <= end && isUtf8(bytes)
    ? JSON.stringify(bytes.toString("utf8"))
    : `byte 0x${hex(buf[pos]!)}`;
}

/** The byte order mark of UTF-16 text at the start of `buf`, as hex, or undefined. */
function utf16Order(buf: Buffer): string | undefined {
  if (buf[0] === 0xff && buf[1] === 0xfe) return "FF FE";
  if (buf[0] === 0xfe && buf[1] === 0xff) return "FE FF";
  return undefined;
}

/**
 * Windows-1252's characters for the bytes 0x80 to 0x9F, where latin1 has control characters;
 * a space for the five bytes it leaves undefined, which no Windows-1252 file holds.
 */
const CP1252_HIGH = "€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ";

/**
 * The first byte of `buf` that Windows-1252 reads as a character and latin1 as a control
 * character, outside any UTF-8 character (whose continuation bytes may be the same), or -1.
 */
export function cp1252Byte(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    const length = utf8Length(b);
    if (length === 1 || isUtf8(buf.subarray(i, i + length))) i += length;
    else if (b >= 0x80 && b <= 0x9f && CP1252_HIGH[b - 0x80] !== " ") return b;
    else i++;
  }
  return -1;
}

/**
 * How to make bytes that are not UTF-8 into UTF-8. Latin1 and Windows-1252 (what Excel and
 * Windows tools write) agree but for the bytes 0x80 to 0x9F: Windows-1252's € “ ” – and
 * latin1's control characters. Converted as latin1, a file with such bytes would read cleanly
 * with its quotes and euros silently made invisible, so where one is seen Windows-1252 is named.
 */
function encodingFix(buf: Buffer): string {
  const byte = cp1252Byte(buf);
  if (byte === -1) {
    return "Save the file as UTF-8 (for example with `iconv -f latin1 -t utf-8`, or `-f cp1252` for a file from Windows or Excel)";
  }
  return `Save the file as UTF-8 with \`iconv -f cp1252 -t utf-8\`: it holds the byte 0x${hex(byte)}, ${CP1252_HIGH[byte - 0x80]} in Windows-1252 (as Excel and Windows tools write), which latin1 would read as an invisible control character`;
}

/**
 * `checkUtf8` for the bytes of a read, which may end inside a character: the last bytes, when
 * they can be the start of a character that the next read completes, are left to that read.
 * A check up to the last LF instead would skip every line of a file whose lines end in CR.
 */
export function checkUtf8Read(
  file: string,
  buf: Buffer,
  firstLine: number,
  lineEnds?: LineEnds,
): void {
  // A character is at most 4 bytes: look back over up to 3 continuation bytes to its lead.
  let lead = buf.length - 1;
  while (lead > 0 && lead > buf.length - 4 && (buf[lead]! & 0xc0) === 0x80) lead--;
  const first = buf[lead] ?? 0;
  const length = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
  checkUtf8(file, buf.length - lead < length ? buf.subarray(0, lead) : buf, firstLine, lineEnds);
}

import { groupDigits } from "../report/group-digits.js";
import { characterAt, utf8Length } from "./check-utf8.js";
import { DataError, lineTooLong, tooManyColumns } from "./data-error.js";

export const QUOTE = 0x22;
export const LF = 0x0a;
export const CR = 0x0d;

/** Receives each complete row of a CSV buffer as byte ranges, without making strings. */
export interface CsvRowSink {
  /**
   * Field `i` of the row is `buf[starts[i], ends[i])`; `flags[i]` is 0 for a plain field, 1 for
   * a quoted one (quotes already stripped), 2 for a quoted one whose `""` must become `"`.
   * `line` is the 1-based line on which the row starts.
   */
  row(
    buf: Buffer,
    starts: Int32Array,
    ends: Int32Array,
    flags: Uint8Array,
    count: number,
    line: number,
  ): void;

  /**
   * The fused path: reads the row that starts at `buf[pos]` straight into its columns when
   * every field of it is plain (unquoted) and valid, and returns where the next row starts;
   * -1 leaves the row to the tokenizer (a quote, a problem, or the end of `buf` before the
   * row's), which then hands it to `row`. `line` is the row's line.
   */
  plainRow(buf: Buffer, pos: number, end: number, line: number): number;
}

/** Where the unquoted field that starts at `pos` ends: at the delimiter, a line end, or `end`. */
export function fieldEnd(buf: Buffer, pos: number, end: number, delimiter: number): number {
  let p = pos;
  while (p < end) {
    const c = buf[p]!;
    if (c === delimiter || c === LF || c === CR) break;
    p++;
  }
  return p;
}

/**
 * Whether the first row of `buf` (the start of a file) ends in a lone CR, as the rows of a
 * classic Mac OS file do, rather than in LF or CRLF; undefined where `buf` holds no row end yet
 * and more is to come. A row that no end closes (the file's only one) or that the tokenizer will
 * refuse counts as LF's.
 */
function rowsEndInCr(buf: Buffer, final: boolean, delimiter: number): boolean | undefined {
  const end = buf.length;
  let pos = 0;
  for (;;) {
    if (pos < end && buf[pos] === QUOTE) {
      let q = pos + 1;
      for (;;) {
        const next = buf.indexOf(QUOTE, q);
        if (next < 0 || (next + 1 >= end && !final)) return final ? false : undefined;
        if (buf[next + 1] !== QUOTE) {
          pos = next + 1;
          break;
        }
        q = next + 2;
      }
    } else {
      pos = fieldEnd(buf, pos, end, delimiter);
    }
    if (pos >= end) return final ? false : undefined;
    const c = buf[pos];
    if (c === delimiter) pos++;
    else if (c !== CR) return false;
    else if (pos + 1 < end) return buf[pos + 1] !== LF;
    else return final ? true : undefined;
  }
}

/**
 * The line ends inside a quoted field's bytes `buf[from, to)`: LF (CRLF being one), and a lone CR
 * only where it ends the file's rows (`crRows`), as the tokenizer's note says.
 */
function quotedLineEnds(buf: Buffer, from: number, to: number, crRows: boolean): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    if (buf[i] === LF || (crRows && buf[i] === CR && buf[i + 1] !== LF)) count++;
  }
  return count;
}

/**
 * An RFC 4180 tokenizer: a state machine over bytes that finds fields and rows (quoted fields,
 * doubled quotes, line breaks inside quotes, CRLF, LF or CR line ends). It works on a buffer
 * holding the rest of the previous chunk followed by the next one, and hands back where the last
 * complete row ends, so that the caller keeps only one partial row between chunks. Blank lines
 * are skipped. A quote inside an unquoted field is taken literally, as most writers expect.
 * A row longer than `maxRowBytes`, complete or not, is refused, so that the kept part is bounded;
 * so is one of more than `maxFields` fields, whose fields past that are counted but not kept.
 * Each row that does not open with a quote is first offered to the sink's fused path
 * (`plainRow`), which reads most rows of most files in one pass; the state machine reads the rest.
 * Inside a quoted field, lines are counted as `grep -n`, git and GitHub count them, by LF (CRLF
 * being one line end): a lone CR there (text pasted from an old Mac program) is no line break,
 * but in a file whose rows end in lone CRs, where CR is the line end. Between fields, a lone CR
 * ends a row in any file.
 */
export class CsvTokenizer {
  /** The line at which the next scan starts. */
  line = 1;
  /** Whether a row was handed on: a later row too wide is ragged, not a file too wide. */
  private seenRow = false;
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private flags = new Uint8Array(64);
  /** Whether lone CRs end the file's rows (`rowsEndInCr`), once its first row end is read. */
  private crRows: boolean | undefined;

  constructor(
    private readonly file: string,
    private readonly delimiter: number,
    private readonly maxRowBytes: number,
    private readonly maxFields: number,
  ) {}

  /**
   * Hands every complete row of `buf` to `sink` and returns the index just after the last one.
   * With `final`, the buffer is the end of the file: every byte must belong to a row.
   */
  scan(buf: Buffer, final: boolean, sink: CsvRowSink): number {
    const end = buf.length;
    const delimiter = this.delimiter;
    let pos = 0;
    let line = this.line;
    this.crRows ??= rowsEndInCr(buf, final, delimiter);
    const crBreaks = this.crRows === true;
    while (pos < end) {
      const rowStart = pos;
      const rowLine = line;
      let c = buf[pos];
      if (c === LF) {
        pos++;
        line++;
        continue;
      }
      if (c === CR) {
        if (pos + 1 >= end && !final) break;
        pos += buf[pos + 1] === LF ? 2 : 1;
        line++;
        continue;
      }
      if (c !== QUOTE) {
        // Cut at the longest row allowed: a longer one is left to the state machine, which
        // refuses it before any of its cells is appended.
        const next = sink.plainRow(buf, pos, Math.min(end, pos + this.maxRowBytes), line);
        if (next >= 0) {
          pos = next;
          line++;
          this.seenRow = true;
          continue;
        }
      }
      let count = 0;
      for (;;) {
        // Past `maxFields`, every field lands in one spare slot: a row of a million fields then
        // costs no more than a row at the limit until it is refused.
        const at = Math.min(count, this.maxFields);
        if (at === this.starts.length) this.grow();
        if (pos < end && buf[pos] === QUOTE) {
          let q = pos + 1;
          let flag = 1;
          let closing = -1;
          for (;;) {
            const next = buf.indexOf(QUOTE, q);
            if (next < 0) break;
            if (next + 1 < end && buf[next + 1] === QUOTE) {
              q = next + 2;
              flag = 2;
              continue;
            }
            if (next + 1 >= end && !final) break;
            closing = next;
            break;
          }
          if (closing < 0) {
            if (!final) return this.partial(rowStart, end, rowLine);
            throw new DataError(
              this.file,
              "a quoted field opens here and never closes",
              'Close the field with a quote, and double any quote inside it ("")',
              line,
            );
          }
          line += quotedLineEnds(buf, pos + 1, closing, crBreaks);
          this.starts[at] = pos + 1;
          this.ends[at] = closing;
          this.flags[at] = flag;
          pos = closing + 1;
        } else {
          const p = fieldEnd(buf, pos, end, delimiter);
          this.starts[at] = pos;
          this.ends[at] = p;
          this.flags[at] = 0;
          pos = p;
        }
        count++;
        if (pos >= end) {
          if (!final) return this.partial(rowStart, end, rowLine);
          break;
        }
        c = buf[pos];
        if (c === delimiter) {
          pos++;
          continue;
        }
        if (c === LF) {
          pos++;
          line++;
          break;
        }
        if (c === CR) {
          if (pos + 1 >= end && !final) return this.partial(rowStart, end, rowLine);
          pos += buf[pos + 1] === LF ? 2 : 1;
          line++;
          break;
        }
        // The character is named whole: one the read split waits for the rest of its bytes.
        if (pos + utf8Length(c!) > end && !final) return this.partial(rowStart, end, rowLine);
        throw new DataError(
          this.file,
          `unexpected ${characterAt(buf, pos, end)} after the closing quote of field ${count}`,
          "Quote the whole field, doubling the quotes inside it",
          line,
        );
      }
      if (pos - rowStart > this.maxRowBytes)
        throw lineTooLong(this.file, rowLine, this.maxRowBytes);
      if (count > this.maxFields) {
        const counted = `the row starting here has ${groupDigits(count)} fields`;
        // After the first row, the header (or first row) settled the width: this one is ragged.
        throw this.seenRow
          ? new DataError(
              this.file,
              `${counted}, more than a row may have (${groupDigits(this.maxFields)})`,
              "Give every row as many fields as the header, quoting fields that contain the delimiter",
              rowLine,
            )
          : tooManyColumns(this.file, counted, rowLine);
      }
      this.seenRow = true;
      sink.row(buf, this.starts, this.ends, this.flags, count, rowLine);
    }
    this.line = line;
    return pos;
  }

  /**
   * The line ends in `buf[0, end)` as `scan` counts them, `buf` starting where the next scan
   * does: the line of a byte that the UTF-8 check refuses before the scan reaches it (`LineEnds`).
   * A field's bytes after its closing quote, which the scan would refuse, are counted as a plain
   * field's.
   */
  lineEnds(buf: Buffer, end: number): number {
    const delimiter = this.delimiter;
    const crRows = (this.crRows ?? rowsEndInCr(buf, true, delimiter)) === true;
    let count = 0;
    let pos = 0;
    while (pos < end) {
      if (buf[pos] === QUOTE) {
        // The closing quote, past doubled ones; a field still open at `end` runs to it.
        let closing = buf.indexOf(QUOTE, pos + 1);
        while (closing >= 0 && closing < end && buf[closing + 1] === QUOTE) {
          closing = buf.indexOf(QUOTE, closing + 2);
        }
        if (closing < 0 || closing > end) closing = end;
        count += quotedLineEnds(buf, pos + 1, closing, crRows);
        pos = closing + 1;
      }
      pos = fieldEnd(buf, pos, end, delimiter);
      if (pos >= end) break;
      if (buf[pos] !== delimiter) {
        count++;
        if (buf[pos] === CR && buf[pos + 1] === LF) pos++;
      }
      pos++;
    }
    return count;
  }

  /** Stops a scan at an incomplete row, which the caller keeps for the next one. */
  private partial(rowStart: number, end: number, rowLine: number): number {
    if (end - rowStart > this.maxRowBytes) throw lineTooLong(this.file, rowLine, this.maxRowBytes);
    this.line = rowLine;
    return rowStart;
  }

  private grow(): void {
    const size = Math.min(this.starts.length * 2, this.maxFields + 1);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const flags = new Uint8Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    flags.set(this.flags);
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
  }
}

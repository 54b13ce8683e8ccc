import { FileError } from "../errors.js";
import type { Refuse } from "../files/open-for-reading.js";
import { groupDigits } from "../report/group-digits.js";
import { MAX_COLUMNS } from "./read-options.js";

/**
 * A dataset that cannot be read as the data it claims to be: a ragged row, an unterminated
 * quote, bytes that are not UTF-8, a JSON line that does not parse, a value that does not fit its
 * column's type. It names the file and the line (for Parquet, the row index), so that the user
 * can open the file at the exact spot.
 */
export class DataError extends FileError {
  constructor(
    file: string,
    /** The problem in words, without the file, line or row that the message starts with. */
    readonly problem: string,
    fix?: string,
    lineNumber?: number,
    /** For Parquet, where there are no lines: the 0-based index of the row in the file. */
    readonly rowIndex?: number,
    /** The column the problem is in, when it is in one. */
    readonly column?: string,
  ) {
    super(file, rowIndex === undefined ? problem : `row ${rowIndex}: ${problem}`, fix, lineNumber);
  }
}

/** A line over `maxLineBytes`: named, so that a runaway line never takes all the memory. */
export function lineTooLong(file: string, line: number, maxBytes: number): DataError {
  const limit = maxBytes % 2 ** 20 === 0 ? `${maxBytes / 2 ** 20} MiB` : `${maxBytes} bytes`;
  return new DataError(
    file,
    `the line starting here is longer than ${limit}, the most a line may hold`,
    "Check for a missing line break, or in CSV a quote that never closes (a quoted field runs on to the next quote)",
    line,
  );
}

/**
 * A file of more than `MAX_COLUMNS` columns, refused before anything is made per column.
 * `counted` says what has how many (`the header has 30,000 fields`).
 */
export function tooManyColumns(file: string, counted: string, line?: number): DataError {
  return new DataError(
    file,
    `${counted}, more than the ${groupDigits(MAX_COLUMNS)} columns a data file may have`,
    `Keep at most ${groupDigits(MAX_COLUMNS)} columns in the file (those the model uses), or split the table into narrower files checked one by one`,
    line,
  );
}

/** A file whose format its name does not tell: the readers go by the extension alone. */
export function unknownFormat(file: string): DataError {
  return new DataError(
    file,
    "the format cannot be told from the extension",
    "Name the file .csv, .tsv, .jsonl, .ndjson or .parquet (gzipped, add .gz)",
  );
}

/** Refuses a data file that cannot be opened (missing, a folder, a device) with a `DataError`. */
export const refuseDataFile =
  (file: string): Refuse =>
  ({ problem, fix }) =>
    new DataError(file, problem, fix);

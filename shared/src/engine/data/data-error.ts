import { FileError } from "../errors.js";
import type { Refuse } from "../files/open-for-reading.js";
import { groupDigits } from "../report/group-digits.js";
import { formatOf } from "./data-format.js";
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

/** What stands in a refusal where the data's own text was, as a data contract's sensitive field has it. */
const WITHHELD = "withheld: sensitive";

/** The readers' heads of a refusal of one cell: `column 'card' (integer): ` and JSON Lines' `key`. */
const CELL_HEADS = ["column", "key"] as const;

/**
 * A reader's refusal of a cell of one of the `sensitive` columns, without the cell: the readers
 * name the column and its type, then quote the cell (`column 'card' (integer): "4111-1111" is not
 * an integer`), and a note may quote it again as read. Undefined for any other refusal.
 */
function withheldCell(error: DataError, sensitive: ReadonlySet<string>): DataError | undefined {
  const { problem, column } = error;
  if (column === undefined || !sensitive.has(column)) return undefined;
  const head = CELL_HEADS.map((kind) => `${kind} '${column}' (`).find((h) => problem.startsWith(h));
  // A problem of the column's name alone (two columns of one name) quotes no cell.
  const end = head === undefined ? -1 : problem.indexOf("): ", head.length);
  if (end < 0) return undefined;
  return new DataError(
    error.file,
    `${problem.slice(0, end + 3)}a value its type does not take (value ${WITHHELD})`,
    error.fix,
    error.lineNumber,
    error.rowIndex,
    column,
  );
}

/**
 * A CSV file's header refused for differing from the first file's: in a file without a header
 * row it is the first row, which is data. The first file's names stay, being a header (a first
 * file without one is refused before it: `refuseHeaderWithoutFields`).
 */
const DIFFERENT_HEADER = /^the header \([\s\S]*\) differs from the first file's (\([\s\S]*\))$/;

function withheldHeader(error: DataError): DataError | undefined {
  const found = DIFFERENT_HEADER.exec(error.problem);
  if (!found) return undefined;
  return new DataError(
    error.file,
    `the header differs from the first file's ${found[1]}, and is not shown (${WITHHELD}): in a file without a header row it is a row of data`,
    error.fix,
    error.lineNumber,
    error.rowIndex,
  );
}

/**
 * A reader's refusal of data that a data contract marks `sensitive` fields in, without the
 * data's own text in it: a cell of a sensitive column, and a header that differs from the first
 * file's, which may be a row of data, are not quoted; the file, line and what is wrong stay. Any
 * other refusal is returned as it is, and so is every refusal where no field is sensitive.
 */
export function withheldDataError(error: DataError, sensitive: ReadonlySet<string>): DataError {
  if (sensitive.size === 0) return error;
  return withheldCell(error, sensitive) ?? withheldHeader(error) ?? error;
}

/**
 * Refuses the batch's CSV file, read under a data contract that marks sensitive fields, where
 * its header names none of the contract's `fields`: a file without a header row names its
 * columns by its first row, whose values would be shown as the columns' names and profiled
 * under them.
 */
export function refuseHeaderWithoutFields(
  { file, names }: { readonly file: string; readonly names: readonly string[] },
  fields: { has(name: string): boolean },
): void {
  if (formatOf(file) !== "csv" || names.some((name) => fields.has(name))) return;
  throw new DataError(
    file,
    `the header names none of the data contract's fields, and is not shown (${WITHHELD}): in a file without a header row it is a row of data`,
    "Give the file a header row naming the contract's fields, or check that the data is the contract's",
  );
}

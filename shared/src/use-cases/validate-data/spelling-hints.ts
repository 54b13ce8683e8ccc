import { spelledBuilder, spellingOf } from "../../engine/data/cell-spelling.js";
import { columnBuilder } from "../../engine/data/column-builder.js";
import type { TableSchemaField } from "../../engine/data/column-type.js";
import { compileDatePattern } from "../../engine/data/date-pattern.js";
import { fixedType } from "../../engine/data/infer-type.js";
import { parseDatetime, parseNumberCell } from "../../engine/data/parse-cell.js";

/**
 * The field options that would read a cell its field refuses, for the spellings data most often
 * has that Table Schema's defaults do not read: a decimal comma (European Excel), commas between
 * groups of digits, words such as `Y` and `N` for a boolean, dates written `12/31/2024`. A
 * failing cell then says which option fixes it, not only what the field expected.
 */

/** A number's decimal and group characters, as a field declares them. */
export type NumberChars = Pick<TableSchemaField, "decimalChar" | "groupChar">;

/**
 * The number spellings tried, the fewest options first: a decimal comma alone (`0,143`), with
 * points between groups (`1.037,50`), and commas between groups (`1,234.50`).
 */
const NUMBER_CHARS: readonly NumberChars[] = [
  { decimalChar: "," },
  { decimalChar: ",", groupChar: "." },
  { groupChar: "," },
];

type NumberType = "number" | "integer";

/**
 * Per spelling of `NUMBER_CHARS`, whether a field of `type` so written reads a cell, asked of
 * the builder that reads such a field's column: an option is then named only where declaring it
 * reads the cell (`27.0` is a number with commas between groups, but no integer).
 */
function fieldReaders(type: NumberType): ((text: string) => boolean)[] {
  return NUMBER_CHARS.map((chars) => {
    const field: TableSchemaField = { name: "", type, ...chars };
    const builder = spelledBuilder(columnBuilder("", fixedType(field)!, field), spellingOf(field));
    // One row, filled again by each cell tried.
    builder.start(1);
    return (text) => builder.appendText(text, 0) === undefined;
  });
}

const READERS: Readonly<Record<NumberType, ((text: string) => boolean)[]>> = {
  number: fieldReaders("number"),
  integer: fieldReaders("integer"),
};

/**
 * Whether a field of `type` written with `NUMBER_CHARS[index]` reads `text`. A first group of
 * `0` (`0,143`) is no group that numbers are written with, though the field reads it.
 */
function readsWith(type: NumberType, index: number, text: string): boolean {
  const group = NUMBER_CHARS[index]!.groupChar;
  const at = group === undefined ? -1 : text.indexOf(group);
  if (at !== -1 && /^[+-]?0$/.test(text.slice(0, at))) return false;
  return READERS[type][index]!(text);
}

/**
 * The spellings (of `NUMBER_CHARS`) with which a field of `type` reads every one of `texts`:
 * none, one, or a decimal comma and commas between groups both, for values such as `1,234`,
 * which either reads. A spelling is left out where one with fewer options before it reads them
 * all.
 */
export function numberCharsOf(texts: Iterable<string>, type: NumberType = "number"): NumberChars[] {
  const values = [...texts];
  const found = NUMBER_CHARS.filter((_, index) =>
    values.every((text) => readsWith(type, index, text)),
  );
  // What a decimal comma alone reads, it reads with points between groups too.
  return found.filter((chars) => chars.groupChar !== "." || !found.includes(NUMBER_CHARS[0]!));
}

/** The options as a contract writes them: `decimalChar: "," and groupChar: "."`. */
export const optionsText = (options: Readonly<Record<string, unknown>>): string =>
  Object.entries(options)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join(" and ");

/**
 * A boolean's words other than the default, each pair's true first, in lower case: a cell that
 * is one of them in any case is given its pair in the same case.
 */
const BOOLEAN_WORDS: readonly (readonly [string, string])[] = [
  ["yes", "no"],
  ["y", "n"],
  ["t", "f"],
  ["on", "off"],
  ["ja", "nein"],
  ["oui", "non"],
];

/** `word` in the case `like` is written in: `NO` for `YES`, `No` for `Yes`, `no` for `yes`. */
function sameCase(word: string, like: string): string {
  if (like === like.toUpperCase()) return word.toUpperCase();
  if (like[0] === like[0]!.toUpperCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

/** `trueValues` and `falseValues` that read `text`, when it is a common word for true or false. */
function booleanOptions(text: string): Record<string, string[]> | undefined {
  const lower = text.toLowerCase();
  const pair = BOOLEAN_WORDS.find((words) => words.includes(lower));
  if (pair === undefined) return undefined;
  const [truth, falsehood] = pair.map((word) => sameCase(word, text));
  return { trueValues: [truth!], falseValues: [falsehood!] };
}

/** The patterns tried on a date written otherwise than ISO 8601: day and month orders, times. */
const DATE_PATTERNS = [
  "%m/%d/%Y",
  "%d/%m/%Y",
  "%d.%m.%Y",
  "%Y/%m/%d",
  "%d-%m-%Y",
  "%m/%d/%Y %H:%M",
  "%d/%m/%Y %H:%M",
  "%d.%m.%Y %H:%M",
  "%m/%d/%Y %H:%M:%S",
  "%d/%m/%Y %H:%M:%S",
  "%d.%m.%Y %H:%M:%S",
  "%Y-%m-%d %H:%M",
  "%Y-%m-%d %H:%M:%S",
  "%m/%d/%Y %I:%M %p",
].map((format) => ({ format, read: compileDatePattern(format) }));

/** Two runs of digits apart, as a date has: a cell that may be a date written another way. */
const DATE_LIKE = /\d\D+\d/;
/** ISO 8601's date, which a cell may begin with and be no date (`2024-02-30`). */
const ISO_DATE = /^\d{4}-\d\d-\d\d/;

/** The hint of a date field's cell: the patterns that read it, else that a pattern may. */
function dateHint(text: string, withTime: boolean): string | undefined {
  const formats = DATE_PATTERNS.filter(({ read }) => {
    const iso = read(text, withTime);
    return iso !== undefined && !Number.isNaN(parseDatetime(iso));
  }).map(({ format }) => JSON.stringify(format));
  if (formats.length > 0) return `give the field format: ${formats.join(" or ")} to read it`;
  return DATE_LIKE.test(text) && !ISO_DATE.test(text)
    ? `written otherwise than ISO 8601? give the field a format, a pattern such as "%d/%m/%Y"`
    : undefined;
}

/**
 * The hint of an integer field's cell that is a whole number written as a float (`27.0`): pandas
 * writes an integer column with a missing value so, its type then being float64.
 */
const WHOLE_FLOAT =
  "a whole number written as a float, as pandas writes an integer column with missing values: declare the field number, or write the column with pandas' Int64 type";

/**
 * Whether `text` writes a whole number as a float (`27.0`, `1e3`) that a number holds exactly,
 * as `WHOLE_FLOAT` advises: not an integer written as one (`9007199254740993`, which the field
 * refuses for its size), nor one past 2^53, which a number field would hold rounded.
 */
const isWholeFloat = (text: string): boolean =>
  /[.eE]/.test(text) && Number.isSafeInteger(parseNumberCell(text));

/** The longest cell given a hint: longer, it is no number, word or date of these spellings. */
const MAX_HINTED_LENGTH = 64;

/**
 * How to declare `field` so that it reads `text`, which it refused, or `undefined` where no
 * common spelling does. Only a field of Table Schema's default spelling is given one: a field
 * with options of its own says in its expected values how its cells are written.
 */
export function spellingHint(field: TableSchemaField, text: string): string | undefined {
  if (text.length > MAX_HINTED_LENGTH || spellingOf(field) !== undefined) return undefined;
  switch (field.type) {
    case "number":
    case "integer": {
      const found = numberCharsOf([text], field.type);
      if (found.length > 0)
        return `give the field ${found.map(optionsText).join(" or ")} to read it`;
      return field.type === "integer" && isWholeFloat(text) ? WHOLE_FLOAT : undefined;
    }
    case "boolean": {
      const options = booleanOptions(text);
      return options && `give the field ${optionsText(options)} to read it`;
    }
    case "date":
    case "datetime":
      return dateHint(text, field.type === "datetime");
    default:
      return undefined;
  }
}

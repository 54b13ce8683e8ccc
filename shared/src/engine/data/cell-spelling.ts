import type { BytesColumn, Column } from "./batch.js";
import { codePoint } from "../report/code-point.js";
import {
  appendPlainBytes,
  EXACT_INTEGERS,
  quoteCell,
  type ColumnBuilder,
} from "./column-builder.js";
import type { TableSchemaField } from "./column-type.js";
import { compileDatePattern } from "./date-pattern.js";
import { parseSpecialNumber } from "./parse-cell.js";

/**
 * How a field's cells spell its values where Table Schema lets a contract say so: a number's
 * decimal and group characters and the text around it (`decimalChar`, `groupChar`,
 * `bareNumber: false`), a boolean's words (`trueValues`, `falseValues`), a date's pattern
 * (`format: "%d/%m/%Y"`). `read` turns a cell
 * into the default spelling the column's builder reads, or `undefined`; `unread` says why a
 * cell it cannot turn is refused, `described` how the field's cells are written, and
 * `expected` what a cell must be, in a report's words.
 */
export interface CellSpelling {
  read(text: string): string | undefined;
  readonly unread: string;
  readonly described: string;
  readonly expected: string;
  /** Why a turned cell the builder refuses for `reason` is refused; by default, the reason. */
  refused?(reason: string): string;
  /**
   * Why a number (JSON Lines, Parquet) read as the digits it writes is refused, where the
   * spelling reads numbers so, as a date's pattern reads `20240612` by `%Y%m%d`; a spelling
   * without it leaves numbers to the column's builder.
   */
  readonly numberUnread?: string;
}

/** Why a number past 2^53 is not read as the digits a pattern reads. */
const ROUNDED_DIGITS = `is beyond ${EXACT_INTEGERS}, where a number holds its digits only rounded, which could read as another date: write the value as text (in JSON, a string)`;

/** Table Schema's default words of a boolean, which a list of the field's own replaces. */
export const DEFAULT_TRUE: readonly string[] = ["true", "True", "TRUE", "1"];
export const DEFAULT_FALSE: readonly string[] = ["false", "False", "FALSE", "0"];

const isDigit = (c: string) => c >= "0" && c <= "9";

/** The field's own spelling, or `undefined` for a field that keeps the default. */
export function spellingOf(field: TableSchemaField | undefined): CellSpelling | undefined {
  if (field === undefined) return undefined;
  const { format } = field;
  if (
    (field.type === "date" || field.type === "datetime") &&
    format !== undefined &&
    format !== "default" &&
    format !== "any"
  ) {
    return datePatternSpelling(format, field.type === "datetime");
  }
  if (field.type === "boolean" && (field.trueValues || field.falseValues)) {
    return booleanSpelling(field.trueValues ?? DEFAULT_TRUE, field.falseValues ?? DEFAULT_FALSE);
  }
  const numeric = field.type === "number" || field.type === "integer";
  if (!numeric || (!field.decimalChar && !field.groupChar && field.bareNumber !== false)) {
    return undefined;
  }
  return numberSpelling(
    field.type === "integer" ? "an integer" : "a number",
    field.decimalChar ?? ".",
    field.groupChar,
    field.bareNumber !== false,
  );
}

function booleanSpelling(
  trueValues: readonly string[],
  falseValues: readonly string[],
): CellSpelling {
  const truths = new Set(trueValues);
  const falsehoods = new Set(falseValues);
  const described = `trueValues ${trueValues.join(", ")}; falseValues ${falseValues.join(", ")}`;
  return {
    read: (text) => (truths.has(text) ? "true" : falsehoods.has(text) ? "false" : undefined),
    unread: `is none of the field's ${described}`,
    described,
    expected: `true or false (${described})`,
  };
}

/**
 * Dates written as `format` says. A cell so written that is no date (`31/02/2024`) is refused
 * by the column's builder, and told as one not so written.
 */
function datePatternSpelling(format: string, withTime: boolean): CellSpelling {
  const reader = compileDatePattern(format);
  const described = `written as ${format}`;
  const unread = `is not a ${withTime ? "date and time" : "date"} ${described}`;
  return {
    read: (text) => reader(text, withTime),
    unread,
    described,
    expected: `a ${withTime ? "date and time" : "date"} ${described}`,
    refused: () => unread,
    // The pattern says how every value is written, a number's digits too: not milliseconds.
    numberUnread: `${unread}, as the digits of a number are read where the field has a format (without one, a number is milliseconds since 1970)`,
  };
}

/**
 * A character a message names: quoted, and by its code point too where it is a space other than
 * the plain one (a no-break space, a narrow one), which quotes alone show as a plain space.
 */
const namedCharacter = (c: string): string =>
  c !== " " && /^\p{Zs}$/u.test(c) ? `${JSON.stringify(c)} (${codePoint(c)})` : JSON.stringify(c);

function numberSpelling(
  kind: string,
  decimal: string,
  group: string | undefined,
  bare: boolean,
): CellSpelling {
  const described = `written with ${[
    ...(kind === "an integer" ? [] : [`${JSON.stringify(decimal)} for decimals`]),
    ...(group === undefined ? [] : [`${namedCharacter(group)} between groups of digits`]),
    ...(bare ? [] : ["text such as a currency or a percent sign around it"]),
  ].join(", ")}`;
  return {
    read(text) {
      // NaN and INF, which a declared number takes, are words a unit's stripping would eat.
      if (parseSpecialNumber(text) !== undefined) return text;
      let digits = bare ? text : unwrapped(text, decimal);
      if (digits !== undefined && group !== undefined) digits = ungrouped(digits, group);
      if (digits === undefined) return undefined;
      // A point where a comma is the decimal character is not a number's.
      if (decimal === ".") return digits;
      // A second decimal character is left as it is, which no number takes.
      return digits.includes(".") ? undefined : digits.replace(decimal, ".");
    },
    unread: `is not ${kind} ${described}`,
    described,
    expected: `${kind} ${described}`,
  };
}

/**
 * Marks of a negative number that dropping the text around it would lose: a minus or dash
 * other than `-`, an accountant's parentheses, or a sign after the number (`1,5-`).
 */
const NEGATIVE_MARKS = /[()\u2012-\u2015\u2212\ufe63\uff0d]/;

/**
 * The number inside text such as `€95`, `-$5.00`, `95 %` or `EUR 1,5`: what lies before its
 * first digit (or decimal character) and after its last digit is dropped, but for one sign
 * before it, so that `-$5` and `$-5` read as -5. `undefined` where the dropped text may make it
 * negative in a way no number says (`(5)`, `−5`, `5-`), which is no number rather than a
 * wrong one.
 */
function unwrapped(text: string, decimal: string): string | undefined {
  let first = 0;
  let sign = "";
  while (first < text.length && !isDigit(text[first]!) && text[first] !== decimal) {
    const c = text[first]!;
    if (c === "-" || c === "+") {
      if (sign !== "") return undefined;
      sign = c;
    }
    first++;
  }
  let last = text.length;
  while (last > first && !isDigit(text[last - 1]!)) last--;
  if (first === last) return undefined;
  const dropped = text.slice(0, first) + text.slice(last);
  if (NEGATIVE_MARKS.test(dropped) || /[-+]/.test(text.slice(last))) return undefined;
  return sign + text.slice(first, last);
}

/**
 * `digits` without its group characters, where they group the whole number's digits as
 * numbers are written: in threes (`1,234,567`), or in twos before the last three
 * (`12,34,567`, as in India); `undefined` otherwise (`1,5`, `1.5.5`, a group after the decimal
 * character), which is no number rather than one ten times too large.
 */
function ungrouped(digits: string, group: string): string | undefined {
  if (!digits.includes(group)) return digits;
  const sign = digits[0] === "-" || digits[0] === "+" ? 1 : 0;
  let end = sign;
  while (end < digits.length && (isDigit(digits[end]!) || digits[end] === group)) end++;
  if (digits.includes(group, end)) return undefined;
  const groups = digits.slice(sign, end).split(group);
  const first = groups.shift()!.length;
  const last = groups.pop()!.length;
  const inThrees = groups.every((g) => g.length === 3);
  const inTwos = first <= 2 && groups.every((g) => g.length === 2);
  if (first === 0 || first > 3 || last !== 3 || !(inThrees || inTwos)) return undefined;
  return digits.slice(0, sign) + digits.slice(sign, end).replaceAll(group, "") + digits.slice(end);
}

/** The builder of a column whose field has a spelling of its own, else the builder itself. */
export function spelledBuilder(
  builder: ColumnBuilder,
  spelling: CellSpelling | undefined,
): ColumnBuilder {
  return spelling === undefined ? builder : new SpelledCellsBuilder(builder, spelling);
}

/**
 * A column whose field spells its values its own way: each cell is turned into the default
 * spelling and read by the column's own builder, and a cell that is neither is told against
 * the field's spelling. Cells are read from their text, never by the fused path's scan.
 */
class SpelledCellsBuilder implements ColumnBuilder {
  readonly name: string;
  readonly type: ColumnBuilder["type"];

  constructor(
    private readonly inner: ColumnBuilder,
    private readonly spelling: CellSpelling,
  ) {
    this.name = inner.name;
    this.type = inner.type;
  }

  start(capacity: number): void {
    this.inner.start(capacity);
  }

  grow(capacity: number): void {
    this.inner.grow(capacity);
  }

  appendBytes(buf: Buffer, start: number, end: number, row: number): string | undefined {
    return this.appendText(buf.toString("utf8", start, end), row);
  }

  appendPlain(buf: Buffer, start: number, end: number, row: number, delimiter: number): number {
    return appendPlainBytes(this, buf, start, end, row, delimiter);
  }

  appendText(text: string, row: number): string | undefined {
    const { spelling } = this;
    const read = spelling.read(text);
    if (read === undefined) return `${quoteCell(text)} ${spelling.unread}`;
    const problem = this.inner.appendText(read, row);
    if (problem === undefined) return undefined;
    // The builder's reason, about the cell as the data writes it.
    const quoted = `${quoteCell(read)} `;
    const reason = problem.startsWith(quoted) ? problem.slice(quoted.length) : problem;
    return `${quoteCell(text)} ${spelling.refused?.(reason) ?? `${reason} (${spelling.described})`}`;
  }

  appendValue(value: unknown, row: number): string | undefined {
    if (typeof value === "string") return this.appendText(value, row);
    const { numberUnread } = this.spelling;
    const number = typeof value === "number" || typeof value === "bigint";
    // NaN, a float column's missing value, has no digits to read: the builder holds it missing.
    if (numberUnread === undefined || !number || Number.isNaN(value)) {
      return this.inner.appendValue(value, row);
    }
    const text = String(value);
    // Past 2^53 a double's digits are not all those written (JSON.parse rounds a long integer
    // where Node keeps no source, and a float is rounded as written): read by the pattern, they
    // would make another instant, silently. A bigint is exact.
    if (typeof value === "number" && Math.abs(value) > Number.MAX_SAFE_INTEGER) {
      return `${text} ${ROUNDED_DIGITS}`;
    }
    return this.appendText(text, row) && `${text} ${numberUnread}`;
  }

  appendMissing(row: number): void {
    this.inner.appendMissing(row);
  }

  finish(length: number): Column | BytesColumn {
    return this.inner.finish(length);
  }

  recycle(column: Column | BytesColumn): void {
    this.inner.recycle(column);
  }

  releaseSpares(): void {
    this.inner.releaseSpares();
  }
}

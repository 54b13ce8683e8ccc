import { parseDatetime } from "./parse-cell.js";

/**
 * A date or datetime field's `format` written with strptime's directives, as Table Schema and
 * Python write them (`%d/%m/%Y`, `%Y-%m-%d %H:%M`): compiled into a reader that turns a cell so
 * written into ISO 8601, which the column's builder reads. The directives read are those of
 * dates and times as data writes them; a pattern is anchored, each directive once, its
 * quantifiers bounded, so that a pattern from a contract cannot make a match slow.
 */

/** What a directive matches, and which part of the date or time it gives. */
const DIRECTIVES: Readonly<Record<string, { pattern: string; part: Part }>> = {
  Y: { pattern: "(\\d{4})", part: "year" },
  y: { pattern: "(\\d{2})", part: "shortYear" },
  m: { pattern: "(\\d{1,2})", part: "month" },
  b: { pattern: "([A-Za-z]{3})", part: "monthName" },
  B: { pattern: "([A-Za-z]{3,9})", part: "monthName" },
  d: { pattern: "(\\d{1,2})", part: "day" },
  H: { pattern: "(\\d{1,2})", part: "hour" },
  I: { pattern: "(\\d{1,2})", part: "hour12" },
  p: { pattern: "([AaPp][Mm])", part: "meridiem" },
  M: { pattern: "(\\d{1,2})", part: "minute" },
  S: { pattern: "(\\d{1,2})", part: "second" },
  f: { pattern: "(\\d{1,6})", part: "fraction" },
  z: { pattern: "(Z|[+-]\\d{2}:?\\d{2})", part: "offset" },
};

type Part =
  | "year"
  | "shortYear"
  | "month"
  | "monthName"
  | "day"
  | "hour"
  | "hour12"
  | "meridiem"
  | "minute"
  | "second"
  | "fraction"
  | "offset";

/** The parts of a time of day, which a date field's pattern may read and not keep. */
const TIME_PARTS: readonly Part[] = ["hour", "hour12", "minute", "second", "fraction", "offset"];

/** The directives read, as an error lists them. */
export const DATE_DIRECTIVES = "%Y %y %m %b %B %d %H %I %p %M %S %f %z %%";

/** The longest pattern taken: a date and a time fit in far fewer characters. */
const MAX_PATTERN_LENGTH = 64;

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** Why a pattern cannot be read; the contract's loader says it with the field's line. */
export class DatePatternError extends Error {}

const two = (text: string) => text.padStart(2, "0");

/** A cell's ISO 8601 text (a date, or a date and a time), or `undefined` if it is not so written. */
export type DatePatternReader = (text: string, withTime: boolean) => string | undefined;

/** Compiles `format`; throws `DatePatternError` saying what is wrong with it. */
export function compileDatePattern(format: string): DatePatternReader {
  if (format.length > MAX_PATTERN_LENGTH) {
    throw new DatePatternError(`is longer than ${MAX_PATTERN_LENGTH} characters`);
  }
  const parts: Part[] = [];
  let source = "^";
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (/\s/.test(c)) {
      // As strptime: whitespace in the pattern takes any run of it.
      while (i + 1 < format.length && /\s/.test(format[i + 1]!)) i++;
      source += "\\s+";
    } else if (c !== "%") {
      source += c.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
    } else if (format[i + 1] === "%") {
      source += "%";
      i++;
    } else {
      const name = format[i + 1];
      const directive = name === undefined ? undefined : DIRECTIVES[name];
      if (directive === undefined) {
        throw new DatePatternError(
          `has ${name === undefined ? "a % at its end" : `%${name}`}, which is not read (the directives read: ${DATE_DIRECTIVES})`,
        );
      }
      if (parts.includes(directive.part)) throw new DatePatternError(`has %${name} twice`);
      parts.push(directive.part);
      source += directive.pattern;
      i++;
    }
  }
  checkParts(parts);
  // As strptime, letters match in either case (`t` for `T`, `pm` for `PM`).
  const expression = new RegExp(`${source}$`, "i");
  return (text, withTime) => {
    const match = expression.exec(text);
    return match === null ? undefined : isoText(parts, match, withTime);
  };
}

/** A pattern names its year, and a 12-hour clock its half of the day. */
function checkParts(parts: readonly Part[]): void {
  if (!parts.includes("year") && !parts.includes("shortYear")) {
    throw new DatePatternError("has no year (%Y, or %y for two digits)");
  }
  if (parts.includes("hour12") !== parts.includes("meridiem")) {
    throw new DatePatternError(
      "has one of %I and %p without the other (a 12-hour clock needs both)",
    );
  }
  if (parts.includes("hour") && parts.includes("hour12")) {
    throw new DatePatternError("has both %H and %I");
  }
}

/** The ISO 8601 text of what `match` read, or `undefined` for a month name that is none. */
function isoText(
  parts: readonly Part[],
  match: RegExpExecArray,
  withTime: boolean,
): string | undefined {
  const read = new Map<Part, string>(parts.map((part, i) => [part, match[i + 1]!]));
  const shortYear = read.get("shortYear");
  // As strptime: 69-99 are 1969-1999, 00-68 are 2000-2068.
  const year = read.get("year") ?? `${Number(shortYear) >= 69 ? "19" : "20"}${shortYear}`;
  let month = read.get("month") ?? "1";
  const name = read.get("monthName")?.toLowerCase();
  if (name !== undefined) {
    const index = MONTHS.findIndex((full) => full === name || full.slice(0, 3) === name);
    if (index < 0) return undefined;
    month = String(index + 1);
  }
  const date = `${year}-${two(month)}-${two(read.get("day") ?? "1")}`;
  if (!withTime && !TIME_PARTS.some((part) => read.has(part))) return date;
  let hour = read.get("hour") ?? "0";
  const hour12 = read.get("hour12");
  if (hour12 !== undefined) {
    const h = Number(hour12);
    if (h < 1 || h > 12) return undefined;
    hour = String((h % 12) + (read.get("meridiem")!.toLowerCase() === "pm" ? 12 : 0));
  }
  const fraction = read.get("fraction");
  const time = `${two(hour)}:${two(read.get("minute") ?? "0")}:${two(read.get("second") ?? "0")}`;
  const iso = `${date}T${time}${fraction === undefined ? "" : `.${fraction}`}${read.get("offset") ?? ""}`;
  if (withTime) return iso;
  // A date field keeps the date of a date and time, once the time is one (25 o'clock is not).
  return Number.isNaN(parseDatetime(iso)) ? undefined : date;
}

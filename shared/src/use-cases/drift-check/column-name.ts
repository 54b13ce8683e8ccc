import { lineBreaksShown } from "../../engine/report/escape-control.js";
import { NAME_LIMIT, prefix, shorten } from "../../engine/report/shorten.js";

/** The most names an error or failure line lists; the report has them all. */
export const NAMES_LISTED = 10;

/**
 * A column name as echoed: cut to NAME_LIMIT characters, saying so when it was longer, its line
 * breaks shown rather than made.
 */
export const shownName = (name: string): string =>
  lineBreaksShown(
    name.length > NAME_LIMIT
      ? `${prefix(name, NAME_LIMIT)}… (shortened from ${name.length} characters)`
      : name,
  );

/**
 * A category value as the report keeps it (a new category, a distribution's label): on one line
 * and cut to NAME_LIMIT characters, so that a column of prose writes no whole text (personal
 * data, megabytes of it) into the report, its summary or its HTML. Shown again, it is the same.
 */
export const shownValue = (value: string): string => shorten(lineBreaksShown(value));

/**
 * Names listed for a line: each shortened, at most NAMES_LISTED, and how many more there are of
 * `total`, where the names are the first of a longer list.
 */
export function shownNames(names: readonly string[], quote = "", total = names.length): string {
  const listed = names.slice(0, NAMES_LISTED).map((n) => `${quote}${shownName(n)}${quote}`);
  const more = total > listed.length ? ` and ${total - listed.length} more` : "";
  return `${listed.join(", ")}${more}`;
}

import { lineBreaksShown } from "../../engine/report/escape-control.js";
import { NAME_LIMIT, prefix } from "../../engine/report/shorten.js";

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

/** Names listed for a line: each shortened, at most NAMES_LISTED, and how many more there are. */
export function shownNames(names: readonly string[], quote = ""): string {
  const listed = names.slice(0, NAMES_LISTED).map((n) => `${quote}${shownName(n)}${quote}`);
  const more = names.length > NAMES_LISTED ? ` and ${names.length - NAMES_LISTED} more` : "";
  return `${listed.join(", ")}${more}`;
}

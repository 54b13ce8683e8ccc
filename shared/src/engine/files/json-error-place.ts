import { jsonErrorPosition, UNEXPECTED_TOKEN } from "./json-error-position.js";
import { lineAround } from "./line-breaks.js";
import { codePoint } from "../report/code-point.js";

/**
 * What a refused JSON text is: a whole document of lines, or one line of a file read a line at
 * a time (JSON Lines, a metrics log), whose refusal names the file's line already.
 */
export type JsonText = "document" | "line";

/**
 * V8's place: "in JSON at position 7" (0-based UTF-16), to which newer versions add
 * " (line 1 column 8)" of the text they were given, not of the file.
 */
const V8_PLACE = / (?:in JSON )?at position \d+(?: \(line \d+ column \d+\))?$/;

/** A character that shows nothing, or nothing telling, between quotes: named by its code point. */
const UNSEEN = /^[\p{C}\p{Z}]$/u;

/** A character as a message shows it: quoted, or by its code point where quotes would show nothing. */
function shownCharacter(char: string): string {
  return UNSEEN.test(char) ? codePoint(char) : `'${char}'`;
}

/** The 1-based line of `text` on which `position` stands. */
export const lineAt = (text: string, position: number): number => lineAround(text, position).line;

/** The characters of `text[start, end)`, a surrogate pair (an emoji) counted as one. */
function codePoints(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    const low = text.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < end && low >= 0xdc00 && low <= 0xdfff) i++;
    count++;
  }
  return count;
}

/**
 * The place of `position` in the user's terms: a document's line and the character on it, or
 * the character of a line whose refusal names it; counted from 1, as an editor's cursor counts.
 */
function placeOf(text: string, position: number, kind: JsonText): string {
  // A line of a line-based file is one line, whatever carriage returns it holds (JSON's
  // whitespace): only `\n` ended it.
  if (kind === "line") return `at character ${codePoints(text, 0, position) + 1} of this line`;
  const { line, start } = lineAround(text, position);
  return `at line ${line}, character ${codePoints(text, start, position) + 1}`;
}

/**
 * V8's refusal of `text` (JSON.parse's message), with its place said as the user finds it:
 * "at line 3, character 9" in a document, "at character 9 of this line" in a line of a
 * line-based file. The words come out the same from every Node version: V8's position and the
 * line and column newer versions add are replaced, and an unexpected token's excerpt of the
 * text is never kept (it may hold a secret); the token, whole (an emoji, not half of one), is.
 * A refusal V8 does not place ("Unexpected end of JSON input") keeps its words.
 */
export function placeJsonError(text: string, message: string, kind: JsonText): string {
  const placed = V8_PLACE.exec(message);
  const token = UNEXPECTED_TOKEN.exec(placed ? message.slice(0, placed.index) : message);
  if (!placed && !token) return message;
  const position = jsonErrorPosition(text, message);
  // V8 names a character of two UTF-16 units (an emoji) by the first alone.
  const at = position === undefined ? undefined : text.codePointAt(position);
  const words = token
    ? `Unexpected token ${shownCharacter(at === undefined ? token[1]! : String.fromCodePoint(at))}`
    : message.slice(0, placed!.index);
  return position === undefined ? words : `${words} ${placeOf(text, position, kind)}`;
}

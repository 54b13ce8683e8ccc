import { neutralize } from "./neutralize-commands.js";
import { shorten } from "./shorten.js";

/**
 * Text from data (a metric or column name, a value) as a terminal or a log may show it: every
 * character that could steer the display is written as a visible escape instead. Escape
 * sequences (ESC, CSI) clear the screen or set the title, a carriage return overwrites the line
 * with a forged one, and bidirectional overrides reorder what is read; `\x1b`, `\r` or `\u202e`
 * show what was there. Newlines and tabs stay: the report's own layout is made of them.
 * C0 characters become `\xHH` and the rest `\uHHHH`, so JSON text stays valid JSON with the
 * same values (JSON already writes C0 characters as `\u00HH`).
 */
const STEERING =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const visible = (char: string): string => {
  const code = char.charCodeAt(0);
  return code < 0x20
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
};

export const escapeControl = (text: string): string => text.replace(STEERING, visible);

/** A line for a terminal or a log that a workflow step may read: no steering, no commands. */
export const safeForLog = (text: string): string => neutralize(escapeControl(text));

/**
 * Text from data that sits inside one line of a message (a name, a ref): its line breaks and
 * tabs shown as `\n`, `\r` and `\t` rather than made, so that it cannot start a line of its own.
 */
export const lineBreaksShown = (text: string): string =>
  text.replace(/[\n\r\t]/g, (c) => (c === "\n" ? "\\n" : c === "\r" ? "\\r" : "\\t"));

/** A ref as text in a line (from a push, an input or a repository): cut short, kept to one line. */
export const shownRef = (ref: string): string => lineBreaksShown(shorten(ref));

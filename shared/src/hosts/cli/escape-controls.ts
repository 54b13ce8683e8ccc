/**
 * Text from the registry (tag messages, tagger names: anyone who can push a tag writes them) as a
 * terminal may print it: control characters, which could move the cursor, recolour or retitle
 * the terminal, and direction overrides, which could make text read differently than it is, are
 * shown as escapes instead of being obeyed.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const hex = (char: string, width: number) =>
  char.codePointAt(0)!.toString(16).toUpperCase().padStart(width, "0");

/** Plain text: each unsafe character as `\xHH` (or `\uHHHH`); line feeds stay. */
export const escapeControls = (text: string): string =>
  text.replace(UNSAFE, (c) => (c.codePointAt(0)! < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));

/** JSON text: the unsafe characters JSON.stringify leaves raw, as JSON's own `\uHHHH`. */
export const escapeJsonControls = (json: string): string =>
  json.replace(UNSAFE, (c) => `\\u${hex(c, 4)}`);

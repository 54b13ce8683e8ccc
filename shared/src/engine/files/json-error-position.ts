/**
 * How many characters V8 quotes on each side of an unexpected token (its `kMaxContextCharacters`);
 * a text shorter than twice that and one more is quoted whole.
 */
const CONTEXT = 10;
const SHORT_TEXT = 2 * CONTEXT + 1;

/**
 * V8's refusal of an unexpected token: the token (an emoji is named by its first UTF-16 unit;
 * two are taken, should it be named whole), then V8's excerpt of the text, with `...` before it
 * when the excerpt starts 10 characters before the token, after it when it ends 10 characters
 * after. The excerpt is absent from the form `parsePythonJson` gives, which places the token by
 * position instead. Groups: the token, `...` before, the excerpt, `...` after.
 */
export const UNEXPECTED_TOKEN =
  /^Unexpected token '([\s\S]{1,2})'(?:, (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON)?$/;

/**
 * Where an excerpt with `...` on both sides stands: 10 characters before the token, at its first
 * place whose token is the one named (an earlier copy of the same 20 characters would have held
 * the same token, and been refused there, unless inside a string).
 */
function surrounded(text: string, excerpt: string, token: string): number | undefined {
  for (let start = text.indexOf(excerpt); start >= 0; start = text.indexOf(excerpt, start + 1)) {
    if (text[start + CONTEXT] === token) return start + CONTEXT;
  }
  return undefined;
}

/**
 * Where `JSON.parse` stopped in `text`, the text it refused, from its message: the 0-based
 * UTF-16 offset V8 gives as "at position N" for most errors, or, for an unexpected token
 * (`Unexpected token 'N', ..."c": NaN }"... is not valid JSON`), where its excerpt puts it.
 * A text too short to be cut is quoted whole, which does not say where the token is: it is
 * parsed again with spaces after it (which JSON ignores), long enough to be cut.
 */
export function jsonErrorPosition(text: string, message: string): number | undefined {
  const at = /position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  const found = UNEXPECTED_TOKEN.exec(message);
  if (found?.[3] === undefined) return undefined;
  const [, token, before, excerpt, after] = found as unknown as [
    string,
    string,
    string | undefined,
    string,
    string | undefined,
  ];
  let position: number | undefined;
  if (before && after) position = surrounded(text, excerpt, token);
  else if (before) {
    if (text.endsWith(excerpt)) position = text.length - excerpt.length + CONTEXT;
  } else if (after) {
    if (text.startsWith(excerpt)) position = excerpt.length - CONTEXT;
  } else if (excerpt === text && text.length < SHORT_TEXT) position = paddedPosition(text);
  return position !== undefined && text[position] === token ? position : undefined;
}

/** Where `JSON.parse` stops in a short text, told by the excerpt of the text padded with spaces. */
function paddedPosition(text: string): number | undefined {
  const padded = text + " ".repeat(SHORT_TEXT);
  try {
    JSON.parse(padded);
  } catch (error) {
    // A padded text is long enough to be cut, so this asks no further.
    return jsonErrorPosition(padded, (error as Error).message);
  }
  return undefined;
}

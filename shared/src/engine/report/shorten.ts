/** How many characters of a name (a metric, a column) a comment, summary or log line echoes. */
export const NAME_LIMIT = 200;

/** How many characters of a name a refusal quotes: it stays one line beside its fix. */
export const REFUSAL_NAME_LIMIT = 60;

/** The first `max` characters of `text`, one fewer when the last would split a surrogate pair. */
export function prefix(text: string, max: number): string {
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/**
 * Text cut to `limit` characters with an ellipsis, so that one long name from a file cannot fill
 * a line, a table or a comment; never inside a surrogate pair.
 */
export const shorten = (text: string, limit = NAME_LIMIT): string =>
  text.length <= limit ? text : `${prefix(text, limit - 1)}…`;

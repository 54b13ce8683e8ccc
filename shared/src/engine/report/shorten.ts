/** How many characters of a name (a metric, a column) a comment, summary or log line echoes. */
export const NAME_LIMIT = 200;

/**
 * Text cut to `limit` characters with an ellipsis, so that one long name from a file cannot fill
 * a line, a table or a comment; never inside a surrogate pair.
 */
export function shorten(text: string, limit = NAME_LIMIT): string {
  if (text.length <= limit) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(limit - 2)) ? limit - 2 : limit - 1;
  return `${text.slice(0, end)}…`;
}

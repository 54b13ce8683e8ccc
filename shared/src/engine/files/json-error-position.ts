/**
 * Where `JSON.parse` stopped in `text`, from its message. V8 gives "at position N" for most
 * errors but only an excerpt for an unexpected token (`Unexpected token 'N', ..."c": NaN }"...
 * is not valid JSON`): a long text's excerpt starts 10 characters before the token, a short
 * one at the text's start.
 */
export function jsonErrorPosition(text: string, message: string): number | undefined {
  const at = /position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  const token =
    /Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*)"(?:\.\.\.)? is not valid JSON/.exec(message);
  if (!token) return undefined;
  const [, char, cut, excerpt] = token as unknown as [string, string, string | undefined, string];
  const start = text.indexOf(excerpt);
  if (start < 0) return undefined;
  if (cut) return start + 10;
  const found = text.indexOf(char, start);
  return found < 0 ? undefined : found;
}

/** The bare values Python's `json.dumps` writes for floats that JSON cannot hold. */
const NON_FINITE = ["-Infinity", "Infinity", "NaN"] as const;

/** Where a value may stand, before and after it, so that a bare word as a key stays an error. */
const BEFORE_VALUE = new Set([":", "[", ","]);
const AFTER_VALUE = new Set([",", "}", "]", ""]);

const lastNonSpace = (text: string, end: number): string => {
  let i = end - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i < 0 ? "" : text[i]!;
};

const firstNonSpace = (text: string, start: number): string => {
  let i = start;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i < text.length ? text[i]! : "";
};

/**
 * `text` with each bare `NaN`, `Infinity` and `-Infinity` that stands as a value written as a
 * JSON string of the same word, or `undefined` when it has none. Strings are skipped whole, so
 * a word inside one is left as written.
 */
function quoteNonFinite(text: string): string | undefined {
  let out = "";
  let copiedTo = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
      continue;
    }
    const word = NON_FINITE.find((w) => text.startsWith(w, i));
    if (
      word === undefined ||
      !BEFORE_VALUE.has(lastNonSpace(text, i)) ||
      !AFTER_VALUE.has(firstNonSpace(text, i + word.length))
    )
      continue;
    out += `${text.slice(copiedTo, i)}"${word}"`;
    copiedTo = i + word.length;
    i = copiedTo - 1;
  }
  return copiedTo === 0 ? undefined : out + text.slice(copiedTo);
}

/** JSON that is not JSON even as Python writes it, with the text `JSON.parse` last refused. */
export class PythonJsonError extends Error {
  constructor(
    message: string,
    /** The text as parsed: the one given, or it with Python's bare values quoted. */
    readonly parsed: string,
  ) {
    super(message);
  }
}

/**
 * Parses JSON as Python's json module writes it by default: a diverged loss is written `NaN`,
 * an overflowed one `Infinity`, bare. Each such value is read as the string of its word: a
 * value that is not a number, which readers report as such. Throws a `PythonJsonError` for
 * the text as given, or for it with those values quoted when they were not what was wrong.
 */
export function parsePythonJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const quoted = quoteNonFinite(text);
    if (quoted === undefined) throw new PythonJsonError((error as Error).message, text);
    try {
      return JSON.parse(quoted);
    } catch (again) {
      throw new PythonJsonError((again as Error).message, quoted);
    }
  }
}

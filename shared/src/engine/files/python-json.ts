import { jsonErrorPosition, UNEXPECTED_TOKEN } from "./json-error-position.js";

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
 * A bare word written anew: where it starts in the text as given, its length, and how many
 * characters its new form adds (2 for the quotes of `"NaN"`, 1 for `null`).
 */
interface Word {
  readonly start: number;
  readonly length: number;
  readonly added: number;
}

/**
 * `text` with each bare `NaN`, `Infinity` and `-Infinity` that stands as a value written as a
 * JSON string of the same word (a bare `NaN` as `null` where `nanAsNull`), and where those
 * words stand, or `undefined` when it has none. Strings are skipped whole, so a word inside one
 * is left as written.
 */
function quoteNonFinite(
  text: string,
  nanAsNull: boolean,
): { quoted: string; words: Word[] } | undefined {
  let out = "";
  let copiedTo = 0;
  const words: Word[] = [];
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
    const written = nanAsNull && word === "NaN" ? "null" : `"${word}"`;
    out += `${text.slice(copiedTo, i)}${written}`;
    words.push({ start: i, length: word.length, added: written.length - word.length });
    copiedTo = i + word.length;
    i = copiedTo - 1;
  }
  return copiedTo === 0 ? undefined : { quoted: out + text.slice(copiedTo), words };
}

/** A position in the rewritten text as it stands in the text given: back by each word's addition. */
function givenPosition(position: number, words: readonly Word[]): number {
  let shift = 0;
  for (const { start, length, added } of words) {
    if (position < start + shift + length + added) break;
    shift += added;
  }
  return position - shift;
}

/**
 * V8's message about the quoted text, told of the text given, so that its position counts the
 * user's characters. An unexpected token's excerpt would show quotes the user never wrote, so
 * the token is placed by its position instead, as V8 places the other errors; the line and
 * column newer versions add, of the quoted text, are dropped (`placeJsonError` says the place).
 */
function tellOfGiven(message: string, quoted: string, words: Word[]): string {
  const position = jsonErrorPosition(quoted, message);
  if (position === undefined) return message;
  const at = givenPosition(position, words);
  const token = UNEXPECTED_TOKEN.exec(message);
  if (token) return `Unexpected token '${token[1]}' in JSON at position ${at}`;
  return message.replace(/position \d+(?: \(line \d+ column \d+\))?/, `position ${at}`);
}

/** `JSON.parse`'s reviver, as typed with the source text Node 21 on gives it. */
export type Reviver = (
  this: unknown,
  key: string,
  value: unknown,
  context?: { source?: string },
) => unknown;

/**
 * Parses JSON as Python's json module writes it by default: a diverged loss is written `NaN`,
 * an overflowed one `Infinity`, bare. Each such value is read as the string of its word: a
 * value that is not a number, which readers report as such, and which a column of numbers reads
 * as the number (`parseSpecialNumber`); with `nanAsNull`, a bare `NaN` is read as `null`, no
 * value, as pandas reads a row of data. Throws JSON.parse's SyntaxError for the text as given,
 * or, when those values were not what was wrong, the error for it with them rewritten, told of
 * the text as given. `reviver` is `JSON.parse`'s.
 */
export function parsePythonJson(
  text: string,
  { reviver, nanAsNull = false }: { reviver?: Reviver; nanAsNull?: boolean } = {},
): unknown {
  const revive = reviver as Parameters<typeof JSON.parse>[1];
  try {
    return JSON.parse(text, revive);
  } catch (error) {
    const quoting = quoteNonFinite(text, nanAsNull);
    if (quoting === undefined) throw error;
    try {
      return JSON.parse(quoting.quoted, revive);
    } catch (again) {
      const message = (again as Error).message;
      throw new SyntaxError(tellOfGiven(message, quoting.quoted, quoting.words), {
        cause: again,
      });
    }
  }
}

import { REFUSAL_NAME_LIMIT, shorten } from "./shorten.js";

/** Edit distance between two names, to suggest the one a typo meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The name of `names` that `name` most likely misspells, for a "did you mean": case is ignored
 * (`ID` for `id`), and at most two edits are allowed, one for a name of two or three characters,
 * so that a short name is not matched to any other short one. The first of equals wins. Failing
 * that, where `abbreviations` are looked for (names of a vocabulary: actions, flags, allowed
 * values), a name of three characters or more may be the start of one, and only one, of `names`
 * (`int` for `integer`): an abbreviation is many edits from the name it stands for. Not among a
 * file's columns, where a longer name is mostly another column (`label_pred` is no `label`).
 */
export function closestName(
  name: string,
  names: Iterable<string>,
  abbreviations = true,
): string | undefined {
  const wanted = name.toLowerCase();
  const allowed = Math.min(2, Math.floor(wanted.length / 2));
  const candidates = [...names];
  let best: { candidate: string; d: number } | undefined;
  for (const candidate of candidates) {
    const d = distance(wanted, candidate.toLowerCase());
    if (d <= allowed && (best === undefined || d < best.d)) best = { candidate, d };
  }
  if (best !== undefined || wanted.length < 3 || !abbreviations) return best?.candidate;
  const longer = candidates.filter((candidate) => candidate.toLowerCase().startsWith(wanted));
  return longer.length === 1 ? longer[0] : undefined;
}

/** A name as most errors quote it: in single quotes, shortened so that it cannot fill the line. */
export const quoteName = (name: string): string => `'${shorten(name, REFUSAL_NAME_LIMIT)}'`;

/**
 * The name of `names` that is `name` written in another Unicode normal form (`ó` as one
 * character, or as `o` and a combining accent, as macOS writes file names and its apps often
 * export text), or undefined. The two look the same in every message, so a plain "did you mean"
 * would show three equal strings. They are not taken as one: two spellings may be meant apart.
 */
export function otherNormalForm(name: string, names: Iterable<string>): string | undefined {
  const composed = name.normalize("NFC");
  for (const known of names) {
    if (known !== name && known.normalize("NFC") === composed) return known;
  }
  return undefined;
}

/**
 * The start of a fix saying that `name` and `known` differ only in their Unicode normal form,
 * which of them has decomposed accents, and how to make both the same.
 */
export function normalFormNote(
  name: string,
  known: string,
  quote: (name: string) => string = quoteName,
): string {
  const which = name.normalize("NFC") === name ? quote(known) : "it";
  return `${quote(name)} differs from ${quote(known)} only in its Unicode normal form, so the two look the same: ${which} writes its accents decomposed (a letter, then a combining mark, as macOS often exports text). Normalize the file that writes them so to NFC (in Python, unicodedata.normalize("NFC", s) on each value). `;
}

/**
 * How `name` differs from `known` where it is only by white space or letter case ("it differs
 * only by case" for `usd` and `USD`): a trailing space no reader of a file sees, a case a reader
 * easily reads past; else undefined.
 */
export function spacesOrCase(name: string, known: string): string | undefined {
  if (name === known) return undefined;
  const bare = (text: string) => text.replace(/\s+/g, "");
  if (bare(known) === bare(name)) return "it differs only by spaces";
  if (known.toLowerCase() === name.toLowerCase()) return "it differs only by case";
  if (bare(known).toLowerCase() === bare(name).toLowerCase()) {
    return "it differs only by spaces and case";
  }
  return undefined;
}

/**
 * The start of an error's fix naming what `name` likely misspells ("Did you mean 'x'? "), or ""
 * where `closestName` finds nothing; for a name that differs from one only in its Unicode
 * normal form, `normalFormNote`. `quote` writes the name as the place that asks shows names:
 * a flag as `--x`, an action bare; `abbreviations` as `closestName` takes them.
 */
export function didYouMean(
  name: string,
  names: Iterable<string>,
  quote: (name: string) => string = quoteName,
  abbreviations = true,
): string {
  const list = [...names];
  const twin = otherNormalForm(name, list);
  if (twin !== undefined) return normalFormNote(name, twin, quote);
  const near = closestName(name, list, abbreviations);
  return near === undefined ? "" : `Did you mean ${quote(near)}? `;
}

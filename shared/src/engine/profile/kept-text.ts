import { groupDigits } from "../report/group-digits.js";
import { hashString, lastHash } from "./hash.js";
import type { ProfileValue } from "./profile-types.js";

/**
 * The longest text a profile's frequent values keep as it is. A column's frequent values keep up
 * to 1,024 distinct values whole, and a value may be a document, or an image's bytes (a Parquet
 * struct of `bytes` and `path`, as datasets of images are written): 500 images of 200 KB made a
 * profile of 200 MB. A longer text stands in the summary as `keptText` writes it.
 */
export const LONGEST_KEPT = 256;

/** The characters of a long text that its stand-in shows. */
const SHOWN = 40;

const hex = (word: number) => word.toString(16).padStart(8, "0");

/**
 * `text` as a profile's frequent values keep it: as it is, or past `LONGEST_KEPT` characters
 * its first characters, its length and a 64-bit hash of it (`hashString`), about 90 characters.
 * The same text gives the same stand-in, and different ones differ but for a hash collision (one
 * in some 10^19 pairs), so counts, distinct counts, merges and comparisons hold as they were. A
 * stand-in is no longer than `LONGEST_KEPT`: it stands for itself.
 */
export function keptText(text: string): string {
  if (text.length <= LONGEST_KEPT) return text;
  hashString(text);
  const digest = hex(lastHash[0]!) + hex(lastHash[1]!);
  return `${text.slice(0, SHOWN)}… (${groupDigits(text.length)} characters, hash ${digest})`;
}

/** A frequent value as the summary keeps it: a number as it is, a text by `keptText`. */
export const keptValue = (value: ProfileValue): ProfileValue =>
  typeof value === "string" ? keptText(value) : value;

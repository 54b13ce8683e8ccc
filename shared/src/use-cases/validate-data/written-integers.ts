import { bounded } from "./check-result.js";

/** A decimal number as YAML 1.2 and JSON write one: digits before and after the point, exponent. */
const DECIMAL = /^[-+]?([0-9]*)(?:\.([0-9]*))?(?:[eE]([-+]?[0-9]+))?$/;

/** ±(2^53 - 1) as messages write it: up to there a double holds every integer exactly. */
export const LARGEST_EXACT_INTEGER = "±9,007,199,254,740,991 (2^53 - 1)";

/**
 * Whether the number `text` writes is whole (`2`, `2.0`, `1.5e3`), by its digits rather than by
 * the double it reads as; undefined for text that is no decimal number (YAML's `0x1F`, `0o17`,
 * which are whole anyway).
 */
function writesWholeNumber(text: string): boolean | undefined {
  const match = DECIMAL.exec(text);
  if (match === null) return undefined;
  const [, whole = "", fraction = "", exponent = "0"] = match;
  const digits = whole + fraction;
  if (digits.length === 0) return undefined;
  // The digits from where the point stands once the exponent has moved it: all zeros if whole.
  const point = whole.length + Number(exponent);
  return /^0*$/.test(digits.slice(Math.max(0, point)));
}

/** Why a number written for an integer field is not the one meant; `past` beyond ±(2^53 - 1). */
export interface InexactInteger {
  readonly problem: string;
  readonly past: boolean;
}

/**
 * Why a finite number that a contract writes (`written`, the file's text of its digits, when
 * known) for an integer field is not the number meant, or undefined; the problem shows it as
 * `shownAs`, where the file writes more than its digits (an entry in quotes, `'12'`). A double
 * holds every integer exactly up to ±(2^53 - 1) only: past it, an integer field's cells fail
 * their type, and a number written is read rounded (9007199254740993 as 9007199254740992).
 * Within it, a fraction that rounds to a whole number (2.0000000000000001 as 2) would be
 * compared as that whole number, which the file does not write; any other fraction reads as a
 * fraction between the same two integers, so an integer field's check sees no difference.
 */
export function inexactInteger(
  value: number,
  written: string | undefined,
  shownAs: string | undefined = written,
): InexactInteger | undefined {
  const shown = bounded(shownAs ?? written ?? String(value));
  if (Math.abs(value) > Number.MAX_SAFE_INTEGER) {
    const readAs = written === undefined || written === String(value) ? "" : `, read as ${value}`;
    return {
      problem: `is ${shown}${readAs}, past the ${LARGEST_EXACT_INTEGER} that a double holds exactly, where an integer field's values end`,
      past: true,
    };
  }
  if (Number.isInteger(value) && written !== undefined && writesWholeNumber(written) === false) {
    return {
      problem: `is ${shown}, which is not a whole number, but a double holds it only rounded, as ${value}`,
      past: false,
    };
  }
  return undefined;
}

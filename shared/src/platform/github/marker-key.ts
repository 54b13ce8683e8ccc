/**
 * The keys that tell one owned comment or issue from another (`eval-gate/churn`, say). A key
 * lives inside a hidden HTML marker, so it holds only characters that cannot end the comment or
 * break the search for it. Keys given as inputs are shorter than the marker allows, because the
 * code appends suffixes to them (alert-issue.ts marks each clearing with `.<timestamp>`).
 */
import { InputError } from "../../engine/errors.js";

/** What a marker accepts, suffixes included. */
export const MARKER_KEY = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$/;

/** The longest key an input may give; the 20 characters left are for suffixes. */
export const MARKER_KEY_MAX_LENGTH = 80;

const GIVEN_KEY = new RegExp(`^[A-Za-z0-9][A-Za-z0-9._:/-]{0,${MARKER_KEY_MAX_LENGTH - 1}}$`);

/** The key an input gives, or an InputError that names the input and what a key may hold. */
export function parseMarkerKey(input: string, text: string): string {
  const key = text.trim();
  if (GIVEN_KEY.test(key)) return key;
  throw new InputError(
    input,
    `'${text}' is not a valid key`,
    `Use 1 to ${MARKER_KEY_MAX_LENGTH} characters: letters, digits and . _ : / -, starting with a letter or digit`,
  );
}

/**
 * A valid key made from free text (a file path, say) under `prefix`: disallowed characters
 * become `-`, and when that changed the text or it had to be cut, a short hash of the text is
 * appended so that two sources never share a key.
 */
export function deriveMarkerKey(prefix: string, source: string): string {
  const slug = source.replace(/[^A-Za-z0-9._:/-]+/g, "-").replace(/^[^A-Za-z0-9]+/, "");
  const plain = `${prefix}/${slug}`;
  if (slug !== "" && slug === source && plain.length <= MARKER_KEY_MAX_LENGTH) return plain;
  const hash = fingerprint(source);
  const room = MARKER_KEY_MAX_LENGTH - prefix.length - hash.length - 2;
  const cut = slug.slice(0, Math.max(room, 0)).replace(/[^A-Za-z0-9]+$/, "");
  return cut === "" ? `${prefix}/${hash}` : `${prefix}/${cut}-${hash}`;
}

/** Eight hex digits that tell keys from the same slug apart (FNV-1a): stable, not a secret. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(text, "utf8")) h = Math.imul(h ^ byte, 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}

import { basename } from "node:path";
import { RegistryError } from "./errors.js";

/**
 * Whether an asset's name, as a tag or a release records it (anyone who can push one writes
 * it), is a plain file name that can be written into a folder: not empty, no folder part, no
 * `.` or `..`, no control character, at most 255 characters.
 */
export const isPlainName = (name: string): boolean =>
  name !== "" && name !== "." && name !== ".." && name.length <= 255 && !/[/\\]|\p{Cc}/u.test(name);

/** The names files are stored under in a release: their base names, which must be distinct. */
export function assetNames(files: readonly string[]): string[] {
  const names = files.map((file) => basename(file));
  const duplicate = names.find((name, i) => names.indexOf(name) !== i);
  if (duplicate) {
    throw new RegistryError(
      `two assets are named '${duplicate}'`,
      "Give each asset a distinct file name",
    );
  }
  return names;
}

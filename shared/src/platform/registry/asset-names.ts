import { basename } from "node:path";
import { RegistryError } from "./errors.js";

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

import { existsSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { InputError } from "../../engine/errors.js";
import { isGlob } from "../../engine/data/glob.js";
import type { Profile } from "../../engine/profile/profile-types.js";
import { readProfile } from "../../engine/profile/read-profile.js";
import { registryAsset, type ReferenceRegistry } from "./registry-asset.js";
import { parseReference } from "./tag-grammar.js";

export type { ReferenceRegistry };

/** The reference as read: data to test against, or a profile to compare with. */
export type Reference =
  | { kind: "data"; path: string }
  | { kind: "profile" | "registry"; profile: Profile; path: string; from: string | null };

/** A profile asset of a release: its name holds "profile" and ends in .json. */
const PROFILE_ASSET = /profile.*\.json$/i;

const isProfileFile = (path: string) => /\.json$/i.test(path);

/**
 * Tells a data file, a profile file and a registry reference apart, and reads the profiles. A
 * registry reference is looked up where promote keeps the registry (`where`).
 */
export async function loadReference(
  text: string,
  cwd: string,
  where: ReferenceRegistry = {},
): Promise<Reference> {
  const path = isAbsolute(text) ? text : resolve(cwd, text);
  const reference = parseReference(text);
  if (reference && !existsSync(path)) {
    const found = await registryAsset(reference, cwd, where, {
      input: "reference",
      what: "profile asset",
      pattern: PROFILE_ASSET,
      fix: "Register the version with its reference profile (a file named like reference-profile.json) among its assets",
    });
    return {
      kind: "registry",
      profile: await readProfile(found.location, `${found.tag}/${found.name}`),
      path: found.location,
      from: `${found.tag} (${found.name})`,
    };
  }
  if (!isGlob(text) && !existsSync(path)) {
    throw new InputError(
      "reference",
      `'${text}' is neither a file nor a registry reference`,
      "Give a data or profile file, or a registry reference such as churn#prod",
    );
  }
  if (isProfileFile(path))
    return { kind: "profile", profile: await readProfile(path, text), path, from: null };
  return { kind: "data", path };
}

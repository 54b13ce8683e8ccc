import { existsSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { InputError } from "../../engine/errors.js";
import { expandGlob, isGlob } from "../../engine/data/glob.js";
import { displayPath } from "../../engine/files/display-path.js";
import { readMergedProfiles } from "../../engine/profile/merge-profiles.js";
import type { Profile } from "../../engine/profile/profile-types.js";
import { readProfile } from "../../engine/profile/read-profile.js";
import { registryAsset, type ReferenceRegistry } from "./registry-asset.js";
import { parseReference } from "./tag-grammar.js";

export type { ReferenceRegistry };

/**
 * The reference as read: data to test against, or a profile to compare with; `files`, the
 * profile files it was read from (a glob's, merged), `path` as given (a glob), resolved.
 */
export type Reference =
  | { kind: "data"; path: string }
  | {
      kind: "profile" | "registry";
      profile: Profile;
      path: string;
      files: string[];
      from: string | null;
    };

/** A profile asset of a release: its name holds "profile" and ends in .json. */
const PROFILE_ASSET = /profile.*\.json$/i;

const isProfileFile = (path: string) => /\.json$/i.test(path);

/**
 * Tells data, a profile file (or a glob of them, merged) and a registry reference apart, and
 * reads the profiles. A registry reference is looked up where promote keeps the registry
 * (`where`).
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
      files: [found.location],
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
  if (!isProfileFile(path)) return { kind: "data", path };
  // A glob of profiles (a rolling window of daily ones) merges as compare mode's current does.
  const files = await profileFiles(path, text);
  const shown = isGlob(text) ? files.map((file) => displayPath(cwd, file)) : [text];
  const profile = await readMergedProfiles(files, shown);
  return { kind: "profile", profile, path, files, from: null };
}

/** The profile files `path` names: itself, or a glob's matches, of which there must be some. */
async function profileFiles(path: string, text: string): Promise<string[]> {
  const files = await expandGlob(path);
  if (files.length > 0) return files;
  throw new InputError(
    "reference",
    `no file matches '${text}'`,
    "Check the path and the pattern: it names the reference's profile files, such as profiles/2024-05-*.json, which are merged into one",
  );
}

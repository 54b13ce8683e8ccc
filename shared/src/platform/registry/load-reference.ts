import { existsSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { InputError } from "../../engine/errors.js";
import { expandGlob, isGlob } from "../../engine/data/glob.js";
import { displayPath } from "../../engine/files/display-path.js";
import { fileIdentity } from "../../engine/files/file-identity.js";
import { readMergedProfiles } from "../../engine/profile/merge-profiles.js";
import type { Profile } from "../../engine/profile/profile-types.js";
import { readProfile } from "../../engine/profile/read-profile.js";
import { registryAsset, type ReferenceRegistry } from "./registry-asset.js";
import { parseReference } from "./tag-grammar.js";

export type { ReferenceRegistry };

/**
 * The reference as read: data to test against, or a profile to compare with. `paths`: each path
 * or glob given, resolved (a registry version's, its profile's file); `files`, the profile files
 * read (globs' matches, merged).
 */
export type Reference =
  | { kind: "data"; paths: string[] }
  | {
      kind: "profile" | "registry";
      profile: Profile;
      paths: string[];
      files: string[];
      from: string | null;
    };

/** A profile asset of a release: its name holds "profile" and ends in .json. */
const PROFILE_ASSET = /profile.*\.json$/i;

const isProfileFile = (path: string) => /\.json$/i.test(path);

/** A reference's paths (or globs) as a line shows them: relative to `cwd`, comma-separated. */
export const shownPaths = (paths: readonly string[], cwd: string): string =>
  paths.map((path) => displayPath(cwd, path)).join(", ");

/**
 * Tells data, profile files (or globs of them, merged) and a registry reference apart, and
 * reads the profiles. `given` is one path, glob or registry reference, or a list of paths and
 * globs: data files read as one table, or profiles merged into one, a file that two of them
 * name counted once. A registry reference is looked up where promote keeps the registry
 * (`where`).
 */
export async function loadReference(
  given: string | readonly string[],
  cwd: string,
  where: ReferenceRegistry = {},
): Promise<Reference> {
  const texts = typeof given === "string" ? [given] : given;
  const paths = texts.map((text) => (isAbsolute(text) ? text : resolve(cwd, text)));
  const [text, path] = [texts[0]!, paths[0]!];
  const reference = parseReference(text);
  if (texts.length === 1 && reference && !existsSync(path)) {
    const found = await registryAsset(reference, cwd, where, {
      input: "reference",
      what: "profile asset",
      pattern: PROFILE_ASSET,
      fix: "Register the version with its reference profile (a file named like reference-profile.json) among its assets",
    });
    return {
      kind: "registry",
      profile: await readProfile(found.location, `${found.tag}/${found.name}`),
      paths: [found.location],
      files: [found.location],
      from: `${found.tag} (${found.name})`,
    };
  }
  texts.forEach((item, i) => requirePath(item, paths[i]!, texts.length));
  const profiles = paths.filter(isProfileFile).length;
  if (profiles === 0) return { kind: "data", paths };
  if (profiles < paths.length) throw mixedReference(texts);
  // Globs of profiles (a rolling window of daily ones) merge as compare mode's current does; a
  // file named twice, by two items or through a link, once (`fileIdentity`).
  const files = new Map<string, { path: string; shown: string }>();
  for (const [i, item] of texts.entries()) {
    for (const path of await profileFiles(paths[i]!, item)) {
      // A link that leads nowhere is left to the read, which names it.
      const identity = existsSync(path) ? fileIdentity(path) : path;
      const shown = isGlob(item) ? displayPath(cwd, path) : item;
      if (!files.has(identity)) files.set(identity, { path, shown });
    }
  }
  const read = [...files.values()];
  const profile = await readMergedProfiles(
    read.map((file) => file.path),
    read.map((file) => file.shown),
  );
  return { kind: "profile", profile, paths, files: read.map((file) => file.path), from: null };
}

/**
 * Refuses an item of the reference that names no file and is no glob: a registry reference
 * (which stands alone, naming one version's profile) among others, or a path that is wrong.
 */
function requirePath(text: string, path: string, items: number): void {
  if (isGlob(text) || existsSync(path)) return;
  if (items > 1 && parseReference(text)) {
    throw new InputError(
      "reference",
      `'${text}' is a registry reference, which names one version's profile and cannot be listed with other references`,
      "Give the registry reference alone, or list only files and globs",
    );
  }
  throw new InputError(
    "reference",
    `'${text}' is neither a file nor a registry reference`,
    // A comma separates no items here, as a file name may hold one.
    text.includes(",")
      ? "To give several files or globs, give one a line (or --reference once for each)"
      : "Give a data or profile file, or a registry reference such as churn#prod",
  );
}

/** The refusal of a list of references that names both data and profiles. */
function mixedReference(texts: readonly string[]): InputError {
  const profile = texts.find(isProfileFile)!;
  const data = texts.find((text) => !isProfileFile(text))!;
  return new InputError(
    "reference",
    `lists data ('${data}') and profiles ('${profile}'), which cannot be compared as one`,
    "List only data files, read as one table, or only profile files, merged into one",
  );
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

import { existsSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { InputError } from "../../engine/errors.js";
import { isGlob } from "../../engine/data/glob.js";
import type { Profile } from "../../engine/profile/profile-types.js";
import { readProfile } from "../../engine/profile/read-profile.js";

/** The reference as read: data to test against, or a profile to compare with. */
export type Reference =
  | { kind: "data"; path: string }
  | { kind: "profile" | "registry"; profile: Profile; path: string; from: string | null };

/** `churn#prod` (the version in a stage) or `churn@v1.2.0` (a version), in the GTO grammar. */
const REGISTRY_REFERENCE =
  /^([a-zA-Z0-9](?:[a-zA-Z0-9\-/_]*[a-zA-Z0-9])?)([#@])([a-zA-Z0-9.+\-_/]+)$/;

/** A profile asset of a release: its name holds "profile" and ends in .json. */
const PROFILE_ASSET = /profile.*\.json$/i;

const isProfileFile = (path: string) => /\.json$/i.test(path);

/**
 * The version's profile from the registry of the workspace (the local git backend): the stage's
 * holder (read from the stage's tags and its holder's alone), or the named version, and its
 * release asset named like `*profile*.json`.
 */
async function fromRegistry(root: string, artifact: string, separator: string, name: string) {
  // Loaded on use: most runs compare with a file.
  const [{ LocalGitBackend }, { Registry }] = await Promise.all([
    import("./local-git-backend.js"),
    import("./registry.js"),
  ]);
  const backend = new LocalGitBackend({ path: root });
  const registry = new Registry({ backend });
  const registration =
    separator === "#"
      ? (await registry.stageHolder(artifact, name))?.registration
      : (await registry.artifact(artifact))?.versions.get(name)?.registration;
  if (!registration) {
    const what =
      separator === "#"
        ? `no version of '${artifact}' is in stage '${name}'`
        : `'${artifact}' has no version ${name}`;
    throw new InputError(
      "reference",
      what,
      "Check the registry with git tag --list, or name a file",
    );
  }
  const assets = await backend.fetchAssets(registration.tag);
  const asset = assets.find((a) => PROFILE_ASSET.test(a.name));
  if (!asset) {
    throw new InputError(
      "reference",
      `release ${registration.tag} has no profile asset (${assets.map((a) => a.name).join(", ") || "no assets"})`,
      "Register the version with its reference profile (a file named like reference-profile.json) among its assets",
    );
  }
  return { tag: registration.tag, location: asset.location, name: asset.name };
}

/** Tells a data file, a profile file and a registry reference apart, and reads the profiles. */
export async function loadReference(text: string, cwd: string): Promise<Reference> {
  const path = isAbsolute(text) ? text : resolve(cwd, text);
  const match = REGISTRY_REFERENCE.exec(text);
  if (match && !existsSync(path)) {
    const [, artifact, separator, name] = match as unknown as [string, string, string, string];
    const found = await fromRegistry(cwd, artifact, separator, name);
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

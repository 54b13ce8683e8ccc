import { existsSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { InputError } from "../../engine/errors.js";
import { isGlob } from "../../engine/data/glob.js";
import { hashFile } from "../../engine/files/hash-file.js";
import type { Profile } from "../../engine/profile/profile-types.js";
import { readProfile } from "../../engine/profile/read-profile.js";
import { githubContextFromEnv, type GitHubContext } from "../github/github-context.js";
import type { RegistryBackend } from "./backend.js";
import { parseReference, type RegistryReference } from "./tag-grammar.js";
import type { RegistryEvent } from "./registry-state.js";

/** The reference as read: data to test against, or a profile to compare with. */
export type Reference =
  | { kind: "data"; path: string }
  | { kind: "profile" | "registry"; profile: Profile; path: string; from: string | null };

/** Where a registry reference is looked up: the backend promote would use in this run. */
export interface ReferenceRegistry {
  /** The run's GitHub context: with a token and a repository, the registry is on GitHub. */
  readonly github?: GitHubContext;
  /** Chooses the backend; tests aim it at an emulator. Default: promote's choice, `auto`. */
  readonly backend?: (cwd: string, github: GitHubContext | undefined) => Promise<RegistryBackend>;
}

/** A profile asset of a release: its name holds "profile" and ends in .json. */
const PROFILE_ASSET = /profile.*\.json$/i;

const isProfileFile = (path: string) => /\.json$/i.test(path);

/** The backend promote chooses with `backend: auto`: GitHub in a workflow, else the local git. */
async function autoBackend(cwd: string, github: GitHubContext | undefined) {
  const { chooseBackend } = await import("./choose-backend.js");
  return chooseBackend({ choice: "auto", path: cwd, github: github ?? githubContextFromEnv({}) });
}

/** The registration the reference names: the stage's holder, or the version. */
async function registrationOf(
  backend: RegistryBackend,
  reference: RegistryReference,
): Promise<RegistryEvent> {
  // Loaded on use: most runs compare with a file.
  const { Registry } = await import("./registry.js");
  const registry = new Registry({ backend });
  const registration =
    "stage" in reference
      ? (await registry.stageHolder(reference.artifact, reference.stage))?.registration
      : (await registry.artifact(reference.artifact))?.versions.get(reference.version)
          ?.registration;
  if (registration) return registration;
  throw new InputError(
    "reference",
    "stage" in reference
      ? `no version of '${reference.artifact}' is in stage '${reference.stage}' (${backend.description})`
      : `'${reference.artifact}' has no version ${reference.version} (${backend.description})`,
    "Check the registry with mlops registry show, or name a file",
  );
}

/**
 * The version's profile, from the registry's backend: its release asset named like
 * `*profile*.json`, as a local file whose digest is the one the registration tag records.
 */
async function fromRegistry(reference: RegistryReference, cwd: string, where: ReferenceRegistry) {
  const backend = await (where.backend ?? autoBackend)(cwd, where.github);
  const registration = await registrationOf(backend, reference);
  const tag = registration.tag;
  const recorded = registration.metadata?.assets ?? [];
  const asset = recorded.find((a) => PROFILE_ASSET.test(a.name));
  const location = asset && (await backend.assetFile(tag, asset.name));
  if (!asset || !location) {
    throw new InputError(
      "reference",
      `release ${tag} has no profile asset (${recorded.map((a) => a.name).join(", ") || "no assets"})`,
      "Register the version with its reference profile (a file named like reference-profile.json) among its assets",
    );
  }
  if ((await hashFile(location)) !== asset.sha256) {
    throw new InputError(
      "reference",
      `release asset ${asset.name} of ${tag} does not match the sha256 its tag records (${asset.sha256})`,
      "The stored file was changed after registration: register the profile again as a new version",
    );
  }
  return { tag, location, name: asset.name };
}

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
    const found = await fromRegistry(reference, cwd, where);
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

/**
 * A file stored with a registered version, found by a registry reference (`churn#prod`,
 * `churn@v1.2.0`) through the backend promote would use in this run, and checked against the
 * digest its registration tag records.
 */
import { InputError } from "../../engine/errors.js";
import { hashFile } from "../../engine/files/hash-file.js";
import { NotFoundError } from "./errors.js";
import { githubContextFromEnv, type GitHubContext } from "../github/github-context.js";
import type { RegistryBackend } from "./backend.js";
import type { RegistryReference } from "./tag-grammar.js";
import type { RegistryEvent } from "./registry-state.js";

/** Where a registry reference is looked up: the backend promote would use in this run. */
export interface ReferenceRegistry {
  /** The run's GitHub context: with a token and a repository, the registry is on GitHub. */
  readonly github?: GitHubContext;
  /** Chooses the backend; tests aim it at an emulator. Default: promote's choice, `auto`. */
  readonly backend?: (cwd: string, github: GitHubContext | undefined) => Promise<RegistryBackend>;
}

/** Which asset a caller wants, and what to tell the user when the release has none. */
export interface WantedAsset {
  /** The input that named the reference, for the error line. */
  readonly input: string;
  /** What the asset is, for the error line: "profile asset". */
  readonly what: string;
  /** The asset's name; the first asset matching it is taken. */
  readonly pattern: RegExp;
  readonly fix: string;
}

/** A release asset as a local file, with the tag and name it came from. */
export interface FoundAsset {
  readonly tag: string;
  readonly name: string;
  readonly location: string;
}

/**
 * The backend promote chooses with `backend: auto`: GitHub in a workflow, else the git
 * repository of the working folder, since the actions that read a reference have no registry
 * input.
 */
async function autoBackend(cwd: string, github: GitHubContext | undefined) {
  const { chooseBackend } = await import("./choose-backend.js");
  return chooseBackend({
    choice: "auto",
    path: cwd,
    repositoryFix: REFERENCE_REPOSITORY_FIX,
    github: github ?? githubContextFromEnv({}),
  });
}

/**
 * A registered version never changes its files: only a new version can hold them, named outright,
 * since a bump names the registered version that records the same files.
 */
export const REGISTER_ANEW =
  "Register the files again as a new version, named outright (such as the next patch)";

const REFERENCE_REPOSITORY_FIX =
  "A registry reference is read from the git repository of the working folder, or on GitHub " +
  "given github-token (or GITHUB_TOKEN) and GITHUB_REPOSITORY: run from inside the registry's " +
  "repository, or give a file instead";

/**
 * The registration the reference names: the stage's holder (at `at`, when given), or the
 * version. None is an error about the action input that named it, or without an input (the
 * command line's `registry fetch`) a `NotFoundError`.
 */
export async function registrationOf(
  backend: RegistryBackend,
  reference: RegistryReference,
  input: string | undefined,
  at?: Date,
): Promise<RegistryEvent> {
  // Loaded on use: most runs compare with a file.
  const { Registry } = await import("./registry.js");
  const registry = new Registry({ backend });
  const registration =
    "stage" in reference
      ? (await registry.stageHolder(reference.artifact, reference.stage, at))?.registration
      : (await registry.artifact(reference.artifact))?.versions.get(reference.version)
          ?.registration;
  if (registration) return registration;
  const when = at ? ` at ${at.toISOString()}` : "";
  const problem =
    "stage" in reference
      ? `no version of '${reference.artifact}' is in stage '${reference.stage}'${when} (${backend.description})`
      : `'${reference.artifact}' has no version ${reference.version} (${backend.description})`;
  if (input === undefined) {
    throw new NotFoundError(problem, "Check the registry with mlops registry show");
  }
  throw new InputError(
    input,
    problem,
    "Check the registry with mlops registry show, or name a file",
  );
}

/** The version's release asset the caller wants, as a local file whose digest is the tag's. */
export async function registryAsset(
  reference: RegistryReference,
  cwd: string,
  where: ReferenceRegistry,
  want: WantedAsset,
): Promise<FoundAsset> {
  const backend = await (where.backend ?? autoBackend)(cwd, where.github);
  const { tag, metadata } = await registrationOf(backend, reference, want.input);
  const recorded = metadata?.assets ?? [];
  const asset = recorded.find((a) => want.pattern.test(a.name));
  const location = asset && (await backend.assetFile(tag, asset.name));
  if (!asset || !location) {
    throw new InputError(
      want.input,
      `release ${tag} has no ${want.what} (${recorded.map((a) => a.name).join(", ") || "no assets"})`,
      want.fix,
    );
  }
  if ((await hashFile(location)) !== asset.sha256) {
    throw new InputError(
      want.input,
      `release asset ${asset.name} of ${tag} does not match the sha256 its tag records (${asset.sha256})`,
      `The stored file was changed after registration. ${REGISTER_ANEW}`,
    );
  }
  return { tag, location, name: asset.name };
}

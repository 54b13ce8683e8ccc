/**
 * A file stored with a registered version, found by a registry reference (`churn#prod`,
 * `churn@v1.2.0`) through the backend promote would use in this run, and checked against the
 * digest its registration tag records.
 */
import { resolve } from "node:path";
import { InputError } from "../../engine/errors.js";
import { hashFile } from "../../engine/files/hash-file.js";
import { NotFoundError } from "./errors.js";
import { githubContextFromEnv, type GitHubContext } from "../github/github-context.js";
import type { RegistryBackend } from "./backend.js";
import type { BackendChoice } from "./choose-backend.js";
import type { RegistryReference } from "./tag-grammar.js";
import type { RegistryEvent } from "./registry-state.js";

/** Where a registry reference is looked up: where promote, given the same inputs, would look. */
export interface ReferenceRegistry {
  /** The run's GitHub context: with a token and a repository, `auto` looks on GitHub. */
  readonly github?: GitHubContext;
  /** The `registry` input: the registry's local git repository, from the working folder. */
  readonly path?: string;
  /** The `backend` input, as promote's; `auto` by default. */
  readonly backend?: BackendChoice;
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
 * The backend promote would choose with the same `registry` and `backend` inputs. A `registry`
 * other than the working folder is refused where `auto` chooses GitHub: it would be left unread,
 * and the reference looked up elsewhere than the user named.
 */
async function referenceBackend(cwd: string, where: ReferenceRegistry) {
  const { chooseBackend } = await import("./choose-backend.js");
  const backend = await chooseBackend({
    choice: where.backend ?? "auto",
    path: resolve(cwd, where.path ?? "."),
    repositoryFix: REFERENCE_REPOSITORY_FIX,
    github: where.github ?? githubContextFromEnv({}),
  });
  const named = where.path !== undefined && resolve(cwd, where.path) !== resolve(cwd);
  if (named && backend.kind !== "git" && (where.backend ?? "auto") === "auto") {
    throw new InputError(
      "registry",
      `'${where.path}' is a local repository, but backend auto reads the registry on GitHub (${backend.description}), where a token and a repository are known`,
      "Set backend: git to read the repository named by registry, or leave registry out to read GitHub's",
    );
  }
  return backend;
}

/**
 * A registered version never changes its files: only a new version can hold them, named outright,
 * since a bump names the registered version that records the same files.
 */
export const REGISTER_ANEW =
  "Register the files again as a new version, named outright (such as the next patch)";

const REFERENCE_REPOSITORY_FIX =
  "A registry reference is read from the git repository named by registry (the working folder " +
  "by default), or on GitHub given github-token (or GITHUB_TOKEN) and GITHUB_REPOSITORY: give " +
  "the path of the registry's repository as registry, or give a file instead";

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
  // The problem names the repository looked in; a local one may just be the wrong one.
  throw new InputError(
    input,
    problem,
    backend.kind === "git"
      ? "Give the path of the registry's git repository as registry (mlops registry show --registry <path> lists what one holds), or name a file"
      : "Check the registry with mlops registry show, or name a file",
  );
}

/** The version's release asset the caller wants, as a local file whose digest is the tag's. */
export async function registryAsset(
  reference: RegistryReference,
  cwd: string,
  where: ReferenceRegistry,
  want: WantedAsset,
): Promise<FoundAsset> {
  const backend = await referenceBackend(cwd, where);
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

import { MlopsError } from "../../engine/errors.js";

/** Every failure of the registry that a user can act on. */
export class RegistryError extends MlopsError {}

/** A name, stage, version or tag that the grammar (or git's ref rules) refuses. */
export class InvalidNameError extends RegistryError {
  constructor(
    readonly kind: "artifact" | "stage" | "version" | "tag" | "actor",
    readonly value: string,
    problem: string,
    fix?: string,
  ) {
    super(`invalid ${kind} ${JSON.stringify(value)}: ${problem}`, fix);
  }
}

/**
 * A tag that already exists, locally or on the remote: someone else took this name first.
 * Operations re-read the registry and try again; the caller sees it only when retries run out.
 */
export class TagConflictError extends RegistryError {
  constructor(
    readonly tag: string,
    /**
     * The lock file git could not create, where that was the conflict: another writer's, or one a
     * stopped git process left. Absolute, as git gives it: the registry may lie anywhere.
     */
    readonly lock?: string,
  ) {
    super(`tag '${tag}' already exists`, "Another promotion took it first; run again");
  }
}

/** The artifact, version or stage an operation needs is not in the registry. */
export class NotFoundError extends RegistryError {}

/** The registry policy (`.mlops/registry.yml`) or the state of the registry forbids it. */
export class PolicyRefusal extends RegistryError {}

/** The evidence (an eval report) is missing, failing, or about another model. */
export class EvidenceError extends RegistryError {}

/** A git command failed for a reason other than a conflict. */
export class GitError extends RegistryError {
  constructor(
    readonly args: readonly string[],
    readonly stderr: string,
    fix?: string,
  ) {
    super(`git ${args[0] ?? ""} failed: ${gitReason(stderr) || "no message"}`, fix);
  }
}

/**
 * The line of git's output that says why: its first `fatal:` or `error:` line, since advice such
 * as "Please make sure you have the correct access rights" follows it; else the last line.
 */
function gitReason(stderr: string): string {
  const lines = stderr
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.find((line) => /^(fatal|error):/.test(line)) ?? lines.at(-1) ?? "";
}

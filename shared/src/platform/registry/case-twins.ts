import type { RegistryBackend } from "./backend.js";
import { InvalidNameError } from "./errors.js";
import { buildRegistry } from "./registry-state.js";

/**
 * Refuses to start an artifact whose name differs from a registered one's only in case. Git
 * keeps each tag as a file under `.git/refs/tags`, so where file names ignore case (macOS,
 * Windows) `Churn@v1.0.0` and `churn@v1.0.0` are one file; and such a name is most likely the
 * existing model typed in another case. Asked only for an artifact without a tag, so that the
 * registry is listed whole once, at its first version.
 */
export async function refuseCaseTwin(backend: RegistryBackend, artifact: string): Promise<void> {
  const lower = artifact.toLowerCase();
  const twins = [...buildRegistry(await backend.listTags()).keys()]
    .filter((name) => name !== artifact && name.toLowerCase() === lower)
    .sort();
  if (twins.length === 0) return;
  throw new InvalidNameError(
    "artifact",
    artifact,
    `it would be a new model, and the registry has ${twins.map((name) => `'${name}'`).join(", ")}, differing only in case: their tags would collide in git where file names ignore case (macOS, Windows)`,
    `Give ${twins[0]} to register a version of that model, or a name that differs by more than case`,
  );
}

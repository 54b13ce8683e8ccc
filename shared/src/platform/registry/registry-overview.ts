import type { ArtifactEntry } from "./artifacts-index.js";
import type { ArtifactState } from "./registry-state.js";
import { summarize, type ArtifactSummary } from "./registry.js";

/** One artifact in the overview: its summary, and its entry in artifacts.yaml when it has one. */
export interface OverviewRow extends ArtifactSummary {
  readonly type?: string;
  readonly path?: string;
  readonly description?: string;
  readonly labels: readonly string[];
}

/** What `gto show` answers: every artifact, and the stages any of them has, by name. */
export interface RegistryOverview {
  readonly stages: readonly string[];
  readonly artifacts: readonly OverviewRow[];
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every artifact of the registry (its tags, read once) and of the index: an artifact only
 * annotated, with no tag yet, is listed too, with no latest version, as GTO lists it.
 */
export function registryOverview(
  states: ReadonlyMap<string, ArtifactState>,
  entries: ReadonlyMap<string, ArtifactEntry>,
): RegistryOverview {
  const names = [...new Set([...states.keys(), ...entries.keys()])].sort(byName);
  const artifacts = names.map((name): OverviewRow => {
    const entry = entries.get(name);
    return {
      ...summarize(name, states.get(name)),
      type: entry?.type,
      path: entry?.path,
      description: entry?.description,
      labels: entry?.labels ?? [],
    };
  });
  const stages = [...new Set(artifacts.flatMap((a) => a.stages.map((s) => s.stage)))].sort(byName);
  return { stages, artifacts };
}

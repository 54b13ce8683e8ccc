import type { RegistryBackend, TagRecord } from "./backend.js";
import {
  buildRegistry,
  stageHolder,
  type ArtifactState,
  type RegistryEvent,
  type StageHolder,
} from "./registry-state.js";
import { parseVersion } from "./semver.js";
import { parseTagMessage } from "./tag-message.js";

/** A stage's holder, with the registration that makes its version findable (its release). */
export interface ResolvedStage extends StageHolder {
  /** Undefined when the version has no registration tag (a hand-made stage tag can name any). */
  readonly registration: RegistryEvent | undefined;
}

/**
 * Who holds `artifact#stage` (at `until`, when given), reading that stage's tags and the tags of
 * the versions it names rather than every tag of the artifact. The answer is the one
 * `stageHolder` gives on the whole artifact: the latest assignment whose version is not
 * deregistered. Versions never read count as live, so the holder found is final once its own
 * version's tags (`m@vX`, `m@vX!`) are read; a deregistered holder hands over to the next.
 *
 * Requests, on GitHub: one per 100 tags whose name contains `m#<stage>` (one at least), plus one
 * per version examined (its tags fit one page): 2 when the stage has at most 100 tags and its
 * holder is live, however many versions, other stages' tags or other artifacts' tags there are;
 * one more per deregistered version passed over; 1 when the stage is empty. Local git: a
 * `git for-each-ref` for each (after a `git fetch` of the same tags when there is a remote).
 * Deprecation (`m@deprecated`) is not read: `stageHolder` does not weigh it either.
 *
 * Stage tags whose metadata does not name their version (made by GTO or by hand) name it only by
 * their commit, which only the artifact's registrations can map back: then the whole artifact is
 * read, as `Registry.artifact` does.
 */
export async function readStageHolder(
  backend: RegistryBackend,
  artifact: string,
  stage: string,
  until?: Date,
): Promise<ResolvedStage | undefined> {
  const stageTags = await backend.listTags({ artifact, stage });
  if (!stageTags.every(namesItsVersion)) {
    const state = buildRegistry(await backend.listTags({ artifact })).get(artifact);
    return resolved(state, stageHolder(state, stage, until));
  }
  const records = [...stageTags];
  const read = new Set<string>();
  for (;;) {
    const state = buildRegistry(records).get(artifact);
    const holder = stageHolder(state, stage, until);
    if (!holder || read.has(holder.version)) return resolved(state, holder);
    read.add(holder.version);
    records.push(...(await backend.listTags({ artifact, version: holder.version })));
  }
}

/** Whether a stage tag's metadata names its version (lightweight tags are no events at all). */
const namesItsVersion = (record: TagRecord): boolean =>
  !record.annotated ||
  parseVersion(parseTagMessage(record.message).metadata?.version ?? "") !== undefined;

const resolved = (
  state: ArtifactState | undefined,
  holder: StageHolder | undefined,
): ResolvedStage | undefined =>
  holder && { ...holder, registration: state?.versions.get(holder.version)?.registration };

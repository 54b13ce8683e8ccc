import type { RegistryBackend, TagRecord } from "./backend.js";
import {
  buildRegistry,
  compareEvents,
  metadataVersion,
  stageHolder,
  type ArtifactState,
  type RegistryEvent,
  type StageHolder,
} from "./registry-state.js";
import { parseTagMessage } from "./tag-message.js";

/** A stage's holder, with the registration that makes its version findable (its release). */
export interface ResolvedStage extends StageHolder {
  /** A stage tag's version is always a registered one (see buildRegistry). */
  readonly registration: RegistryEvent;
}

/**
 * Who holds `artifact#stage` (at `until`, when given), reading that stage's tags and the tags of
 * the versions it names rather than every tag of the artifact. The answer is the one
 * `stageHolder` gives on the whole artifact: the latest assignment whose version is not
 * deregistered. Versions never read count as live, so the holder found is final once the tags
 * of its version and of every version the stage's tags name from its assignment on are read; a
 * deregistered holder hands over to the next.
 *
 * Requests, on GitHub: one per 100 tags whose name contains `m#<stage>` (one at least), plus one
 * per version examined (its tags fit one page): 2 when the stage has at most 100 tags and its
 * holder is live and was assigned last, however many versions, other stages' tags or other
 * artifacts' tags there are; one more per deregistered version passed over, or version
 * unassigned since; 1 when the stage has no tags. Local git: a `git for-each-ref` for each
 * (after a `git fetch` of the same tags when there is a remote). Deprecation (`m@deprecated`)
 * is not read: `stageHolder` does not weigh it either.
 *
 * The whole artifact is read, as `Registry.artifact` does, where its registrations decide what a
 * stage tag means: where a tag's metadata does not name its version (GTO's, or one made by hand),
 * which only its commit then says; where a tag from the holder's assignment on names a version
 * that has no registration (a tag made by hand can name any), which buildRegistry maps to the one
 * on its commit; where the stage's tags leave it empty, since any of them may name a version
 * that way; and where a stage tag has no counter, whose place among the events hangs on the
 * registrations.
 */
export async function readStageHolder(
  backend: RegistryBackend,
  artifact: string,
  stage: string,
  until?: Date,
): Promise<ResolvedStage | undefined> {
  const wholeArtifact = async () => {
    const state = buildRegistry(await backend.listTags({ artifact })).get(artifact);
    return resolved(state, stageHolder(state, stage, until));
  };
  const stageTags = await backend.listTags({ artifact, stage });
  if (!stageTags.every(namesItsVersion)) return wholeArtifact();
  const records = [...stageTags];
  const read = new Set<string>();
  for (;;) {
    const state = buildRegistry(records, { partial: true }).get(artifact);
    const holder = stageHolder(state, stage, until);
    const deciding = decidingVersions(state, stage, holder, until);
    if (!deciding) return wholeArtifact();
    const unread = deciding.filter((version) => !read.has(version));
    if (unread.length === 0) {
      const registered = deciding.every((version) => state?.versions.has(version));
      return registered ? resolved(state, holder) : wholeArtifact();
    }
    for (const version of unread) {
      read.add(version);
      records.push(...(await backend.listTags({ artifact, version })));
    }
  }
}

/**
 * The versions the stage's tags name from the holder's assignment on (up to `until`): whether
 * each is registered, and deregistered when, decides whether the holder holds. Undefined where
 * only the whole artifact can tell: the stage has tags and no holder, or a tag has no counter.
 */
function decidingVersions(
  state: ArtifactState | undefined,
  stage: string,
  holder: StageHolder | undefined,
  until: Date | undefined,
): string[] | undefined {
  const events = (state?.events ?? []).filter(
    (e) => e.stage === stage && (!until || e.date.getTime() <= until.getTime()),
  );
  if (events.length === 0) return [];
  if (!holder || events.some((e) => e.counter === undefined)) return undefined;
  const since = events.filter((e) => compareEvents(e, holder.assignment) >= 0);
  return [...new Set(since.flatMap((e) => (e.version ? [e.version] : [])))];
}

/** Whether a stage tag's metadata names its version (lightweight tags are no events at all). */
const namesItsVersion = (record: TagRecord): boolean =>
  !record.annotated || metadataVersion(parseTagMessage(record.message).metadata) !== undefined;

const resolved = (
  state: ArtifactState | undefined,
  holder: StageHolder | undefined,
): ResolvedStage | undefined => {
  const registration = holder && state?.versions.get(holder.version)?.registration;
  return holder && registration && { ...holder, registration };
};

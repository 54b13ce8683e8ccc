import type { Identity, TagRecord } from "./backend.js";
import { compareVersions, parseVersion } from "./semver.js";
import { parseTagMessage, type EventMetadata } from "./tag-message.js";
import { tryParseTag, type TagAction, type TagEvent } from "./tag-grammar.js";

/** One thing that happened in the registry: an annotated tag, read. */
export interface RegistryEvent {
  readonly tag: string;
  readonly action: TagAction;
  readonly artifact: string;
  /** The version acted on; for stage tags from the metadata, else found by the commit. */
  readonly version: string | undefined;
  readonly stage: string | undefined;
  readonly counter: number | undefined;
  readonly commit: string;
  readonly tagger: Identity;
  readonly date: Date;
  /** The message's first line: why. */
  readonly summary: string;
  readonly metadata: EventMetadata | undefined;
}

export interface VersionState {
  readonly version: string;
  /** The first registration: it records the version's assets and commit. */
  readonly registration: RegistryEvent;
  /** The deregistration in force: the last one, unless a later registration restored it. */
  readonly deregistration: RegistryEvent | undefined;
}

export interface ArtifactState {
  readonly artifact: string;
  /** Every event, oldest first (see `chronological`). */
  readonly events: readonly RegistryEvent[];
  readonly versions: ReadonlyMap<string, VersionState>;
  /** The deprecation in force: the last one, unless a later `m@deprecated!` lifted it. */
  readonly deprecation: RegistryEvent | undefined;
  /** The highest counter on any tag of the artifact, annotated or not; 0 when none. */
  readonly maxCounter: number;
  /** The artifact's lightweight tags: they record no event, but their names are taken. */
  readonly lightweight: readonly string[];
}

/**
 * The order of counted events (stage tags, deregistrations, deprecations): by counter, the
 * registry's own clock, immune to skewed machine clocks and to one-second tag dates; then by
 * date for tags without a counter, then by name.
 */
export function compareEvents(a: RegistryEvent, b: RegistryEvent): number {
  return (
    (a.counter ?? 0) - (b.counter ?? 0) ||
    a.date.getTime() - b.date.getTime() ||
    (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0)
  );
}

const byDate = (a: RegistryEvent, b: RegistryEvent): number =>
  a.date.getTime() - b.date.getTime() || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0);

/**
 * Every event in the order it happened: counted events keep their counters' order, and the
 * uncounted ones (GTO writes registrations without a counter) are merged in by date, each as
 * late as what is recorded allows: a registration comes before every event of its version,
 * whatever the clocks say, and after the counted events of its own second otherwise. Tag dates
 * have one-second resolution, and a promotion registers just before it assigns, often within
 * the second of the events before it, which a registration put first on every tie would jump.
 */
export function chronological(events: readonly RegistryEvent[]): RegistryEvent[] {
  const counted = events.filter((e) => e.counter !== undefined).sort(compareEvents);
  const plain = events.filter((e) => e.counter === undefined).sort(byDate);
  const registrationAt = new Map(
    plain.flatMap((e, j) => (e.action === "register" ? [[e.version, j] as const] : [])),
  );
  const merged: RegistryEvent[] = [];
  let i = 0;
  for (const event of counted) {
    // Those before it (by date) go along with its version's registration.
    const own = event.version === undefined ? -1 : (registrationAt.get(event.version) ?? -1);
    while (i < plain.length && (i <= own || plain[i]!.date.getTime() < event.date.getTime()))
      merged.push(plain[i++]!);
    merged.push(event);
  }
  return [...merged, ...plain.slice(i)];
}

/** The version a tag's metadata names, where it is one: SemVer, as text. */
export function metadataVersion(metadata: EventMetadata | undefined): string | undefined {
  const version: unknown = metadata?.version;
  return typeof version === "string" && parseVersion(version) ? version : undefined;
}

/**
 * How the version of a stage tag is found from the registrations among the records. Stage tags
 * from other tools name their version only by commit, and of several versions on one commit
 * they mean the highest (found once per commit, not per tag); mlops' metadata says which.
 */
function stageVersionFinder(
  parsed: readonly { record: TagRecord; event: TagEvent }[],
  partial: boolean,
): (artifact: string, commit: string, metadata: EventMetadata | undefined) => string | undefined {
  const highestByCommit = new Map<string, string>();
  const registered = new Set<string>();
  for (const { record, event } of parsed) {
    if (event.action !== "register") continue;
    registered.add(`${event.artifact}\0${event.version}`);
    const key = `${event.artifact}\0${record.commit}`;
    const highest = highestByCommit.get(key);
    if (
      highest === undefined ||
      compareVersions(parseVersion(event.version)!, parseVersion(highest)!) > 0
    )
      highestByCommit.set(key, event.version);
  }
  return (artifact, commit, metadata) => {
    const named = metadataVersion(metadata);
    return named && (partial || registered.has(`${artifact}\0${named}`))
      ? named
      : highestByCommit.get(`${artifact}\0${commit}`);
  };
}

/**
 * Reads every registry tag into per-artifact state; other tags are ignored. Pure.
 *
 * A stage tag's metadata names its version only where the records register that version: a tag
 * anyone can push may write any text there. Otherwise, as for a tag without metadata (GTO's),
 * the version is the one registered on the tag's commit. `partial` records (a stage's tags
 * without every registration: see readStageHolder) take any SemVer version the metadata names,
 * and the caller checks the registration of the one it uses.
 */
export function buildRegistry(
  records: readonly TagRecord[],
  { partial = false }: { readonly partial?: boolean } = {},
): Map<string, ArtifactState> {
  const raw = new Map<
    string,
    { events: RegistryEvent[]; maxCounter: number; lightweight: string[] }
  >();
  const parsed = records.flatMap((record) => {
    const event = tryParseTag(record.name);
    if (!event) return [];
    const entry = raw.get(event.artifact) ?? { events: [], maxCounter: 0, lightweight: [] };
    raw.set(event.artifact, entry);
    // A counter on any tag is taken, even on a lightweight one, or the next tag would collide.
    entry.maxCounter = Math.max(entry.maxCounter, event.counter ?? 0);
    if (!record.annotated) entry.lightweight.push(record.name);
    return record.annotated ? [{ record, event }] : [];
  });

  const stageVersion = stageVersionFinder(parsed, partial);
  for (const { record, event } of parsed) {
    const { summary, metadata } = parseTagMessage(record.message);
    let version = "version" in event ? event.version : undefined;
    if (event.action === "assign" || event.action === "unassign")
      version = stageVersion(event.artifact, record.commit, metadata);
    raw.get(event.artifact)!.events.push({
      tag: record.name,
      action: event.action,
      artifact: event.artifact,
      version,
      stage: "stage" in event ? event.stage : undefined,
      counter: event.counter,
      commit: record.commit,
      tagger: record.tagger ?? { name: "", email: "" },
      date: record.date ?? new Date(0),
      summary,
      metadata,
    });
  }

  const states = new Map<string, ArtifactState>();
  for (const [artifact, { events, maxCounter, lightweight }] of raw)
    states.set(artifact, stateOf(artifact, chronological(events), maxCounter, lightweight));
  return states;
}

/** What the events, oldest first, say of the artifact. */
const stateOf = (
  artifact: string,
  events: readonly RegistryEvent[],
  maxCounter: number,
  lightweight: readonly string[],
): ArtifactState => ({
  artifact,
  events,
  versions: versionsOf(events),
  deprecation: inForce(events, "deprecate", "undeprecate"),
  maxCounter,
  lightweight,
});

/**
 * The artifact as it stood at `at`: the events after it are dropped, so a version registered
 * (or deregistered, or a deprecation made) later is not there yet.
 */
export const stateAt = (state: ArtifactState, at: Date): ArtifactState =>
  stateOf(
    state.artifact,
    state.events.filter((e) => e.date.getTime() <= at.getTime()),
    state.maxCounter,
    state.lightweight,
  );

/** The artifact as it will stand once `event` is made: what a planned tag changes. */
export const withEvent = (state: ArtifactState | undefined, event: RegistryEvent): ArtifactState =>
  stateOf(
    event.artifact,
    chronological([...(state?.events ?? []), event]),
    Math.max(state?.maxCounter ?? 0, event.counter ?? 0),
    state?.lightweight ?? [],
  );

/** The last `on` event, unless an `off` event came after it. */
function inForce(
  events: readonly RegistryEvent[],
  on: TagAction,
  off: TagAction,
): RegistryEvent | undefined {
  const last = events.findLast((e) => e.action === on || e.action === off);
  return last?.action === on ? last : undefined;
}

function versionsOf(events: readonly RegistryEvent[]): Map<string, VersionState> {
  const byVersion = new Map<string, RegistryEvent[]>();
  for (const event of events) {
    if (event.version && (event.action === "register" || event.action === "deregister"))
      byVersion.set(event.version, [...(byVersion.get(event.version) ?? []), event]);
  }
  const versions = new Map<string, VersionState>();
  for (const [version, own] of byVersion) {
    const registration = own.find((e) => e.action === "register");
    // A deregistration of a version never registered names nothing.
    if (!registration) continue;
    const deregistration = inForce(own, "deregister", "register");
    versions.set(version, { version, registration, deregistration });
  }
  return versions;
}

/**
 * What an event did, in words: the grammar's action, except that a counted registration is a
 * restore of a deregistered version and an assignment that records `rollback_from` a rollback.
 */
export function eventLabel(event: RegistryEvent): string {
  const rollbackFrom = event.metadata?.rollback_from;
  if (event.action === "assign" && rollbackFrom)
    return `rollback ${event.stage ?? ""} to ${event.version ?? "?"} (from ${rollbackFrom})`;
  const action =
    event.action === "register" && event.counter !== undefined ? "restore" : event.action;
  return [action, event.stage, event.version].filter(Boolean).join(" ");
}

/**
 * Whether a stage tag (an assignment or unassignment) has no mlops block: it was made with plain
 * git or by another tool (GTO), so no check of mlops' policy stood behind it. A block is no proof
 * of the opposite: anyone who can push a tag can write one. null for every other tag, whose
 * policy checks nothing (GTO's registrations have no block either): one rule for every reader.
 */
export const madeOutsideMlops = (event: RegistryEvent): boolean | null =>
  event.stage === undefined ? null : event.metadata === undefined;

/** The artifact's events (of one stage, when given), oldest first. */
export const eventsOf = (state: ArtifactState | undefined, stage?: string): RegistryEvent[] =>
  (state?.events ?? []).filter((e) => stage === undefined || e.stage === stage);

/** Registered and not deregistered. */
export const activeVersions = (state: ArtifactState): VersionState[] =>
  [...state.versions.values()].filter((v) => !v.deregistration);

/** The latest version by SemVer precedence (not by date): what "latest" means to GTO too. */
export function latestVersion(state: ArtifactState | undefined): VersionState | undefined {
  if (!state) return undefined;
  return activeVersions(state).sort((a, b) =>
    compareVersions(parseVersion(b.version)!, parseVersion(a.version)!),
  )[0];
}

/** Who holds a stage, and the assignment that put it there. */
export interface StageHolder {
  readonly version: string;
  readonly assignment: RegistryEvent;
}

/**
 * The version in `stage` after the events up to `until` (all when absent): of the versions
 * whose last event on the stage is an assignment, the one assigned last. Unassigning that
 * version hands the stage back to the previous one still assigned, as in GTO.
 */
export function stageHolder(
  state: ArtifactState | undefined,
  stage: string,
  until?: Date,
): StageHolder | undefined {
  return assignmentsInForce(state, stage, until)[0];
}

/**
 * The assignments in force on `stage` after the events up to `until` (all when absent), the
 * latest first: of each version whose last event on the stage is an assignment and that is not
 * deregistered, that assignment. Unassigning them all leaves the stage empty.
 */
export function assignmentsInForce(
  state: ArtifactState | undefined,
  stage: string,
  until?: Date,
): StageHolder[] {
  if (!state) return [];
  const last = new Map<string, RegistryEvent>();
  for (const event of state.events) {
    if (event.stage !== stage || !event.version) continue;
    if (until && event.date.getTime() > until.getTime()) continue;
    last.set(event.version, event);
  }
  const holders: StageHolder[] = [];
  for (const [version, event] of last) {
    if (event.action !== "assign") continue;
    const deregistered = state.versions.get(version)?.deregistration;
    if (deregistered && (!until || deregistered.date.getTime() <= until.getTime())) continue;
    holders.push({ version, assignment: event });
  }
  return holders.sort((a, b) => compareEvents(b.assignment, a.assignment));
}

/** Every stage that has ever been touched, with its holder now (undefined when empty). */
export function stagesOf(state: ArtifactState | undefined): Map<string, StageHolder | undefined> {
  const stages = new Map<string, StageHolder | undefined>();
  for (const event of state?.events ?? []) {
    if (event.stage && !stages.has(event.stage))
      stages.set(event.stage, stageHolder(state, event.stage));
  }
  return stages;
}

/** Whether the version was ever assigned to the stage. */
export const everHeld = (
  state: ArtifactState | undefined,
  version: string,
  stage: string,
): boolean =>
  (state?.events ?? []).some(
    (e) => e.action === "assign" && e.stage === stage && e.version === version,
  );

/**
 * The stage's assignments still on its way back, oldest first, as its tags record them: an
 * assignment adds one, an unassignment takes out those of its version, and a rollback (an
 * assignment recording `rollback_from`) steps back to its version's, dropping those above it:
 * the version rolled back from, and any it skipped. A rollback to a version not on the way
 * (tags of a tool that rolled back otherwise) stands in for the version it rolled back from.
 */
function stageSteps(state: ArtifactState, stage: string): RegistryEvent[] {
  let steps: RegistryEvent[] = [];
  for (const event of state.events) {
    if (event.stage !== stage || event.version === undefined) continue;
    if (event.action === "unassign") steps = steps.filter((s) => s.version !== event.version);
    if (event.action !== "assign") continue;
    const from = event.metadata?.rollback_from;
    const back = from === undefined ? -1 : steps.findLastIndex((s) => s.version === event.version);
    if (back >= 0) steps.length = back;
    else if (from !== undefined && steps.at(-1)?.version === from) steps.pop();
    steps.push(event);
  }
  return steps;
}

/**
 * The version the stage had before its current one, where a rollback takes it: walking back
 * through the stage's assignments, it skips the versions the stage was rolled back from (so that
 * successive rollbacks step back one version each), those unassigned from it since, and those
 * deregistered; undefined when none is left.
 */
export function previousHolder(
  state: ArtifactState | undefined,
  stage: string,
): StageHolder | undefined {
  const current = stageHolder(state, stage);
  if (!state || !current) return undefined;
  const event = stageSteps(state, stage).findLast(
    (e) => e.version !== current.version && !state.versions.get(e.version!)?.deregistration,
  );
  return event ? { version: event.version!, assignment: event } : undefined;
}

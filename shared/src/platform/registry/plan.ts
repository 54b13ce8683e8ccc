import { NotFoundError, PolicyRefusal, RegistryError } from "./errors.js";
import { checkEvidence, evidenceRecord, type Evidence } from "./evidence.js";
import { recordedRun, type TrainingRun } from "./training-run.js";
import { assertName } from "./names.js";
import {
  activeVersions,
  everHeld,
  latestVersion,
  previousHolder,
  stageHolder,
  type ArtifactState,
  type VersionState,
} from "./registry-state.js";
import { POLICY_PATH, type RegistryPolicy, type StagePolicy } from "./registry-policy.js";
import {
  assertVersion,
  bumpVersion,
  compareVersions,
  formatVersion,
  parseVersion,
  type Bump,
  type SemVer,
} from "./semver.js";
import { formatTag, tryParseTag } from "./tag-grammar.js";
import type { EventMetadata } from "./tag-message.js";

/*
 * The decisions of every operation, as pure functions of the registry's state: which tag to
 * create, or that the work is already done. The I/O (reading tags, creating them, retrying on
 * conflict) is in registry.ts.
 */

export interface AssetDigest {
  readonly name: string;
  readonly sha256: string;
  readonly size: number;
}

/** A tag to create: its name, the commit it goes on, and its message's two parts. */
export interface PlannedTag {
  readonly name: string;
  /** A commit sha, or undefined for "the ref the caller names" (registration, deprecation). */
  readonly commit: string | undefined;
  readonly summary: string;
  readonly metadata: EventMetadata;
}

export interface Plan {
  /** Undefined when there is nothing to do: the registry already says it. */
  readonly create: PlannedTag | undefined;
  /** The tag that says it: the one to create, or the existing one. */
  readonly tag: string;
  readonly version: string | undefined;
  readonly previousVersion: string | undefined;
  readonly skipped: readonly string[];
  /** The stage an assignment, unassignment or rollback acts on. */
  readonly stage?: string;
}

export interface Common {
  readonly artifact: string;
  readonly message?: string;
  readonly runUrl?: string;
  /**
   * The run a registration's files came from, and its record's file (stored with them);
   * recorded on registration tags only.
   */
  readonly runRecord?: { readonly run: TrainingRun; readonly path: string };
}

const meta = (fields: Omit<EventMetadata, "schema">, runUrl?: string): EventMetadata => ({
  schema: "mlops.registry-event/v1",
  ...fields,
  ...(runUrl ? { run_url: runUrl } : {}),
});

/** The model file's digest: the first asset a version was registered with. */
export const modelDigestOf = (version: VersionState | undefined): string | undefined =>
  version?.registration.metadata?.assets?.[0]?.sha256;

const sameAssets = (version: VersionState, assets: readonly AssetDigest[]): boolean => {
  const recorded = version.registration.metadata?.assets ?? [];
  return (
    recorded.length === assets.length &&
    assets.every((a, i) => recorded[i]?.name === a.name && recorded[i]?.sha256 === a.sha256)
  );
};

function refuseDeprecated(state: ArtifactState | undefined, artifact: string): void {
  if (state?.deprecation) {
    throw new PolicyRefusal(
      `artifact '${artifact}' was deprecated by ${state.deprecation.tag}`,
      "Lift the deprecation first (operation undeprecate), or register under a new artifact name",
    );
  }
}

/** `v1.2.0` (a `1.2.0` gains its `v`), or a bump: auto (= patch), major, minor, patch. */
export type VersionRequest = string;

const BUMPS = ["auto", "major", "minor", "patch"];

/** People write 1.2.0 as often as v1.2.0; tags always carry the v. */
const withV = (text: string): string => (/^\d/.test(text) ? `v${text}` : text);

export interface RegisterRequest extends Common {
  readonly version: VersionRequest;
  readonly assets: readonly AssetDigest[];
}

export function planRegister(state: ArtifactState | undefined, request: RegisterRequest): Plan {
  const artifact = assertName("artifact", request.artifact);
  refuseDeprecated(state, artifact);
  const asked = request.version.trim() || "auto";
  let version: string;
  if (BUMPS.includes(asked)) {
    const same = [...(state?.versions.values() ?? [])].find(
      (v) => !v.deregistration && request.assets.length > 0 && sameAssets(v, request.assets),
    );
    if (same) return done(same.registration.tag, same.version);
    if (request.assets.length === 0) refuseEmptyVersion(state, artifact);
    // Deregistered versions still own their tags, so the bump starts above them too.
    const highest = [...(state?.versions.keys() ?? [])]
      .map((v) => parseVersion(v)!)
      .sort(compareVersions)
      .at(-1);
    const bump = asked === "auto" ? "patch" : (asked as Bump);
    let next = bumpVersion(highest, bump);
    // A lightweight tag at the next version's name takes it: the bump steps over it.
    const taken = lightweightVersions(state);
    while (taken.has(formatVersion(next))) next = bumpVersion(next, bump);
    version = formatVersion(next);
  } else {
    version = withV(asked);
    refuseSamePrecedence(state, artifact, assertVersion(version), version);
    const existing = state?.versions.get(version);
    if (existing?.deregistration) {
      throw new PolicyRefusal(
        `${artifact} ${version} was deregistered by ${existing.deregistration.tag}`,
        "A version number is never reused: register a new one, or bring this one back (operation restore)",
      );
    }
    // No files given: the version is only named, to be assigned or re-read.
    if (existing && (request.assets.length === 0 || sameAssets(existing, request.assets)))
      return done(existing.registration.tag, version);
    if (existing) {
      const recorded = (existing.registration.metadata?.assets ?? []).map(
        (a) => `${a.name} ${a.sha256}`,
      );
      const given = request.assets.map((a) => `${a.name} ${a.sha256}`);
      throw new RegistryError(
        `${artifact} ${version} is already registered (${existing.registration.tag}) with other assets: recorded [${recorded.join(", ")}], given [${given.join(", ")}]`,
        "Register the new files as a new version (version: auto)",
      );
    }
    // Named rather than bumped, a version not registered is as new: the same rule on files.
    if (request.assets.length === 0) refuseEmptyVersion(state, artifact, version);
  }
  const tag = formatTag({ action: "register", artifact, version });
  if (state?.lightweight.includes(tag)) {
    // Creating it would fail on every retry, as if another promotion kept taking it.
    throw new RegistryError(
      `tag '${tag}' exists but is a lightweight tag, which the registry does not read (its tags are annotated, as GTO's are)`,
      `Delete it (git tag -d '${tag}', and on the remote git push origin ':refs/tags/${tag}'), or register another version`,
    );
  }
  return {
    create: {
      name: tag,
      commit: undefined,
      summary: request.message || `Register ${artifact} ${version}`,
      metadata: meta(
        {
          assets: request.assets.map((a) => ({ ...a })),
          ...(request.runRecord
            ? { training_run: recordedRun(request.runRecord.run, request.assets) }
            : {}),
        },
        request.runUrl,
      ),
    },
    tag,
    version,
    previousVersion: undefined,
    skipped: [],
  };
}

/**
 * A new version with no files, where the latest holds some, is a version meant to be assigned
 * (`stage: prod` without `operation: assign`; a version named that is mistyped or not made yet)
 * or files forgotten: registering it would put a version with no model in the registry, and in the
 * stage. Artifacts whose versions hold no files (GTO's own, a commit each) still register
 * versions without any, bumped or named.
 */
function refuseEmptyVersion(
  state: ArtifactState | undefined,
  artifact: string,
  named?: string,
): void {
  const latest = latestVersion(state);
  const files = latest?.registration.metadata?.assets ?? [];
  if (!latest || files.length === 0) return;
  const held = `though its latest, ${latest.version}, holds ${files.map((a) => a.name).join(", ")}`;
  if (named) {
    throw new RegistryError(
      `no assets are given, so ${artifact} ${named}, which is not registered, would be registered holding no files, ${held}`,
      `To register ${named}, give its model files as assets; to assign a registered version, name it (operation assign takes the version named, else the latest)`,
    );
  }
  throw new RegistryError(
    `no assets are given, so a new version of ${artifact} would hold no files, ${held}`,
    `To assign a registered version, use operation assign (it takes the latest, ${latest.version}, or the version named); to register new files, give them as assets`,
  );
}

/** The versions whose registration tag names lightweight tags hold. */
function lightweightVersions(state: ArtifactState | undefined): Set<string> {
  return new Set(
    (state?.lightweight ?? []).flatMap((name) => {
      const tag = tryParseTag(name);
      return tag?.action === "register" ? [tag.version] : [];
    }),
  );
}

/**
 * SemVer ignores build metadata in precedence, so `v1.0.2+build.1` beside `v1.0.2` could be
 * neither older nor newer: which one is latest would be arbitrary.
 */
function refuseSamePrecedence(
  state: ArtifactState | undefined,
  artifact: string,
  parsed: SemVer,
  version: string,
): void {
  const twin = [...(state?.versions.values() ?? [])].find(
    (v) => v.version !== version && compareVersions(parseVersion(v.version)!, parsed) === 0,
  );
  if (twin) {
    throw new RegistryError(
      `${artifact} ${version} equals the registered ${twin.version} (${twin.registration.tag}) up to build metadata, which SemVer precedence ignores`,
      "Register a new version number: bump the patch, or add a prerelease such as -rc.1",
    );
  }
}

const done = (tag: string, version: string | undefined, previousVersion?: string): Plan => ({
  create: undefined,
  tag,
  version,
  previousVersion,
  skipped: [],
});

/** The version an operation acts on: the one named, or the latest. */
function pickVersion(
  state: ArtifactState | undefined,
  artifact: string,
  asked: string | undefined,
): VersionState {
  if (!state) {
    throw new NotFoundError(
      `artifact '${artifact}' is not in the registry`,
      "Register a version of it first",
    );
  }
  const name = asked?.trim() ? withV(asked.trim()) : undefined;
  const version = name ? state.versions.get(name) : latestVersion(state);
  if (!version) {
    throw new NotFoundError(
      name
        ? `${artifact} ${name} is not registered`
        : `artifact '${artifact}' has no registered version`,
      `Registered: ${[...state.versions.keys()].join(", ") || "none"}`,
    );
  }
  if (version.deregistration) {
    throw new PolicyRefusal(
      `${artifact} ${version.version} was deregistered by ${version.deregistration.tag}`,
      "Bring it back first (operation restore), or name another version",
    );
  }
  return version;
}

export interface AssignRequest extends Common {
  readonly stage: string;
  readonly version?: string;
  readonly evidence?: Evidence;
  /** Who assigns, as the policy's may-skip lists name people. */
  readonly actor?: string;
  /** A version about to be registered in the same promotion: checked before it exists. */
  readonly pending?: { readonly version: string; readonly modelSha256: string | undefined };
}

/** The stage an ordered policy puts before `stage`, which a version must have held first. */
function stageBefore(policy: RegistryPolicy | undefined, stage: string): string | undefined {
  if (!policy || !(policy.ordered ?? true)) return undefined;
  const index = policy.stages.findIndex((s) => s.name === stage);
  return index > 0 ? policy.stages[index - 1]!.name : undefined;
}

/** The policy's checks on assigning `version` to `stage`; returns the checks skipped. */
function checkPolicy(
  state: ArtifactState | undefined,
  policy: RegistryPolicy | undefined,
  request: AssignRequest,
  version: string,
  modelSha256: string | undefined,
): string[] {
  const { artifact, stage, evidence, actor } = request;
  const what = `${artifact} ${version}`;
  // Evidence given is always checked, even where the stage does not ask for it.
  if (evidence) checkEvidence(evidence, modelSha256, what);
  if (!policy) return [];
  const rule = policy.stages.find((s) => s.name === stage);
  if (!rule) {
    throw new PolicyRefusal(
      `stage '${stage}' is not in the registry policy`,
      `Stages: ${policy.stages.map((s) => s.name).join(", ")}`,
    );
  }
  const maySkip = actor !== undefined && (rule["may-skip"] ?? []).includes(actor);
  const skipped: string[] = [];
  const before = stageBefore(policy, stage);
  if (before !== undefined && !everHeld(state, version, before)) {
    if (!maySkip) {
      throw new PolicyRefusal(
        `${what} never held stage '${before}', which comes before '${stage}'`,
        `Assign it to '${before}' first`,
      );
    }
    skipped.push("order");
  }
  const shortfall = evidenceShortfall(rule, evidence, what);
  if (shortfall) {
    if (!maySkip) throw shortfall;
    skipped.push("evidence");
  }
  return skipped;
}

/**
 * Why the evidence falls short of what the stage's rule asks, or undefined where it does not:
 * none where the stage needs some, or, where it needs predictions, a report judged on anything
 * else (aggregate metrics, read from a file whose numbers may have been typed in, or a canary's
 * live traffic). The mode checked is the report's own `mode` field: an eval report written by
 * hand that says `predictions` and holds together is taken as well, so the rule keeps out a gate
 * on the wrong input, not a forged report.
 */
function evidenceShortfall(
  rule: StagePolicy,
  evidence: Evidence | undefined,
  what: string,
): PolicyRefusal | undefined {
  const stage = rule.name;
  if (rule.evidence === true && !evidence) {
    return new PolicyRefusal(
      `stage '${stage}' needs evidence: a passing eval report or a promoted canary report about ${what}'s model file`,
      "Give as evidence the report eval-gate wrote of the model file, or canary-deploy's of a rollout that promoted it",
    );
  }
  if (rule.evidence !== "predictions" || evidence?.judged?.mode === "predictions") return undefined;
  const given = !evidence
    ? "none was given"
    : evidence.kind === "canary-report"
      ? `${evidence.file} is a canary report, judged on live traffic`
      : `${evidence.file} is an eval report judged on aggregate metrics (a metrics file)`;
  return new PolicyRefusal(
    `stage '${stage}' needs evidence judged on per-example predictions (evidence: predictions in ${POLICY_PATH}), and ${given}`,
    `Run eval-gate with its challenger input set to ${what}'s per-example predictions (CSV, JSONL or Parquet with an id column) and its model-file input to the model file, and give the report it writes as evidence`,
  );
}

export function planAssign(
  state: ArtifactState | undefined,
  policy: RegistryPolicy | undefined,
  request: AssignRequest,
): Plan {
  const artifact = assertName("artifact", request.artifact);
  const stage = assertName("stage", request.stage);
  refuseDeprecated(state, artifact);
  const pending = request.pending;
  const version = pending ? pending.version : pickVersion(state, artifact, request.version).version;
  const holder = stageHolder(state, stage);
  if (holder?.version === version) {
    return {
      ...done(holder.assignment.tag, version, previousHolder(state, stage)?.version),
      stage,
    };
  }
  const modelSha256 = pending ? pending.modelSha256 : modelDigestOf(state?.versions.get(version));
  const skipped = checkPolicy(state, policy, request, version, modelSha256);
  const tag = formatTag({
    action: "assign",
    artifact,
    stage,
    counter: (state?.maxCounter ?? 0) + 1,
  });
  const evidence = request.evidence;
  return {
    create: {
      name: tag,
      commit: pending ? undefined : state!.versions.get(version)!.registration.commit,
      summary: request.message || `Assign ${artifact} ${version} to ${stage}`,
      metadata: meta(
        {
          version,
          ...(evidence ? { evidence: evidenceRecord(evidence) } : {}),
          ...(skipped.length ? { skipped } : {}),
        },
        request.runUrl,
      ),
    },
    tag,
    version,
    previousVersion: holder?.version,
    skipped,
    stage,
  };
}

export interface StageRequest extends Common {
  readonly stage: string;
  readonly version?: string;
}

export function planUnassign(state: ArtifactState | undefined, request: StageRequest): Plan {
  const artifact = assertName("artifact", request.artifact);
  const stage = assertName("stage", request.stage);
  const holder = stageHolder(state, stage);
  const version = request.version?.trim()
    ? pickVersion(state, artifact, request.version).version
    : holder?.version;
  if (!version) throw new NotFoundError(`stage '${stage}' of ${artifact} holds no version`);
  const last = [...(state?.events ?? [])]
    .reverse()
    .find((e) => e.stage === stage && e.version === version);
  // Not assigned (or unassigned already): the registry already says what was asked.
  if (!last || last.action !== "assign")
    return { ...done(last?.tag ?? "", version, holder?.version), stage };
  const tag = formatTag({ action: "unassign", artifact, stage, counter: state!.maxCounter + 1 });
  return {
    create: {
      name: tag,
      commit: state!.versions.get(version)?.registration.commit ?? last.commit,
      summary: request.message || `Unassign ${artifact} ${version} from ${stage}`,
      metadata: meta({ version }, request.runUrl),
    },
    tag,
    version,
    previousVersion: holder?.version,
    skipped: [],
    stage,
  };
}

/**
 * Rollback gives the stage back to the version it had before its current one (see
 * previousHolder: successive rollbacks step back one version each), with a new assignment
 * recording the version rolled back from (history is never rewritten). That version held the
 * stage already, so the policy's checks are not asked again.
 */
export function planRollback(
  state: ArtifactState | undefined,
  policy: RegistryPolicy | undefined,
  request: StageRequest,
): Plan {
  const artifact = assertName("artifact", request.artifact);
  const stage = assertName("stage", request.stage);
  refuseDeprecated(state, artifact);
  const current = stageHolder(state, stage);
  if (!current)
    throw new NotFoundError(`stage '${stage}' of ${artifact} holds no version to roll back`);
  const previous = previousHolder(state, stage);
  if (!previous) {
    throw new NotFoundError(
      `stage '${stage}' of ${artifact} has no version before ${current.version} to roll back to (versions it was rolled back from, unassigned or deregistered are skipped)`,
      assignInstead(state!, policy, stage, current.version),
    );
  }
  const tag = formatTag({ action: "assign", artifact, stage, counter: state!.maxCounter + 1 });
  return {
    create: {
      name: tag,
      commit: state!.versions.get(previous.version)!.registration.commit,
      summary:
        request.message ||
        `Roll ${stage} of ${artifact} back from ${current.version} to ${previous.version}`,
      metadata: meta({ version: previous.version, rollback_from: current.version }, request.runUrl),
    },
    tag,
    version: previous.version,
    previousVersion: current.version,
    skipped: [],
    stage,
  };
}

/**
 * What to do when a rollback has nowhere to go: assign a version by name, the latest that the
 * policy would take (in an ordered policy, one that held the stage before), with evidence where
 * the stage needs it; or, with none, what would make one.
 */
function assignInstead(
  state: ArtifactState,
  policy: RegistryPolicy | undefined,
  stage: string,
  current: string,
): string {
  const before = stageBefore(policy, stage);
  const [other] = activeVersions(state)
    .map((v) => v.version)
    .filter((v) => v !== current && (before === undefined || everHeld(state, v, before)))
    .sort((a, b) => compareVersions(parseVersion(b)!, parseVersion(a)!));
  const evidence = policy?.stages.find((s) => s.name === stage)?.evidence
    ? ", with its evidence"
    : "";
  if (other)
    return `Assign a version by name instead (operation assign with version, such as ${other}${evidence}), or unassign the stage`;
  return before
    ? `No other version of ${state.artifact} has held '${before}', which comes before '${stage}': assign one to '${before}' first, then to '${stage}', or unassign the stage`
    : `No other version of ${state.artifact} is registered: register and assign one, or unassign the stage`;
}

/** A tag on the commit the caller names (`commit` undefined), with the artifact's next counter. */
function counted(
  state: ArtifactState,
  event: Parameters<typeof formatTag>[0],
  summary: string,
  commit: string | undefined,
  request: Common,
  version?: string,
): Plan {
  const tag = formatTag({ ...event, counter: state.maxCounter + 1 });
  return {
    create: {
      name: tag,
      commit,
      summary: request.message || summary,
      metadata: meta(version ? { version } : {}, request.runUrl),
    },
    tag,
    version,
    previousVersion: undefined,
    skipped: [],
  };
}

function requireArtifact(state: ArtifactState | undefined, artifact: string): ArtifactState {
  if (!state) throw new NotFoundError(`artifact '${artifact}' is not in the registry`);
  return state;
}

/** Deprecates the whole artifact (`m@deprecated#N`): no promotion of it until it is lifted. */
export function planDeprecate(state: ArtifactState | undefined, request: Common): Plan {
  const artifact = assertName("artifact", request.artifact);
  const known = requireArtifact(state, artifact);
  if (known.deprecation) return done(known.deprecation.tag, undefined);
  return counted(
    known,
    { action: "deprecate", artifact },
    `Deprecate ${artifact}`,
    undefined,
    request,
  );
}

/** Lifts the artifact's deprecation (`m@deprecated!#N`). */
export function planUndeprecate(state: ArtifactState | undefined, request: Common): Plan {
  const artifact = assertName("artifact", request.artifact);
  const known = requireArtifact(state, artifact);
  if (!known.deprecation) {
    const lifted = known.events.findLast((e) => e.action === "undeprecate");
    if (lifted) return done(lifted.tag, undefined);
    throw new NotFoundError(`artifact '${artifact}' is not deprecated`);
  }
  return counted(
    known,
    { action: "undeprecate", artifact },
    `Lift the deprecation of ${artifact}`,
    undefined,
    request,
  );
}

export interface VersionRequestOf extends Common {
  readonly version: string;
}

/** The version named, registered once (deregistered or not). */
function namedVersion(state: ArtifactState, artifact: string, asked: string): VersionState {
  const name = withV(asked.trim());
  if (!name) throw new NotFoundError(`no version given`, "Name the version, such as v1.2.0");
  const version = state.versions.get(name);
  if (!version) {
    throw new NotFoundError(
      `${artifact} ${name} is not registered`,
      `Registered: ${[...state.versions.keys()].join(", ") || "none"}`,
    );
  }
  return version;
}

/**
 * Deregisters one version (`m@v1.2.0!#N`, GTO's version-level deprecation): it no longer counts
 * as latest and cannot be assigned, and a stage it holds passes to the one before it.
 */
export function planDeregister(state: ArtifactState | undefined, request: VersionRequestOf): Plan {
  const artifact = assertName("artifact", request.artifact);
  const known = requireArtifact(state, artifact);
  const { version, registration, deregistration } = namedVersion(known, artifact, request.version);
  if (deregistration) return done(deregistration.tag, version);
  return counted(
    known,
    { action: "deregister", artifact, version },
    `Deregister ${artifact} ${version}`,
    registration.commit,
    request,
    version,
  );
}

/** Brings a deregistered version back with a new registration tag (`m@v1.2.0#N`). */
export function planRestore(state: ArtifactState | undefined, request: VersionRequestOf): Plan {
  const artifact = assertName("artifact", request.artifact);
  const known = requireArtifact(state, artifact);
  const { version, registration, deregistration } = namedVersion(known, artifact, request.version);
  if (!deregistration) {
    const restored = known.events.findLast((e) => e.action === "register" && e.version === version);
    return done(restored?.tag ?? registration.tag, version);
  }
  return counted(
    known,
    { action: "register", artifact, version },
    `Restore ${artifact} ${version}`,
    registration.commit,
    request,
    version,
  );
}

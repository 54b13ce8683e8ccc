import { statSync } from "node:fs";
import { basename } from "node:path";
import type { ClaimsWithoutTags, Identity, RegistryBackend } from "./backend.js";
import type { Evidence } from "./evidence.js";
import { hashFile } from "../../engine/files/hash-file.js";
import { parseActor } from "./actor.js";
import { assetNames } from "./asset-names.js";
import {
  planAssign,
  planDeprecate,
  planDeregister,
  planRegister,
  planRestore,
  planRollback,
  planUnassign,
  planUndeprecate,
  type AssetDigest,
  type Common,
  type Plan,
} from "./plan.js";
import { readStageHolder, type ResolvedStage } from "./read-stage-holder.js";
import { refuseCaseTwin } from "./case-twins.js";
import {
  buildRegistry,
  eventsOf,
  latestVersion,
  stagesOf,
  type ArtifactState,
  type RegistryEvent,
} from "./registry-state.js";
import type { AppliedPolicy, RegistryPolicy } from "./registry-policy.js";
import { defaultRetry, retryOnConflict, type RetryOptions } from "./retry-on-conflict.js";
import { compareVersions, parseVersion } from "./semver.js";
import { stagesNow, type StageNow } from "./stages-now.js";
import { tryParseTag } from "./tag-grammar.js";
import { formatTagMessage, type EventMetadata } from "./tag-message.js";

export interface RegistryOptions {
  readonly backend: RegistryBackend;
  /**
   * The policy to apply (readCommittedPolicy reads the one promote's stage moves apply), and its
   * record, written into every stage tag made where given; absent: every stage is allowed.
   */
  readonly policy?: AppliedPolicy;
  /** The date recorded on tags; injectable so that history is reproducible in tests. */
  readonly now?: () => Date;
  readonly retry?: Partial<RetryOptions>;
}

/** Who acts and how: common to every writing operation. */
export interface WriteOptions extends Common {
  /** `name` or `Name <email>`; absent: the backend's default identity. */
  readonly actor?: string;
  /** Plan and check everything, create nothing. */
  readonly dryRun?: boolean;
}

export interface OperationResult {
  /** False when the registry already said it (a re-run), and in a dry run. */
  readonly changed: boolean;
  /** The tag created (or that would be), or the existing tag that already says it. */
  readonly tag: string;
  /** Whether `tag` is new: created, or in a dry run to be created; false on a re-run. */
  readonly newTag: boolean;
  readonly version: string | undefined;
  readonly previousVersion: string | undefined;
  /** Policy checks skipped by an actor allowed to. */
  readonly skipped: readonly string[];
  /**
   * The stage acted on and every stage the operation moves, with what each holds after it (in
   * a dry run, would hold): a deregistration or unassignment hands a stage to an older version.
   */
  readonly stagesNow: readonly StageNow[];
  /** Who the created tag names as its tagger; undefined when no tag was created. */
  readonly tagger: Identity | undefined;
  /**
   * The artifact as the operation read it to plan. When nothing changed it is still what the
   * registry holds, so a caller can show it without listing the tags again.
   */
  readonly stateRead: ArtifactState | undefined;
}

export interface RegisterResult extends OperationResult {
  readonly assets: readonly AssetDigest[];
  readonly releaseUrl: string;
}

/** What `show` answers: the artifact at a glance. */
export interface ArtifactSummary {
  readonly artifact: string;
  readonly deprecated: boolean;
  /** The tag that deprecated the artifact, while it is deprecated. */
  readonly deprecation: string | undefined;
  readonly latest: string | undefined;
  readonly versions: readonly {
    readonly version: string;
    readonly tag: string;
    readonly active: boolean;
    /** The tag that deregistered the version, while it is deregistered. */
    readonly deregistration: string | undefined;
  }[];
  readonly stages: readonly {
    readonly stage: string;
    readonly version: string | undefined;
    readonly tag: string | undefined;
  }[];
}

/**
 * The registry's operations over a backend. Each writing operation reads the artifact's tags
 * (GTO's counter is per artifact, so they are all it needs), plans with the pure functions of
 * plan.ts, and creates one tag; losing a race for a tag name re-reads and plans again, so
 * concurrent promotions each get their own counter.
 */
export class Registry {
  readonly backend: RegistryBackend;
  private readonly policy: RegistryPolicy | undefined;
  private readonly policyRecord: AppliedPolicy["record"];
  private readonly now: () => Date;
  private readonly retry: RetryOptions;

  constructor(options: RegistryOptions) {
    this.backend = options.backend;
    this.policy = options.policy?.rules;
    this.policyRecord = options.policy?.record;
    this.now = options.now ?? (() => new Date());
    this.retry = { ...defaultRetry, ...options.retry };
  }

  /** Every artifact's state, from one listing of every tag. */
  async read(): Promise<Map<string, ArtifactState>> {
    return buildRegistry(await this.backend.listTags());
  }

  /** One artifact's state, from a listing of its tags alone. */
  async artifact(artifact: string): Promise<ArtifactState | undefined> {
    return buildRegistry(await this.backend.listTags({ artifact })).get(artifact);
  }

  /**
   * The artifact's state as a write plans on it: its next counter goes past every counter
   * claimed, as well as every tag's.
   */
  private async stateToWrite(artifact: string): Promise<ArtifactState | undefined> {
    const [state, claimed] = await Promise.all([
      this.artifact(artifact),
      this.backend.highestClaimedCounter(artifact),
    ]);
    return state && claimed > state.maxCounter ? { ...state, maxCounter: claimed } : state;
  }

  async show(artifact: string): Promise<ArtifactSummary> {
    const state = await this.artifact(artifact);
    return summarize(artifact, state);
  }

  /** Every event of the artifact (of one stage, when given), oldest first. */
  async history(artifact: string, stage?: string): Promise<RegistryEvent[]> {
    return eventsOf(await this.artifact(artifact), stage);
  }

  /**
   * The artifact's counter claims whose tags are gone (deleted since: git and GitHub let anyone
   * who can push a tag delete one; or never made, by a promotion that stopped after its claim);
   * `state` as read. Those of the `limit` highest counters are read, and the rest counted.
   */
  claimsWithoutTags(
    artifact: string,
    state: ArtifactState | undefined,
    limit: number,
  ): Promise<ClaimsWithoutTags> {
    const counters = (state?.events ?? []).flatMap((e) =>
      e.counter === undefined ? [] : [e.counter],
    );
    return this.backend.claimsWithoutTags(artifact, new Set(counters), limit);
  }

  /**
   * Which version holds the stage (held it at a moment, by the tags' dates), reading the stage's
   * tags and its holder's rather than the artifact's: see readStageHolder for the cost.
   */
  stageHolder(artifact: string, stage: string, at?: Date): Promise<ResolvedStage | undefined> {
    return readStageHolder(this.backend, artifact, stage, at);
  }

  private async tagger(actor: string | undefined): Promise<Identity> {
    return actor?.trim() ? parseActor(actor) : this.backend.defaultTagger();
  }

  /** Creates the planned tag, or reports the existing one. */
  private async apply(
    plan: Plan,
    state: ArtifactState | undefined,
    options: WriteOptions,
    ref = "HEAD",
  ): Promise<OperationResult> {
    if (!plan.create || options.dryRun) return outcome(plan, state);
    const commit = plan.create.commit ?? (await this.backend.resolveCommit(ref));
    const tagger = await this.tagger(options.actor);
    await this.backend.createTag({
      name: plan.create.name,
      commit,
      tagger,
      date: this.now(),
      message: formatTagMessage(plan.create.summary, this.withPolicy(plan.create)),
    });
    return outcome(plan, state, tagger);
  }

  /** A stage tag's metadata with the policy it is made under, where the caller read one. */
  private withPolicy(planned: { name: string; metadata: EventMetadata }): EventMetadata {
    const action = tryParseTag(planned.name)?.action;
    const staged = action === "assign" || action === "unassign";
    return staged && this.policyRecord !== undefined
      ? { ...planned.metadata, policy: this.policyRecord }
      : planned.metadata;
  }

  /**
   * Registers a version with its assets. The assets are stored before the tag is created, and
   * removed again when the tag cannot be; a re-run with the same files reports the version.
   */
  async register(
    request: WriteOptions & {
      readonly version: string;
      readonly assets: readonly string[];
      readonly ref?: string;
    },
  ): Promise<RegisterResult> {
    const digests = await digestAll(request.assets);
    let twinsChecked = false;
    return retryOnConflict(async () => {
      const state = await this.artifact(request.artifact);
      // Once: a retry is another writer's tag of this name, not a new name of another case.
      if (state === undefined && !twinsChecked) {
        await refuseCaseTwin(this.backend, request.artifact);
        twinsChecked = true;
      }
      const plan = planRegister(state, { ...request, assets: digests });
      if (!plan.create && !request.dryRun) await this.completeRelease(state, plan.tag, request);
      const { files, names } = registrationFiles(plan.create?.metadata, request);
      const applied = await this.applyWithAssets(plan, state, request, files, {
        ref: request.ref,
        names,
        cleanUp: () => this.cleanUp(request.artifact, plan.tag, digests),
      });
      return { ...applied, assets: digests, releaseUrl: this.backend.releaseUrl(plan.tag) };
    }, this.retry);
  }

  /**
   * Applies a plan whose tag gets a release: the files are stored first and the tag created after,
   * so no tag ever names files that are not there; when either fails, `cleanUp` runs, so that a
   * failure leaves no files of this run behind.
   */
  private async applyWithAssets(
    plan: Plan,
    state: ArtifactState | undefined,
    request: WriteOptions,
    files: readonly string[],
    options: { ref?: string; names?: readonly string[]; cleanUp: () => Promise<void> },
  ): Promise<OperationResult> {
    if (!plan.create || request.dryRun || files.length === 0) {
      return this.apply(plan, state, request, options.ref);
    }
    // The commit first: a ref that names none (HEAD of a repository without commits) fails
    // before any file is stored or uploaded.
    const commit = plan.create.commit ?? (await this.backend.resolveCommit(options.ref ?? "HEAD"));
    const placed: Plan = { ...plan, create: { ...plan.create, commit } };
    try {
      await this.backend.storeAssets(plan.tag, files, options.names);
      return await this.apply(placed, state, request);
    } catch (error) {
      await options.cleanUp();
      throw error;
    }
  }

  /**
   * A registration already made is finished where an earlier run could not finish it: the tag
   * is there but its release is not (see RegistryBackend.completeRelease). Only tags that mlops
   * wrote (with a metadata block) get a release; one made by GTO is left as it is.
   */
  private async completeRelease(
    state: ArtifactState | undefined,
    tag: string,
    request: RegistrationFiles,
  ): Promise<void> {
    const event = state?.events.find((e) => e.tag === tag);
    if (!event?.metadata) return;
    const { files, names } = registrationFiles(event.metadata, request);
    await this.backend.completeRelease(
      {
        name: tag,
        commit: event.commit,
        tagger: event.tagger,
        date: event.date,
        message: formatTagMessage(event.summary, event.metadata),
      },
      files,
      names,
    );
  }

  /** After a failed registration: the release goes, unless the tag now there is for the same files. */
  private async cleanUp(
    artifact: string,
    tag: string,
    digests: readonly AssetDigest[],
  ): Promise<void> {
    const winner = (await this.backend.listTags({ artifact })).find((t) => t.name === tag);
    if (winner) {
      const state = buildRegistry([winner]);
      const recorded = [...state.values()][0]?.versions.values().next().value?.registration
        .metadata?.assets;
      const same =
        recorded?.length === digests.length &&
        digests.every((d, i) => recorded[i]?.sha256 === d.sha256);
      if (same) return;
    }
    await this.backend.removeAssets(tag);
  }

  async assign(
    request: WriteOptions & {
      readonly stage: string;
      readonly version?: string;
      readonly evidence?: Evidence;
    },
  ): Promise<OperationResult> {
    const { evidence } = request;
    return retryOnConflict(async () => {
      const state = await this.stateToWrite(request.artifact);
      const plan = planAssign(state, this.policy, request);
      // The report that allowed the assignment travels with it, as its tag's release.
      return this.applyWithAssets(plan, state, request, evidence ? [evidence.path] : [], {
        names: evidence ? [evidence.asset] : [],
        cleanUp: () => this.backend.removeAssets(plan.tag),
      });
    }, this.retry);
  }

  async unassign(
    request: WriteOptions & { readonly stage: string; readonly version?: string },
  ): Promise<OperationResult> {
    return this.act(request, (state) => planUnassign(state, request));
  }

  async rollback(request: WriteOptions & { readonly stage: string }): Promise<OperationResult> {
    return this.act(request, (state) => planRollback(state, this.policy, request));
  }

  /** Deprecates the whole artifact; `undeprecate` lifts it. */
  async deprecate(request: WriteOptions & { readonly ref?: string }): Promise<OperationResult> {
    return this.act(request, (state) => planDeprecate(state, request), request.ref);
  }

  async undeprecate(request: WriteOptions & { readonly ref?: string }): Promise<OperationResult> {
    return this.act(request, (state) => planUndeprecate(state, request), request.ref);
  }

  /** Deregisters one version; `restore` brings it back. */
  async deregister(request: WriteOptions & { readonly version: string }): Promise<OperationResult> {
    return this.act(request, (state) => planDeregister(state, request));
  }

  async restore(request: WriteOptions & { readonly version: string }): Promise<OperationResult> {
    return this.act(request, (state) => planRestore(state, request));
  }

  /** Reads the artifact, plans, and applies; again from the reading on losing a race. */
  private act(
    request: WriteOptions,
    planner: (state: ArtifactState | undefined) => Plan,
    ref?: string,
  ): Promise<OperationResult> {
    return retryOnConflict(async () => {
      const state = await this.stateToWrite(request.artifact);
      return this.apply(planner(state), state, request, ref);
    }, this.retry);
  }

  /**
   * Registers and assigns in one go. The stage's checks run first, against the files about to
   * be registered, so a refused promotion registers nothing.
   */
  async promote(
    request: WriteOptions & {
      readonly version: string;
      readonly assets: readonly string[];
      readonly stage: string;
      readonly evidence?: Evidence;
      readonly ref?: string;
    },
  ): Promise<{ registration: RegisterResult; assignment: OperationResult }> {
    const digests = await digestAll(request.assets);
    const state = await this.stateToWrite(request.artifact);
    if (state === undefined) await refuseCaseTwin(this.backend, request.artifact);
    const planned = planRegister(state, { ...request, assets: digests });
    const checked = planAssign(state, this.policy, {
      ...request,
      ...(planned.create
        ? { pending: { version: planned.version!, modelSha256: digests[0]?.sha256 } }
        : { version: planned.version }),
    });
    if (request.dryRun) {
      return {
        registration: {
          ...outcome(planned, state),
          assets: digests,
          releaseUrl: this.backend.releaseUrl(planned.tag),
        },
        assignment: outcome(checked, state),
      };
    }
    const registration = await this.register(request);
    const assignment = await this.assign({ ...request, version: registration.version });
    return { registration, assignment };
  }
}

/** What a plan came to: `tagger` is who the tag created names, absent when none was created. */
const outcome = (
  plan: Plan,
  stateRead: ArtifactState | undefined,
  tagger?: Identity,
): OperationResult => ({
  changed: tagger !== undefined,
  tag: plan.tag,
  newTag: plan.create !== undefined,
  version: plan.version,
  previousVersion: plan.previousVersion,
  skipped: plan.skipped,
  stagesNow: stagesNow(stateRead, plan),
  tagger,
  stateRead,
});

/** What a registration is given to store: its assets, and the record of its training run. */
interface RegistrationFiles {
  readonly assets: readonly string[];
  readonly runRecord?: { readonly run: { readonly sha256: string }; readonly path: string };
}

/**
 * The files a registration's tag (`metadata`, the one to make or the one made) stores: the
 * assets under their own names, and the run record given under the name the tag gives the
 * record, where the tag names it stored apart from the assets and it is that very record (by
 * sha256): another run's never goes under its name.
 */
function registrationFiles(
  metadata: EventMetadata | undefined,
  { assets, runRecord }: RegistrationFiles,
): { files: readonly string[]; names: readonly string[] | undefined } {
  const run = metadata?.training_run;
  const stored =
    run?.asset !== undefined &&
    runRecord?.run.sha256 === run.sha256 &&
    !metadata?.assets?.some((asset) => asset.name === run.asset);
  if (!stored) return { files: assets, names: undefined };
  return { files: [...assets, runRecord.path], names: [...assetNames(assets), run.asset] };
}

async function digestAll(files: readonly string[]): Promise<AssetDigest[]> {
  return Promise.all(
    files.map(async (file) => ({
      name: basename(file),
      sha256: await hashFile(file),
      size: statSync(file).size,
    })),
  );
}

export function summarize(artifact: string, state: ArtifactState | undefined): ArtifactSummary {
  const stages = [...stagesOf(state)].map(([stage, holder]) => ({
    stage,
    version: holder?.version,
    tag: holder?.assignment.tag,
  }));
  return {
    artifact,
    deprecated: state?.deprecation !== undefined,
    deprecation: state?.deprecation?.tag,
    latest: latestVersion(state)?.version,
    versions: [...(state?.versions.values() ?? [])]
      .sort((a, b) => compareVersions(parseVersion(a.version)!, parseVersion(b.version)!))
      .map((v) => ({
        version: v.version,
        tag: v.registration.tag,
        active: !v.deregistration,
        deregistration: v.deregistration?.tag,
      })),
    stages,
  };
}

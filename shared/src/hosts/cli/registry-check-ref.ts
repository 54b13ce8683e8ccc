import { UsageError } from "../../engine/errors.js";
import { shownRef } from "../../engine/report/escape-control.js";
import type { RegistryBackend } from "../../platform/registry/backend.js";
import { NotFoundError } from "../../platform/registry/errors.js";
import { Registry } from "../../platform/registry/registry.js";
import {
  madeOutsideMlops,
  type ArtifactState,
  type RegistryEvent,
} from "../../platform/registry/registry-state.js";
import { readTag, type TagAction, type TagEvent } from "../../platform/registry/tag-grammar.js";

export const TAG_REFS = "refs/tags/";

/**
 * GTO's names of the events, which `gto check-ref --json` prints as `event`: a workflow written
 * against GTO keeps its conditions (`event == 'assignment'`). GTO has no undeprecation.
 */
export const GTO_EVENT: Readonly<Record<TagAction, string>> = {
  register: "registration",
  deregister: "deregistration",
  assign: "assignment",
  unassign: "unassignment",
  deprecate: "deprecation",
  undeprecate: "undeprecation",
};

/**
 * What a ref means to the registry, as `--json` prints it. Every field is always there (null
 * when it does not apply), so that a workflow's condition never reads a missing one.
 */
export interface RefMeaning {
  readonly ref: string;
  readonly tag: string;
  readonly registry: boolean;
  /** Why the tag is not a registry tag; null for one that is. */
  readonly reason: string | null;
  readonly event: string | null;
  readonly action: TagAction | null;
  readonly artifact: string | null;
  readonly version: string | null;
  readonly stage: string | null;
  readonly counter: number | null;
  /**
   * Whether a stage tag's message has no mlops block (see madeOutsideMlops), which a deploy
   * workflow may refuse; null for other tags, whose name says all and which are not read.
   */
  readonly made_outside_mlops: boolean | null;
}

/** The tag a ref names: `refs/tags/<tag>` or the tag's name; any other ref is refused. */
function tagOf(ref: string): string {
  const tag = ref.startsWith(TAG_REFS) ? ref.slice(TAG_REFS.length) : ref;
  // A branch (refs/heads/main) or any other ref: the step runs on the wrong event.
  if (tag === "" || tag.startsWith("refs/")) {
    throw new UsageError(
      `'${shownRef(ref)}' is not a tag`,
      "check-ref takes a tag's name or its full ref (refs/tags/churn#prod#3): run it on a tag push (on: push: tags), or guard the step with if: startsWith(github.ref, 'refs/tags/')",
    );
  }
  return tag;
}

/**
 * A stage tag as the registry reads it, for the version it acts on: its name has none, so the tag
 * is read from the registry (its metadata names the version, or the registration on its commit
 * does).
 */
async function stageTagEvent(
  backend: RegistryBackend,
  tag: string,
  event: TagEvent,
): Promise<RegistryEvent & { readonly version: string }> {
  const state = await new Registry({ backend }).artifact(event.artifact);
  return stageTagEventIn(state, backend, tag, event);
}

/** `stageTagEvent` in the artifact's `state` as read from `backend`. */
export function stageTagEventIn(
  state: ArtifactState | undefined,
  backend: RegistryBackend,
  tag: string,
  event: TagEvent,
): RegistryEvent & { readonly version: string } {
  const found = state?.events.find((e) => e.tag === tag);
  if (found?.version) return { ...found, version: found.version };
  const where = `the registry (${backend.description})`;
  if (found) {
    const named = found.metadata
      ? `its message's metadata names no registered version of ${event.artifact}, and no registration of it is on its commit`
      : `its message has no metadata, and no registration of ${event.artifact} is on its commit`;
    throw new NotFoundError(
      `tag '${tag}' names no version: ${named}`,
      "Register the version at that commit, or assign the stage again with mlops promote",
    );
  }
  if (state?.lightweight.includes(tag)) {
    throw new NotFoundError(
      `tag '${tag}' in ${where} is a lightweight tag, which records no event`,
      // actions/checkout writes a pushed tag as a lightweight one: the tag itself may be fine.
      `Fetch the annotated tag (git fetch --force origin "refs/tags/${tag}:refs/tags/${tag}"), as a checkout in a workflow may write it lightweight; read GitHub's with GITHUB_TOKEN set; or, if it really is lightweight, assign the stage with mlops promote`,
    );
  }
  throw new NotFoundError(
    `tag '${tag}' is not in ${where}, and a stage tag's name does not say its version`,
    backend.kind === "git"
      ? "Give the path of a clone that has the tag with --registry (git fetch origin tag <tag>), or read GitHub's with GITHUB_TOKEN set"
      : "Check that the tag was pushed to that repository, or name another with --repo",
  );
}

/**
 * `mlops registry check-ref <ref>`: what a pushed tag means, as `gto check-ref` says it. The
 * name alone says it for a registration, deregistration or deprecation, so `backend` is read only
 * for a stage tag, whose name has no version. A tag the grammar does not own (a release `v1.0.0`)
 * is an answer, not a failure: a workflow on every tag push skips it.
 */
export async function checkRef(
  ref: string,
  backend: () => Promise<RegistryBackend>,
): Promise<RefMeaning> {
  const tag = tagOf(ref);
  const read = readTag(tag);
  if (typeof read === "string") {
    const none = {
      event: null,
      action: null,
      artifact: null,
      version: null,
      stage: null,
      counter: null,
      made_outside_mlops: null,
    };
    return { ref, tag, registry: false, reason: read, ...none };
  }
  const staged = "stage" in read ? await stageTagEvent(await backend(), tag, read) : undefined;
  const version = "version" in read ? read.version : (staged?.version ?? null);
  return {
    ref,
    tag,
    registry: true,
    reason: null,
    event: GTO_EVENT[read.action],
    action: read.action,
    artifact: read.artifact,
    version,
    stage: "stage" in read ? read.stage : null,
    counter: read.counter ?? null,
    made_outside_mlops: staged ? madeOutsideMlops(staged) : null,
  };
}

/** One line: the event, or why the tag is none. */
export function renderRefMeaning(meaning: RefMeaning): string {
  if (!meaning.registry)
    return `${shownRef(meaning.tag)}: not a registry tag (${shownRef(meaning.reason!)}); the registry ignores it`;
  const version = meaning.version ? ` ${meaning.version}` : "";
  const stage = meaning.stage
    ? ` ${meaning.action === "unassign" ? "from" : "to"} stage ${meaning.stage}`
    : "";
  const outside = meaning.made_outside_mlops
    ? ", made outside mlops (its message has no mlops block)"
    : "";
  return `${meaning.tag}: ${meaning.event} of ${meaning.artifact}${version}${stage}${outside}`;
}

import type { Plan, PlannedTag } from "./plan.js";
import {
  assignmentsInForce,
  stagesOf,
  withEvent,
  type ArtifactState,
  type RegistryEvent,
} from "./registry-state.js";
import { tryParseTag } from "./tag-grammar.js";

/** A stage and what it holds after an operation: undefined version when it is left empty. */
export interface StageNow {
  readonly stage: string;
  readonly version: string | undefined;
  /** The assignment in force; undefined when the stage is empty. */
  readonly tag: string | undefined;
  /** The version the stage held before the operation; undefined when it was empty. */
  readonly before: string | undefined;
  /** Every version whose assignment to the stage is in force, the holder first. */
  readonly assigned: readonly string[];
}

/** The planned tag as the event it will be, dated no earlier than anything recorded. */
function plannedEvent(state: ArtifactState | undefined, planned: PlannedTag): RegistryEvent {
  const parsed = tryParseTag(planned.name)!;
  const latest = state?.events.reduce((at, e) => Math.max(at, e.date.getTime()), 0) ?? 0;
  return {
    tag: planned.name,
    action: parsed.action,
    artifact: parsed.artifact,
    version: planned.metadata.version ?? ("version" in parsed ? parsed.version : undefined),
    stage: "stage" in parsed ? parsed.stage : undefined,
    counter: parsed.counter,
    commit: planned.commit ?? "",
    tagger: { name: "", email: "" },
    date: new Date(latest),
    summary: planned.summary,
    metadata: planned.metadata,
  };
}

/**
 * The stages an operation acts on or moves, with what each holds once its tag is made: the
 * stage named, and any other whose holder changes with it. Deregistering (or unassigning) the
 * version a stage holds hands the stage to the assignment before, as in GTO, and restoring one
 * can hand it back: the caller shows both, as neither names that stage.
 */
export function stagesNow(state: ArtifactState | undefined, plan: Plan): StageNow[] {
  const before = stagesOf(state);
  const after = plan.create ? withEvent(state, plannedEvent(state, plan.create)) : state;
  return [...stagesOf(after)]
    .filter(
      ([stage, holder]) => stage === plan.stage || holder?.version !== before.get(stage)?.version,
    )
    .map(([stage, holder]) => ({
      stage,
      version: holder?.version,
      tag: holder?.assignment.tag,
      before: before.get(stage)?.version,
      assigned: assignmentsInForce(after, stage).map((h) => h.version),
    }));
}

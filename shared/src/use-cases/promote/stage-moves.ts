import { warnIn, type RunContext } from "../../interface/define-action.js";
import type { StageNow } from "../../platform/registry/stages-now.js";
import type { Done } from "./run-operation.js";

/** Operations whose own words (version, stage-tag) already say what their stage holds. */
const SAYS_ITS_STAGE: readonly string[] = ["register", "assign", "rollback"];

/** What each stage the run acted on or moved holds after it, the later operation's word last. */
export function stagesAfter(done: readonly Done[]): StageNow[] {
  const byStage = new Map<string, StageNow>();
  for (const { result } of done) for (const now of result.stagesNow) byStage.set(now.stage, now);
  return [...byStage.values()];
}

/** A stage the run moved, with the operation and the version it acted on. */
interface Move extends StageNow {
  readonly operation: string;
  readonly actedOn: string | undefined;
}

/**
 * The stages the run moved where nothing else it says tells where they went: a stage shows its
 * latest assignment still in force (as in GTO), so deregistering or unassigning the version it
 * holds hands it to the version assigned before, or leaves it empty, and restoring a version
 * hands back the stages whose latest assignment is its.
 */
export function unnamedMoves(done: readonly Done[]): Move[] {
  return done.flatMap(({ operation, result }) =>
    SAYS_ITS_STAGE.includes(operation)
      ? []
      : result.stagesNow
          .filter((now) => now.version !== now.before)
          .map((now) => ({ ...now, operation, actedOn: result.version })),
  );
}

/** One line per unnamed move: a warning where the stage fell back to an older version. */
export function tellMoves(done: readonly Done[], dryRun: boolean, context: RunContext): void {
  const holds = dryRun ? "would hold" : "now holds";
  for (const { stage, version, tag, before, assigned, actedOn } of unnamedMoves(done)) {
    if (version === undefined) context.log(`${stage} ${holds} no version: it is empty`);
    else if (version === actedOn) context.log(`${stage} ${holds} ${version} again (${tag})`);
    else {
      warnIn(
        context,
        `${stage} ${holds} ${version} (${tag}), its assignment before ${before ?? "none"}'s; unassign ${assigned.join(" and ")} too to leave ${stage} empty`,
      );
    }
  }
}

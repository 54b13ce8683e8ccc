/**
 * The rollout: each step sets the canary's weight, observes an interval, and is judged; it moves
 * on when it passes, rolls back at once when it fails, and holds for another interval (with all
 * it saw since the weight was set) at most max-holds times.
 */
import type { GatePolicy } from "../../engine/contracts/gate-policy.js";
import type { CanaryOutcome } from "../../engine/contracts/canary-report.js";
import { MlopsError } from "../../engine/errors.js";
import { CancelledError } from "../../engine/process/cancel-signals.js";
import {
  TrafficError,
  TrafficNotMoved,
  type TrafficProvider,
} from "../../platform/traffic/traffic-provider.js";
import {
  judgeLook,
  type LookJudgement,
  type MetricJudgement,
  type StepVerdict,
} from "./judge-look.js";
import type { MetricSource } from "./metric-reading.js";
import {
  checkServedShare,
  shareMemory,
  stepShareMemory,
  type ShareCheck,
  type ShareMemory,
} from "./served-share.js";

export interface RolloutPlan {
  readonly steps: readonly number[];
  readonly intervalMs: number;
  readonly maxHolds: number;
  readonly policy: GatePolicy;
  readonly lookConfidence: number;
  readonly minSamples: number;
  readonly variant: string;
}

/** Where the rollout reports its progress: the log, and the deployment's statuses. */
export interface RolloutWatcher {
  log(line: string): void;
  stepStarted(step: number, weight: number): Promise<void>;
}

export interface RolloutParts {
  readonly traffic: TrafficProvider;
  readonly source: MetricSource;
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly now: () => Date;
  readonly signal: AbortSignal;
  readonly watcher: RolloutWatcher;
}

export interface Look extends LookJudgement {
  readonly at: Date;
  readonly windowS: number;
}

export interface StepRecord {
  readonly step: number;
  readonly weight: number;
  /** When the weight was confirmed set (when it was asked, for a shift that failed). */
  startedAt: Date;
  endedAt: Date;
  verdict: StepVerdict | "not-judged";
  readonly looks: Look[];
}

export interface RolloutResult {
  readonly outcome: CanaryOutcome;
  readonly reason: string;
  readonly finalWeight: number;
  readonly steps: readonly StepRecord[];
}

/** The reasons of the metrics `keep` picks, one per distinct reason (Prometheus down is one). */
function reasonsOf(look: Look, keep: (metric: MetricJudgement) => boolean): string {
  const byReason = new Map<string, string[]>();
  for (const m of look.metrics.filter(keep))
    byReason.set(m.reason, [...(byReason.get(m.reason) ?? []), m.metric]);
  return [...byReason].map(([reason, names]) => `${names.join(", ")}: ${reason}`).join("; ");
}

const verdictIs = (verdict: StepVerdict) => (metric: MetricJudgement) => metric.verdict === verdict;

/** How many times a look reads the metrics when a read fails, and at most how long apart. */
const READ_TRIES = 3;
const RETRY_GAP_MS = 10_000;

/** One look's reading, its judgement with the canary's share, and when it ended. */
interface LookRead extends ShareCheck {
  readonly end: Date;
}

/**
 * Reads and judges one look, after the step's earlier looks left `memory`. A look that does not
 * fail with a metric the source could not give (a Prometheus restarting, a dropped connection)
 * reads again, twice at most, each min(10 s, a third of the interval) after the last try, before
 * it is judged on it: a blip does not cost a whole interval of traffic on a canary nobody
 * watches, and a look does not pass with the requests that would show a dead canary unread. A
 * failed look is not read again: a retry would keep a bad canary serving while it waits.
 */
async function observe(
  record: StepRecord,
  look: number,
  memory: ShareMemory,
  plan: RolloutPlan,
  parts: RolloutParts,
): Promise<LookRead> {
  const gapMs = Math.min(RETRY_GAP_MS, plan.intervalMs / READ_TRIES);
  const settings = { confidence: plan.lookConfidence, minSamples: plan.minSamples };
  const at = { step: record.step, look, weight: record.weight };
  for (let tried = 1; ; tried++) {
    const end = parts.now();
    const window = { start: record.startedAt, end, step: record.step, weight: record.weight };
    const reading = await parts.source.read(window);
    const checked = checkServedShare(
      judgeLook(reading, plan.policy, settings),
      reading,
      at,
      memory,
    );
    const failed = reading.metrics.find((m) => m.error !== undefined);
    if (checked.judged.verdict === "fail" || failed === undefined || tried === READ_TRIES)
      return { ...checked, end };
    parts.watcher.log(
      `canary-deploy: step ${record.step} at ${record.weight}%, look ${look}: ${failed.name} could not be read (${failed.error}); reading again in ${Math.round(gapMs / 100) / 10}s`,
    );
    await parts.sleep(gapMs, parts.signal);
    parts.signal.throwIfAborted();
  }
}

/**
 * Observes and judges one step until it passes, fails or runs out of holds, from the rollout's
 * `memory` of the canary's share; returns the memory after it.
 */
async function judgeStep(
  record: StepRecord,
  plan: RolloutPlan,
  parts: RolloutParts,
  memory: ShareMemory,
): Promise<ShareMemory> {
  let stepMemory = stepShareMemory(memory);
  for (let look = 1; look <= plan.maxHolds + 1; look++) {
    await parts.sleep(plan.intervalMs, parts.signal);
    parts.signal.throwIfAborted();
    const read = await observe(record, look, stepMemory, plan, parts);
    const { judged, note, end } = read;
    stepMemory = read.memory;
    const entry = {
      ...judged,
      at: end,
      windowS: (end.getTime() - record.startedAt.getTime()) / 1000,
    };
    record.looks.push(entry);
    record.endedAt = end;
    record.verdict = judged.verdict;
    const head = `canary-deploy: step ${record.step} at ${record.weight}%, look ${look}`;
    if (note !== null) parts.watcher.log(`${head}: ${note}`);
    parts.watcher.log(
      `${head}: ${judged.verdict}${judged.verdict === "pass" ? "" : ` (${reasonsOf(entry, verdictIs(judged.verdict))})`}`,
    );
    if (judged.verdict !== "hold") break;
  }
  return stepMemory;
}

/** How a step that used up its holds ends the rollout: unreadable metrics roll back. */
function heldOutcome(
  record: StepRecord,
  plan: RolloutPlan,
): { outcome: CanaryOutcome; reason: string } {
  const last = record.looks[record.looks.length - 1]!;
  const holds = `after ${plan.maxHolds} hold${plan.maxHolds === 1 ? "" : "s"} at ${record.weight}%`;
  if (last.metrics.some((m) => m.unread))
    return {
      outcome: "rolled-back",
      reason: `the metrics could not be read ${holds}, so the canary cannot be judged: ${reasonsOf(last, (m) => m.unread)}`,
    };
  return {
    outcome: "inconclusive",
    reason: `too little evidence ${holds}: ${reasonsOf(last, verdictIs("hold"))}`,
  };
}

/** How a judged step ends the rollout, if it does: at once when it failed, or out of holds. */
function stepEnding(
  record: StepRecord,
  plan: RolloutPlan,
): { outcome: CanaryOutcome; reason: string } | null {
  const last = record.looks[record.looks.length - 1]!;
  if (record.verdict === "fail")
    return {
      outcome: "rolled-back",
      reason: `step ${record.step} at ${record.weight}% failed: ${reasonsOf(last, verdictIs("fail"))}`,
    };
  return record.verdict === "hold" ? heldOutcome(record, plan) : null;
}

/**
 * What a failed rollback left, after the weight last set (0 for none) and the weight last asked.
 * Before the first weight was set, the rollback was sent to make sure; but a command that timed
 * out or failed after applying its change may have moved the traffic all the same, at the first
 * step or a later one: a shift not confirmed is never reported as one that did not happen.
 */
function rollbackFailed(weight: number, asked: number, error: unknown): string {
  const why = error instanceof MlopsError ? error.line : String(error);
  // A command that could not start ran nothing: the traffic is where it was, at the baseline.
  if (weight === 0 && asked === 0 && error instanceof TrafficNotMoved)
    return "the traffic never moved, and the rollback sent to make sure could not start either";
  if (weight > 0 && asked !== weight)
    return `the shift to ${asked}% could not be confirmed and the rollback failed too, so the canary has ${weight}% or ${asked}%: check the traffic by hand: ${why}`;
  if (weight > 0) return `and the rollback failed, so the canary still has ${weight}%: ${why}`;
  if (asked > 0)
    return `the first weight (${asked}%) could not be confirmed and the rollback failed too, so check the traffic by hand: ${why}`;
  return `no weight was set yet, and the rollback sent to make sure failed too: ${why}`;
}

/**
 * Runs the rollout to its end. Whatever ends it short of promotion sends the traffic back to
 * the baseline; a failed rollback is said in the reason and leaves the weight where it was.
 */
export async function runRollout(plan: RolloutPlan, parts: RolloutParts): Promise<RolloutResult> {
  const steps: StepRecord[] = [];
  let weight = 0;
  // The weight last asked of the traffic, set or not: a command that failed may have moved it.
  let asked = 0;
  let share = shareMemory(parts.source.known);
  const end = async (outcome: CanaryOutcome, reason: string): Promise<RolloutResult> => {
    if (outcome === "promoted") return { outcome, reason, finalWeight: weight, steps };
    try {
      await parts.traffic.rollback({ weight: 0, step: 0, variant: plan.variant });
      parts.watcher.log(`canary-deploy: traffic back to the baseline (${outcome}): ${reason}`);
      return { outcome, reason, finalWeight: 0, steps };
    } catch (error) {
      const left = rollbackFailed(weight, asked, error);
      return { outcome, reason: `${reason}; ${left}`, finalWeight: weight, steps };
    }
  };
  try {
    for (const [i, target] of plan.steps.entries()) {
      const record: StepRecord = {
        step: i + 1,
        weight: target,
        startedAt: parts.now(),
        endedAt: parts.now(),
        verdict: "not-judged",
        looks: [],
      };
      steps.push(record);
      // A cancel that came while the last look was read moves no more traffic.
      parts.signal.throwIfAborted();
      asked = target;
      try {
        await parts.traffic.setWeight({ weight: target, step: i + 1, variant: plan.variant });
      } catch (error) {
        if (error instanceof TrafficNotMoved) asked = weight;
        throw error;
      }
      weight = target;
      // The step's evidence starts once its weight is set: a slow shift's time is the last weight's.
      record.startedAt = parts.now();
      await parts.watcher.stepStarted(i + 1, target);
      // At 100% the baseline serves nothing to compare with: the earlier steps were the test.
      if (target === 100) continue;
      share = await judgeStep(record, plan, parts, share);
      const ending = stepEnding(record, plan);
      if (ending) return await end(ending.outcome, ending.reason);
    }
    const judged = steps.filter((s) => s.looks.length > 0).length;
    return await end(
      "promoted",
      `all ${judged} judged step${judged === 1 ? "" : "s"} passed${weight === 100 ? ", and the canary now serves all traffic" : `, up to ${weight}%`}`,
    );
  } catch (error) {
    // The traffic could not move, or the step was cancelled: the canary has no verdict.
    if (
      error instanceof TrafficError ||
      error instanceof CancelledError ||
      (error instanceof MlopsError && parts.signal.aborted)
    )
      return await end("rolled-back", error.line);
    // A bug must not leave the canary serving: the traffic goes back first.
    await end("rolled-back", "an internal error stopped the rollout");
    throw error;
  }
}

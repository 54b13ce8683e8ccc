/**
 * The rollout: each step sets the canary's weight, observes an interval, and is judged; it moves
 * on when it passes, rolls back at once when it fails, and holds for another interval (with all
 * it saw since the weight was set) at most max-holds times. One look more, on the canary's share
 * of the requests, follows a share held at the last of them, and the last judged step's pass: a
 * canary that stopped serving then, or fails the requests of that look's interval, is rolled
 * back, not called inconclusive or promoted. Where that look cannot read the requests, it holds
 * for the step's unused holds, at least one.
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
import { judgedAgain, type JudgedAgain } from "./extra-look.js";
import {
  judgeLook,
  reasonsOf,
  verdictIs,
  type LookJudgement,
  type StepVerdict,
} from "./judge-look.js";
import type { MetricReading, MetricSource, Reading } from "./metric-reading.js";
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
  /** The canary's share where the look held on it (`0.3% < 5%`), for the step's reason. */
  readonly heldOnShare: string | null;
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

/** How many times a look reads the metrics when a read fails, and at most how long apart. */
const READ_TRIES = 3;
const RETRY_GAP_MS = 10_000;

/** A look's reading since the weight was set, as its last try read it, and the tries left. */
interface LookEnd {
  readonly look: number;
  readonly end: Date;
  readonly reading: Reading;
  readonly triesLeft: number;
}

/** How a look judges what it read, and which failed read it reads again. */
interface Judge {
  /** The policy's metrics, on the look's reading. */
  readonly metrics: (reading: Reading) => LookJudgement;
  /** A metric the look could not read and reads again for, once the share is checked. */
  readonly rereads: (reading: Reading, checked: ShareCheck) => MetricReading | undefined;
  /**
   * A look beyond the planned ones judges the metrics again on its own interval, once its last
   * try is read: the look's judgement then (`metrics`' own, with what failed there, and what
   * could not be read there judged on its reading since the weight was set).
   */
  readonly again?: (record: StepRecord, at: LookEnd) => Promise<JudgedAgain>;
}

const settingsOf = (plan: RolloutPlan) => ({
  confidence: plan.lookConfidence,
  minSamples: plan.minSamples,
});

/** The judge of a step's planned looks: every metric, any of which a retry may read. */
const fullJudge = (plan: RolloutPlan): Judge => ({
  metrics: (reading) => judgeLook(reading, plan.policy, settingsOf(plan)),
  rereads: (reading) => reading.metrics.find((m) => m.error !== undefined),
});

/**
 * Says in the log what a look could not read (`what`), and waits to read it again: min(10 s, a
 * third of the interval).
 */
async function awaitReread(
  record: StepRecord,
  look: number,
  what: string,
  plan: RolloutPlan,
  parts: RolloutParts,
): Promise<void> {
  const gapMs = Math.min(RETRY_GAP_MS, plan.intervalMs / READ_TRIES);
  parts.watcher.log(
    `canary-deploy: step ${record.step} at ${record.weight}%, look ${look}: ${what}; reading again in ${Math.round(gapMs / 100) / 10}s`,
  );
  await parts.sleep(gapMs, parts.signal);
  parts.signal.throwIfAborted();
}

/**
 * Where a look beyond the planned ones reads the metrics from: the step's last look that read all
 * it judges, the last full look at the earliest, so that the interval of a look that held on
 * what it could not read is judged with the next.
 */
function intervalStart(record: StepRecord, lastFull: number): { look: number; at: Date } {
  for (let look = record.looks.length; look > lastFull; look--) {
    const { metrics, at } = record.looks[look - 1]!;
    if (!metrics.some((m) => m.unread)) return { look, at };
  }
  return { look: lastFull, at: record.looks[lastFull - 1]!.at };
}

/**
 * The metrics over a look's own interval, judged as a planned look judges them, read again for
 * a metric the source could not give while the look has tries left (`triesLeft`, what its
 * reading since the weight was set left of them) and has not failed.
 */
async function intervalJudged(
  record: StepRecord,
  { look, end, triesLeft }: LookEnd,
  start: Date,
  plan: RolloutPlan,
  parts: RolloutParts,
): Promise<LookJudgement> {
  const window = { start, end, step: record.step, weight: record.weight };
  for (let tried = 1; ; tried++) {
    const judged = judgeLook(await parts.source.read(window), plan.policy, settingsOf(plan));
    const unread = judged.verdict === "fail" ? undefined : judged.metrics.find((m) => m.unread);
    if (unread === undefined || tried >= triesLeft) return judged;
    const what = `${unread.metric} could not be read over its interval (${unread.reason})`;
    await awaitReread(record, look, what, plan, parts);
  }
}

/**
 * The judge of a look beyond the step's planned ones, after the step's last full look
 * (`lastFull`, which judged the metrics `judged`). Its reading, since the weight was set, tells
 * whether the canary still serves its share, judged on the counts since the step's last good
 * look (served-share.ts); it reads again only for a rate of requests it could not read, which
 * holds it (checkServedShare) rather than passing it on counts read before. The metrics are read
 * once more over the look's own interval (`intervalStart`), and judged on it at the planned
 * looks' level: those that fail there fail the look, those it cannot read are judged on the
 * reading since the weight was set, and every other keeps its row of the last full look, for the
 * report and the summary (extra-look.ts).
 */
const onShareAlone = (
  judged: LookJudgement,
  lastFull: number,
  plan: RolloutPlan,
  parts: RolloutParts,
): Judge => ({
  metrics: () => judged,
  rereads: (_, checked) => checked.unread ?? undefined,
  again: async (record, at) => {
    const from = intervalStart(record, lastFull);
    const fresh = await intervalJudged(record, at, from.at, plan, parts);
    const onStep = judgeLook(at.reading, plan.policy, settingsOf(plan));
    const seconds = (since: Date) => (at.end.getTime() - since.getTime()) / 1000;
    return judgedAgain(judged, fresh, onStep, {
      look: at.look,
      since: from.look,
      lastFull,
      seconds: seconds(from.at),
      stepSeconds: seconds(record.startedAt),
    });
  },
});

/** One look's reading, its judgement with the canary's share, and when it ended. */
interface LookRead extends ShareCheck {
  readonly end: Date;
  /** The look's judgement of the metrics alone, before the canary's share was judged. */
  readonly byMetrics: LookJudgement;
  /**
   * What a look beyond the planned ones says of the metrics that did not fail on its interval
   * (which passed there, and which had too few samples to judge), for the log.
   */
  readonly again: string | null;
  /** The metrics that look holds on, unread over its interval and not failed since the weight. */
  readonly unreadOver: readonly string[];
}

/**
 * Reads one look and judges it with `judge`, after the step's earlier looks left `memory`. A
 * look that does not fail with a metric the source could not give (a Prometheus restarting, a
 * dropped connection) and the judge reads again for reads again, twice at most, each min(10 s,
 * a third of the interval) after the last try, before it is judged on it: a blip does not cost a
 * whole interval of traffic on a canary nobody watches, and a look does not pass with the
 * requests that would show a dead canary unread. A failed look is not read again: a retry would
 * keep a bad canary serving while it waits. A look beyond the planned ones that has not failed
 * then judges the metrics of its own interval (`judge.again`), with the tries its first read
 * left, and the share judged again on that judgement; one that holds on a rate of requests it
 * could not read does not (the next look's interval starts before it), since its source is down
 * and another read of it would cost one more try, or one more timeout.
 */
async function observe(
  record: StepRecord,
  look: number,
  memory: ShareMemory,
  plan: RolloutPlan,
  parts: RolloutParts,
  judge: Judge,
): Promise<LookRead> {
  const at = { step: record.step, look, weight: record.weight };
  for (let tried = 1; ; tried++) {
    const end = parts.now();
    const window = { start: record.startedAt, end, step: record.step, weight: record.weight };
    const reading = await parts.source.read(window);
    const byMetrics = judge.metrics(reading);
    const checked = checkServedShare(byMetrics, reading, at, memory);
    const failed = judge.rereads(reading, checked);
    if (checked.judged.verdict === "fail" || failed === undefined || tried === READ_TRIES) {
      const done = { end, byMetrics, again: null, unreadOver: [] };
      if (judge.again === undefined || checked.judged.verdict === "fail" || checked.unread !== null)
        return { ...checked, ...done };
      const again = await judge.again(record, {
        look,
        end,
        reading,
        triesLeft: READ_TRIES - tried + 1,
      });
      const rechecked = checkServedShare(again.judged, reading, at, memory);
      return { ...rechecked, ...done, again: again.note, unreadOver: again.unread };
    }
    await awaitReread(
      record,
      look,
      `${failed.name} could not be read (${failed.error})`,
      plan,
      parts,
    );
  }
}

/**
 * Where a step's looks are: the look's number, and the step's last full look once looks on the
 * canary's share alone follow it (null before).
 */
interface LookAt {
  readonly look: number;
  readonly lastFull: number | null;
}

/**
 * How many looks on the share alone may hold on its requests unread after the step's last full
 * look: the holds the full looks left unused, and at least one, so that a blip at the look after
 * a pass does not roll back a canary that passed every planned look.
 */
const unreadHolds = (plan: RolloutPlan, lastFull: number) =>
  Math.max(1, plan.maxHolds - (lastFull - 1));

/**
 * Why the step looks once more, on the canary's share alone, beyond its planned looks; null
 * when it does not. A share held at the last look max-holds allows would otherwise end the
 * rollout inconclusive on a canary that served and stopped. And a canary that dies within the
 * last judged step's passing look, after a tenth of its share, passes it: the traffic moves to
 * 100%, or the rollout ends, once a look has seen the interval after it (`last`, what follows
 * the last judged step; null at any other). A look on the share alone that cannot read the
 * requests holds as an unread look does, while the step has holds for it (`unreadHolds`).
 */
function shareLookWhy(
  read: LookRead,
  { look, lastFull }: LookAt,
  plan: RolloutPlan,
  last: string | null,
) {
  const onShare = lastFull !== null;
  if (read.held !== null && (onShare || look > plan.maxHolds))
    return `look ${look} held on the canary's share${onShare ? "" : ", the last look that max-holds allows"}; one look more, on the share alone, tells a scrape that lagged from a canary that stopped`;
  // The holds spent on the share alone are the looks after the last full one, this one included.
  const left = lastFull === null ? 0 : unreadHolds(plan, lastFull) - (look - lastFull) + 1;
  const unread =
    read.unread !== null
      ? "the canary's requests"
      : read.unreadOver.length > 0
        ? `${read.unreadOver.join(", ")} over its interval`
        : null;
  if (unread !== null && left > 0)
    return `look ${look} could not read ${unread}, so it holds: ${left === 1 ? "one look more" : `up to ${left} looks more`}, on the share alone, before the rollout rolls back for them`;
  const rates = read.memory.rates?.size ?? 0;
  if (read.judged.verdict === "pass" && last !== null && !onShare && rates > 0)
    return `passed at look ${look}; one look more, on the canary's share alone, sees it still serves before ${last}`;
  return null;
}

/** Records the look in the step, and logs its verdict. */
function recordLook(record: StepRecord, look: number, read: LookRead, watcher: RolloutWatcher) {
  const { judged, note, end, again } = read;
  const entry = {
    ...judged,
    at: end,
    windowS: (end.getTime() - record.startedAt.getTime()) / 1000,
    heldOnShare: read.held,
  };
  record.looks.push(entry);
  record.endedAt = end;
  record.verdict = judged.verdict;
  const head = `canary-deploy: step ${record.step} at ${record.weight}%, look ${look}`;
  for (const said of [note, again]) if (said !== null) watcher.log(`${head}: ${said}`);
  watcher.log(
    `${head}: ${judged.verdict}${judged.verdict === "pass" ? "" : ` (${reasonsOf(entry, verdictIs(judged.verdict))})`}`,
  );
}

/** A judged step's end: the rollout's memory after it, and its last look that judged the metrics. */
interface JudgedStep {
  readonly memory: ShareMemory;
  readonly lastFull: number;
}

/**
 * Observes and judges one step until it passes, fails or runs out of holds, from the rollout's
 * `memory` of the canary's share. `last` says what follows the step when it is the last judged
 * one, which a look on the canary's share alone then precedes.
 */
async function judgeStep(
  record: StepRecord,
  plan: RolloutPlan,
  parts: RolloutParts,
  memory: ShareMemory,
  last: string | null,
): Promise<JudgedStep> {
  let stepMemory = stepShareMemory(memory);
  let judge = fullJudge(plan);
  let lastFull: number | null = null;
  for (let look = 1; ; look++) {
    await parts.sleep(plan.intervalMs, parts.signal);
    parts.signal.throwIfAborted();
    const read = await observe(record, look, stepMemory, plan, parts, judge);
    stepMemory = read.memory;
    recordLook(record, look, read, parts.watcher);
    const why = shareLookWhy(read, { look, lastFull }, plan, last);
    if (why !== null) {
      parts.watcher.log(`canary-deploy: step ${record.step} at ${record.weight}%: ${why}`);
      if (lastFull === null) {
        judge = onShareAlone(read.byMetrics, look, plan, parts);
        lastFull = look;
      }
    } else if (read.judged.verdict !== "hold" || look > plan.maxHolds || lastFull !== null)
      return { memory: stepMemory, lastFull: lastFull ?? look };
  }
}

/** The looks on the share alone after the step's last full one, as a reason says them. */
function looksAfter(record: StepRecord, lastFull: number): string {
  const after = record.looks.slice(lastFull);
  const unread = after.filter((l) => l.metrics.some((m) => m.unread)).length;
  if (unread < after.length) return `${unread} of the ${after.length} looks`;
  return after.length === 1 ? "the look" : `the ${after.length} looks`;
}

/**
 * How a step that used up its holds ends the rollout: unreadable metrics roll back. A step
 * whose last full look passed held on looks on the share alone that could not read its
 * requests, or its metrics over their interval, and says so rather than count holds it never
 * had.
 */
function heldOutcome(
  record: StepRecord,
  lastFull: number,
): { outcome: CanaryOutcome; reason: string } {
  const last = record.looks[record.looks.length - 1]!;
  if (record.looks[lastFull - 1]!.verdict === "pass")
    return {
      outcome: "rolled-back",
      reason: `step ${record.step} at ${record.weight}% passed at look ${lastFull}, but ${looksAfter(record, lastFull)} after could not read its metrics: ${reasonsOf(last, (m) => m.unread)}`,
    };
  // Every look held: the first, max-holds more, and any on the share alone after them.
  const held = record.looks.length - 1;
  const holds = `after ${held} hold${held === 1 ? "" : "s"} at ${record.weight}%`;
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

/**
 * The step's looks that held on the canary's share, as its ending recalls them ("; held at look 2
 * for share 0.3% < 5%"): the ending's own reason may name only what its last look saw, and a
 * traffic command that failed, a cancel or a bug none. Nothing for a step with no look yet.
 */
function shareHolds(record: StepRecord | undefined): string {
  if (record === undefined) return "";
  const held = record.looks.flatMap((l, i) =>
    l.heldOnShare === null ? [] : [`look ${i + 1} for share ${l.heldOnShare}`],
  );
  return held.length === 0 ? "" : `; held at ${held.join(", ")}`;
}

/** How a judged step ends the rollout, if it does: at once when it failed, or out of holds. */
function stepEnding(
  record: StepRecord,
  lastFull: number,
): { outcome: CanaryOutcome; reason: string } | null {
  const last = record.looks[record.looks.length - 1]!;
  const ending =
    record.verdict === "fail"
      ? {
          outcome: "rolled-back" as const,
          reason: `step ${record.step} at ${record.weight}% failed: ${reasonsOf(last, verdictIs("fail"))}`,
        }
      : record.verdict === "hold"
        ? heldOutcome(record, lastFull)
        : null;
  return ending && { ...ending, reason: `${ending.reason}${shareHolds(record)}` };
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

/** What follows the step at `index` when it is the last judged one (below 100%); else null. */
function afterLastJudged(plan: RolloutPlan, index: number): string | null {
  if (index !== plan.steps.filter((target) => target < 100).length - 1) return null;
  return plan.steps.includes(100)
    ? "the traffic moves to 100%"
    : `the rollout ends at ${plan.steps[index]}%`;
}

/** A step begun at `now`, not judged yet: it ends where its looks, or the rollout, end it. */
const newStep = (step: number, weight: number, now: Date): StepRecord => ({
  step,
  weight,
  startedAt: now,
  endedAt: now,
  verdict: "not-judged",
  looks: [],
});

/**
 * Runs the rollout to its end. Whatever ends it short of promotion sends the traffic back to
 * the baseline; a failed rollback is said in the reason and leaves the weight where it was.
 */
export async function runRollout(plan: RolloutPlan, parts: RolloutParts): Promise<RolloutResult> {
  const steps: StepRecord[] = [];
  let weight = 0;
  // The weight last asked of the traffic, set or not: a command that failed may have moved it.
  let asked = 0;
  let share = shareMemory(parts.source);
  const end = async (outcome: CanaryOutcome, reason: string): Promise<RolloutResult> => {
    if (outcome === "promoted") return { outcome, reason, finalWeight: weight, steps };
    try {
      await parts.traffic.rollback({ weight: 0, step: 0, variant: plan.variant });
      parts.watcher.log(`canary-deploy: traffic back to the baseline (${outcome}): ${reason}`);
      return { outcome, reason, finalWeight: 0, steps };
    } catch (error) {
      const left = rollbackFailed(weight, asked, error);
      // The most the canary may have: a shift asked and not confirmed may have taken effect.
      const finalWeight = Math.max(weight, asked);
      return { outcome, reason: `${reason}; ${left}`, finalWeight, steps };
    }
  };
  try {
    for (const [i, target] of plan.steps.entries()) {
      const record = newStep(i + 1, target, parts.now());
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
      record.startedAt = record.endedAt = parts.now();
      await parts.watcher.stepStarted(i + 1, target);
      // At 100% the baseline serves nothing to compare with: the earlier steps were the test.
      if (target === 100) {
        record.endedAt = parts.now();
        continue;
      }
      const judged = await judgeStep(record, plan, parts, share, afterLastJudged(plan, i));
      share = judged.memory;
      const ending = stepEnding(record, judged.lastFull);
      if (ending) return await end(ending.outcome, ending.reason);
    }
    const judged = steps.filter((s) => s.looks.length > 0).length;
    return await end(
      "promoted",
      `all ${judged} judged step${judged === 1 ? "" : "s"} passed${weight === 100 ? ", and the canary now serves all traffic" : `, up to ${weight}%`}`,
    );
  } catch (error) {
    // The step under way ends here, whatever its looks had reached.
    const last = steps.at(-1);
    if (last) last.endedAt = parts.now();
    // The traffic could not move, or the step was cancelled: the canary has no verdict.
    if (
      error instanceof TrafficError ||
      error instanceof CancelledError ||
      (error instanceof MlopsError && parts.signal.aborted)
    )
      return await end("rolled-back", `${error.line}${shareHolds(steps.at(-1))}`);
    // A bug must not leave the canary serving: the traffic goes back first.
    await end("rolled-back", `an internal error stopped the rollout${shareHolds(steps.at(-1))}`);
    throw error;
  }
}

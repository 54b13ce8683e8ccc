/**
 * The metrics at a look beyond a step's planned ones, on the canary's share: judged again on
 * the requests of that look's own interval, the only ones no planned look saw, so that a canary
 * that still serves its share but fails it (every request an error, or far slower) after its
 * last full look passed is rolled back, not promoted. Only a failure there counts (decision
 * 0036): a metric that passes or holds keeps the row the step's last full look gave it, and the
 * step ends as its planned looks judged it. A metric the interval's reads could not give is
 * judged on the look's reading since the weight was set, where only a failure counts too; if it
 * does not fail there, the look holds on it as on a rate of requests unread, so that no interval
 * goes unjudged into a promotion.
 */
import {
  reasonsOf,
  summaryText,
  verdictIs,
  type LookJudgement,
  type MetricJudgement,
} from "./judge-look.js";

/**
 * Where the interval lies: the look, the look it runs from, and the step's last full look, with
 * the seconds of the interval and of the look's reading since the weight was set.
 */
export interface ExtraLookAt {
  readonly look: number;
  readonly since: number;
  readonly lastFull: number;
  readonly seconds: number;
  readonly stepSeconds: number;
}

/** The look's judgement, with what the log says of the metrics that did not fail. */
export interface JudgedAgain {
  readonly judged: LookJudgement;
  readonly note: string | null;
  /** The metrics the interval could not give that did not fail since the weight was set. */
  readonly unread: readonly string[];
}

// In whole seconds: the look's interval, and its time since the weight was set.
const over = (at: ExtraLookAt) => `on the ${Math.round(at.seconds)}s since look ${at.since} alone`;
const sinceSet = (at: ExtraLookAt) =>
  `on the ${Math.round(at.stepSeconds)}s since the weight was set`;

/** What each variant gave, as a failed row's reason says it. */
const values = (row: MetricJudgement) =>
  `where the canary gave ${summaryText(row.canary)} and the baseline ${summaryText(row.baseline)}`;

/** A metric that failed on the interval: its reason says where, and what each variant gave. */
const failedRow = (row: MetricJudgement, at: ExtraLookAt): MetricJudgement => ({
  ...row,
  reason: `at look ${at.look}, ${over(at)}, ${values(row)}: ${row.reason}`,
});

/**
 * A metric the interval could not give (`unread`, its row there), on the look's reading since the
 * weight was set (`onStep`, its row there): failed there, or held on as unread.
 */
function unreadRow(
  unread: MetricJudgement,
  onStep: MetricJudgement | undefined,
  at: ExtraLookAt,
): MetricJudgement {
  const where = `at look ${at.look}, could not be read ${over(at)} (${unread.reason})`;
  if (onStep?.verdict === "fail")
    return {
      ...onStep,
      reason: `${where}, so judged ${sinceSet(at)}, ${values(onStep)}: ${onStep.reason}`,
    };
  return {
    ...unread,
    reason: `${where}, and does not fail ${sinceSet(at)}, so the look holds on it as on a metric unread`,
  };
}

/** What the log says of the metrics that neither failed nor went unread on the interval. */
function noteOf(again: LookJudgement, at: ExtraLookAt): string | null {
  const passed = again.metrics.filter(verdictIs("pass")).map((m) => m.metric);
  const thin = (m: MetricJudgement) => m.verdict === "hold" && !m.unread;
  const held = again.metrics.filter(thin);
  const said: string[] = [];
  if (passed.length > 0)
    said.push(`${passed.join(", ")} ${passed.length === 1 ? "passes" : "pass"} ${over(at)}`);
  if (held.length > 0)
    said.push(
      `not judged again ${passed.length > 0 ? "there" : over(at)}, so look ${at.lastFull}'s verdict stands and this look judges the canary's share alone for ${held.length === 1 ? "it" : "them"}: ${reasonsOf(again, thin)}`,
    );
  return said.length > 0 ? said.join("; ") : null;
}

/**
 * The look's judgement: the last full look's rows (`carried`), each metric that fails on the
 * interval (`again`) in its row's place, and each the interval could not give judged on the
 * look's reading since the weight was set (`onStep`). A metric with too few requests or points
 * there for min-samples holds in `again`, as it would at a planned look, and so keeps its row:
 * the look judges the canary's share alone for it, and the note says so.
 */
export function judgedAgain(
  carried: LookJudgement,
  again: LookJudgement,
  onStep: LookJudgement,
  at: ExtraLookAt,
): JudgedAgain {
  const sinceWeight = new Map(onStep.metrics.map((m) => [m.metric, m]));
  const rows = new Map<string, MetricJudgement>();
  for (const m of again.metrics) {
    if (m.verdict === "fail") rows.set(m.metric, failedRow(m, at));
    else if (m.unread) rows.set(m.metric, unreadRow(m, sinceWeight.get(m.metric), at));
  }
  const verdict = [...rows.values()].some(verdictIs("fail"))
    ? "fail"
    : rows.size > 0
      ? "hold"
      : carried.verdict;
  // Both judge every metric the policy gates: each row replaced has its place among the carried.
  const metrics = carried.metrics.map((m) => rows.get(m.metric) ?? m);
  if (verdict === "fail")
    return { judged: { ...carried, verdict, metrics }, note: null, unread: [] };
  return {
    judged: { ...carried, verdict, metrics },
    note: noteOf(again, at),
    unread: [...rows.values()].map((m) => m.metric),
  };
}

/**
 * Judging a first model on its own per-example predictions, without a champion: each metric's
 * absolute bounds (`min`, `max`) on the challenger's own interval, on all examples and in each
 * slice, corrected together as a paired gate's rows are. A rule against the champion has
 * nothing to be held against and is listed, unchecked.
 */
import type { MetricRow } from "../../engine/contracts/eval-report.js";
import type { GatePolicy, MetricRule } from "../../engine/contracts/gate-policy.js";
import { counted } from "../../engine/report/counted.js";
import type { ModelData } from "../../engine/metrics/index.js";
import { shorten } from "../../engine/report/shorten.js";
import { compareValues } from "./eval-report.js";
import { evidenceRow } from "./evidence-row.js";
import { describeRule } from "./judge-aggregate.js";
import {
  classLabelsNote,
  evidenceRows,
  familyNote,
  judgeFamily,
  pointValue,
  resamplesNote,
  positiveClass,
  type PredictionsJudgement,
} from "./judge-predictions.js";

/** A rule, or a slice's override of one, without its comparison with the champion. */
function boundsOf<R extends Partial<MetricRule>>(
  rule: R,
): Omit<R, "max-regression" | "min-improvement"> {
  const { "max-regression": _regression, "min-improvement": _improvement, ...bounds } = rule;
  return bounds;
}

/**
 * The policy a first model is judged by: each rule's bounds (a slice's own among them), and the
 * metrics whose rule has none, which only a champion could judge.
 */
function boundsOnly(policy: GatePolicy): { bounded: GatePolicy; unchecked: string[] } {
  const bounded = (rule: MetricRule) => rule.min !== undefined || rule.max !== undefined;
  const entries = Object.entries(policy.metrics);
  // Defined as own properties, whatever a policy names its metrics.
  const metrics = Object.fromEntries(
    entries.filter(([, rule]) => bounded(rule)).map(([name, rule]) => [name, boundsOf(rule)]),
  );
  const unchecked = entries.filter(([, rule]) => !bounded(rule)).map(([name]) => name);
  const overrides = Object.fromEntries(
    Object.entries(policy.slices?.overrides ?? {}).map(([slice, rules]) => [
      slice,
      Object.fromEntries(Object.entries(rules).map(([name, rule]) => [name, boundsOf(rule)])),
    ]),
  );
  const slices = policy.slices && { ...policy.slices, overrides };
  return { bounded: { ...policy, metrics, ...(slices && { slices }) }, unchecked };
}

/** A metric only a champion could judge: its value, and why it is not gated. */
function uncheckedRow(name: string, rule: MetricRule, data: ModelData): MetricRow {
  return {
    metric: name,
    slice: null,
    gated: true,
    direction: rule.direction,
    ...compareValues(null, pointValue(name, data)),
    rule: describeRule(rule),
    checks: [],
    status: "info",
    reason: "no rule applied: its rule is against the champion, and a first model has none",
  };
}

/**
 * Why a first model's gate judged nothing, which leaves it inconclusive with no row to name as
 * such: a gate cannot pass a model it never checked, and a script reading the empty
 * inconclusive-metrics needs the cause and the way out.
 */
function nothingJudged(boundedMetrics: number): string {
  return boundedMetrics === 0
    ? "No rule could be evaluated: every rule in the policy compares with a champion (none has a min or a max), and a first model has none, so the verdict is inconclusive with no row to list as such: the gate cannot pass a model it never checked. Give the metrics it must reach a min or a max, or give a champion."
    : `No rule could be evaluated: none of the ${counted(boundedMetrics, "metric")} with a min or a max could be judged on these predictions (see their rows), so the gate cannot pass this model.`;
}

/**
 * Judges a first model's predictions under the policy's absolute bounds; `shown` names its file
 * in the notes as errors name it.
 */
export function judgeFirstModel(
  policy: GatePolicy,
  data: ModelData,
  shown: (path: string) => string,
): PredictionsJudgement {
  const { bounded, unchecked } = boundsOnly(policy);
  // The model stands on both sides: its own interval is what a bound is held against.
  const {
    family,
    skipped,
    notes: read,
  } = evidenceRows(bounded, { champion: data, challenger: data }, shown);
  const judgement = judgeFamily(bounded, family);
  const rows = [
    ...judgement.rows.map((row, i) => ({
      ...evidenceRow(row, family[i]!, family[i]!.rule, judgement.confidence),
      ...compareValues(null, row.challenger),
    })),
    ...skipped,
    ...unchecked.map((name) => uncheckedRow(name, policy.metrics[name]!, data)),
  ];
  const positive = positiveClass(data);
  const notes = [
    `No champion was given (a first model), so only absolute bounds were judged, on the challenger's own intervals${unchecked.length ? `; ${counted(unchecked.length, "rule")} against the champion ${unchecked.length === 1 ? "was" : "were"} not checked` : ""}.`,
    ...classLabelsNote(policy, data),
    ...(family.length === 0
      ? [nothingJudged(Object.keys(bounded.metrics).length)]
      : [familyNote(judgement), ...read, ...resamplesNote(bounded, family, judgement)]),
    ...(positive === undefined ? [] : [`The positive class is '${shorten(positive)}'.`]),
  ];
  return { verdict: judgement.verdict, rows, notes };
}

import type {
  AggregateJudgement,
  MetricRow,
  RuleCheck,
} from "../../engine/contracts/eval-report.js";
import type { GatePolicy, MetricRule } from "../../engine/contracts/gate-policy.js";
import type { Metrics } from "../../engine/metrics/read-metrics.js";
import { counted } from "../../engine/report/counted.js";
import { formatNumber } from "../../engine/report/format-number.js";
import { compareValues } from "./eval-report.js";
import { roundingSlack } from "./rounding-slack.js";
import { parseShare } from "../../engine/contracts/parse-share.js";
import { verdictOfRows } from "../../engine/contracts/eval-verdict.js";

export function describeRule(rule: MetricRule): string {
  const parts = [`${rule.direction} is better`];
  if (rule.min !== undefined) parts.push(`≥ ${formatNumber(rule.min)}`);
  if (rule.max !== undefined) parts.push(`≤ ${formatNumber(rule.max)}`);
  const allowed = rule["max-regression"];
  if (allowed !== undefined)
    parts.push(`regression ≤ ${typeof allowed === "number" ? formatNumber(allowed) : allowed}`);
  const wanted = rule["min-improvement"];
  if (wanted !== undefined)
    parts.push(`improvement ≥ ${typeof wanted === "number" ? formatNumber(wanted) : wanted}`);
  if (rule.required === false) parts.push("optional");
  return parts.join("; ");
}

/** A rule's margin (an amount, or a percentage of the champion's value) in the metric's units. */
function allowedRegression(allowed: number | string, champion: number): number {
  return typeof allowed === "number" ? allowed : parseShare(allowed) * Math.abs(champion);
}

/** Both values of a metric in the two files, and their difference. */
const compared = (name: string, challenger: Metrics, champion: Metrics | undefined) =>
  compareValues(champion?.values.get(name) ?? null, challenger.values.get(name) ?? null);

/** What a rule's checks found: each check, and the failures in words. */
interface Findings {
  readonly checks: RuleCheck[];
  readonly failures: string[];
}

/** The absolute bounds, `min` and `max`, on the challenger's value. */
function checkBounds(rule: MetricRule, ch: number, found: Findings): void {
  if (rule.min !== undefined) {
    const passed = ch >= rule.min - roundingSlack(ch, rule.min);
    found.checks.push({ rule: "min", limit: rule.min, passed });
    if (!passed)
      found.failures.push(`${formatNumber(ch)} is below the minimum ${formatNumber(rule.min)}`);
  }
  if (rule.max !== undefined) {
    const passed = ch <= rule.max + roundingSlack(ch, rule.max);
    found.checks.push({ rule: "max", limit: rule.max, passed });
    if (!passed)
      found.failures.push(`${formatNumber(ch)} is above the maximum ${formatNumber(rule.max)}`);
  }
}

/** `max-regression`: how far the challenger may fall behind the champion's value `cv`. */
function checkRegression(rule: MetricRule, ch: number, cv: number, found: Findings): void {
  const allowed = rule["max-regression"];
  if (allowed === undefined) return;
  const regression = rule.direction === "higher" ? cv - ch : ch - cv;
  const limit = allowedRegression(allowed, cv);
  // A regression that equals its allowance must pass, whatever the last bits of either say.
  const passed = regression <= limit + roundingSlack(cv, ch, limit);
  // The limit is stated as the worst value the challenger may have.
  found.checks.push({
    rule: "max-regression",
    limit: rule.direction === "higher" ? cv - limit : cv + limit,
    passed,
  });
  if (passed) return;
  const share = cv !== 0 ? ` (${Number(((regression / Math.abs(cv)) * 100).toPrecision(3))}%)` : "";
  const allowance =
    typeof allowed === "number" ? formatNumber(allowed) : `${allowed} (${formatNumber(limit)})`;
  found.failures.push(
    `regressed by ${formatNumber(regression)}${share}, more than the allowed ${allowance}`,
  );
}

/** `min-improvement`: how far the challenger must move ahead of the champion's value `cv`. */
function checkImprovement(rule: MetricRule, ch: number, cv: number, found: Findings): void {
  const wanted = rule["min-improvement"];
  if (wanted === undefined) return;
  const improvement = rule.direction === "higher" ? ch - cv : cv - ch;
  const limit = allowedRegression(wanted, cv);
  const passed = improvement >= limit - roundingSlack(cv, ch, limit);
  found.checks.push({
    rule: "min-improvement",
    limit: rule.direction === "higher" ? cv + limit : cv - limit,
    passed,
  });
  if (passed) return;
  const required =
    typeof wanted === "number" ? formatNumber(wanted) : `${wanted} (${formatNumber(limit)})`;
  found.failures.push(
    `improved by ${formatNumber(improvement)}, less than the required ${required}`,
  );
}

/** Why a metric the challenger lacks (or gives as text) has no value to judge. */
function missingReason(name: string, challenger: Metrics): string {
  const odd = challenger.nonNumeric.get(name);
  return odd !== undefined
    ? `is '${odd}' in the challenger's metrics, not a number`
    : `is missing from the challenger's metrics (${challenger.file})`;
}

function judgeMetric(
  name: string,
  rule: MetricRule,
  challenger: Metrics,
  champion: Metrics | undefined,
): MetricRow {
  const values = compared(name, challenger, champion);
  const { challenger: ch, champion: cv } = values;
  const row = {
    metric: name,
    slice: null,
    gated: true,
    direction: rule.direction,
    ...values,
    rule: describeRule(rule),
  };
  const required = rule.required !== false;
  if (ch === null) {
    const why = missingReason(name, challenger);
    return required
      ? { ...row, checks: [], status: "fail", reason: why }
      : { ...row, checks: [], status: "skipped", reason: `${why}; not required` };
  }
  const found: Findings = { checks: [], failures: [] };
  checkBounds(rule, ch, found);
  const margin = rule["max-regression"] !== undefined ? "max-regression" : "min-improvement";
  if (rule[margin] !== undefined && champion) {
    if (cv !== null) {
      checkRegression(rule, ch, cv, found);
      checkImprovement(rule, ch, cv, found);
    } else if (required)
      found.failures.push(
        `is missing from the champion's metrics (${champion.file}), so ${margin} cannot be checked`,
      );
  }
  const { checks, failures } = found;
  if (failures.length > 0) return { ...row, checks, status: "fail", reason: failures.join("; ") };
  if (checks.length === 0) return { ...row, checks, status: "info", reason: "no rule applied" };
  return { ...row, checks, status: "pass", reason: null };
}

const ungatedRow = (name: string, challenger: Metrics, champion: Metrics | undefined) => ({
  metric: name,
  gated: false as const,
  champion: champion?.values.get(name) ?? null,
  challenger: challenger.values.get(name) ?? null,
});

/**
 * Judges a challenger's aggregate metrics against the champion's under a policy. Every metric
 * the policy names gets a row with the reason for its status; metrics in the files that the
 * policy does not name are listed, ungated. Without a champion only absolute bounds apply.
 */
export function judgeAggregate(
  policy: GatePolicy,
  challenger: Metrics,
  champion: Metrics | undefined,
): AggregateJudgement {
  const gated = Object.entries(policy.metrics).map(([name, rule]) =>
    judgeMetric(name, rule, challenger, champion),
  );
  const names = new Set([...challenger.values.keys(), ...(champion?.values.keys() ?? [])]);
  const ungated = [...names]
    .filter((name) => !(name in policy.metrics))
    .sort()
    .map((name) => ungatedRow(name, challenger, champion));
  const notes: string[] = [];
  if (!champion) {
    const skipped = Object.values(policy.metrics).filter(
      (rule) => rule["max-regression"] !== undefined || rule["min-improvement"] !== undefined,
    ).length;
    notes.push(
      `No champion was given (a first model), so only absolute bounds were applied${skipped ? `; ${counted(skipped, "rule")} against the champion ${skipped === 1 ? "was" : "were"} not checked` : ""}.`,
    );
  }
  const evaluated = gated.some((row) => row.status === "pass" || row.status === "fail");
  if (!evaluated) {
    notes.push(
      "No rule could be evaluated (every gated metric was missing, optional, or needed a champion), so the gate cannot pass this model.",
    );
  }
  return { verdict: verdictOfRows("aggregate", gated), rows: [...gated, ...ungated], notes };
}

import type {
  AggregateJudgement,
  MetricRow,
  RuleCheck,
} from "../../engine/contracts/eval-report.js";
import type { GatePolicy, MetricRule } from "../../engine/contracts/gate-policy.js";
import type { Metrics } from "../../engine/metrics/read-metrics.js";
import { formatNumber } from "../../engine/report/format-number.js";
import { compareValues } from "./eval-report.js";

// Values computed by different code paths differ in the last bits; a regression that equals
// its allowance exactly must pass.
const slack = (scale: number) => 1e-12 * Math.max(1, Math.abs(scale));

export function describeRule(rule: MetricRule): string {
  const parts = [`${rule.direction} is better`];
  if (rule.min !== undefined) parts.push(`≥ ${formatNumber(rule.min)}`);
  if (rule.max !== undefined) parts.push(`≤ ${formatNumber(rule.max)}`);
  const allowed = rule["max-regression"];
  if (allowed !== undefined)
    parts.push(`regression ≤ ${typeof allowed === "number" ? formatNumber(allowed) : allowed}`);
  if (rule.required === false) parts.push("optional");
  return parts.join("; ");
}

/** The largest regression a rule tolerates from this champion value. */
function allowedRegression(allowed: number | string, champion: number): number {
  return typeof allowed === "number"
    ? allowed
    : (Number.parseFloat(allowed) / 100) * Math.abs(champion);
}

/** Both values of a metric in the two files, and their difference. */
const compared = (name: string, challenger: Metrics, champion: Metrics | undefined) =>
  compareValues(champion?.values.get(name) ?? null, challenger.values.get(name) ?? null);

function judgeMetric(
  name: string,
  rule: MetricRule,
  challenger: Metrics,
  champion: Metrics | undefined,
): MetricRow {
  const values = compared(name, challenger, champion);
  const { challenger: ch, champion: cv } = values;
  const base = {
    metric: name,
    slice: null,
    gated: true,
    direction: rule.direction,
    ...values,
    rule: describeRule(rule),
  };
  const required = rule.required !== false;
  if (ch === null) {
    const odd = challenger.nonNumeric.get(name);
    const why =
      odd !== undefined
        ? `is '${odd}' in the challenger's metrics, not a number`
        : `is missing from the challenger's metrics (${challenger.file})`;
    return {
      ...base,
      checks: [],
      status: required ? "fail" : "skipped",
      reason: required ? why : `${why}; not required`,
    };
  }
  const checks: RuleCheck[] = [];
  const failures: string[] = [];
  if (rule.min !== undefined) {
    const passed = ch >= rule.min - slack(rule.min);
    checks.push({ rule: "min", limit: rule.min, passed });
    if (!passed)
      failures.push(`${formatNumber(ch)} is below the minimum ${formatNumber(rule.min)}`);
  }
  if (rule.max !== undefined) {
    const passed = ch <= rule.max + slack(rule.max);
    checks.push({ rule: "max", limit: rule.max, passed });
    if (!passed)
      failures.push(`${formatNumber(ch)} is above the maximum ${formatNumber(rule.max)}`);
  }
  const allowed = rule["max-regression"];
  if (allowed !== undefined && champion) {
    if (cv === null) {
      if (required)
        failures.push(
          `is missing from the champion's metrics (${champion.file}), so max-regression cannot be checked`,
        );
    } else {
      const regression = rule.direction === "higher" ? cv - ch : ch - cv;
      const limit = allowedRegression(allowed, cv);
      const passed = regression <= limit + slack(cv);
      // The limit is stated as the worst value the challenger may have.
      checks.push({
        rule: "max-regression",
        limit: rule.direction === "higher" ? cv - limit : cv + limit,
        passed,
      });
      if (!passed) {
        const share =
          cv !== 0 ? ` (${Number(((regression / Math.abs(cv)) * 100).toPrecision(3))}%)` : "";
        failures.push(
          `regressed by ${formatNumber(regression)}${share}, more than the allowed ${typeof allowed === "number" ? formatNumber(allowed) : `${allowed} (${formatNumber(limit)})`}`,
        );
      }
    }
  }
  if (failures.length > 0) return { ...base, checks, status: "fail", reason: failures.join("; ") };
  if (checks.length === 0) return { ...base, checks, status: "info", reason: "no rule applied" };
  return { ...base, checks, status: "pass", reason: null };
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
      (rule) => rule["max-regression"] !== undefined,
    ).length;
    notes.push(
      `No champion was given (a first model), so only absolute bounds were applied${skipped ? `; ${skipped} max-regression rule${skipped === 1 ? " was" : "s were"} not checked` : ""}.`,
    );
  }
  const evaluated = gated.some((row) => row.status === "pass" || row.status === "fail");
  if (!evaluated) {
    notes.push(
      "No rule could be evaluated (every gated metric was missing, optional, or needed a champion), so the gate cannot pass this model.",
    );
  }
  const verdict = gated.some((row) => row.status === "fail")
    ? "fail"
    : evaluated
      ? "pass"
      : "inconclusive";
  return { verdict, rows: [...gated, ...ungated], notes };
}

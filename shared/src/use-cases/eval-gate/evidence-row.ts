/** A row of the eval report from a judged row of the evidence family. */
import type { MetricRow, RuleCheck } from "../../engine/contracts/eval-report.js";
import type { EvidenceMethod, MetricRule } from "../../engine/contracts/gate-policy.js";
import type { CheckVerdict, EvidenceRow, RowVerdict } from "../../engine/evidence/index.js";
import { marginLimit } from "./margin-limit.js";
import { compareValues } from "./eval-report.js";
import { describeRule } from "./judge-aggregate.js";

/** The limit each check held the challenger's value to, in the metric's units. */
function ruleChecks(row: RowVerdict, family: EvidenceRow): RuleCheck[] {
  return row.checks.map((check: CheckVerdict) => {
    const passed = check.verdict === "pass";
    if (check.check !== "comparison") {
      return { rule: check.check, limit: family.bounds![check.check]!, passed };
    }
    const { test, margin } = family.comparison!;
    return {
      rule: test === "superiority" ? "min-improvement" : "max-regression",
      limit: marginLimit(family.direction, test, margin, row.champion ?? 0),
      passed,
    };
  });
}

export function evidenceRow(
  row: RowVerdict,
  family: EvidenceRow & { readonly resamples?: number },
  rule: MetricRule,
  confidence: number,
): MetricRow {
  // The comparison's interval is the delta's; without one, the first bound's (the value's).
  const shown = row.checks.find((c) => c.check === "comparison") ?? row.checks[0];
  return {
    metric: row.metric,
    slice: row.slice,
    gated: true,
    direction: family.direction,
    ...compareValues(row.champion, row.challenger),
    rule: describeRule(rule),
    checks: ruleChecks(row, family),
    status: row.verdict,
    reason: row.reason,
    evidence: {
      // eval-gate's rows come from paired evidence only (metric-evidence.ts).
      method: row.method as EvidenceMethod,
      n: row.examples,
      ...(family.resamples !== undefined && { resamples: family.resamples }),
      ...(row.support && { support: { count: row.support.count, of: row.support.plural } }),
      confidence: shown?.level ?? confidence,
      // A row without checks (too few examples) is of what its rule would have judged.
      interval_of: (shown ? shown.check !== "comparison" : !family.comparison)
        ? "challenger"
        : "delta",
      interval:
        shown && Number.isFinite(shown.lower) && Number.isFinite(shown.upper)
          ? { lower: shown.lower, upper: shown.upper }
          : null,
      p_value: shown?.pValue ?? null,
      p_adjusted: shown?.adjustedPValue ?? null,
      ...(shown?.pValueAtFloor ? { p_at_floor: true } : {}),
      mde: shown?.detectableEffect ?? null,
      examples_needed: shown?.examplesNeeded ?? null,
    },
  };
}

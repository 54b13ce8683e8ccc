/** A row of the eval report from a judged row of the evidence family. */
import type { MetricRow, RowEvidence, RuleCheck } from "../../engine/contracts/eval-report.js";
import type { MetricRule } from "../../engine/contracts/gate-policy.js";
import type { CheckVerdict, EvidenceRow, RowVerdict } from "../../engine/evidence/index.js";
import { marginLimit } from "./margin-limit.js";
import { compareValues } from "./eval-report.js";
import { describeRule } from "./judge-aggregate.js";

/** The limit each check held the challenger's value to, in the metric's units. */
function ruleChecks(row: RowVerdict, family: EvidenceRow): RuleCheck[] {
  return row.checks.map((check: CheckVerdict) => {
    const outcome = { passed: check.verdict === "pass", status: check.verdict };
    if (check.check !== "comparison") {
      return { rule: check.check, limit: family.bounds![check.check]!, ...outcome };
    }
    const { test, margin } = family.comparison!;
    return {
      rule: test === "superiority" ? "min-improvement" : "max-regression",
      limit: marginLimit(family.direction, test, margin, row.champion ?? 0),
      ...outcome,
    };
  });
}

/**
 * The method of the interval shown: a proportion's own value (bounds alone) is Wilson's score
 * interval, not McNemar's paired test, which only its comparison with a champion uses.
 */
function shownMethod(row: RowVerdict, ofChallenger: boolean): RowEvidence["method"] {
  // eval-gate's rows come from paired evidence only (metric-evidence.ts).
  const method = row.method as Exclude<RowEvidence["method"], "wilson">;
  return method === "mcnemar" && ofChallenger ? "wilson" : method;
}

export function evidenceRow(
  row: RowVerdict,
  family: EvidenceRow & { readonly resamples?: number },
  rule: MetricRule,
  confidence: number,
): MetricRow {
  // The comparison's interval is the delta's; without one, the first bound's (the value's).
  const shown = row.checks.find((c) => c.check === "comparison") ?? row.checks[0];
  // A row without checks (too few examples) is of what its rule would have judged.
  const ofChallenger = shown ? shown.check !== "comparison" : !family.comparison;
  const redrawn = "redrawn" in family.evidence ? family.evidence.redrawn : undefined;
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
      method: shownMethod(row, ofChallenger),
      n: row.examples,
      ...(family.resamples !== undefined && { resamples: family.resamples }),
      ...(redrawn !== undefined && { resamples_redrawn: redrawn }),
      ...(row.support && { support: { count: row.support.count, of: row.support.plural } }),
      confidence: shown?.level ?? confidence,
      interval_of: ofChallenger ? "challenger" : "delta",
      interval:
        shown && Number.isFinite(shown.lower) && Number.isFinite(shown.upper)
          ? { lower: shown.lower, upper: shown.upper }
          : null,
      p_value: shown?.pValue ?? null,
      p_adjusted: shown?.adjustedPValue ?? null,
      ...(shown?.pValueAtFloor ? { p_at_floor: true } : {}),
      ...(shown?.normalApproximation ? { normal_approximation: true } : {}),
      mde: shown?.detectableEffect ?? null,
      examples_needed: shown?.examplesNeeded ?? null,
    },
  };
}

/**
 * One look at a step: each metric of the policy, canary against baseline, judged on the interval
 * of their difference (engine/evidence): Hodges-Lehmann's shift for samples, Agresti-Caffo's
 * difference for rates, corrected together across the metrics.
 */
import type { GatePolicy, MetricRule } from "../../engine/contracts/gate-policy.js";
import {
  boundsOf,
  comparisonOf,
  judgeEvidence,
  proportionDifferenceEvidence,
  rankShiftEvidence,
  type ComparisonEvidence,
  type EvidenceRow,
  type Roles,
  type RowVerdict,
} from "../../engine/evidence/index.js";
import { columnQuantile } from "../../engine/metrics/distribution-metrics.js";
import { counted } from "../../engine/report/counted.js";
import { formatNumber } from "../../engine/report/format-number.js";
import { groupDigits } from "../../engine/report/group-digits.js";
import { sortedMedian } from "../../engine/stats/sorted-median.js";
import type { Agreement, MetricReading, Observed, Reading } from "./metric-reading.js";

export type StepVerdict = "pass" | "fail" | "hold";

/** What one variant showed, in a few numbers for the report. */
export type VariantSummary =
  | { readonly n: number; readonly median: number; readonly p95: number }
  | { readonly failures: number; readonly total: number; readonly rate: number };

export interface MetricJudgement {
  readonly metric: string;
  readonly verdict: StepVerdict;
  readonly reason: string;
  readonly baseline: VariantSummary | null;
  readonly canary: VariantSummary | null;
  /** canary - baseline (the Hodges-Lehmann shift, or the difference of rates). */
  readonly delta: number | null;
  readonly interval: { readonly lower: number; readonly upper: number } | null;
  /** The level the interval was tested at, after the correction. */
  readonly level: number | null;
  readonly method: "mann-whitney" | "two-proportion" | null;
  /** Whether the source failed to give it (rather than giving too little). */
  readonly unread: boolean;
}

export interface LookJudgement {
  readonly verdict: StepVerdict;
  readonly metrics: readonly MetricJudgement[];
  readonly agreement: (Agreement & { readonly rate: number }) | null;
}

export interface LookSettings {
  /** The confidence of this look's intervals: the policy's, spread over all planned looks. */
  readonly confidence: number;
  readonly minSamples: number;
}

/** What one variant showed, for the report; null when it showed nothing. */
export function summary(observed: Observed): VariantSummary | null {
  if (observed === null) return null;
  if (observed.kind === "proportion") {
    const { failures, total } = observed;
    return { failures, total, rate: failures / total };
  }
  const sorted = Float64Array.from(observed.values).sort();
  return {
    n: sorted.length,
    median: sortedMedian(sorted),
    // eval-gate's latency_ms_p95 (numpy's linear quantile), so that a p95 means one thing; the
    // values are sorted already, so their order is their index.
    p95: columnQuantile(sorted, 0.95, undefined, Uint32Array.from(sorted.keys())),
  };
}

/** A count as short as a table cell takes it: its digits while exact, else `1.8e308`. */
const shortCount = (count: number): string =>
  Number.isSafeInteger(count) ? String(count) : groupDigits(count);

/** What one variant showed, in words: `100% (50/50)`, or `median 12.1, p95 13.4 (n=20)`. */
export function summaryText(summary: VariantSummary | null): string {
  if (summary === null) return "no data";
  if ("rate" in summary)
    return `${formatNumber(summary.rate * 100)}% (${shortCount(summary.failures)}/${shortCount(summary.total)})`;
  return `median ${formatNumber(summary.median)}, p95 ${formatNumber(summary.p95)} (n=${summary.n})`;
}

/** The reasons of the metrics `keep` picks, one per distinct reason (Prometheus down is one). */
export function reasonsOf(
  look: { readonly metrics: readonly MetricJudgement[] },
  keep: (metric: MetricJudgement) => boolean,
): string {
  const byReason = new Map<string, string[]>();
  for (const m of look.metrics.filter(keep))
    byReason.set(m.reason, [...(byReason.get(m.reason) ?? []), m.metric]);
  return [...byReason].map(([reason, names]) => `${names.join(", ")}: ${reason}`).join("; ");
}

export const verdictIs = (verdict: StepVerdict) => (metric: MetricJudgement) =>
  metric.verdict === verdict;

/** The variants' names in the reasons, and what one of a metric's examples is. */
const rolesOf = (example: "point" | "request"): Roles => ({
  challenger: "canary",
  champion: "baseline",
  example,
});

/** The evidence of one reading, or why there is none yet. */
function evidenceOf(reading: MetricReading): ComparisonEvidence | string {
  if (reading.error !== undefined) return reading.error;
  const { baseline, canary } = reading;
  const kinds = [baseline?.kind, canary?.kind].filter((k) => k !== undefined);
  if (kinds.length === 2 && kinds[0] !== kinds[1])
    return `the baseline gave ${kinds[0]} and the canary ${kinds[1]}; both must give the same kind`;
  if (baseline === null || canary === null) {
    const silent = [baseline === null && "the baseline", canary === null && "the canary"];
    return `no data from ${silent.filter(Boolean).join(" or ")} yet`;
  }
  return baseline.kind === "samples"
    ? rankShiftEvidence(baseline.values, (canary as typeof baseline).values, rolesOf("point"))
    : proportionDifferenceEvidence(baseline, canary as typeof baseline, rolesOf("request"));
}

function heldRow(reading: MetricReading | undefined, name: string, why: string): MetricJudgement {
  return {
    metric: name,
    verdict: "hold",
    reason: why,
    baseline: reading ? summary(reading.baseline) : null,
    canary: reading ? summary(reading.canary) : null,
    delta: null,
    interval: null,
    level: null,
    method: null,
    unread: reading?.error !== undefined,
  };
}

/**
 * What a margin relative to a baseline of 0 comes to, said where it decided the verdict: a share
 * of 0 is 0, and a reason that speaks of the margin never says so.
 */
function zeroMarginNote(judged: JudgedRow, row: RowVerdict): string {
  const margin = judged.comparison?.margin;
  if (margin === undefined || !("relative" in margin) || row.champion !== 0) return "";
  if (row.verdict === "pass") return "";
  const rule = judged.comparison!.test === "superiority" ? "min-improvement" : "max-regression";
  const share = `${Number((margin.relative * 100).toPrecision(6))}%`;
  return `; the margin, ${rule} ${share} of the baseline's value, is 0 because the baseline's ${row.metric} is 0: give ${row.metric} an absolute ${rule} (a number, such as 0.01) for a metric whose baseline may be 0`;
}

function judgedRow(judged: JudgedRow, row: RowVerdict): MetricJudgement {
  const { reading } = judged;
  // The comparison's interval when there is one, else the first bound's.
  const shown = row.checks.find((c) => c.check === "comparison") ?? row.checks[0];
  return {
    metric: row.metric,
    verdict: row.verdict === "inconclusive" ? "hold" : row.verdict,
    reason: row.reason + zeroMarginNote(judged, row),
    baseline: summary(reading.baseline),
    canary: summary(reading.canary),
    delta: row.delta,
    interval:
      shown && Number.isFinite(shown.lower) && Number.isFinite(shown.upper)
        ? { lower: shown.lower, upper: shown.upper }
        : null,
    level: shown?.level ?? null,
    method: row.method as MetricJudgement["method"],
    unread: false,
  };
}

/** Whether a rule judges its metric: a metric without one is eval-gate's to show, not the canary's. */
export const isGated = (rule: MetricRule): boolean =>
  comparisonOf(rule) !== undefined || boundsOf(rule) !== undefined;

/** How many examples a variant gave: a time series' points, or a rate's requests. */
const sizeOf = (observed: Observed): number =>
  observed === null ? 0 : observed.kind === "samples" ? observed.values.length : observed.total;

/** Which variant gave fewer examples than min-samples, and how many: each one that did. */
function tooFew(metric: MetricReading, roles: Roles, minSamples: number): string {
  const short = (["baseline", "canary"] as const)
    .filter((variant) => sizeOf(metric[variant]) < minSamples)
    .map((variant) => `${counted(sizeOf(metric[variant]), roles.example)} from the ${variant}`);
  return `only ${short.join(" and ")}, fewer than the ${groupDigits(minSamples)} min-samples`;
}

/** A gated metric's row for the evidence, with the reading it came from. */
type JudgedRow = EvidenceRow & { readonly reading: MetricReading };

/** A gated metric's row for the family, or the reason it holds before any test. */
function rowOf(
  name: string,
  rule: MetricRule,
  metric: MetricReading | undefined,
  minSamples: number,
): JudgedRow | MetricJudgement {
  const evidence = metric ? evidenceOf(metric) : "the source does not give it";
  if (typeof evidence === "string") return heldRow(metric, name, evidence);
  if (evidence.insufficient !== undefined) return heldRow(metric, name, evidence.insufficient);
  const roles = rolesOf(evidence.method === "two-proportion" ? "request" : "point");
  if (evidence.examples < minSamples)
    return heldRow(metric, name, tooFew(metric!, roles, minSamples));
  return {
    metric: name,
    direction: rule.direction,
    comparison: comparisonOf(rule),
    bounds: boundsOf(rule),
    evidence,
    scale: evidence.method === "two-proportion" ? "points" : "value",
    roles,
    reading: metric!,
  };
}

/**
 * Judges one look: a metric fails when its interval lies beyond the policy's margin or bound,
 * passes when it clears it, and holds otherwise, as it does when the source could not read it
 * or either variant has fewer than min-samples. The look fails if any metric fails, passes
 * only if all pass, and else holds.
 */
export function judgeLook(
  reading: Reading,
  policy: GatePolicy,
  settings: LookSettings,
): LookJudgement {
  const byName = new Map(reading.metrics.map((m) => [m.name, m]));
  const held: MetricJudgement[] = [];
  const rows: JudgedRow[] = [];
  for (const [name, rule] of Object.entries(policy.metrics) as [string, MetricRule][]) {
    if (!isGated(rule)) continue;
    const row = rowOf(name, rule, byName.get(name), settings.minSamples);
    if ("evidence" in row) rows.push(row);
    else held.push(row);
  }
  const judged = rows.length
    ? judgeEvidence(rows, {
        confidence: settings.confidence,
        correction: policy.correction ?? "holm",
        minSamples: 0,
      }).rows.map((row, i) => judgedRow(rows[i]!, row))
    : [];
  const metrics = [...judged, ...held].sort(
    (a, b) =>
      Object.keys(policy.metrics).indexOf(a.metric) - Object.keys(policy.metrics).indexOf(b.metric),
  );
  const verdicts = metrics.map((m) => m.verdict);
  const { agreement } = reading;
  return {
    verdict: verdicts.includes("fail")
      ? "fail"
      : verdicts.every((v) => v === "pass")
        ? "pass"
        : "hold",
    metrics,
    agreement:
      agreement && agreement.compared > 0
        ? { ...agreement, rate: agreement.agreed / agreement.compared }
        : null,
  };
}

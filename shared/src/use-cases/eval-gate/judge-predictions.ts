/**
 * Judging a challenger on per-example predictions paired with the champion's: every gated metric,
 * on all examples and in each slice, becomes one row of a family whose verdicts come from the
 * intervals of the deltas, corrected together (engine/evidence, decision 0008).
 */
import type { MetricRow, PairingCounts } from "../../engine/contracts/eval-report.js";
import type { GatePolicy, MetricRule } from "../../engine/contracts/gate-policy.js";
import { judgeEvidence, type EvidenceRow } from "../../engine/evidence/index.js";
import { counted } from "../../engine/report/counted.js";
import {
  MetricError,
  prepareMetric,
  type ModelData,
  type PairedPredictions,
} from "../../engine/metrics/index.js";
import { autoMethod, metricEvidence, type MetricPair } from "./metric-evidence.js";
import { evidenceRow } from "./evidence-row.js";
import { describeRule } from "./judge-aggregate.js";
import { pairingRow } from "./pairing-row.js";
import { comparisonOf } from "../../engine/evidence/rule-comparison.js";

/** A slice: the examples with one value of one column. */
interface Slice {
  readonly name: string;
  readonly rows: Uint32Array;
}

/** Each value of each slice column the policy names, with its examples (counted, then filled). */
function slicesOf(data: ModelData, policy: GatePolicy): Slice[] {
  const slices: Slice[] = [];
  for (const column of policy.slices?.by ?? []) {
    const category = data.slices.get(column);
    if (!category) continue;
    // Indexed loops: a million examples iterated or called back make as many objects.
    const { codes } = category;
    const sizes = new Uint32Array(category.names.length);
    for (let i = 0; i < codes.length; i++) if (codes[i]! >= 0) sizes[codes[i]!]!++;
    const members = Array.from(sizes, (size) => new Uint32Array(size));
    const filled = new Uint32Array(category.names.length);
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i]!;
      if (code >= 0) members[code]![filled[code]!++] = i;
    }
    category.names.forEach((value, code) => {
      // A value held only by unpaired rows is no slice of the pairs.
      if (members[code]!.length > 0)
        slices.push({ name: `${column}=${value}`, rows: members[code]! });
    });
  }
  return slices;
}

/** The rule of a metric in a slice: the metric's, with the slice's overrides. */
function ruleIn(policy: GatePolicy, metric: string, rule: MetricRule, slice: string | null) {
  const override = slice === null ? undefined : policy.slices?.overrides?.[slice]?.[metric];
  if (!override) return rule;
  // A slice's comparison replaces the metric's, whichever kind each is.
  const replaces =
    override["max-regression"] !== undefined || override["min-improvement"] !== undefined;
  const { "max-regression": _r, "min-improvement": _i, ...rest } = rule;
  return { ...(replaces ? rest : rule), ...override };
}

/** Both models' metric, ready; refused when the policy has its direction the wrong way round. */
function metricPair(name: string, rule: MetricRule, paired: PairedPredictions): MetricPair {
  const options = rule.sensitive ? { sensitive: rule.sensitive } : {};
  const champion = prepareMetric(name, paired.champion, options);
  if (champion.definition.direction !== rule.direction) {
    throw new MetricError(
      name,
      `is judged in the policy as ${rule.direction} is better, but ${champion.definition.direction} is better for it`,
      `Set its direction to ${champion.definition.direction} in the policy`,
    );
  }
  return {
    name,
    champion,
    challenger: prepareMetric(name, paired.challenger, options),
    championData: paired.champion,
    challengerData: paired.challenger,
  };
}

/** A row of the family, with the rule it was judged by (a slice's own, with its overrides). */
interface FamilyRow extends EvidenceRow {
  readonly rule: MetricRule;
}

/** A metric the predictions cannot give; skipped when the policy does not require it. */
function unavailable(name: string, rule: MetricRule, error: MetricError): MetricRow {
  if (rule.required !== false) throw error;
  return {
    metric: name,
    slice: null,
    gated: true,
    direction: rule.direction,
    champion: null,
    challenger: null,
    delta: null,
    relative_delta: null,
    rule: describeRule(rule),
    checks: [],
    status: "skipped",
    reason: `${error.problem}; not required`,
  };
}

/** The family: each gated metric on all examples, then in each slice unless it opts out. */
function evidenceRows(policy: GatePolicy, paired: PairedPredictions) {
  const settings = { resamples: policy.resamples ?? 1000, seed: policy.seed ?? 0 };
  const slices = slicesOf(paired.champion, policy);
  const total = paired.champion.count;
  const family: FamilyRow[] = [];
  const skipped: MetricRow[] = [];
  for (const [name, rule] of Object.entries(policy.metrics)) {
    let pair: MetricPair;
    try {
      pair = metricPair(name, rule, paired);
    } catch (error) {
      if (!(error instanceof MetricError)) throw error;
      skipped.push(unavailable(name, rule, error));
      continue;
    }
    const method = !rule.method || rule.method === "auto" ? autoMethod(pair) : rule.method;
    const targets = [{ name: null, rows: undefined }, ...(rule.slices === false ? [] : slices)];
    for (const target of targets) {
      const sliced = ruleIn(policy, name, rule, target.name);
      const comparison = comparisonOf(sliced);
      family.push({
        metric: name,
        slice: target.name,
        direction: rule.direction,
        ...(comparison ? { comparison } : {}),
        bounds: { min: sliced.min, max: sliced.max },
        evidence: metricEvidence(pair, method, target.rows, total, settings),
        rule: sliced,
      });
    }
  }
  return { family, skipped };
}

export interface PredictionsJudgement {
  readonly verdict: "pass" | "fail" | "inconclusive";
  readonly rows: readonly MetricRow[];
  readonly pairing: PairingCounts;
  readonly notes: readonly string[];
}

/** Judges the paired predictions under the policy. */
export function judgePredictions(
  policy: GatePolicy,
  paired: PairedPredictions,
): PredictionsJudgement {
  const { family, skipped } = evidenceRows(policy, paired);
  const judgement = judgeEvidence(family, {
    confidence: policy.confidence ?? 0.95,
    correction: policy.correction ?? "holm",
    onInsufficient: policy["on-insufficient"] ?? "inconclusive",
    minSamples: policy.slices?.["min-samples"] ?? policy["min-samples"] ?? 30,
  });
  const pairing = pairingRow(paired.report, policy["max-unpaired"] ?? "1%");
  const rows = [
    ...(pairing.row ? [pairing.row] : []),
    ...judgement.rows.map((row, i) =>
      evidenceRow(row, family[i]!, family[i]!.rule, judgement.confidence),
    ),
    ...skipped,
  ];
  const verdict = pairing.row?.status === "fail" ? "fail" : judgement.verdict;
  const notes = [
    `${counted(judgement.rows.length, "row")} (metrics × slices) judged at ${judgement.confidence * 100}% confidence, ${judgement.correction === "none" ? "without correction" : `corrected with ${judgement.correction === "holm" ? "Holm's method" : "Benjamini-Hochberg"}`}`,
  ];
  // Which class is positive decides a recall, an F1, a ROC AUC: said, never left to guess.
  const data = paired.champion;
  const positive =
    data.task === "classification" && data.positive >= 0 ? data.classes[data.positive] : undefined;
  const counts =
    positive === undefined ? pairing.counts : { ...pairing.counts, positive_class: positive };
  return { verdict, rows, pairing: counts, notes };
}

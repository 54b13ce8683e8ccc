/**
 * Judging a challenger on per-example predictions paired with the champion's: every gated metric,
 * on all examples and in each slice, becomes one row of a family whose verdicts come from the
 * intervals of the deltas, corrected together (engine/evidence, decision 0008).
 */
import type { MetricRow, PairingCounts } from "../../engine/contracts/eval-report.js";
import type { GatePolicy, MetricRule, SliceRule } from "../../engine/contracts/gate-policy.js";
import {
  judgeEvidence,
  type Comparison,
  type EvidenceRow,
  type Margin,
} from "../../engine/evidence/index.js";
import {
  prepareMetric,
  type ModelData,
  type PairedPredictions,
} from "../../engine/metrics/index.js";
import { autoMethod, metricEvidence, type MetricPair } from "./metric-evidence.js";
import { evidenceRow } from "./evidence-row.js";
import { pairingRow } from "./pairing-row.js";

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
    const sizes = new Uint32Array(category.names.length);
    for (const code of category.codes) if (code >= 0) sizes[code]!++;
    const members = Array.from(sizes, (size) => new Uint32Array(size));
    const filled = new Uint32Array(category.names.length);
    category.codes.forEach((code, i) => {
      if (code >= 0) members[code]![filled[code]!++] = i;
    });
    category.names.forEach((value, code) => {
      slices.push({ name: `${column}=${value}`, rows: members[code]! });
    });
  }
  return slices;
}

const margin = (amount: number | string): Margin =>
  typeof amount === "number" ? { absolute: amount } : { relative: Number.parseFloat(amount) / 100 };

/** The comparison a rule asks for: superiority when it names an improvement, else non-inferiority. */
function comparisonOf(rule: SliceRule): Comparison | undefined {
  if (rule["min-improvement"] !== undefined)
    return { test: "superiority", margin: margin(rule["min-improvement"]) };
  if (rule["max-regression"] !== undefined)
    return { test: "non-inferiority", margin: margin(rule["max-regression"]) };
  return undefined;
}

/** The rule of a metric in a slice: the metric's, with the slice's overrides. */
const ruleIn = (policy: GatePolicy, metric: string, rule: MetricRule, slice: string | null) =>
  slice === null ? rule : { ...rule, ...policy.slices?.overrides?.[slice]?.[metric] };

function metricPair(name: string, rule: MetricRule, paired: PairedPredictions): MetricPair {
  const options = rule.sensitive ? { sensitive: rule.sensitive } : {};
  return {
    name,
    champion: prepareMetric(name, paired.champion, options),
    challenger: prepareMetric(name, paired.challenger, options),
    championData: paired.champion,
    challengerData: paired.challenger,
  };
}

/** The family: each gated metric on all examples, then in each slice unless it opts out. */
function evidenceRows(policy: GatePolicy, paired: PairedPredictions): EvidenceRow[] {
  const settings = { resamples: policy.resamples ?? 1000, seed: policy.seed ?? 0 };
  const slices = slicesOf(paired.champion, policy);
  const total = paired.champion.count;
  const rows: EvidenceRow[] = [];
  for (const [name, rule] of Object.entries(policy.metrics)) {
    const pair = metricPair(name, rule, paired);
    const method = !rule.method || rule.method === "auto" ? autoMethod(pair) : rule.method;
    const targets = [{ name: null, rows: undefined }, ...(rule.slices === false ? [] : slices)];
    for (const target of targets) {
      const sliced = ruleIn(policy, name, rule, target.name);
      const comparison = comparisonOf(sliced);
      rows.push({
        metric: name,
        slice: target.name,
        direction: rule.direction,
        ...(comparison ? { comparison } : {}),
        bounds: { min: sliced.min, max: sliced.max },
        evidence: metricEvidence(pair, method, target.rows, total, settings),
      });
    }
  }
  return rows;
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
  const family = evidenceRows(policy, paired);
  const judgement = judgeEvidence(family, {
    confidence: policy.confidence ?? 0.95,
    correction: policy.correction ?? "holm",
    onInsufficient: policy["on-insufficient"] ?? "inconclusive",
    minSamples: policy.slices?.["min-samples"] ?? 30,
  });
  const pairing = pairingRow(paired.report, policy["max-unpaired"] ?? "1%");
  const rows = [
    ...(pairing.row ? [pairing.row] : []),
    ...judgement.rows.map((row, i) =>
      evidenceRow(row, family[i]!, policy.metrics[row.metric]!, judgement.confidence),
    ),
  ];
  const verdict = pairing.row?.status === "fail" ? "fail" : judgement.verdict;
  const notes = [
    `${judgement.rows.length} rows (metrics × slices) judged at ${judgement.confidence * 100}% confidence, ${judgement.correction === "none" ? "without correction" : `corrected with ${judgement.correction === "holm" ? "Holm's method" : "Benjamini-Hochberg"}`}`,
  ];
  return { verdict, rows, pairing: pairing.counts, notes };
}

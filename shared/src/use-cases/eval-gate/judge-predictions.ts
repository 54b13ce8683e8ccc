/**
 * Judging a challenger on per-example predictions paired with the champion's: every gated metric,
 * on all examples and in each slice, becomes one row of a family whose verdicts come from the
 * intervals of the deltas, corrected together (engine/evidence, decision 0008).
 */
import type { MetricRow, PairingCounts } from "../../engine/contracts/eval-report.js";
import type { GatePolicy, MetricRule } from "../../engine/contracts/gate-policy.js";
import {
  judgeEvidence,
  type EvidenceJudgement,
  type EvidenceRow,
} from "../../engine/evidence/index.js";
import { counted } from "../../engine/report/counted.js";
import {
  MetricError,
  metricDefinition,
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

/** Both models' metric, ready (`checkPolicy` refused a direction the wrong way round). */
function metricPair(
  name: string,
  rule: MetricRule,
  paired: Pick<PairedPredictions, "champion" | "challenger">,
): MetricPair {
  const options = rule.sensitive ? { sensitive: rule.sensitive } : {};
  return {
    name,
    champion: prepareMetric(name, paired.champion, options),
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

/**
 * The family: each gated metric on all examples, then in each slice unless it opts out. A first
 * model's own predictions stand on both sides (`judgeFirstModel`).
 */
export function evidenceRows(
  policy: GatePolicy,
  paired: Pick<PairedPredictions, "champion" | "challenger">,
) {
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

/**
 * A note where regression metrics are judged on labels of 0 and 1 alone, the classes of a
 * binary classifier: gating one regression metric reads the files as regression, and a policy
 * that picked rmse where accuracy was meant would judge a classifier's classes as numbers
 * without a word. A note, not a refusal: a regressor of a 0/1 target is sound.
 */
export function classLabelsNote(policy: GatePolicy, data: ModelData): string[] {
  if (data.task !== "regression") return [];
  const seen = new Set<number>();
  for (const label of data.labels) {
    if (label !== 0 && label !== 1) return [];
    seen.add(label);
  }
  if (seen.size < 2) return [];
  const scores = [...data.exampleScores.keys()];
  const judged = Object.keys(policy.metrics).filter(
    (name) => metricDefinition(name, scores).task === "regression",
  );
  return [
    `The labels hold only 0 and 1, the classes of a binary classifier, and ${judged.join(", ")} ${judged.length === 1 ? "is" : "are"} judged on them as regression: if the model classifies, gate a classification metric (accuracy, f1, or roc_auc on the score column) instead`,
  ];
}

export interface PredictionsJudgement {
  readonly verdict: "pass" | "fail" | "inconclusive";
  readonly rows: readonly MetricRow[];
  /** How the files paired; none for a first model's predictions, judged on their own. */
  readonly pairing?: PairingCounts;
  readonly notes: readonly string[];
}

/** A metric's value on all examples, or null where the data cannot give it (or there is none). */
export function pointValue(name: string, data: ModelData | undefined): number | null {
  if (data === undefined) return null;
  try {
    const value = prepareMetric(name, data).evaluate();
    return Number.isFinite(value) ? value : null;
  } catch (error) {
    if (error instanceof MetricError) return null;
    throw error;
  }
}

/** The family judged at the policy's confidence, correction and minimum samples. */
export const judgeFamily = (policy: GatePolicy, family: readonly EvidenceRow[]) =>
  judgeEvidence(family, {
    confidence: policy.confidence ?? 0.95,
    correction: policy.correction ?? "holm",
    onInsufficient: policy["on-insufficient"] ?? "inconclusive",
    minSamples: policy.slices?.["min-samples"] ?? policy["min-samples"] ?? 30,
  });

/** How many rows were judged, at what confidence and with what correction. */
export const familyNote = ({ rows, confidence, correction }: EvidenceJudgement) =>
  `${counted(rows.length, "row")} (metrics × slices) judged at ${confidence * 100}% confidence, ${correction === "none" ? "without correction" : `corrected with ${correction === "holm" ? "Holm's method" : "Benjamini-Hochberg"}`}`;

/**
 * The positive class of a binary classifier, as its labels write it: it decides a recall, an
 * F1, a ROC AUC, and is said, never left to guess.
 */
export const positiveClass = (data: ModelData): string | undefined =>
  data.task === "classification" && data.positive >= 0 ? data.classes[data.positive] : undefined;

/** Judges the paired predictions under the policy. */
export function judgePredictions(
  policy: GatePolicy,
  paired: PairedPredictions,
): PredictionsJudgement {
  const { family, skipped } = evidenceRows(policy, paired);
  const judgement = judgeFamily(policy, family);
  const pairing = pairingRow(paired.report, policy["max-unpaired"] ?? "1%");
  const rows = [
    ...(pairing.row ? [pairing.row] : []),
    ...judgement.rows.map((row, i) =>
      evidenceRow(row, family[i]!, family[i]!.rule, judgement.confidence),
    ),
    ...skipped,
  ];
  const verdict = pairing.row?.status === "fail" ? "fail" : judgement.verdict;
  const notes = [...classLabelsNote(policy, paired.champion), familyNote(judgement)];
  const positive = positiveClass(paired.champion);
  const counts =
    positive === undefined ? pairing.counts : { ...pairing.counts, positive_class: positive };
  return { verdict, rows, pairing: counts, notes };
}

/**
 * Judging a challenger on per-example predictions paired with the champion's: every gated metric,
 * on all examples and in each slice, becomes one row of a family whose verdicts come from the
 * intervals of the deltas, corrected together (engine/evidence, decision 0008).
 */
import type { MetricRow, PairingCounts } from "../../engine/contracts/eval-report.js";
import type { EvidenceMethod, GatePolicy, MetricRule } from "../../engine/contracts/gate-policy.js";
import {
  defaultResamples,
  judgeEvidence,
  MOST_RESAMPLES,
  RESAMPLES_PER_TAIL,
  resamplesBeyondEnd,
  resamplesToResolve,
  strictestTail,
  type EvidenceJudgement,
  type EvidenceRow,
} from "../../engine/evidence/index.js";
import { counted } from "../../engine/report/counted.js";
import { listed } from "../../engine/report/listed.js";
import { groupDigits } from "../../engine/report/group-digits.js";
import { quoteName } from "../../engine/report/closest-name.js";
import {
  MetricError,
  metricDefinition,
  pairedAt,
  prepareMetric,
  type ModelData,
  type PairedPredictions,
} from "../../engine/metrics/index.js";
import { autoMethod, metricEvidence, type MetricPair } from "./metric-evidence.js";
import { evidenceRow } from "./evidence-row.js";
import { describeRule } from "./judge-aggregate.js";
import { disagreementNotes, pairingRow } from "./pairing-row.js";
import { MissingValues } from "./missing-values.js";
import { comparisonOf } from "../../engine/evidence/rule-comparison.js";
import { verdictOfRows } from "../../engine/contracts/eval-verdict.js";

/** A slice: the examples with one value of one column. */
interface Slice {
  readonly name: string;
  readonly rows: Uint32Array;
}

/**
 * Each value of each slice column the policy names, with its examples (counted, then filled),
 * and a note for each column that leaves examples in none of its slices (an empty value). An
 * example of weight 0 is in no slice, and a value whose examples all weigh 0 is no slice, which
 * a note says.
 */
function slicesOf(data: ModelData, policy: GatePolicy): { slices: Slice[]; notes: string[] } {
  const slices: Slice[] = [];
  const notes: string[] = [];
  const { weights } = data;
  for (const column of policy.slices?.by ?? []) {
    const category = data.slices.get(column);
    if (!category) continue;
    // Indexed loops: a million examples iterated or called back make as many objects.
    const { codes } = category;
    const sizes = new Uint32Array(category.names.length);
    const weightless = new Uint32Array(category.names.length);
    let none = 0;
    for (let i = 0; i < codes.length; i++) {
      if (codes[i]! < 0) none++;
      else if (weights && weights[i] === 0) weightless[codes[i]!]!++;
      else sizes[codes[i]!]!++;
    }
    if (none > 0) notes.push(noSliceNote(column, none, codes.length));
    const members = Array.from(sizes, (size) => new Uint32Array(size));
    const filled = new Uint32Array(category.names.length);
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i]!;
      if (code >= 0 && !(weights && weights[i] === 0)) members[code]![filled[code]!++] = i;
    }
    const unweighed: string[] = [];
    category.names.forEach((value, code) => {
      // A value held only by unpaired rows is no slice of the pairs.
      if (members[code]!.length > 0)
        slices.push({ name: `${column}=${value}`, rows: members[code]! });
      else if (weightless[code]! > 0) unweighed.push(`${column}=${value}`);
    });
    if (unweighed.length > 0) notes.push(weightlessNote(unweighed));
  }
  return { slices, notes };
}

/** Slices whose every example weighs 0: none is evidence, and no row judges them. */
function weightlessNote(slices: readonly string[]): string {
  const which = slices.length === 1 ? "that slice is" : "those slices are";
  return `Every example of ${listed(slices.map(quoteName))} weighs 0, so ${which} not judged`;
}

/** Examples with no value of a slice column: judged on all examples, in none of its slices. */
const noSliceNote = (column: string, none: number, examples: number) =>
  `${groupDigits(none)} of the ${groupDigits(examples)} examples have no ${quoteName(column)} value, so they are in none of its slices (they count on all examples): write their ${quoteName(column)} to judge them in a slice`;

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

/**
 * Both models' metric, ready (`checkPolicy` refused a direction the wrong way round); `shown`
 * names a file in its errors.
 */
function metricPair(
  name: string,
  rule: MetricRule,
  paired: Pick<PairedPredictions, "champion" | "challenger">,
  shown: (path: string) => string,
): MetricPair {
  const options = { shown, ...(rule.sensitive && { sensitive: rule.sensitive }) };
  const champion = prepareMetric(name, paired.champion, options);
  return {
    name,
    champion,
    // A first model stands on both sides: its metric is prepared (sorted, counted) once.
    challenger:
      paired.challenger === paired.champion
        ? champion
        : prepareMetric(name, paired.challenger, options),
    championData: paired.champion,
    challengerData: paired.challenger,
    at: (rows) => metricPair(name, rule, pairedAt(paired, rows), shown),
  };
}

/** A row of the family, with the rule it was judged by (a slice's own, with its overrides). */
export interface FamilyRow extends EvidenceRow {
  readonly rule: MetricRule;
  /** The resamples a bootstrap row was judged on. */
  readonly resamples?: number;
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

/** A metric on all examples or a slice, under the rule it is judged by there. */
interface Target {
  readonly pair: MetricPair;
  readonly method: EvidenceMethod;
  readonly slice: string | null;
  readonly rows: Uint32Array | undefined;
  readonly rule: MetricRule;
}

/** The checks a rule makes: its comparison with the champion, its min, its max. */
const checksOf = (rule: MetricRule) =>
  Number(comparisonOf(rule) !== undefined) +
  Number(rule.min !== undefined) +
  Number(rule.max !== undefined);

/**
 * Each gated metric on all examples, then in each slice unless it opts out; a metric the
 * predictions cannot give is skipped, or refused when required.
 */
function targetsOf(
  policy: GatePolicy,
  paired: Pick<PairedPredictions, "champion" | "challenger">,
  shown: (path: string) => string,
) {
  const { slices, notes } = slicesOf(paired.champion, policy);
  const missing = new MissingValues(paired, shown);
  const weighed = weighedRows(paired.champion.weights);
  const targets: Target[] = [];
  const skipped: MetricRow[] = [];
  for (const [name, rule] of Object.entries(policy.metrics)) {
    let pair: MetricPair;
    try {
      pair = metricPair(name, rule, paired, shown);
    } catch (error) {
      if (!(error instanceof MetricError)) throw error;
      skipped.push(unavailable(name, rule, error));
      continue;
    }
    const method = !rule.method || rule.method === "auto" ? autoMethod(pair) : rule.method;
    for (const { name: slice, rows } of [
      { name: null, rows: undefined },
      ...(rule.slices === false ? [] : slices),
    ]) {
      const judged = missing.within(name, pair.champion.definition, weighed(rows));
      targets.push({ pair, method, slice, rows: judged, rule: ruleIn(policy, name, rule, slice) });
    }
  }
  return { targets, skipped, notes: [...notes, ...missing.notes()] };
}

/**
 * The examples of weight above 0, where some weigh 0, for the rows on all examples: an example of
 * weight 0 counts in no value, and is no evidence either, so that `min-samples`, a row's `n` and
 * its resamples count the others alone. A slice's rows are left as they are: `slicesOf` put no
 * example of weight 0 in any.
 */
function weighedRows(weights: Float64Array | undefined) {
  if (!weights?.includes(0)) return (rows: Uint32Array | undefined) => rows;
  const all = Uint32Array.from(weights.keys()).filter((i) => weights[i]! > 0);
  return (rows: Uint32Array | undefined) => rows ?? all;
}

/**
 * The bootstrap's resamples: the policy's, else enough that each end of an interval at the
 * strictest level the correction can test at rests on RESAMPLES_PER_TAIL resamples. The checks
 * are counted before the data can leave a row out, which only makes the level stricter.
 */
function bootstrapSettings(policy: GatePolicy, checks: number, examples: number) {
  const tail = strictestTail(policy.confidence ?? 0.95, policy.correction ?? "holm", checks);
  const resamples = policy.resamples ?? defaultResamples(tail, examples);
  return { resamples, seed: policy.seed ?? 0 };
}

/**
 * Where the bootstrap rows rest on fewer than RESAMPLES_PER_TAIL resamples beyond an end of an
 * interval at the family's strictest level (`judgement`'s, the level the reasons size their
 * advice at too), a note that says so, what they were judged on, and how many resamples would
 * do, at what cost: with a few beyond each end a verdict may change with the seed alone; with
 * none, a check beyond every resample was judged on the normal bootstrap interval (decision 0037).
 */
export function resamplesNote(
  policy: GatePolicy,
  family: readonly FamilyRow[],
  judgement: EvidenceJudgement,
): string[] {
  const resamples = family.find((row) => row.resamples !== undefined)?.resamples;
  if (resamples === undefined) return [];
  const { confidence, correction, claims, rows } = judgement;
  const tail = strictestTail(confidence, correction, claims / 2);
  const beyond = resamplesBeyondEnd(resamples, tail);
  if (beyond >= RESAMPLES_PER_TAIL) return [];
  const wanted = resamplesToResolve(tail);
  const cost = `about ${groupDigits(Math.round(wanted / resamples))} times this run's resampling time`;
  const whose =
    policy.resamples === undefined ? "the default, capped for time" : "the policy's resamples";
  const level = `one-sided ${Number((tail * 100).toPrecision(2))}%`;
  const remedy = (what: string) =>
    wanted > MOST_RESAMPLES
      ? `About ${groupDigits(wanted)} resamples would ${what}, more than the ${groupDigits(MOST_RESAMPLES)} a policy takes: gate fewer metrics × slices`
      : `Set resamples: ${wanted}${policy.resamples === undefined ? "" : " (or leave it out for the default)"} to ${what}, ${cost}`;
  if (beyond > 0) {
    return [
      `The bootstrap rows rest on ${groupDigits(resamples)} resamples (${whose}): an interval at the strictest level the correction can test at (${level}) has ${counted(beyond, "resample")} beyond each end, fewer than ${RESAMPLES_PER_TAIL}, so its verdict may change with the seed alone. ${remedy("settle it")}`,
    ];
  }
  const normal = rows.filter((row) => row.checks.some((check) => check.normalApproximation));
  const judged = normal.length > 0 ? ` (${counted(normal.length, "row")} here)` : "";
  return [
    `The bootstrap rows rest on ${groupDigits(resamples)} resamples (${whose}), none beyond either end of an interval at the strictest level the correction can test at (${level}): beyond every resample, a check is judged on the normal bootstrap interval, the estimate ± z standard errors of the resamples${judged}. ${remedy("judge every check on percentiles alone")}`,
  ];
}

/**
 * The family: each gated metric on all examples, then in each slice unless it opts out, and the
 * notes on the examples in no slice and on those a metric of a column leaves out for a missing
 * value (`resamplesNote` tells of the resamples, once judged). A first model's own predictions
 * stand on both sides (`judgeFirstModel`). `shown` names a file in the notes as errors name it.
 */
export function evidenceRows(
  policy: GatePolicy,
  paired: Pick<PairedPredictions, "champion" | "challenger">,
  shown: (path: string) => string = (path) => path,
) {
  const { targets, skipped, notes } = targetsOf(policy, paired, shown);
  const total = paired.champion.count;
  const settings = bootstrapSettings(
    policy,
    targets.reduce((sum, target) => sum + checksOf(target.rule), 0),
    total,
  );
  const family = targets.map(({ pair, method, slice, rows, rule }): FamilyRow => {
    const comparison = comparisonOf(rule);
    return {
      metric: pair.name,
      slice,
      direction: rule.direction,
      ...(comparison ? { comparison } : {}),
      bounds: { min: rule.min, max: rule.max },
      evidence: metricEvidence(pair, method, rows, total, settings),
      rule,
      ...(method === "bootstrap" ? { resamples: settings.resamples } : {}),
    };
  });
  return { family, skipped, notes };
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
    // Probabilities that are not one distribution refuse a gated metric of them; unjudged, none.
    if (data.task === "classification" && error === data.probabilitySumError) return null;
    throw error;
  }
}

/** The family judged at the policy's confidence, correction and minimum samples. */
export const judgeFamily = (policy: GatePolicy, family: readonly EvidenceRow[]) =>
  judgeEvidence(family, {
    confidence: policy.confidence ?? 0.95,
    correction: policy.correction ?? "holm",
    onInsufficient: policy["on-insufficient"] ?? "inconclusive",
    minSamples: policy["min-samples"] ?? 30,
    sliceMinSamples: policy.slices?.["min-samples"] ?? policy["min-samples"] ?? 30,
  });

/**
 * How many rows were judged, at what confidence, with what correction and over how many
 * one-sided claims: what a reviewer needs to reproduce the adjusted p-values.
 */
export const familyNote = ({ rows, confidence, correction, claims }: EvidenceJudgement) =>
  `${counted(rows.length, "row")} (metrics × slices) judged at ${confidence * 100}% confidence, ${correction === "none" ? "without correction" : `corrected with ${correction === "holm" ? "Holm's method" : "Benjamini-Hochberg"} over ${counted(claims, "one-sided claim")}, two per check`}`;

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
  shown?: (path: string) => string,
): PredictionsJudgement {
  const { family, skipped, notes: read } = evidenceRows(policy, paired, shown);
  const judgement = judgeFamily(policy, family);
  const pairing = pairingRow(paired.report, policy["max-unpaired"] ?? "1%");
  const rows = [
    ...(pairing.row ? [pairing.row] : []),
    ...judgement.rows.map((row, i) =>
      evidenceRow(row, family[i]!, family[i]!.rule, judgement.confidence),
    ),
    ...skipped,
  ];
  const verdict = verdictOfRows("predictions", rows);
  const notes = [
    ...classLabelsNote(policy, paired.champion),
    ...disagreementNotes(paired.disagreements),
    familyNote(judgement),
    ...read,
    ...resamplesNote(policy, family, judgement),
  ];
  const positive = positiveClass(paired.champion);
  const counts =
    positive === undefined ? pairing.counts : { ...pairing.counts, positive_class: positive };
  return { verdict, rows, pairing: counts, notes };
}

/**
 * The rollout's plan held against the traffic before any of it moves. A rate judged on too few
 * requests holds at every look of a step until max-holds runs out and the rollout ends
 * inconclusive, a canary many times worse than the baseline with it. From each rate's baseline
 * counts before the rollout, scaled to one interval, each judged step's last look (after
 * max-holds) is foreseen as it would be if the canary erred at the baseline's rate, and sized as
 * the judge sizes an inconclusive look of one metric, so that the requests named here are those
 * the judge's "about N requests would settle it" names on the same counts. A warning, not a
 * refusal: traffic can grow.
 */
import { groupDigits } from "../../engine/report/group-digits.js";
import type { MetricRule } from "../../engine/contracts/gate-policy.js";
import {
  comparisonOf,
  detectableEffect,
  examplesToSettle,
  marginSize,
  type Comparison,
} from "../../engine/evidence/index.js";
import { comparisonRegion, distanceToEdge } from "../../engine/evidence/rules.js";
import { counted } from "../../engine/report/counted.js";
import { formatShare } from "../../engine/report/format-number.js";
import { MAX_DURATION_MS } from "../../interface/command-inputs.js";
import { promDuration } from "../../platform/prometheus/index.js";
import type { RateBefore } from "./metric-reading.js";
import { requestsCounted } from "./request-count.js";
import type { RolloutPlan } from "./rollout.js";

/** The power the judge states what a look detects at (judgeEvidence's default). */
const POWER = 0.8;
/** max-holds' own limit (canary-deploy's input). */
const MOST_HOLDS = 100;

export type TrafficPlan = Pick<
  RolloutPlan,
  "steps" | "intervalMs" | "maxHolds" | "policy" | "lookConfidence"
>;

/** A rate the plan sizes: its counts before the rollout, and its rule's comparison. */
interface SizedRate {
  readonly rate: RateBefore;
  readonly rule: MetricRule;
  readonly comparison: Comparison;
}

/** A step's last look as the traffic before the rollout foresees it, for one rate. */
interface LastLook {
  /** The requests of the variant with fewer (the judge's count): at each look, and in all. */
  readonly perLook: number;
  readonly requests: number;
  /** The baseline's rate there, and the margin's size at it. */
  readonly baselineRate: number;
  readonly margin: number;
  /** The difference the look detects at its confidence and the judge's power. */
  readonly effect: number;
  /** The requests the judge would say settle it; null when the look has them. */
  readonly needed: number | null;
}

/**
 * Agresti and Caffo's spread of the difference, as proportionDifferenceEvidence works it (a
 * failure and a success added to each variant), with each variant's failures those expected at
 * `rate`, fractional: rounding them to whole ones would move the difference off 0 by a share
 * that swings with the traffic, and the requests foreseen with it.
 */
function spreadAtRate(totals: readonly number[], rate: number): number {
  const spread = (n: number) => {
    const p = (n * rate + 1) / (n + 2);
    return Math.sqrt(p * (1 - p)) / Math.sqrt(n + 2);
  };
  return Math.hypot(...totals.map(spread));
}

/**
 * The last look of a step at `weight`: each variant's share of the requests of max-holds + 1
 * intervals, the canary erring at exactly the baseline's rate, so that the difference is 0 and
 * its distance from the margin's edge the margin itself, sized as the judge sizes an
 * inconclusive look of one metric (judgeEvidence's `sizing`): the detectable effect of the
 * difference at the look's confidence, at the judge's power, against that distance. Null where
 * no number of requests would settle it (a margin of 0 at equal rates), which the judge says at
 * the look.
 */
function lastLook(
  { rate, rule, comparison }: SizedRate,
  weight: number,
  plan: TrafficPlan,
): LastLook | null {
  const perInterval = (rate.total * plan.intervalMs) / rate.windowMs;
  // At least one request, so that the spread has a size to scale from.
  const total = (percent: number) =>
    Math.max(1, Math.round((perInterval * (plan.maxHolds + 1) * percent) / 100));
  const totals = [total(100 - weight), total(weight)];
  const baselineRate = rate.failures / rate.total;
  const margin = marginSize(comparison.margin, baselineRate);
  const distance = distanceToEdge(0, comparisonRegion(comparison.test, rule.direction, margin));
  if (!(distance > 0)) return null;
  const tail = (1 - plan.lookConfidence) / 2;
  const effect = detectableEffect(spreadAtRate(totals, baselineRate), tail, POWER);
  const requests = Math.min(...totals);
  return {
    perLook: (perInterval * Math.min(weight, 100 - weight)) / 100,
    requests,
    baselineRate,
    margin,
    effect,
    needed: effect > distance ? examplesToSettle(requests, effect, distance) : null,
  };
}

/** The rates whose rules hold them against the baseline by a margin, with their counts before. */
function sizedRates(rates: readonly RateBefore[], plan: TrafficPlan): SizedRate[] {
  return rates.flatMap((rate) => {
    const rule = plan.policy.metrics[rate.name];
    const comparison = rule && comparisonOf(rule);
    return comparison && rate.total > 0 ? [{ rate, rule, comparison }] : [];
  });
}

/** A rate whose last look at a step lacks the requests its margin needs, with that look. */
type Thin = SizedRate & { readonly look: LastLook & { readonly needed: number } };

/** The rates of `sized` that are thin at a step at `weight`. */
function thinAt(sized: readonly SizedRate[], weight: number, plan: TrafficPlan): Thin[] {
  return sized.flatMap((r) => {
    const look = lastLook(r, weight, plan);
    return look?.needed ? [{ ...r, look: { ...look, needed: look.needed } }] : [];
  });
}

/** Up to three significant digits, rounded away from zero: a margin that is enough. */
const upward = (value: number): number => {
  const unit = 10 ** (Math.floor(Math.log10(value)) - 2);
  return Number((Math.ceil(value / unit) * unit).toPrecision(3));
};

/** A share in points, as the judge's reasons give a rate's difference: `0.5 points`, `1 point`. */
const points = (share: number): string => {
  const value = Number((share * 100).toPrecision(3));
  return value === 1 ? "1 point" : `${value} points`;
};

/** The rule's margin as the policy writes it, and in points. */
function marginText({ rule, look }: Thin): string {
  const name = rule["max-regression"] !== undefined ? "max-regression" : "min-improvement";
  const written = rule[name]!;
  return typeof written === "number"
    ? `a ${name} of ${points(look.margin)}`
    : `a ${name} of ${written} of the baseline's rate (${points(look.margin)})`;
}

/**
 * The smallest whole number from `from` up to `limit` for which `enough` holds, or null: `enough`
 * holding for every number past the first that it holds for (more traffic settles a look
 * sooner), doubling the step up to it, then halving back.
 */
function smallestEnough(
  from: number,
  limit: number,
  enough: (n: number) => boolean,
): number | null {
  if (from > limit) return null;
  let [below, step] = [from - 1, 1];
  while (!enough(Math.min(below + step, limit))) {
    if (below + step >= limit) return null;
    below += step;
    step *= 2;
  }
  let above = Math.min(below + step, limit);
  while (above - below > 1) {
    const middle = Math.floor((below + above) / 2);
    if (enough(middle)) above = middle;
    else below = middle;
  }
  return above;
}

/** The longest interval a fix names: the input's own limit, in whole minutes as fixes give it. */
const LONGEST_INTERVAL_S = Math.floor(MAX_DURATION_MS / 60_000) * 60;

/**
 * An interval in whole seconds below a minute and whole minutes past it (rounded up: longer, so
 * as enough), written as the interval input takes it: `45s`, `16m`, `56h42m`.
 */
function intervalText(seconds: number): string {
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.ceil(seconds / 60);
  const [hours, rest] = [Math.floor(minutes / 60), minutes % 60];
  return hours === 0 ? `${rest}m` : rest === 0 ? `${hours}h` : `${hours}h${rest}m`;
}

/**
 * The fixes that would give every rate the requests the judge says it needs by the step's last
 * look, each alone, found by foreseeing that look again under each: the step's weight (up to
 * 50%, past which the baseline is the thinner), the interval, or max-holds, each the smallest
 * that does; or a max-regression as wide as the difference the look detects. The max-holds
 * named is a lower bound: it is foreseen at the look's confidence now, and each hold more
 * spreads the policy's confidence over one more look.
 */
function fixes(
  sized: readonly SizedRate[],
  thin: readonly Thin[],
  weight: number,
  plan: TrafficPlan,
): string[] {
  const settled = (w: number, changed: Partial<TrafficPlan>) =>
    thinAt(sized, w, { ...plan, ...changed }).length === 0;
  const stepWeight = smallestEnough(weight + 1, 50, (w) => settled(w, {}));
  const from = Math.ceil(plan.intervalMs / 1000);
  const seconds = smallestEnough(from, LONGEST_INTERVAL_S, (s) =>
    settled(weight, { intervalMs: s * 1000 }),
  );
  const holds = smallestEnough(plan.maxHolds + 1, MOST_HOLDS, (h) =>
    settled(weight, { maxHolds: h }),
  );
  const said: string[] = [];
  if (stepWeight !== null) said.push(`a weight of ${stepWeight}% or more for the step`);
  if (seconds !== null) said.push(`an interval of ${intervalText(seconds)} or more`);
  if (holds !== null)
    said.push(
      `max-holds of ${holds} or more (at least: each hold added also tightens every look's confidence)`,
    );
  for (const { rate, rule, look } of thin) {
    const written = rule["max-regression"];
    // A share of the baseline's rate, as the rule is written; none widens a margin of a 0 rate.
    if (typeof written === "number")
      said.push(`${rate.name} a max-regression of ${upward(look.effect)} or more`);
    else if (written !== undefined && look.baselineRate > 0)
      said.push(
        `${rate.name} a max-regression of ${upward((100 * look.effect) / look.baselineRate)}% or more`,
      );
  }
  return said;
}

/** What a thin rate's last look would have, and what its margin needs. */
function thinClause(thin: Thin, weight: number, plan: TrafficPlan): string {
  const { look } = thin;
  const { name, failures, total, windowMs } = thin.rate;
  const variant = weight <= 50 ? "canary" : "baseline";
  const last = `look ${plan.maxHolds + 1}, after ${counted(plan.maxHolds, "hold")}`;
  const confidence = `${Number((plan.lookConfidence * 100).toPrecision(4))}%`;
  const before = `${groupDigits(failures)} of ${requestsCounted(total)} over the ${promDuration(windowMs)} before the rollout`;
  return `about ${groupDigits(Math.round(look.perLook))} ${variant} requests a look, ${groupDigits(look.requests)} by the last (${last}), where ${marginText(thin)} needs about ${groupDigits(look.needed)} at each look's ${confidence} confidence, if the canary's ${name} is the baseline's ${formatShare(failures / total)} (${before})`;
}

/** `a and b`, `a, b, and c` (the comma keeps fixes that end in "or more" apart), or with `or`. */
const wordList = (items: readonly string[], last: "and" | "or"): string =>
  items.length < 3
    ? items.join(` ${last} `)
    : `${items.slice(0, -1).join(", ")}, ${last} ${items.at(-1)}`;

/**
 * The warning, before any traffic moves, for the first judged step whose last look cannot give
 * a rate the requests the judge would say settle it, if the canary errs as the baseline did:
 * the step, the requests foreseen and needed, and the fixes. The first only: the rollout does
 * not get past it. Null when every step's last look has them, or no rate has counts before the
 * rollout (a command that prints none, a Prometheus that has not scraped the baseline yet).
 */
export function trafficPlanWarning(rates: readonly RateBefore[], plan: TrafficPlan): string | null {
  const sized = sizedRates(rates, plan);
  for (const [index, weight] of plan.steps.entries()) {
    // A step at 100% is not judged (rollout.ts).
    const thin = weight < 100 ? thinAt(sized, weight, plan) : [];
    if (thin.length === 0) continue;
    const clauses = thin.map((t) =>
      thin.length === 1
        ? thinClause(t, weight, plan)
        : `${t.rate.name}: ${thinClause(t, weight, plan)}`,
    );
    const names = wordList(
      thin.map((t) => t.rate.name),
      "and",
    );
    return `step ${index + 1} at ${weight}% has too little traffic for ${names}: ${clauses.join("; ")}. Unless traffic grows, the step will hold until the rollout ends inconclusive, and may do so even for a canary far worse than the baseline. Give ${wordList(fixes(sized, thin, weight, plan), "or")}`;
  }
  return null;
}

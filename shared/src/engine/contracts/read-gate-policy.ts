import { jsonPointer } from "../files/nesting.js";
import { readStructured } from "../files/read-structured.js";
import {
  gatePolicyContract,
  type Direction,
  type GatePolicy,
  type SliceRule,
  type WrittenGatePolicy,
} from "./gate-policy.js";
import { refuseField, validateContract } from "./validate.js";

/** Refuses at `pointer` with the file and line, each key of the pointer cut (`shownField`). */
export type Refuse = (pointer: string, problem: string, fix: string) => never;

/** A rule no value passes, or one that asks for two comparisons at once. */
export function checkRule(rule: SliceRule, pointer: string, refuse: Refuse): void {
  if (rule["max-regression"] !== undefined && rule["min-improvement"] !== undefined) {
    refuse(
      pointer,
      "has both max-regression and min-improvement",
      "Keep one: max-regression lets the challenger be a little worse, min-improvement demands it be better",
    );
  }
  if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
    refuse(
      pointer,
      `has min ${rule.min} above max ${rule.max}`,
      "No value could pass; swap or fix the bounds",
    );
  }
}

/**
 * Reads a gate policy (mlops.gate-policy/v1) and checks what every user of it needs: each rule
 * can be passed, and some rule exists, for a policy with none would pass everything. Returns the
 * policy and a way to refuse a field of it with the file and line, for the user's own checks.
 */
export function readGatePolicy(
  path: string,
  shownAs: string,
): { policy: WrittenGatePolicy; refuse: Refuse } {
  const doc = readStructured(path, shownAs);
  const policy = validateContract<WrittenGatePolicy>(
    gatePolicyContract,
    doc.value,
    shownAs,
    doc.lineOf,
    doc.sourceOf,
  );
  const refuse: Refuse = refuseField(shownAs, doc.lineOf);
  for (const [name, rule] of Object.entries(policy.metrics))
    checkRule(rule, jsonPointer(["metrics", name]), refuse);
  const hasRule = Object.values(policy.metrics).some(
    (rule) =>
      rule.min !== undefined ||
      rule.max !== undefined ||
      rule["max-regression"] !== undefined ||
      rule["min-improvement"] !== undefined,
  );
  if (!hasRule) {
    refuse(
      "/metrics",
      "has no rule (min, max, max-regression or min-improvement) on any metric, so the gate would pass every model",
      "Add at least one rule",
    );
  }
  return { policy, refuse };
}

/**
 * The policy with every metric's direction: as written, else the metric's own (`own`: one
 * computed from predictions, a preset's or a queries file's). A direction written against the
 * metric's own is refused at its line, as it would pass a worse model; a metric with neither is
 * refused at its name, as no rule can be judged without it. `shown` cuts a long name for a
 * refusal (a per-example score's column may be of any length).
 */
export function withDirections(
  policy: WrittenGatePolicy,
  own: (name: string) => Direction | undefined,
  refuse: Refuse,
  shown: (name: string) => string = (name) => name,
): GatePolicy {
  const metrics = Object.entries(policy.metrics).map(([name, rule]) => {
    const known = own(name);
    const pointer = jsonPointer(["metrics", name]);
    if (known !== undefined && rule.direction !== undefined && rule.direction !== known) {
      refuse(
        `${pointer}/direction`,
        `is ${rule.direction}, but ${known} is better for ${shown(name)}`,
        `Set the direction of ${shown(name)} to ${known}, or leave it out`,
      );
    }
    const direction = rule.direction ?? known;
    if (direction === undefined) {
      refuse(
        pointer,
        `has no direction, which mlops cannot tell for ${shown(name)}`,
        "Add direction: higher where higher values are better, else direction: lower",
      );
    }
    return [name, { ...rule, direction }] as const;
  });
  // Built key by key: a metric named __proto__ is a key like another.
  const byName: Record<string, GatePolicy["metrics"][string]> = Object.create(null);
  for (const [name, rule] of metrics) byName[name] = rule;
  return { ...policy, metrics: byName };
}

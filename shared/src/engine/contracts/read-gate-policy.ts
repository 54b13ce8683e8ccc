import { jsonPointer } from "../files/nesting.js";
import { readStructured } from "../files/read-structured.js";
import { gatePolicyContract, type GatePolicy, type SliceRule } from "./gate-policy.js";
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
): { policy: GatePolicy; refuse: Refuse } {
  const doc = readStructured(path, shownAs);
  const policy = validateContract<GatePolicy>(
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

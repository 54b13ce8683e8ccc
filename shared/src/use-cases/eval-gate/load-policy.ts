import { ContractError } from "../../engine/errors.js";
import { readStructured } from "../../engine/files/read-structured.js";
import { gatePolicyContract, type GatePolicy } from "../../engine/contracts/gate-policy.js";
import { validateContract } from "../../engine/contracts/validate.js";

/** Reads and checks a gate policy; a policy that could pass everything is refused. */
export function loadPolicy(path: string, shownAs: string): GatePolicy {
  const doc = readStructured(path, shownAs);
  const policy = validateContract<GatePolicy>(gatePolicyContract, doc.value, shownAs, doc.lineOf);
  const at = (pointer: string) => {
    const line = doc.lineOf(pointer);
    return line === undefined ? shownAs : `${shownAs}:${line}`;
  };
  for (const [name, rule] of Object.entries(policy.metrics)) {
    if (rule["max-regression"] !== undefined && rule["min-improvement"] !== undefined) {
      const pointer = `/metrics/${name}`;
      throw new ContractError(
        at(pointer),
        pointer,
        "has both max-regression and min-improvement",
        "Keep one: max-regression lets the challenger be a little worse, min-improvement demands it be better",
      );
    }
    if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
      const pointer = `/metrics/${name}`;
      throw new ContractError(
        at(pointer),
        pointer,
        `has min ${rule.min} above max ${rule.max}`,
        "No value could pass; swap or fix the bounds",
      );
    }
  }
  const hasRule = Object.values(policy.metrics).some(
    (rule) =>
      rule.min !== undefined ||
      rule.max !== undefined ||
      rule["max-regression"] !== undefined ||
      rule["min-improvement"] !== undefined,
  );
  if (!hasRule) {
    throw new ContractError(
      at("/metrics"),
      "/metrics",
      "has no rule (min, max, max-regression or min-improvement) on any metric, so the gate would pass every model",
      "Add at least one rule",
    );
  }
  return policy;
}

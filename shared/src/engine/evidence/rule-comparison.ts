import type { SliceRule } from "../contracts/gate-policy.js";
import { parseShare } from "../contracts/parse-share.js";
import type { Bounds, Comparison, Margin } from "./rules.js";

const margin = (amount: number | string): Margin =>
  typeof amount === "number" ? { absolute: amount } : { relative: parseShare(amount) };

/** The comparison a policy rule asks for: superiority when it names an improvement, else non-inferiority. */
export function comparisonOf(rule: SliceRule): Comparison | undefined {
  if (rule["min-improvement"] !== undefined)
    return { test: "superiority", margin: margin(rule["min-improvement"]) };
  if (rule["max-regression"] !== undefined)
    return { test: "non-inferiority", margin: margin(rule["max-regression"]) };
  return undefined;
}

/** A policy rule's absolute bounds, when it has any. */
export function boundsOf(rule: SliceRule): Bounds | undefined {
  return rule.min === undefined && rule.max === undefined
    ? undefined
    : {
        ...(rule.min === undefined ? {} : { min: rule.min }),
        ...(rule.max === undefined ? {} : { max: rule.max }),
      };
}

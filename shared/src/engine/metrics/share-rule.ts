import type { SliceRule } from "../contracts/gate-policy.js";
import type { Refuse } from "../contracts/read-gate-policy.js";

/**
 * Refuses a rule on a share (a value from 0 to 1, such as an error rate) written in points, as
 * reports show shares: a margin of 1 or more, which no change of a share can exceed (so
 * `max-regression: 1`, meant as 1 point, would pass a canary that fails every request), or a
 * bound above 1, which no share reaches. A margin given as a percentage is a share of the other
 * variant's value, and is left as it is.
 */
export function checkShareRule(
  name: string,
  rule: SliceRule,
  pointer: string,
  refuse: Refuse,
): void {
  for (const field of ["max-regression", "min-improvement"] as const) {
    const amount = rule[field];
    if (typeof amount === "number" && amount >= 1)
      refuse(
        `${pointer}/${field}`,
        `is ${amount}, but ${name} is a share from 0 to 1, which never changes by ${amount} or more, so the rule would ${field === "max-regression" ? "pass any change" : "fail every change"}`,
        "Give the margin as a share (0.01 for 1 point), or as a percentage of the other's value such as '10%'",
      );
  }
  for (const field of ["min", "max"] as const) {
    const bound = rule[field];
    if (bound !== undefined && bound > 1)
      refuse(
        `${pointer}/${field}`,
        `is ${bound}, but ${name} is a share from 0 to 1, which never ${field === "max" ? "exceeds" : "reaches"} it`,
        "Give the bound as a share: 0.05 for 5%",
      );
  }
}

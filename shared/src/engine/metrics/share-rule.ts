import type { Direction, SliceRule } from "../contracts/gate-policy.js";
import { parseShare } from "../contracts/parse-share.js";
import type { Refuse } from "../contracts/read-gate-policy.js";

/**
 * Refuses a rule on a share (a value from 0 to 1, such as an error rate) that cannot judge it:
 * a margin written in points of 1 or more, which no change of a share can exceed (so
 * `max-regression: 1`, meant as 1 point, would pass a canary that fails every request); a bound
 * above 1, which no share reaches; and a percentage of the other variant's value of 100% or more
 * where it reaches 0, a share's floor: a regression allowed down to 0 passes any value where
 * higher is better, an improvement demanded down to 0 fails all but a perfect 0 where lower is.
 */
export function checkShareRule(
  name: string,
  rule: SliceRule,
  direction: Direction,
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
  const toZero = direction === "higher" ? "max-regression" : "min-improvement";
  const relative = rule[toZero];
  if (typeof relative === "string" && parseShare(relative) >= 1)
    refuse(
      `${pointer}/${toZero}`,
      `is ${relative} of the other's ${name}, which reaches 0, a share's floor, so the rule would ${toZero === "max-regression" ? "pass any value" : "fail all but a perfect 0"}`,
      "Give a percentage below 100%, such as '10%', or the margin as a share (0.01 for 1 point)",
    );
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

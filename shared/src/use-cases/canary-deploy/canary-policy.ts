import type { GatePolicy, MetricRule } from "../../engine/contracts/gate-policy.js";
import { readGatePolicy, withDirections } from "../../engine/contracts/read-gate-policy.js";
import { InputError } from "../../engine/errors.js";
import { jsonPointer } from "../../engine/files/nesting.js";
import { checkShareRule } from "../../engine/metrics/share-rule.js";
import type { MetricSpec } from "./metric-reading.js";

/** Without a policy: a time series may be 10% worse than the baseline's, a rate 1 point worse. */
const DEFAULT_RULE: Readonly<Record<MetricSpec["kind"], MetricRule["max-regression"]>> = {
  samples: "10%",
  proportion: 0.01,
};

/** The policy every metric of the source is held to when the user gives none. */
function defaultPolicy(known: readonly MetricSpec[]): GatePolicy {
  return {
    metrics: Object.fromEntries(
      known.map((spec) => [
        spec.name,
        { direction: spec.direction ?? "lower", "max-regression": DEFAULT_RULE[spec.kind] },
      ]),
    ),
  };
}

/** The canary's policy, and the check of its rules on the metrics that turn out to be rates. */
export interface CanaryPolicy {
  readonly policy: GatePolicy;
  /**
   * Refuses, at its line, a rule that cannot judge a rate (a share from 0 to 1) among `rates`:
   * known from a preset or queries file at once, from a command's output only once it ran.
   */
  readonly checkRates: (rates: readonly string[]) => void;
}

/**
 * The gate policy the canary is judged by: the user's (eval-gate's format; fields only
 * predictions use, such as slices, are eval-gate's and unused here), checked against what the
 * source knows, or the default for every metric the source gives.
 */
export function canaryPolicy(
  file: { path: string; shownAs: string } | undefined,
  known: readonly MetricSpec[] | null,
): CanaryPolicy {
  if (!file) {
    if (known === null)
      throw new InputError(
        "policy",
        "is needed with metrics-command, whose metrics and their directions only the policy names",
        "Give a gate policy naming each metric the command prints, with its direction and max-regression",
      );
    return { policy: defaultPolicy(known), checkRates: () => undefined };
  }
  const { policy: written, refuse } = readGatePolicy(file.path, file.shownAs);
  const byName = new Map((known ?? []).map((spec) => [spec.name, spec]));
  if (known !== null) {
    for (const name of Object.keys(written.metrics)) {
      if (!byName.has(name))
        refuse(
          jsonPointer(["metrics", name]),
          "is not a metric of the preset or the queries file",
          `Judge one of ${known.map((s) => s.name).join(", ")}, or add it to the queries file`,
        );
    }
  }
  // A preset's metric, or a queries file's with a direction, has it of its own; a command's
  // metrics only the policy names.
  const policy = withDirections(written, (name) => byName.get(name)?.direction, refuse);
  const checkRates = (rates: readonly string[]) => {
    for (const name of rates) {
      const rule = policy.metrics[name];
      if (rule) checkShareRule(name, rule, rule.direction, jsonPointer(["metrics", name]), refuse);
    }
  };
  if (known !== null)
    checkRates(known.filter((spec) => spec.kind === "proportion").map((spec) => spec.name));
  return { policy, checkRates };
}

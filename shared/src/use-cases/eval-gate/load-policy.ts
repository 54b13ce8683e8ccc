import type { GatePolicy } from "../../engine/contracts/gate-policy.js";
import {
  checkRule,
  readGatePolicy,
  withDirections,
  type Refuse,
} from "../../engine/contracts/read-gate-policy.js";
import {
  metricDefinition,
  MetricError,
  type MetricDefinition,
} from "../../engine/metrics/index.js";
import { jsonPointer } from "../../engine/files/nesting.js";
import { checkShareRule } from "../../engine/metrics/share-rule.js";
import { parseShare } from "../../engine/contracts/parse-share.js";
import { REFUSAL_NAME_LIMIT, shorten } from "../../engine/report/shorten.js";

/**
 * What McNemar's test fits, as a refusal lists it: on predictions (`exampleScores` given), the
 * mean of a per-example score too, where each is 0 or 1 (right or wrong), which the read of the
 * files checks; a metrics file holds no per-example score, so its `<x>_mean` is no such mean.
 */
const mcnemarFits = (exampleScores: readonly string[] | undefined) =>
  exampleScores
    ? "a proportion of examples (accuracy, binary recall, the mean of a per-example score of 0 and 1)"
    : "a proportion of examples (accuracy, binary recall; the mean of a per-example score of 0 and 1 only where the files are per-example predictions, not metrics)";

/**
 * The registry's definition of a metric name (`accuracy`, `log_loss`; `<score>_mean` for each
 * of `exampleScores`), or undefined for a name it does not know.
 */
function knownDefinition(
  name: string,
  exampleScores?: readonly string[],
): MetricDefinition | undefined {
  try {
    return metricDefinition(name, exampleScores);
  } catch (error) {
    if (!(error instanceof MetricError)) throw error;
    return undefined;
  }
}

/**
 * A method names a test that fits only some metrics: McNemar proportions (`mcnemarFits`),
 * DeLong ROC AUC. `exampleScores`, on predictions, name the per-example scores.
 */
function checkMethod(
  name: string,
  method: string | undefined,
  pointer: string,
  refuse: Refuse,
  exampleScores: readonly string[] | undefined,
) {
  if (method === undefined || method === "auto" || method === "bootstrap") return;
  const definition = knownDefinition(name, exampleScores);
  // A binary recall is the share of the positive examples found: a paired proportion too.
  const fits =
    method === "mcnemar"
      ? definition?.proportion || definition?.scoreColumn !== undefined || name === "recall"
      : name === "roc_auc";
  if (!fits) {
    refuse(
      `${pointer}/method`,
      `is ${method}, which tests ${method === "mcnemar" ? mcnemarFits(exampleScores) : "a binary ROC AUC"}, not ${shorten(name, REFUSAL_NAME_LIMIT)}`,
      "Use method auto or bootstrap for this metric",
    );
  }
}

/** Slice overrides name a policy metric and a `<column>=<value>` of a slice column. */
function checkSlices(policy: GatePolicy, refuse: Refuse): void {
  for (const [slice, rules] of Object.entries(policy.slices?.overrides ?? {})) {
    const pointer = jsonPointer(["slices", "overrides", slice]);
    const column = slice.split("=")[0]!;
    if (!slice.includes("=") || !policy.slices!.by.includes(column)) {
      refuse(
        pointer,
        `is not '<column>=<value>' of a column in slices.by`,
        "Name a slice as region=eu, with region in slices.by",
      );
    }
    for (const [metric, rule] of Object.entries(rules)) {
      const at = jsonPointer(["slices", "overrides", slice, metric]);
      if (!Object.hasOwn(policy.metrics, metric)) {
        refuse(at, "is not a metric of the policy", "Override only metrics listed under metrics");
      }
      checkRule(rule, at, refuse);
    }
  }
  const allowed = policy["max-unpaired"];
  if (allowed !== undefined && parseShare(allowed) > 1) {
    refuse(
      "/max-unpaired",
      `is ${allowed}, more than all of the examples`,
      "Give a share from 0 to 1, or a percentage such as '1%'",
    );
  }
}

/**
 * On predictions, every metric is one computed from them: refused at its line in the policy, with
 * the name it likely misspells, rather than by the reader with no line once the files are read.
 */
function checkComputed(
  name: string,
  exampleScores: readonly string[],
  pointer: string,
  refuse: Refuse,
): MetricDefinition {
  try {
    return metricDefinition(name, exampleScores);
  } catch (error) {
    if (!(error instanceof MetricError)) throw error;
    return refuse(pointer, error.problem, error.fix!);
  }
}

/** A policy, and a way to refuse a field of it at its line. */
export interface CheckedPolicy {
  readonly policy: GatePolicy;
  readonly refuse: Refuse;
}

/**
 * Reads and checks a gate policy for eval-gate; a policy that could pass everything is refused.
 * `predictions`, when the gate compares predictions, says which per-example scores give metrics.
 * Returns the policy and a way to refuse a field of it at its line, for what only the
 * predictions files can tell (a slice column they lack).
 */
export function checkPolicy(
  path: string,
  shownAs: string,
  predictions?: { readonly exampleScores: readonly string[] },
  /** The file as `readPolicyFirst` read it already, so that it is read once. */
  read: ReturnType<typeof readGatePolicy> = readGatePolicy(path, shownAs),
): CheckedPolicy {
  const { refuse } = read;
  // On predictions, each metric's definition: an unknown name is refused at its line, with the
  // name it likely misspells, rather than by the reader with no line once the files are read.
  const computed = new Map<string, MetricDefinition>();
  if (predictions) {
    for (const name of Object.keys(read.policy.metrics)) {
      const pointer = jsonPointer(["metrics", name]);
      computed.set(name, checkComputed(name, predictions.exampleScores, pointer, refuse));
    }
  }
  // A metric computed from predictions, or one a metrics file names as the registry does, has a
  // direction of its own: a policy that turns it round (a log loss judged higher is better)
  // would pass a worse model.
  const policy = withDirections(
    read.policy,
    (name) => (predictions ? computed.get(name) : knownDefinition(name))?.direction,
    refuse,
    (name) => shorten(name, REFUSAL_NAME_LIMIT),
  );
  // Metrics from 0 to 1, whose margins and bounds written in points are refused.
  const shares = new Set<string>();
  for (const [name, rule] of Object.entries(policy.metrics)) {
    const pointer = jsonPointer(["metrics", name]);
    if (computed.get(name)?.share) {
      shares.add(name);
      checkShareRule(name, rule, rule.direction, pointer, refuse);
    }
    checkMethod(name, rule.method, pointer, refuse, predictions?.exampleScores);
  }
  checkSlices(policy, refuse);
  for (const [slice, rules] of Object.entries(policy.slices?.overrides ?? {}))
    for (const [name, rule] of Object.entries(rules))
      if (shares.has(name))
        checkShareRule(
          name,
          rule,
          policy.metrics[name]!.direction,
          jsonPointer(["slices", "overrides", slice, name]),
          refuse,
        );
  return { policy, refuse };
}

/** A gate policy read and checked for eval-gate (see `checkPolicy`). */
export function loadPolicy(
  path: string,
  shownAs: string,
  predictions?: { readonly exampleScores: readonly string[] },
): GatePolicy {
  return checkPolicy(path, shownAs, predictions).policy;
}

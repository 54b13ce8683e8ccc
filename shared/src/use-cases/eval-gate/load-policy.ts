import { ContractError } from "../../engine/errors.js";
import { readStructured } from "../../engine/files/read-structured.js";
import {
  gatePolicyContract,
  type GatePolicy,
  type SliceRule,
} from "../../engine/contracts/gate-policy.js";
import { validateContract } from "../../engine/contracts/validate.js";
import { metricDefinition, MetricError } from "../../engine/metrics/index.js";
import { parseShare } from "./parse-share.js";

/** Refuses at `pointer` with the file and line. */
type Refuse = (pointer: string, problem: string, fix: string) => never;

/** A rule no value passes, or one that asks for two comparisons at once. */
function checkRule(rule: SliceRule, pointer: string, refuse: Refuse): void {
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

/** A method names a test that fits only some metrics: McNemar proportions, DeLong ROC AUC. */
function checkMethod(name: string, method: string | undefined, pointer: string, refuse: Refuse) {
  if (method === undefined || method === "auto" || method === "bootstrap") return;
  let proportion = false;
  try {
    proportion = metricDefinition(name).proportion;
  } catch (error) {
    if (!(error instanceof MetricError)) throw error;
  }
  const fits = method === "mcnemar" ? proportion : name === "roc_auc";
  if (!fits) {
    refuse(
      `${pointer}/method`,
      `is ${method}, which tests ${method === "mcnemar" ? "a proportion of examples (accuracy)" : "a binary ROC AUC"}, not ${name}`,
      "Use method auto or bootstrap for this metric",
    );
  }
}

/** Slice overrides name a policy metric and a `<column>=<value>` of a slice column. */
function checkSlices(policy: GatePolicy, refuse: Refuse): void {
  for (const [slice, rules] of Object.entries(policy.slices?.overrides ?? {})) {
    const pointer = `/slices/overrides/${slice}`;
    const column = slice.split("=")[0]!;
    if (!slice.includes("=") || !policy.slices!.by.includes(column)) {
      refuse(
        pointer,
        `is not '<column>=<value>' of a column in slices.by`,
        "Name a slice as region=eu, with region in slices.by",
      );
    }
    for (const [metric, rule] of Object.entries(rules)) {
      if (!Object.hasOwn(policy.metrics, metric)) {
        refuse(
          `${pointer}/${metric}`,
          "is not a metric of the policy",
          "Override only metrics listed under metrics",
        );
      }
      checkRule(rule, `${pointer}/${metric}`, refuse);
    }
  }
  const allowed = policy["max-unpaired"];
  if (allowed !== undefined && parseShare(allowed) > 1) {
    refuse(
      "/max-unpaired",
      `is ${allowed}, more than all of the rows`,
      "Give a share from 0 to 1, or a percentage such as '1%'",
    );
  }
}

/** Reads and checks a gate policy; a policy that could pass everything is refused. */
export function loadPolicy(path: string, shownAs: string): GatePolicy {
  const doc = readStructured(path, shownAs);
  const policy = validateContract<GatePolicy>(gatePolicyContract, doc.value, shownAs, doc.lineOf);
  const refuse: Refuse = (pointer, problem, fix) => {
    const line = doc.lineOf(pointer);
    throw new ContractError(
      line === undefined ? shownAs : `${shownAs}:${line}`,
      pointer,
      problem,
      fix,
    );
  };
  for (const [name, rule] of Object.entries(policy.metrics)) {
    checkRule(rule, `/metrics/${name}`, refuse);
    checkMethod(name, rule.method, `/metrics/${name}`, refuse);
  }
  checkSlices(policy, refuse);
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
  return policy;
}

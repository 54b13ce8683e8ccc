import { compileSchema } from "./json-schema.js";
import schema from "./schemas/gate-policy.schema.json" with { type: "json" };
import type { Contract } from "./validate.js";

export type Direction = "higher" | "lower";

export interface MetricRule {
  readonly direction: Direction;
  readonly description?: string;
  readonly min?: number;
  readonly max?: number;
  /** An absolute amount (0.01) or a share of the champion's value ("2%"). */
  readonly "max-regression"?: number | string;
  /** Missing from a file fails the gate (default true); false shows it as skipped. */
  readonly required?: boolean;
  /** The margin the challenger must beat the champion by: an amount or "1%". */
  readonly "min-improvement"?: number | string;
  readonly method?: "auto" | EvidenceMethod;
  /** A fairness metric's sensitive column. */
  readonly sensitive?: string;
  /** Whether the metric is judged per slice too (default true). */
  readonly slices?: boolean;
}

/**
 * A metric's rule as a policy file writes it: the direction may be left out where the metric
 * has its own (one computed from predictions, a preset's), which `withDirections` fills in.
 */
export type WrittenMetricRule = Omit<MetricRule, "direction"> & { readonly direction?: Direction };

export type EvidenceMethod = "mcnemar" | "delong" | "bootstrap";

/** The rule fields a slice may replace. */
export type SliceRule = Pick<MetricRule, "min" | "max" | "max-regression" | "min-improvement">;

export interface SlicePolicy {
  readonly by: readonly string[];
  readonly "min-samples"?: number;
  /** By `<column>=<value>`, then by metric. */
  readonly overrides?: Readonly<Record<string, Readonly<Record<string, SliceRule>>>>;
}

export interface GatePolicy {
  readonly schema?: "mlops.gate-policy/v1";
  readonly metrics: Readonly<Record<string, MetricRule>>;
  readonly confidence?: number;
  readonly correction?: "holm" | "bh" | "none";
  readonly "on-insufficient"?: "inconclusive" | "fail" | "pass";
  readonly "max-unpaired"?: number | string;
  /** The fewest observations a metric needs to be judged (per variant for canary-deploy). */
  readonly "min-samples"?: number;
  readonly resamples?: number;
  readonly seed?: number;
  readonly slices?: SlicePolicy;
}

/** A gate policy as its file writes it (`readGatePolicy`), before `withDirections`. */
export interface WrittenGatePolicy extends Omit<GatePolicy, "metrics"> {
  readonly metrics: Readonly<Record<string, WrittenMetricRule>>;
}

export const gatePolicyContract: Contract = {
  id: "mlops.gate-policy/v1",
  validate: compileSchema(schema),
  describe:
    "A gate policy is a YAML or JSON object with a 'metrics' map, such as metrics: { accuracy: { max-regression: 1% } }",
};

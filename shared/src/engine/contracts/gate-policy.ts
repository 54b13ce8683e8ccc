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

export const gatePolicyContract: Contract = {
  id: "mlops.gate-policy/v1",
  validate: compileSchema(schema),
  describe:
    "A gate policy is a YAML or JSON object with a 'metrics' map, such as metrics: { accuracy: { direction: higher, max-regression: 1% } }",
};

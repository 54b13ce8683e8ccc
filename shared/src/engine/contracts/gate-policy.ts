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
}

export interface GatePolicy {
  readonly schema?: "mlops.gate-policy/v1";
  readonly metrics: Readonly<Record<string, MetricRule>>;
}

export const gatePolicyContract: Contract = {
  id: "mlops.gate-policy/v1",
  validate: compileSchema(schema),
};

import schema from "./schemas/canary-report.schema.json" with { type: "json" };
import { writtenContract, type Contract } from "./validate.js";

/** `mlops.canary-report/v1`: a canary rollout, step by step (see canary-report.schema.json). */
export const canaryReportContract: Contract = writtenContract(
  "mlops.canary-report/v1",
  schema,
  "A canary report is the JSON canary-deploy writes at its report-path (mlops-out/canary-report.json by default)",
);

export type CanaryOutcome = "promoted" | "rolled-back" | "inconclusive";

/** The fields another action reads: promote takes a promoted report as evidence for its model. */
export interface CanaryReportHead {
  readonly schema: "mlops.canary-report/v1";
  readonly outcome: CanaryOutcome;
  readonly reason: string;
  readonly final_weight: number;
  readonly environment: string;
  readonly model: { readonly path: string; readonly sha256: string } | null;
  /** Each step's weight and verdict: a promoted outcome stands on them (promote checks it). */
  readonly steps: readonly {
    readonly step: number;
    readonly weight: number;
    readonly verdict: "pass" | "fail" | "hold" | "not-judged";
  }[];
}

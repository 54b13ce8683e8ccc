import type { EvalReport } from "../../engine/contracts/eval-report.js";
import type { AssetDigest } from "../../platform/registry/plan.js";

export const OPERATIONS = [
  "register",
  "assign",
  "unassign",
  "rollback",
  "deregister",
  "restore",
  "deprecate",
  "undeprecate",
] as const;
export type Operation = (typeof OPERATIONS)[number];

/** What one promote run did; the schema, promote-report.schema.json, describes every field. */
export interface PromoteReport {
  readonly schema: "mlops.promote-report/v1";
  readonly tool: { readonly name: "mlops"; readonly version: string };
  readonly created_at: string;
  readonly artifact: string;
  readonly operations: readonly {
    readonly operation: Operation;
    readonly tag: string;
    readonly created: boolean;
  }[];
  readonly version: string | null;
  readonly stage: string | null;
  readonly previous_version: string | null;
  readonly rollback_from: string | null;
  readonly stages_now: readonly {
    readonly stage: string;
    readonly version: string | null;
    readonly tag: string | null;
  }[];
  readonly evidence: {
    readonly file: string;
    readonly sha256: string;
    readonly verdict: EvalReport["verdict"];
    readonly model_sha256: string | null;
  } | null;
  readonly assets: readonly AssetDigest[];
  readonly skipped: readonly string[];
  readonly release_url: string | null;
  readonly backend: "git" | "github";
  readonly actor: string | null;
  readonly changed: boolean;
  readonly dry_run: boolean;
}

import { writtenContract, type Contract } from "../../engine/contracts/validate.js";
import type { CheckResult } from "./check-result.js";
import schema from "./validation-report.schema.json" with { type: "json" };

/** `mlops.validation-report/v1`: what validate-data found (see validation-report.schema.json). */
export const validationReportContract: Contract = writtenContract(
  "mlops.validation-report/v1",
  schema,
  "A validation report is the JSON validate-data writes at its report-path (mlops-out/validation-report.json by default)",
);

export interface FileRef {
  readonly file: string;
  readonly sha256: string;
}

export interface ValidationReport {
  readonly schema: "mlops.validation-report/v1";
  readonly tool: { readonly name: "mlops"; readonly version: string };
  readonly created_at: string;
  readonly valid: boolean;
  readonly data: {
    readonly source: string;
    readonly digest: string;
    readonly rows: number;
    readonly columns: readonly string[];
    readonly files: readonly {
      readonly file: string;
      readonly sha256: string;
      readonly bytes: number;
      readonly rows: number;
    }[];
  };
  readonly contract: FileRef;
  readonly reference_profile: FileRef | null;
  readonly counts: {
    readonly checks: number;
    readonly passed: number;
    readonly failed: number;
    readonly skipped: number;
    readonly invalid_rows: number;
  };
  readonly checks: readonly CheckResult[];
  readonly notes: readonly string[];
}

import type { AggregateJudgement, MetricRow, RowStatus } from "./judge-aggregate.js";

export interface FileRef {
  readonly file: string;
  readonly sha256: string;
}

/** The eval report, `mlops.eval-report/v1` (see contracts/eval-report.ts). */
export interface EvalReport {
  readonly schema: "mlops.eval-report/v1";
  readonly tool: { readonly name: "mlops"; readonly version: string };
  readonly created_at: string;
  readonly mode: "aggregate";
  readonly verdict: AggregateJudgement["verdict"];
  readonly challenger: FileRef;
  readonly champion: FileRef | null;
  readonly policy: FileRef;
  readonly model: FileRef | null;
  readonly rows: readonly MetricRow[];
  readonly counts: Readonly<Record<RowStatus, number>>;
  readonly notes: readonly string[];
}

export const countStatuses = (rows: readonly MetricRow[]): Record<RowStatus, number> => {
  const counts: Record<RowStatus, number> = { pass: 0, fail: 0, skipped: 0, info: 0 };
  for (const row of rows) counts[row.status]++;
  return counts;
};

import type { MetricRow, ReportRow, RowStatus } from "../../engine/contracts/eval-report.js";

const finiteOrNull = (x: number | null): number | null =>
  x !== null && Number.isFinite(x) ? x : null;

/** Both values of a metric and their difference; a difference beyond the float range is null. */
export function compareValues(champion: number | null, challenger: number | null) {
  const delta =
    challenger !== null && champion !== null ? finiteOrNull(challenger - champion) : null;
  return {
    champion,
    challenger,
    delta,
    relative_delta: delta !== null && champion ? finiteOrNull(delta / Math.abs(champion)) : null,
  };
}

/** A row in full: an ungated metric's compact row with what it leaves out filled in. */
export const judgedRow = (row: ReportRow): MetricRow =>
  "rule" in row
    ? row
    : {
        metric: row.metric,
        slice: null,
        gated: false,
        direction: null,
        ...compareValues(row.champion, row.challenger),
        rule: "not in the policy",
        checks: [],
        status: "info",
        reason: null,
      };

export { countStatuses } from "../../engine/contracts/eval-verdict.js";

/** The judged rows of a status; an ungated row is only ever `info`. */
export const rowsWith = (rows: readonly ReportRow[], status: RowStatus): MetricRow[] =>
  rows.filter((row): row is MetricRow => "status" in row && row.status === status);

/** The rows that failed. */
export const failedRows = (rows: readonly ReportRow[]): MetricRow[] => rowsWith(rows, "fail");

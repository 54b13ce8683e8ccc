import type { MetricRow, RowStatus } from "../../engine/contracts/eval-report.js";

export const countStatuses = (rows: readonly MetricRow[]): Record<RowStatus, number> => {
  const counts: Record<RowStatus, number> = { pass: 0, fail: 0, skipped: 0, info: 0 };
  for (const row of rows) counts[row.status]++;
  return counts;
};

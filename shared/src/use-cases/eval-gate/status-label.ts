import type { RowStatus } from "../../engine/contracts/eval-report.js";

/** How a row's status reads in the comment's tables. */
export const STATUS_LABEL: Readonly<Record<RowStatus, string>> = {
  pass: "✅ pass",
  fail: "❌ fail",
  inconclusive: "❔ inconclusive",
  skipped: "⏭️ skipped",
  info: "ℹ️ info",
};

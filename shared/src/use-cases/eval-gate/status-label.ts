import type { RowStatus } from "../../engine/contracts/eval-report.js";

/** How a row's status reads in the comment's tables. */
export const STATUS_LABEL: Readonly<Record<RowStatus, string>> = {
  pass: "✅ pass",
  fail: "❌ fail",
  inconclusive: "❔ inconclusive",
  skipped: "⏭️ skipped",
  info: "ℹ️ info",
};

/** How a status reads in a count of rows: `15 failed, 955 inconclusive`. */
export const STATUS_WORD: Readonly<Record<RowStatus, string>> = {
  fail: "failed",
  inconclusive: "inconclusive",
  pass: "passed",
  skipped: "skipped",
  info: "info",
};

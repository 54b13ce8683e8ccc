/** How a report's first line reads each verdict an action can reach. */
export type ReportStatus = "pass" | "fail" | "inconclusive" | "drift" | "warning";

const EMOJI: Record<ReportStatus, string> = {
  pass: "✅",
  fail: "❌",
  inconclusive: "⚠️",
  drift: "⚠️",
  warning: "⚠️",
};

/**
 * The first line of every summary and comment the suite writes, so a reader scanning a pull
 * request or a run sees one shape: `### ❌ eval-gate: fail (1 of 2 gated metrics failed)`.
 * `detail` is the reporter's own text (counts, settings), not escaped here.
 */
export const reportHeadline = (action: string, status: ReportStatus, detail = ""): string =>
  `### ${EMOJI[status]} ${action}: ${status}${detail ? ` (${detail})` : ""}`;

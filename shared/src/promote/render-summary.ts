import type { RegistryEvent } from "../registry/registry-state.js";
import { markdownTable } from "../report/markdown-table.js";
import { escapeMarkdown } from "../report/sanitize.js";

/** The most recent events a summary shows; the full history is in the tags. */
export const HISTORY_ROWS = 30;

export interface PromoteSummary {
  readonly artifact: string;
  readonly operation: string;
  readonly outcome: "created" | "unchanged" | "dry-run";
  readonly version: string | undefined;
  readonly tag: string | undefined;
  readonly stage: string | undefined;
  readonly stageTag: string | undefined;
  readonly previousVersion: string | undefined;
  readonly evidence: string | undefined;
  readonly skipped: readonly string[];
  readonly releaseUrl: string | undefined;
  /** The stage's events (or the artifact's, when no stage was touched), oldest first. */
  readonly history: readonly RegistryEvent[];
}

const code = (text: string) => `\`${text.replace(/`/g, "")}\``;

const OUTCOMES = {
  created: "done",
  unchanged: "already done: the registry says so already, nothing was created",
  "dry-run": "dry run: checked, nothing was created",
};

const describe = (event: RegistryEvent): string =>
  event.action === "assign" || event.action === "unassign"
    ? `${event.action} ${event.stage ?? ""}`
    : event.action;

/** The job summary of a promotion: what happened, and the stage's history under it. */
export function renderSummary(summary: PromoteSummary): string {
  const target = summary.stage ? ` to ${escapeMarkdown(summary.stage)}` : "";
  const title = `## promote: ${escapeMarkdown(summary.artifact)} ${escapeMarkdown(summary.version ?? "")}${target}`;
  const rows: string[][] = [
    ["operation", escapeMarkdown(summary.operation)],
    ["outcome", OUTCOMES[summary.outcome]],
  ];
  if (summary.tag) rows.push(["version tag", code(summary.tag)]);
  if (summary.stageTag) rows.push(["stage tag", code(summary.stageTag)]);
  if (summary.stage)
    rows.push([
      "before",
      summary.previousVersion ? escapeMarkdown(summary.previousVersion) : "none",
    ]);
  if (summary.evidence) rows.push(["evidence", escapeMarkdown(summary.evidence)]);
  if (summary.skipped.length)
    rows.push(["checks skipped", escapeMarkdown(summary.skipped.join(", "))]);
  if (summary.releaseUrl) rows.push(["release", code(summary.releaseUrl)]);

  const shown = summary.history.slice(-HISTORY_ROWS).reverse();
  const history = markdownTable(
    ["tag", "event", "version", "who", "when", "why"],
    shown.map((e) => [
      code(e.tag),
      escapeMarkdown(describe(e)),
      escapeMarkdown(e.version ?? ""),
      escapeMarkdown(e.tagger.name),
      e.date.toISOString().replace(".000Z", "Z"),
      escapeMarkdown(e.summary),
    ]),
  );
  const heading = summary.stage
    ? `### History of ${escapeMarkdown(summary.stage)}, latest first`
    : `### History of ${escapeMarkdown(summary.artifact)}, latest first`;
  const more =
    summary.history.length > HISTORY_ROWS
      ? `\n\n${summary.history.length - HISTORY_ROWS} earlier events are in the registry's tags.`
      : "";
  return `${title}\n\n${markdownTable(["", ""], rows)}\n\n${heading}\n\n${shown.length ? history : "No events yet."}${more}\n`;
}

import { eventLabel, type RegistryEvent } from "../../platform/registry/registry-state.js";
import type { StageNow } from "../../platform/registry/stages-now.js";
import { markdownTable } from "../../engine/report/markdown-table.js";
import { reportHeadline } from "../../engine/report/report-headline.js";
import { codeSpan, sanitizeMarkdown } from "../../engine/report/sanitize-markdown.js";

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
  /** Stages the run moved without naming them (a deregistration's, an unassignment's). */
  readonly moved: readonly StageNow[];
  readonly releaseUrl: string | undefined;
  /** The stage's events (or the artifact's, when no stage was touched), oldest first. */
  readonly history: readonly RegistryEvent[];
}

/** Tags and links are shown exactly, as code, in cells of the table. */
const code = (text: string) => codeSpan(text, { inTable: true });

const OUTCOMES = {
  created: "done",
  unchanged: "already done: the registry says so already, nothing was created",
  "dry-run": "dry run: checked, nothing was created",
};

/** The job summary of a promotion: what happened, and the stage's history under it. */
export function renderSummary(summary: PromoteSummary): string {
  const version = summary.version ? ` ${sanitizeMarkdown(summary.version)}` : "";
  const target = summary.stage ? ` to ${sanitizeMarkdown(summary.stage)}` : "";
  const promoted = `${sanitizeMarkdown(summary.artifact)}${version}${target}`;
  const title = reportHeadline(
    "promote",
    "pass",
    summary.outcome === "dry-run" ? `${promoted}, dry run` : promoted,
  );
  const rows: string[][] = [
    ["Operation", sanitizeMarkdown(summary.operation)],
    ["Outcome", OUTCOMES[summary.outcome]],
  ];
  if (summary.tag) rows.push(["Version tag", code(summary.tag)]);
  if (summary.stageTag) rows.push(["Stage tag", code(summary.stageTag)]);
  if (summary.stage)
    rows.push([
      "Before",
      summary.previousVersion ? sanitizeMarkdown(summary.previousVersion) : "none",
    ]);
  if (summary.evidence) rows.push(["Evidence", sanitizeMarkdown(summary.evidence)]);
  if (summary.skipped.length)
    rows.push(["Checks skipped", sanitizeMarkdown(summary.skipped.join(", "))]);
  for (const { stage, version, before } of summary.moved)
    rows.push([
      `${sanitizeMarkdown(stage)} after`,
      `${sanitizeMarkdown(version ?? "empty")}, was ${sanitizeMarkdown(before ?? "empty")}`,
    ]);
  if (summary.releaseUrl) rows.push(["Release", code(summary.releaseUrl)]);

  const shown = summary.history.slice(-HISTORY_ROWS).reverse();
  const history = markdownTable(
    ["Tag", "Event", "Version", "Who", "When", "Why"],
    shown.map((e) => [
      code(e.tag),
      sanitizeMarkdown(eventLabel(e)),
      sanitizeMarkdown(e.version ?? ""),
      sanitizeMarkdown(e.tagger.name),
      e.date.toISOString().replace(".000Z", "Z"),
      sanitizeMarkdown(e.summary),
    ]),
  );
  const heading = summary.stage
    ? `**History of ${sanitizeMarkdown(summary.stage)}, latest first**`
    : `**History of ${sanitizeMarkdown(summary.artifact)}, latest first**`;
  const more =
    summary.history.length > HISTORY_ROWS
      ? `\n\n${summary.history.length - HISTORY_ROWS} earlier events are in the registry's tags.`
      : "";
  return `${title}\n\n${markdownTable(["", ""], rows)}\n\n${heading}\n\n${shown.length ? history : "No events yet."}${more}\n`;
}

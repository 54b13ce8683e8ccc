import { markdownTable } from "../../engine/report/markdown-table.js";
import { sanitizeMarkdown } from "../../engine/report/sanitize-markdown.js";
import type { RegistryOverview } from "../../platform/registry/registry-overview.js";

/** What a cell with nothing to say shows, as in `gto show`. */
const NONE = "-";

const cell = (text: string | undefined): string => (text ? sanitizeMarkdown(text) : NONE);

/** `#prod`: escaped as a cell is, but a `#` inside a table cell starts no heading. */
const stageHeader = (stage: string): string => sanitizeMarkdown(`#${stage}`).replace(/^\\#/, "#");

/** As GTO marks them: `*name` for an artifact annotated but never registered. */
const nameCell = (a: RegistryOverview["artifacts"][number]): string =>
  `${a.versions.length ? "" : "*"}${a.artifact}${a.deprecation ? " (deprecated)" : ""}`;

/**
 * The overview as `gto show` lays it out: a row per artifact with its latest version and the
 * version in each stage (a column `#stage` each), then its type, description and labels from
 * artifacts.yaml when any artifact has them; an artifact only annotated is marked `*name`. Markdown; the host shows it as text on a terminal.
 */
export function registryTable({ stages, artifacts }: RegistryOverview): string {
  if (artifacts.length === 0) return "No artifacts in the registry.";
  const extra = [
    { header: "type", of: (a: (typeof artifacts)[number]) => a.type },
    { header: "description", of: (a: (typeof artifacts)[number]) => a.description },
    { header: "labels", of: (a: (typeof artifacts)[number]) => a.labels.join(", ") },
  ].filter((column) => artifacts.some((a) => column.of(a)));
  const rows = artifacts.map((a) => [
    cell(nameCell(a)),
    cell(a.latest),
    ...stages.map((stage) => cell(a.stages.find((s) => s.stage === stage)?.version)),
    ...extra.map((column) => cell(column.of(a))),
  ]);
  return markdownTable(
    ["name", "latest", ...stages.map(stageHeader), ...extra.map((c) => c.header)],
    rows,
  );
}

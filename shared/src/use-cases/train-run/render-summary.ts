import { formatNumber } from "../../engine/report/format-number.js";
import { markdownTable } from "../../engine/report/markdown-table.js";
import { shorten } from "../../engine/report/shorten.js";
import {
  codeSpan,
  sanitizeMarkdown,
  sanitizeMermaidLabel,
} from "../../engine/report/sanitize-markdown.js";
import type { MetricPoint } from "../../engine/metrics/read-metrics.js";
import type { RunRecord } from "../../engine/contracts/run-record.js";
import { thinHistory } from "./thin-history.js";

/** A chart past this many points is thinned to it: Mermaid draws each, and summaries are capped. */
const CHART_POINTS = 60;
/** Charts beyond these are left to the run record: a summary of fifty charts helps no one. */
const CHARTS = 8;

/** Nested params as dotted names with their values, as the metrics are named. */
function flatten(value: unknown, names: string[] = []): [string, string][] {
  if (value !== null && typeof value === "object" && !Array.isArray(value))
    return Object.entries(value).flatMap(([key, child]) => flatten(child, [...names, key]));
  return [[names.join("."), typeof value === "string" ? value : JSON.stringify(value)]];
}

const table = (header: string, rows: [string, string][]) =>
  markdownTable(
    [header, "value"],
    rows.map(([name, value]) => [
      codeSpan(shorten(name), { inTable: true }),
      codeSpan(shorten(value), { inTable: true }),
    ]),
  );

/** A metric's history as a Mermaid line chart; the metric's name is untrusted text. */
export function historyChart(name: string, history: readonly MetricPoint[]): string {
  const points = thinHistory(history, CHART_POINTS);
  const label = sanitizeMermaidLabel(shorten(name));
  return [
    "```mermaid",
    "xychart-beta",
    `  title "${label}"`,
    `  x-axis "step" [${points.map((p) => p.step).join(", ")}]`,
    `  y-axis "${label}"`,
    // Six significant digits draw the same line as seventeen, in a summary a third as long.
    `  line [${points.map((p) => Number(p.value.toPrecision(6))).join(", ")}]`,
    "```",
  ].join("\n");
}

function gpuTable(gpu: NonNullable<RunRecord["gpu"]>): string {
  const pair = (s: { mean: number | null; max: number | null }) =>
    `${formatNumber(s.mean)} / ${formatNumber(s.max)}`;
  return markdownTable(
    [
      "GPU",
      "utilisation % (mean / max)",
      "memory MiB (mean / max)",
      "power W (mean / max)",
      "temperature °C (mean / max)",
    ],
    gpu.devices.map((d) => [
      `${d.index}: ${codeSpan(d.name, { inTable: true })}`,
      pair(d.utilization_pct),
      pair(d.memory_used_mib),
      pair(d.power_w),
      pair(d.temperature_c),
    ]),
    ["left", "right", "right", "right", "right"],
  );
}

/** The job summary: how the run ended, its params, final metrics, their histories and GPU usage. */
export function renderSummary(record: RunRecord): string {
  const params = flatten(record.params).filter(([name]) => name !== "");
  const final = Object.entries(record.metrics.final);
  const charts = Object.entries(record.metrics.history).filter(([, h]) => h.length > 1);
  const ended = record.error ? `: ${sanitizeMarkdown(record.error)}` : "";
  return [
    `## train-run ${codeSpan(record.run_id)}: ${record.status} in ${formatNumber(record.duration_s)} s${ended}`,
    params.length > 0 ? `### Params\n\n${table("param", params)}` : "",
    final.length > 0
      ? `### Final metrics\n\n${table(
          "metric",
          final.map(([n, v]) => [n, formatNumber(v)]),
        )}`
      : "",
    charts.length > 0
      ? `### Histories\n\n${charts
          .slice(0, CHARTS)
          .map(([n, h]) => historyChart(n, h))
          .join("\n\n")}`
      : "",
    record.gpu ? `### GPU usage\n\n${gpuTable(record.gpu)}` : "",
    record.model
      ? `Model ${codeSpan(record.model.path)}: sha256 ${codeSpan(record.model.digest)}`
      : "",
    record.notes.map((note) => `> ${sanitizeMarkdown(note)}`).join("\n"),
  ]
    .filter((part) => part !== "")
    .join("\n\n")
    .concat("\n");
}

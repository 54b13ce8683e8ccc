/**
 * The parts of the comment that only a gate on per-example predictions has: each delta with
 * its interval, a chart of the deltas against their margins, and the slices and fairness rows
 * folded away. Everything from the report is sanitised: a fork's run may have written it.
 */
import type { EvalReport, MetricRow } from "../../engine/contracts/eval-report.js";
import { formatNumber, formatSigned } from "../../engine/report/format-number.js";
import { counted } from "../../engine/report/counted.js";
import { markdownTable } from "../../engine/report/markdown-table.js";
import {
  codeSpan,
  sanitizeMarkdown,
  sanitizeMermaidLabel,
} from "../../engine/report/sanitize-markdown.js";
import { shorten } from "../../engine/report/shorten.js";
import { reasonLines } from "./reason-lines.js";
import { STATUS_LABEL } from "./status-label.js";

const FAIRNESS = new Set(["demographic_parity_difference", "equalized_odds_difference"]);

/** Improvements and regressions marked by the metric's better direction. */
function marked(row: MetricRow): string {
  if (row.delta === null) return "—";
  // Sums in a different order differ in the last bits: that is no change.
  const nothing = Math.abs(row.delta) <= 1e-12 * Math.max(1, Math.abs(row.champion ?? 0));
  if (nothing) return "0";
  const better = row.direction === "lower" ? row.delta < 0 : row.delta > 0;
  const sign = better ? " ▲" : " ▼";
  return `${formatSigned(row.delta)}${sign}`;
}

function interval(row: MetricRow): string {
  const e = row.evidence;
  if (!e?.interval) return "—";
  const level = `${formatNumber(Number((e.confidence * 100).toPrecision(4)))}%`;
  // Bounds alone judge the challenger's own value, not its change.
  return e.interval_of === "challenger"
    ? `value in [${formatNumber(e.interval.lower)}, ${formatNumber(e.interval.upper)}] at ${level}`
    : `[${formatSigned(e.interval.lower)}, ${formatSigned(e.interval.upper)}] at ${level}`;
}

/**
 * A p-value as the table shows it. A computed 0 is never the truth: a tail too small for a
 * double, or an interval of zero width. It reads as a bound, as R prints `< 2.2e-16` for what it
 * cannot resolve: `< 1e-300`, never `0`. One at the bootstrap's floor, 1 / (resamples + 1),
 * reads as the bound it is: `≤ 0.01998`.
 */
function pValue(row: MetricRow): string {
  const p = row.evidence?.p_adjusted;
  if (p === null || p === undefined) return "—";
  if (p === 0) return "< 1e-300";
  // Every resample on one side: the bootstrap can say no smaller, not that it is this.
  return row.evidence?.p_at_floor ? `≤ ${formatNumber(p)}` : formatNumber(p);
}

/**
 * The table's titles. The p column is adjusted by the policy's correction; under `correction:
 * none` it holds each check's own two-sided p-value (Holm over a check's two claims leaves the
 * smaller one's doubled, which is that), and is titled so. A report from before the field
 * keeps the title it had.
 */
const headers = (correction: EvalReport["correction"]) => [
  "Metric",
  "Champion",
  "Challenger",
  "Delta",
  "Interval of the delta",
  correction === "none" ? "p" : "p (adj.)",
  "Rule",
  "Status",
];
const ALIGN = ["left", "right", "right", "right", "left", "right", "left", "left"] as const;

const rowName = (row: MetricRow) =>
  row.slice === null
    ? codeSpan(shorten(row.metric), { inTable: true })
    : `${codeSpan(shorten(row.metric), { inTable: true })} in ${codeSpan(shorten(row.slice), { inTable: true })}`;

const cells = (row: MetricRow) => [
  rowName(row),
  formatNumber(row.champion),
  formatNumber(row.challenger),
  marked(row),
  interval(row),
  pValue(row),
  sanitizeMarkdown(row.rule),
  STATUS_LABEL[row.status],
];

/** ▲ and ▼ say better and worse by the metric's direction, not up and down: a loss falls ▲. */
const LEGEND = "_▲ better, ▼ worse, by each metric's direction (a lower loss is ▲)._";

/** A table of judged rows, failures first, with the legend of its marks when it has any. */
function evidenceTable(rows: readonly MetricRow[], titles: readonly string[]): string {
  const order = { fail: 0, inconclusive: 1, pass: 2, skipped: 3, info: 4 };
  const sorted = [...rows].sort((a, b) => order[a.status] - order[b.status]);
  const table = markdownTable(titles, sorted.map(cells), ALIGN);
  return sorted.some((row) => /[▲▼]$/.test(marked(row))) ? `${table}\n\n${LEGEND}` : table;
}

/** A section folded away, with the count of rows that did not pass in its title. */
function folded(title: string, rows: readonly MetricRow[], titles: readonly string[]): string[] {
  if (rows.length === 0) return [];
  const notPassed = rows.filter((r) => r.status === "fail" || r.status === "inconclusive").length;
  const summary = `${title}: ${counted(rows.length, "row")}${notPassed ? `, ${notPassed} not passed` : ""}`;
  // A section with a failure opens by itself: what decided the verdict is never hidden.
  const open = rows.some((r) => r.status === "fail") ? " open" : "";
  const why = reasonLines(rows.filter(foldedReason));
  return [
    "",
    `<details${open}><summary>${summary}</summary>`,
    "",
    evidenceTable(rows, titles),
    ...(why.length ? ["", ...why] : []),
    "",
    "</details>",
  ];
}

/** A row explained under its folded section, not among the comment's first reasons. */
export const foldedReason = (row: MetricRow): boolean =>
  row.slice !== null && row.status === "inconclusive";

/**
 * A Mermaid chart of each overall delta with its interval, turned so that up is better for
 * every metric, against the margin it had to clear (the dashed line at the edge).
 */
export function deltaChart(rows: readonly MetricRow[]): string[] {
  const shown = rows.filter(
    (r) =>
      r.slice === null &&
      r.evidence?.interval_of === "delta" &&
      r.evidence.interval &&
      r.delta !== null,
  );
  if (shown.length === 0) return [];
  const up = (row: MetricRow, v: number) => (row.direction === "lower" ? -v : v);
  const edge = (row: MetricRow) => {
    const check = row.checks.find(
      (c) => c.rule === "max-regression" || c.rule === "min-improvement",
    );
    return check && row.champion !== null ? up(row, check.limit - row.champion) : 0;
  };
  const series = (values: number[]) =>
    `[${values.map((v) => Number(v.toPrecision(6))).join(", ")}]`;
  const lows = shown.map((r) =>
    up(r, r.direction === "lower" ? r.evidence!.interval!.upper : r.evidence!.interval!.lower),
  );
  const highs = shown.map((r) =>
    up(r, r.direction === "lower" ? r.evidence!.interval!.lower : r.evidence!.interval!.upper),
  );
  const names = shown.map((r) => `"${sanitizeMermaidLabel(r.metric, 24)}"`);
  return [
    "",
    "```mermaid",
    "xychart-beta",
    '  title "Change of each metric, better upwards: interval (lines) and margin"',
    `  x-axis [${names.join(", ")}]`,
    '  y-axis "change, better upwards"',
    `  bar ${series(shown.map((r) => up(r, r.delta!)))}`,
    `  line ${series(lows)}`,
    `  line ${series(highs)}`,
    `  line ${series(shown.map(edge))}`,
    "```",
    "",
    "_Bars: the change; lines: the interval's ends and the margin's edge (a row passes when the lower line is above the edge)._",
  ];
}

/** The pairing in one sentence. */
function pairingLine(report: EvalReport): string[] {
  const p = report.pairing;
  if (!p) return [];
  const left =
    p.champion_unpaired +
    p.challenger_unpaired +
    p.champion_duplicates +
    p.challenger_duplicates +
    p.label_mismatches;
  return [
    "",
    `Paired ${counted(p.paired, "example")} by id${left ? `; ${counted(left, "row")} left out (see the unpaired examples row)` : ", every row of both files"}${p.positive_class === undefined ? "" : `; the positive class is ${codeSpan(shorten(p.positive_class))}`}.`,
  ];
}

/** The evidence part of the comment: overall rows, chart, slices and fairness. */
export function evidenceSections(report: EvalReport, gated: readonly MetricRow[]): string[] {
  const overall = gated.filter((r) => r.slice === null && !FAIRNESS.has(r.metric));
  const slices = gated.filter((r) => r.slice !== null && !FAIRNESS.has(r.metric));
  const fairness = gated.filter((r) => FAIRNESS.has(r.metric));
  const titles = headers(report.correction);
  return [
    ...pairingLine(report),
    ...(overall.length ? ["", evidenceTable(overall, titles)] : []),
    ...deltaChart(overall),
    ...folded("Slices", slices, titles),
    ...folded("Fairness", fairness, titles),
  ];
}

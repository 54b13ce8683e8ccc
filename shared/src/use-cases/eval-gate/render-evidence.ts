/**
 * The parts of the comment that only a gate on per-example predictions has: each delta with
 * its interval, a chart of the deltas against their margins, and the slices and fairness rows
 * folded away. Everything from the report is sanitised: a fork's run may have written it.
 */
import type { EvalReport, MetricRow, RowStatus } from "../../engine/contracts/eval-report.js";
import { formatNumber, formatSigned } from "../../engine/report/format-number.js";
import { counted } from "../../engine/report/counted.js";
import { groupDigits } from "../../engine/report/group-digits.js";
import { markdownTable } from "../../engine/report/markdown-table.js";
import {
  codeSpan,
  sanitizeMarkdown,
  sanitizeMermaidLabel,
} from "../../engine/report/sanitize-markdown.js";
import { shorten } from "../../engine/report/shorten.js";
import { reasonLines } from "./reason-lines.js";
import { roundingSlack } from "./rounding-slack.js";
import { STATUS_LABEL, STATUS_WORD } from "./status-label.js";

const FAIRNESS = new Set(["demographic_parity_difference", "equalized_odds_difference"]);

/** A change of a row's metric turned so that worse is positive. */
const turned = (row: MetricRow, change: number) => (row.direction === "lower" ? change : -change);

/** The change turned so that worse is positive; 0 where there is none, or none to tell. */
function worsening(row: MetricRow): number {
  if (row.delta === null) return 0;
  // Sums in a different order differ in the last bits: that is no change.
  if (Math.abs(row.delta) <= roundingSlack(row.champion ?? 0, row.challenger ?? 0)) return 0;
  return turned(row, row.delta);
}

/** Improvements and regressions marked by the metric's better direction. */
function marked(row: MetricRow): string {
  if (row.delta === null) return "—";
  const worse = worsening(row);
  if (worse === 0) return "0";
  return `${formatSigned(row.delta)}${worse < 0 ? " ▲" : " ▼"}`;
}

const STATUS_ORDER: Readonly<Record<RowStatus, number>> = {
  fail: 0,
  inconclusive: 1,
  pass: 2,
  skipped: 3,
  info: 4,
};

/** A row's tier: its status's place, a passed row that got worse before the other passed ones. */
const tier = (row: MetricRow) =>
  2 * STATUS_ORDER[row.status] + (row.status === "pass" && worsening(row) <= 0 ? 1 : 0);

/**
 * How far a row's challenger lies past the limits of its rule (the one it is furthest past, or
 * nearest to), in units of the room each gives (from the limit to the champion's value, or to 0
 * without one): 1 a whole margin past it, 0 at it, below 0 inside it. Rows of metrics in other units (a latency in ms, an
 * accuracy in points) thus rank alike. A row without a limit has its change relative to the
 * champion's value instead, turned so that worse is positive.
 */
function pastLimit(row: MetricRow): number {
  const { challenger, champion } = row;
  if (challenger === null || row.checks.length === 0) {
    return row.relative_delta === null || worsening(row) === 0
      ? 0
      : turned(row, row.relative_delta);
  }
  return Math.max(
    ...row.checks.map(({ rule, limit }) => {
      const ceiling = rule === "max" || (rule !== "min" && row.direction === "lower");
      const past = ceiling ? challenger - limit : limit - challenger;
      // A limit at the champion's value (a margin of 0) leaves no room: any step past it counts.
      return past === 0 ? 0 : past / Math.abs(limit - (champion ?? 0));
    }),
  );
}

/** Larger first, infinities included (a margin of 0 leaves no room: `pastLimit`). */
const descending = (a: number, b: number) => (a > b ? -1 : a < b ? 1 : 0);

/**
 * Most important first, by tier: the failures, the inconclusive rows, the passed rows that got
 * worse, then the other passed rows, the skipped and the info ones; within a tier, the rows
 * furthest past their rule's limit (`pastLimit`) first.
 */
function byImportance(rows: readonly MetricRow[]): MetricRow[] {
  return [...rows].sort((a, b) => tier(a) - tier(b) || descending(pastLimit(a), pastLimit(b)));
}

/**
 * The most slice rows the comment shows. With names cut at 200 characters a row and its reason
 * take at most about 1,500 characters, so 25 of them fill at most 37,500 of GitHub's 65,536 and
 * leave the rest to the rows on all examples, which are always whole; and 25 are as many as a
 * reviewer reads before turning to the report, which lists every row.
 */
const SHOWN_SLICE_ROWS = 25;

/** The slice rows past the comment's bound, the least important: only the report lists them. */
export function leftToReport(gated: readonly MetricRow[]): ReadonlySet<MetricRow> {
  return new Set(byImportance(gated.filter((row) => row.slice !== null)).slice(SHOWN_SLICE_ROWS));
}

/** `955 inconclusive, 20 passed`: rows counted by status, in the order of importance. */
export function byStatus(rows: readonly MetricRow[]): string {
  return (Object.keys(STATUS_ORDER) as RowStatus[])
    .map((status) => [status, rows.filter((row) => row.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${groupDigits(n)} ${STATUS_WORD[status]}`)
    .join(", ");
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

/** A table of judged rows, most important first, with the legend of its marks when it has any. */
function evidenceTable(rows: readonly MetricRow[], titles: readonly string[]): string {
  const sorted = byImportance(rows);
  const table = markdownTable(titles, sorted.map(cells), ALIGN);
  return sorted.some((row) => /[▲▼]$/.test(marked(row))) ? `${table}\n\n${LEGEND}` : table;
}

/**
 * A section folded away, with the count of rows that did not pass in its title. The rows the
 * comment leaves to the report are counted there, not shown.
 */
function folded(
  title: string,
  rows: readonly MetricRow[],
  left: ReadonlySet<MetricRow>,
  titles: readonly string[],
): string[] {
  if (rows.length === 0) return [];
  const shown = rows.filter((row) => !left.has(row));
  const notPassed = rows.filter((r) => r.status === "fail" || r.status === "inconclusive").length;
  const bound =
    shown.length < rows.length ? `; the ${groupDigits(shown.length)} most important shown` : "";
  const summary = `${title}: ${counted(rows.length, "row")}${notPassed ? `, ${groupDigits(notPassed)} not passed` : ""}${bound}`;
  // A section with a failure opens by itself: what decided the verdict is never hidden.
  const open = rows.some((r) => r.status === "fail") ? " open" : "";
  const why = reasonLines(shown.filter(foldedReason));
  return [
    "",
    `<details${open}><summary>${summary}</summary>`,
    "",
    evidenceTable(shown, titles),
    ...(why.length ? ["", ...why] : []),
    "",
    "</details>",
  ];
}

/** After the folded sections: how many slice rows the comment leaves out, and where they are. */
function leftLine(left: ReadonlySet<MetricRow>, reportName: string): string[] {
  if (left.size === 0) return [];
  const more = counted(left.size, "more slice row");
  return [
    "",
    `${more} ${left.size === 1 ? "is" : "are"} not shown here (${byStatus([...left])}): ${reportName} lists every row.`,
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
    // An id whose two files give different labels leaves out its row in each.
    2 * p.label_mismatches;
  return [
    "",
    `Paired ${counted(p.paired, "example")} by id${left ? `; ${counted(left, "row")} left out (see the unpaired examples row)` : ", every row of both files"}${p.positive_class === undefined ? "" : `; the positive class is ${codeSpan(shorten(p.positive_class))}`}.`,
  ];
}

/**
 * The evidence part of the comment: overall rows, chart, slices and fairness. The rows on all
 * examples are always whole; the slice rows in `left` are only counted, with `reportName`, the
 * eval report as the comment names it, where they are.
 */
export function evidenceSections(
  report: EvalReport,
  gated: readonly MetricRow[],
  left: ReadonlySet<MetricRow>,
  reportName: string,
): string[] {
  const overall = gated.filter((r) => r.slice === null && !FAIRNESS.has(r.metric));
  const slices = gated.filter((r) => r.slice !== null && !FAIRNESS.has(r.metric));
  const fairness = gated.filter((r) => FAIRNESS.has(r.metric));
  const titles = headers(report.correction);
  return [
    ...pairingLine(report),
    ...(overall.length ? ["", evidenceTable(overall, titles)] : []),
    ...deltaChart(overall),
    ...folded("Slices", slices, left, titles),
    ...folded("Fairness", fairness, left, titles),
    ...leftLine(left, reportName),
  ];
}

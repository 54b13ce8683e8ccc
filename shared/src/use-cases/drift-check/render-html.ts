import { escapeHtml } from "../../engine/report/escape-html.js";
import { formatNumber } from "../../engine/report/format-number.js";
import { shownName, shownNames } from "./column-name.js";
import { driftStrength, STRENGTH_CAP } from "./drift-strength.js";
import type { Distribution, DriftColumn, DriftReport } from "./drift-report.js";
import {
  renderOverview,
  SORT_SCRIPT,
  SORT_SCRIPT_HASH,
  sectionId,
  verdict,
} from "./render-overview.js";
import { driftedFirst, headline } from "./render-summary.js";
import { WITHHELD } from "./withheld-values.js";

const WIDTH = 560;
const HEIGHT = 180;
const PAD = 28;
const REFERENCE_COLOR = "#4477aa";
const CURRENT_COLOR = "#ee6677";
/** Only the overview's drifted rows have this colour: the screenshot test looks for it. */
const DRIFTED_ROW = "#fbe3e6";

/** Reference and current shares as overlaid, half-transparent bars over the same bins. */
function distributionSvg(distribution: Distribution, title: string): string {
  const n = distribution.reference.length;
  const top = Math.max(...distribution.reference, ...distribution.current, 1e-12);
  const slot = (WIDTH - 2 * PAD) / n;
  const bars = (shares: number[], color: string, offset: number) =>
    shares
      .map((share, i) => {
        const h = (share / top) * (HEIGHT - 2 * PAD);
        const x = PAD + i * slot + offset * slot * 0.15;
        return `<rect x="${x.toFixed(1)}" y="${(HEIGHT - PAD - h).toFixed(1)}" width="${(slot * 0.85).toFixed(1)}" height="${h.toFixed(1)}" fill="${color}" fill-opacity="0.55"><title>${offset === 0 ? "reference" : "current"}: ${formatNumber(share)}</title></rect>`;
      })
      .join("");
  const labels =
    distribution.kind === "categories"
      ? distribution.labels.map((label, i) => {
          const x = PAD + (i + 0.5) * slot;
          const text = escapeHtml(label.length > 14 ? `${label.slice(0, 13)}…` : label);
          return `<text x="${x.toFixed(1)}" y="${HEIGHT - PAD + 12}" font-size="9" text-anchor="end" transform="rotate(-35 ${x.toFixed(1)} ${HEIGHT - PAD + 12})">${text}</text>`;
        })
      : [0, n].map((i) => {
          const x = PAD + i * slot;
          return `<text x="${x.toFixed(1)}" y="${HEIGHT - PAD + 14}" font-size="10" text-anchor="middle">${escapeHtml(formatNumber(distribution.edges[i]!))}</text>`;
        });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT + 30}" width="${WIDTH}" height="${HEIGHT + 30}" role="img" aria-label="${escapeHtml(title)}">`,
    `<line x1="${PAD}" y1="${HEIGHT - PAD}" x2="${WIDTH - PAD}" y2="${HEIGHT - PAD}" stroke="#888"/>`,
    bars(distribution.reference, REFERENCE_COLOR, 0),
    bars(distribution.current, CURRENT_COLOR, 1),
    ...labels,
    "</svg>",
  ].join("");
}

/** The score against its threshold on the common strength scale (1 = threshold). */
function gaugeSvg(column: DriftColumn): string {
  const width = 300;
  const scale = (v: number) => (Math.min(v, STRENGTH_CAP) / STRENGTH_CAP) * (width - 20) + 10;
  const strength = driftStrength(column);
  const color = column.drifted ? CURRENT_COLOR : REFERENCE_COLOR;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} 34" width="${width}" height="34" role="img" aria-label="score against threshold">`,
    `<rect x="10" y="8" width="${width - 20}" height="12" fill="#eee"/>`,
    `<rect x="10" y="8" width="${(scale(strength) - 10).toFixed(1)}" height="12" fill="${color}"/>`,
    `<line x1="${scale(1).toFixed(1)}" y1="2" x2="${scale(1).toFixed(1)}" y2="26" stroke="#222" stroke-width="2"/>`,
    `<text x="${scale(1).toFixed(1)}" y="33" font-size="9" text-anchor="middle">threshold</text>`,
    "</svg>",
  ].join("");
}

/** An item of a test's list: a number as the table's numbers are shown (a range's ends). */
const arrayItem = (item: unknown) => (typeof item === "number" ? formatNumber(item) : String(item));

/**
 * A test's list as a cell shows it, `total` items in all where it keeps only the first; an empty
 * list of several is a sensitive column's new categories, counted and not named.
 */
const listText = (items: readonly unknown[], total: number | undefined) =>
  items.length === 0 && (total ?? 0) > 0
    ? `${total}, names ${WITHHELD}`
    : shownNames(items.map(arrayItem), "", total);

function testRows(column: DriftColumn): string {
  // The report keeps the first new categories only: "and N more" counts from all of them.
  const total = (key: string) =>
    key === "new_categories" ? column.tests.chi2?.new_category_count : undefined;
  return Object.entries(column.tests)
    .map(([name, values]) => {
      const cells = Object.entries(values as Record<string, unknown>)
        .map(([key, value]) => {
          const text =
            typeof value === "number"
              ? formatNumber(value)
              : Array.isArray(value)
                ? listText(value, total(key))
                : String(value);
          return `${escapeHtml(key)} ${escapeHtml(text)}`;
        })
        .join("; ");
      return `<tr><td>${escapeHtml(name)}</td><td>${cells}</td></tr>`;
    })
    .join("");
}

function columnSection(column: DriftColumn, index: number): string {
  const p = column.adjusted_p_value ?? column.p_value;
  const note = column.note ? ` (${escapeHtml(column.note)})` : "";
  return [
    `<section class="column ${column.drifted ? "drifted" : "stable"}" data-column="${escapeHtml(shownName(column.name))}" id="${sectionId(column.name, index)}">`,
    `<h2>${escapeHtml(shownName(column.name))} <small>${escapeHtml(column.type)}, ${column.role}</small> <span class="verdict">${verdict(column)}${note}</span></h2>`,
    `<p>Method <b>${column.method}</b>: statistic ${formatNumber(column.statistic)}${p === null ? "" : `, p-value ${formatNumber(p)}`}; drifts when ${escapeHtml(column.drift_when.replace("threshold", formatNumber(column.threshold)))}. Values: ${column.n_reference} reference, ${column.n_current} current (missing ${column.missing_reference} and ${column.missing_current}).</p>`,
    gaugeSvg(column),
    column.distribution
      ? distributionSvg(column.distribution, `distributions of ${shownName(column.name)}`)
      : "",
    `<table class="tests"><tr><th>Test</th><th>Values</th></tr>${testRows(column)}</table>`,
    "</section>",
  ].join("\n");
}

/**
 * The drift report as one self-contained HTML page: the overview of every column first, then the
 * dataset's verdict and the settings, then a section per column. Nothing to load (no fonts, links
 * or external scripts; one inline script, admitted by its hash, sorts the overview), charts as
 * inline SVG, and every string that comes from the data HTML-escaped.
 */
export function renderHtml(report: DriftReport): string {
  // The markdown headline without its emoji: a page must not depend on an emoji font.
  const title = headline(report).replace(/^#+\s*\S+\s*/, "");
  const { drifted, inconclusive } = report.dataset;
  const mark = inconclusive ? "#b58900" : drifted ? CURRENT_COLOR : "#2e7d32";
  const indexes = new Map(report.columns.map((column, index) => [column, index]));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${SORT_SCRIPT_HASH}; style-src 'unsafe-inline'; img-src data:">
<title>drift-check report</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; }
section.column { border: 1px solid #ddd; border-radius: 6px; padding: 0.5rem 1rem; margin: 1rem 0; }
section.drifted { border-color: ${CURRENT_COLOR}; }
h2 small, table#overview small.role { font-weight: normal; color: #666; }
.verdict { font-size: 0.8em; }
table.tests td { padding: 0 0.5rem; font-size: 0.9em; }
.legend span { display: inline-block; width: 0.8em; height: 0.8em; margin: 0 0.3em; }
table#overview { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
table#overview th, table#overview td { text-align: left; padding: 0.2rem 0.7rem; border-bottom: 1px solid #ddd; }
table#overview td.number { text-align: right; font-variant-numeric: tabular-nums; }
table#overview tr.drifted td { background: ${DRIFTED_ROW}; }
table#overview tr.not-tested td { color: #666; }
th button.sort { font: inherit; font-weight: bold; border: none; background: none; padding: 0; cursor: pointer; }
p.verdict .mark { display: inline-block; width: 0.7em; height: 0.7em; border-radius: 50%; margin-right: 0.4em; } display: inline-block; width: 0.7em; height: 0.7em; border-radius: 50%; margin-right: 0.4em; }
</style>
</head>
<body>
<h1>drift-check report</h1>
<h2>Overview</h2>
${renderOverview(report.columns)}
<h2>Dataset</h2>
<p class="verdict"><span class="mark" style="background:${mark}"></span><b>${escapeHtml(title)}</b></p>
<p class="settings">Reference <code>${escapeHtml(report.reference.source)}</code> (${report.reference.rows} rows), current <code>${escapeHtml(report.current.source)}</code> (${report.current.rows} rows); method ${escapeHtml(shownName(report.settings.method))}, correction ${report.settings.correction}, Jensen-Shannon base e, Wasserstein normed by the reference's population standard deviation (floor ${report.settings.wasserstein_std_floor}), PSI binning: ${escapeHtml(report.settings.psi_binning)}.${report.settings.data_contract === undefined ? "" : ` Data read with the contract <code>${escapeHtml(report.settings.data_contract)}</code>.`}${report.exact ? "" : " Statistics from profiles: approximate, with the error bounds below."} Created ${escapeHtml(report.created_at)}.</p>${report.dataset.notes.map((note) => `\n<p class="note">${escapeHtml(note)}</p>`).join("")}
<p class="legend"><span style="background:${REFERENCE_COLOR}"></span>reference <span style="background:${CURRENT_COLOR}"></span>current</p>
${driftedFirst(report.columns)
  .map((column) => columnSection(column, indexes.get(column)!))
  .join("\n")}
<script>${SORT_SCRIPT}</script>
</body>
</html>
`;
}

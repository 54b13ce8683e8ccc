import { createHash } from "node:crypto";
import { escapeHtml } from "../../engine/report/escape-html.js";
import { formatNumber } from "../../engine/report/format-number.js";
import { shownName } from "./column-name.js";
import { driftRatio } from "./drift-strength.js";
import type { DriftColumn } from "./drift-report.js";
import { anyNewCategories, newCategories } from "./render-summary.js";

/** How many characters of a column's name its section id keeps, after the index. */
const SLUG_LIMIT = 40;

/**
 * The id of a column's section. Column names are untrusted, so the id is built from the column's
 * index (unique) and a readable slug of only [a-z0-9-]: no name can break the attribute, clash
 * with another id or point outside the page.
 */
export function sectionId(name: string, index: number): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, SLUG_LIMIT)
    .replace(/^-+|-+$/g, "");
  return slug ? `column-${index}-${slug}` : `column-${index}`;
}

export const verdict = (column: DriftColumn): string =>
  column.drifted ? "drifted" : column.score === null ? "not tested" : "stable";

/** Descending, with Infinity (a p-value of 0) equal to itself rather than NaN. */
const compareDesc = (a: number, b: number): number => (a === b ? 0 : b > a ? 1 : -1);

/**
 * The overview's order, which needs no script: drifted first, then the strongest drift (score
 * relative to threshold, uncapped, comparable across p-values and distances), then the report's order.
 */
function overviewOrder(columns: readonly DriftColumn[]): number[] {
  return columns
    .map((_, index) => index)
    .sort(
      (a, b) =>
        Number(columns[b]!.drifted) - Number(columns[a]!.drifted) ||
        compareDesc(driftRatio(columns[a]!), driftRatio(columns[b]!)) ||
        a - b,
    );
}

/**
 * Sorts the overview by drift strength, weakest first, and back. The button stays hidden until
 * this runs, so a page without scripts shows no control that does nothing. No inline handlers:
 * the Content-Security-Policy admits this script by its hash alone.
 */
export const SORT_SCRIPT = `(() => {
  const table = document.getElementById("overview");
  const button = table.querySelector("button.sort");
  const header = button.closest("th");
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const key = (row, name) => Number(row.dataset[name]);
  const order = (a, b) => (a === b ? 0 : a < b ? -1 : 1);
  header.querySelector(".sort-label").hidden = true;
  button.hidden = false;
  button.addEventListener("click", () => {
    const ascending = header.getAttribute("aria-sort") !== "ascending";
    const sorted = ascending
      ? rows.slice().sort((a, b) => order(key(a, "strength"), key(b, "strength")) || order(key(a, "rank"), key(b, "rank")))
      : rows.slice().sort((a, b) => order(key(a, "rank"), key(b, "rank")));
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    button.textContent = ascending ? "Score \\u25b4" : "Score \\u25be";
    body.append(...sorted);
  });
})();`;

/** The CSP source that admits SORT_SCRIPT and nothing else. */
export const SORT_SCRIPT_HASH = `'sha256-${createHash("sha256").update(SORT_SCRIPT).digest("base64")}'`;

/**
 * The prediction or target column's role after its name, as its section's heading gives it: it
 * is not one of the features the share counts, and its drift alone drifts the dataset.
 */
const roleMark = ({ role }: DriftColumn): string =>
  role === "feature" ? "" : ` <small class="role">${role}</small>`;

function overviewRow(column: DriftColumn, index: number, rank: number, withNew: boolean): string {
  const state = verdict(column);
  const rule = column.drift_when.replace("threshold", formatNumber(column.threshold));
  const name = escapeHtml(shownName(column.name));
  return [
    `<tr class="${state.replace(" ", "-")}" data-rank="${rank}" data-strength="${driftRatio(column)}">`,
    `<td><a href="#${sectionId(column.name, index)}">${name}</a>${roleMark(column)}</td>`,
    `<td>${escapeHtml(column.type)}</td><td>${escapeHtml(column.method)}</td>`,
    `<td class="number">${formatNumber(column.score)}</td>`,
    `<td class="number" title="drifts when ${escapeHtml(rule)}">${formatNumber(column.threshold)}</td>`,
    `<td>${state}</td>`,
    withNew ? `<td>${escapeHtml(newCategories(column) ?? "—")}</td>` : "",
    "</tr>",
  ].join("");
}

/**
 * Every column in one table, each row linking to the column's section; with the values new in
 * current where any column has some, as the job summary gives them.
 */
export function renderOverview(columns: readonly DriftColumn[]): string {
  const withNew = anyNewCategories(columns);
  const rows = overviewOrder(columns).map((index, rank) =>
    overviewRow(columns[index]!, index, rank, withNew),
  );
  const sortHeader =
    '<th aria-sort="descending" title="drift strength: the score relative to its threshold, so p-values and distances compare">' +
    '<span class="sort-label">Score</span><button type="button" class="sort" hidden>Score \u25be</button></th>';
  return [
    '<table id="overview">',
    `<thead><tr><th>Column</th><th>Type</th><th>Method</th>${sortHeader}<th>Threshold</th><th>Verdict</th>${withNew ? "<th>New in current</th>" : ""}</tr></thead>`,
    `<tbody>\n${rows.join("\n")}\n</tbody>`,
    "</table>",
  ].join("\n");
}

/**
 * Whether a file holds per-example predictions rather than aggregate metrics: a Parquet or
 * gzipped file (metric files are neither), or a CSV, TSV or JSON Lines file (`.jsonl`, `.ndjson`)
 * whose first row names the id or the label column. A metrics CSV has `name,value` rows and a
 * JSONL step log has neither id nor label. A CSV header of more than two names without either
 * column is refused here, naming the columns it lacks: whether it meant predictions whose
 * columns are named otherwise or a malformed metrics file, the fix is in the file or the inputs,
 * not in the policy read next. So is a JSONL first row whose keys name two roles as other tools
 * do (`y_true`, `y_pred`), which would otherwise be read as a log of metrics that the policy's
 * all lack. And so is a CSV whose header is one field holding semicolons or tabs: another
 * separator, read as one column.
 */
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { formatOf } from "../../engine/data/read-batches.js";
import { FileError } from "../../engine/errors.js";
import { parsePythonJson } from "../../engine/files/python-json.js";
import { absentColumns } from "../../engine/metrics/absent-columns.js";
import {
  DEFAULT_PREDICTION_COLUMNS,
  type ReadPredictionsOptions,
} from "../../engine/metrics/predictions.js";
import { missingColumns } from "../../engine/metrics/missing-column.js";
import { refuseOtherSeparator } from "../../engine/metrics/read-metrics.js";
import { usuallyNamed } from "../../engine/metrics/usual-columns.js";
import { quoteName } from "../../engine/report/closest-name.js";

/** The start of a file, enough for its first row. */
function head(path: string): string {
  const buffer = Buffer.alloc(64 * 1024);
  const fd = openSync(path, "r");
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString("utf8");
  } finally {
    closeSync(fd);
  }
}

const unquote = (cell: string) => cell.trim().replace(/^"(.*)"$/, "$1");

/** A cell written as a number, which a header of names has none of and a `name,value` row has. */
const numeric = (cell: string) => cell !== "" && Number.isFinite(Number(cell));

/** Whether the file is JSON Lines, by the extensions the data engine reads as such. */
const jsonLines = (path: string) => formatOf(path) === "jsonl";

/** The first row's cells (a JSONL row's keys); none where the format has no header. */
function firstRow(path: string): readonly string[] {
  const first =
    head(path)
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/, 1)[0] ?? "";
  if (/\.csv$/i.test(path)) return first.split(",").map(unquote);
  // The data engine reads a .tsv with tabs between fields.
  if (/\.tsv$/i.test(path)) return first.split("\t").map(unquote);
  if (jsonLines(path)) {
    try {
      // Python's bare NaN is taken, as a metrics log may hold one: a predictions file that does
      // is then read as one and refused at the line, with how to write it.
      const row: unknown = parsePythonJson(first);
      return typeof row === "object" && row !== null && !Array.isArray(row) ? Object.keys(row) : [];
    } catch {
      return [];
    }
  }
  return [];
}

/**
 * Refuses a file with nothing in it but blanks (an evaluation that crashed before writing): read
 * as a metrics file, it would hold no metric, and fail every rule as if the model lacked each.
 */
function refuseEmpty(path: string, shownAs: string): void {
  const text = head(path);
  if (text.trim() === "" && Buffer.byteLength(text) === statSync(path).size)
    throw new FileError(
      shownAs,
      "is empty",
      "Check that the evaluation wrote it: per-example predictions with an id column, or the model's metrics",
    );
}

/**
 * Whether the file at `path` (shown in errors as `shownAs`), read with `options`, holds
 * per-example predictions. An empty file is a `FileError`, and so is a CSV written with another
 * separator than the comma (`refuseOtherSeparator`). A CSV or TSV whose header has more than two
 * names but neither the id nor the label column is a `DataError` naming both, and every other
 * column that `options` (the task and needs of the policy, when known) ask for and the header
 * lacks, each with the column likely meant: predictions whose columns are named otherwise, or a
 * metrics file with a column too many.
 */
export function readsPredictions(
  path: string,
  shownAs: string,
  options: ReadPredictionsOptions,
): boolean {
  if (/\.(parquet|gz)$/i.test(path)) return true;
  refuseEmpty(path, shownAs);
  const cells = firstRow(path);
  if (/\.csv$/i.test(path)) refuseOtherSeparator(shownAs, cells, true);
  const { id, label } = { ...DEFAULT_PREDICTION_COLUMNS, ...options.columns };
  if (cells.includes(id) || cells.includes(label)) return true;
  // A JSONL metrics log names its metrics, not two roles of a prediction's columns.
  const named = usuallyNamed(cells);
  if (jsonLines(path) && named.length >= 2) {
    throw missingColumns(shownAs, cells, absentColumns(cells, options), {
      lead: `is read as per-example predictions, as its keys ${named.map(quoteName).join(", ")} are named as other tools name their columns, but it `,
    });
  }
  if (!/\.(csv|tsv)$/i.test(path) || cells.length <= 2 || cells.some(numeric)) return false;
  throw missingColumns(shownAs, cells, absentColumns(cells, options), {
    lead: `is read as per-example predictions, as its header has ${cells.length} columns where a metrics CSV has 2 (name,value), but it `,
    also: "; for aggregate metrics, write one name,value row per metric",
  });
}

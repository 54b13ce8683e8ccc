/**
 * Whether a file holds per-example predictions rather than aggregate metrics: a Parquet or
 * gzipped file (metric files are neither), or a CSV or JSONL file whose first row names the id or
 * the label column. A metrics CSV has `name,value` rows and a JSONL step log has neither id nor
 * label. A CSV header of more than two names without either column is refused here, naming the
 * id column it lacks: whether it meant predictions whose id column is named otherwise or a
 * malformed metrics file, the fix is in the file or the inputs, not in the policy read next.
 */
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { FileError } from "../../engine/errors.js";
import { DEFAULT_PREDICTION_INPUTS } from "../../engine/metrics/predictions.js";
import { holds, missingColumn } from "../../engine/metrics/missing-column.js";
import { shorten } from "../../engine/report/shorten.js";

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

/** The first row's cells (a JSONL row's keys); none where the format has no header. */
function firstRow(path: string): readonly string[] {
  const first =
    head(path)
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/, 1)[0] ?? "";
  if (/\.csv$/i.test(path)) return first.split(",").map(unquote);
  if (/\.jsonl$/i.test(path)) {
    try {
      const row: unknown = JSON.parse(first);
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
 * Whether the file at `path` (shown in errors as `shownAs`) holds per-example predictions. An
 * empty file is a `FileError`. A CSV whose header has more than two names but neither the id nor
 * the label column is a `DataError`: predictions without their id column, or a metrics file with
 * a column too many.
 */
export function readsPredictions(
  path: string,
  shownAs: string,
  columns: { readonly id: string; readonly label: string },
): boolean {
  if (/\.(parquet|gz)$/i.test(path)) return true;
  refuseEmpty(path, shownAs);
  const cells = firstRow(path);
  if (cells.includes(columns.id) || cells.includes(columns.label)) return true;
  if (!/\.csv$/i.test(path) || cells.length <= 2 || cells.some(numeric)) return false;
  throw missingColumn(
    shownAs,
    { role: "id", column: columns.id, input: DEFAULT_PREDICTION_INPUTS.id, columns: cells },
    `is read as per-example predictions, as its header has ${cells.length} columns where a metrics CSV has 2 (name,value), but it has no column '${shorten(columns.id, 60)}' (${holds("id")})`,
    "; for aggregate metrics, write one name,value row per metric",
  );
}

/**
 * Whether a file holds per-example predictions rather than aggregate metrics: a Parquet or
 * gzipped file (metric files are neither), or a CSV or JSONL file whose first row names the id or
 * the label column. A CSV header of more than two names counts too, so that predictions whose id
 * column is named otherwise reach the predictions reader, which names the columns it lacks,
 * rather than the metrics reader, which would call the header a malformed `name,value` row. A
 * metrics CSV has `name,value` rows and a JSONL step log has neither id nor label.
 */
import { closeSync, openSync, readSync } from "node:fs";

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

/** The names of a header: a first row without a number, which a `name,value` row has. */
function headerNames(cells: readonly string[]): readonly string[] {
  return cells.some((cell) => cell !== "" && Number.isFinite(Number(cell))) ? [] : cells;
}

/** The first row's column names, or none where it is no header (or the format has none). */
function firstRowNames(path: string): readonly string[] {
  const first =
    head(path)
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/, 1)[0] ?? "";
  if (/\.csv$/i.test(path)) return headerNames(first.split(",").map(unquote));
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

export function readsPredictions(
  path: string,
  columns: { readonly id: string; readonly label: string },
): boolean {
  if (/\.(parquet|gz)$/i.test(path)) return true;
  const names = firstRowNames(path);
  return (
    names.includes(columns.id) ||
    names.includes(columns.label) ||
    (/\.csv$/i.test(path) && names.length > 2)
  );
}

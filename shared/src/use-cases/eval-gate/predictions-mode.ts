/**
 * Whether a challenger file holds per-example predictions rather than aggregate metrics: a
 * Parquet or gzipped file (metric files are neither), or a CSV or JSONL file whose first row has
 * the id column. A metrics CSV has `name,value` rows and a JSONL step log has no id.
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

export function readsPredictions(path: string, idColumn: string): boolean {
  if (/\.(parquet|gz)$/i.test(path)) return true;
  const first =
    head(path)
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/, 1)[0] ?? "";
  if (/\.csv$/i.test(path)) return first.split(",").map(unquote).includes(idColumn);
  if (/\.jsonl$/i.test(path)) {
    try {
      const row: unknown = JSON.parse(first);
      return typeof row === "object" && row !== null && Object.hasOwn(row, idColumn);
    } catch {
      return false;
    }
  }
  return false;
}

import type { DataFormat } from "./read-options.js";

/** The format of a file, from its extension. */
export function formatOf(file: string): DataFormat | undefined {
  const name = file.toLowerCase().replace(/\.(gz|zst)$/, "");
  if (name.endsWith(".csv") || name.endsWith(".tsv")) return "csv";
  if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return "jsonl";
  if (name.endsWith(".parquet") || name.endsWith(".pq")) return "parquet";
  return undefined;
}

/**
 * Where a row of `file` is, as messages name it: `shown:line` in a file of lines (CSV, JSON
 * Lines), `shown row N` in a Parquet file, whose rows have no line.
 */
export const rowPlace = (shown: string, file: string, at: number): string =>
  formatOf(file) === "parquet" ? `${shown} row ${at}` : `${shown}:${at}`;

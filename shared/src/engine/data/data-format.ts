import type { DataFormat } from "./read-options.js";

/** The format of a file, from its extension. */
export function formatOf(file: string): DataFormat | undefined {
  const name = file.toLowerCase().replace(/\.(gz|zst)$/, "");
  if (name.endsWith(".csv") || name.endsWith(".tsv")) return "csv";
  if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return "jsonl";
  if (name.endsWith(".parquet") || name.endsWith(".pq")) return "parquet";
  return undefined;
}

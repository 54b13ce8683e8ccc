import { createHash } from "node:crypto";
import { hashFile } from "../../engine/files/hash-file.js";

/**
 * The digest of a dataset, for lineage: one file's own sha256 (what `sha256sum` prints), or for
 * several files the sha256 of their sha256s, sorted, each followed by a newline; so it depends
 * on the files' contents only, not on their names or the order a glob lists them in.
 */
export function datasetDigest(fileDigests: readonly string[]): string {
  if (fileDigests.length === 1) return fileDigests[0]!;
  const lines = [...fileDigests].sort().map((digest) => `${digest}\n`);
  return createHash("sha256").update(lines.join("")).digest("hex");
}

/** Each file's sha256, one file at a time: a glob of thousands must not open them all at once. */
export async function hashFiles(files: readonly string[]): Promise<string[]> {
  const digests: string[] = [];
  for (const path of files) digests.push(await hashFile(path));
  return digests;
}

import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";

/** A file's sha256 (lowercase hex), read as a stream so that a large file is never held whole. */
export async function sha256Stream(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
  }
  return hash.digest("hex");
}

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

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

/**
 * Each file's sha256, taken as a read of the files reads them (`onFileDigest`, given as the
 * read's option): the file is read once, and its digest is of the bytes checked. `of` hashes
 * afterwards only the files the read did not (Parquet, or a read that stopped before a file's
 * end), one file at a time: a glob of thousands must not open them all at once.
 */
export class FileDigests {
  private readonly read = new Map<string, string>();

  readonly onFileDigest = (file: string, sha256: string): void => {
    this.read.set(file, sha256);
  };

  async of(files: readonly string[]): Promise<string[]> {
    const digests: string[] = [];
    for (const path of files) digests.push(this.read.get(path) ?? (await hashFile(path)));
    return digests;
  }
}

import type { ModelFile } from "../../engine/contracts/run-record.js";
import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { FileError } from "../../engine/errors.js";
import { hashFile } from "../../engine/files/hash-file.js";

export interface ModelRecord {
  readonly path: string;
  /** The file's sha256, or for a folder the sha256 of its files' digests, sorted, a line each. */
  readonly digest: string;
  readonly files: readonly ModelFile[];
  /** Absolute paths, for the artifact. */
  readonly absolute: readonly string[];
  /** Symbolic links in the folder, relative to it: neither followed, hashed nor uploaded. */
  readonly links: readonly string[];
}

function entriesUnder(folder: string): { files: string[]; links: string[] } {
  const entries = readdirSync(folder, { recursive: true, withFileTypes: true });
  const paths = (keep: (entry: (typeof entries)[number]) => boolean) =>
    entries
      .filter(keep)
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
  return { files: paths((e) => e.isFile()), links: paths((e) => e.isSymbolicLink()) };
}

/** The model the command wrote, each file with its digest and size; an error when it wrote none. */
export async function describeModel(path: string, shownAs: string): Promise<ModelRecord> {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    throw new FileError(
      shownAs,
      "was not written by the command",
      "Check trained-model is where it saves the model",
    );
  }
  const under = isFolder ? entriesUnder(path) : { files: [path], links: [] };
  const absolute = under.files;
  if (absolute.length === 0)
    throw new FileError(shownAs, "is an empty folder: the command saved no model");
  const files: ModelFile[] = [];
  for (const file of absolute) {
    files.push({
      path: isFolder ? relative(path, file).split("\\").join("/") : shownAs,
      sha256: await hashFile(file),
      size_bytes: statSync(file).size,
    });
  }
  const digest = isFolder
    ? createHash("sha256")
        .update(
          files
            .map((f) => `${f.sha256}\n`)
            .sort()
            .join(""),
        )
        .digest("hex")
    : files[0]!.sha256;
  const links = under.links.map((link) => relative(path, link).split("\\").join("/"));
  return { path: shownAs, digest, files, absolute, links };
}

import { renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { FileError } from "../errors.js";
import { makeFolders } from "./make-folders.js";

/** A file a run writes: where, and its whole text. */
export interface OutputFile {
  readonly path: string;
  readonly text: string;
}

/** Removes a temporary file if there is one; its folder may not even exist. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Nothing was staged there.
  }
}

/** JSON as the suite writes it: two-space indented, newline-terminated. */
export const jsonText = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Writes a run's files all or none: each text goes to a temporary file beside its target, and
 * only when every one is written are they renamed over their targets, so a failed write (a full
 * disk, a read-only folder) leaves no report half-written and no report without its companion.
 * Temporary names are random, so two writes to one path never share one, and they are removed
 * whatever happens.
 */
export function writeFilesAtomic(files: readonly OutputFile[]): void {
  const staged: { temporary: string; path: string }[] = [];
  let writing = "";
  let renamed = 0;
  try {
    for (const { path, text } of files) {
      writing = path;
      makeFolders(dirname(path));
      // Unique among this process's writes and others': a name, not a secret.
      const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      staged.push({ temporary, path });
      writeFileSync(temporary, text, { flag: "wx" });
    }
    for (const { temporary, path } of staged) {
      writing = path;
      renameSync(temporary, path);
      renamed++;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    throw new FileError(
      writing,
      `cannot be written (${code})${renamed === 0 ? "; no output of this run was written" : ""}`,
      "Give a path in a folder that can be written, on a disk with room",
    );
  } finally {
    for (const { temporary } of staged) removeQuietly(temporary);
  }
}

export const writeFileAtomic = (path: string, text: string): void =>
  writeFilesAtomic([{ path, text }]);

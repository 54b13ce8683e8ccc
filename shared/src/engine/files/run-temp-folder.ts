import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const made = new Set<string>();

function removeAll(): void {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
  made.clear();
}

/**
 * A new folder under the system's temporary folder, removed when the process exits: for a file
 * handed to a caller that reads it later in the run (a downloaded release asset), where no
 * `finally` knows when the last read is done.
 */
export function runTempFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  if (made.size === 0) process.once("exit", removeAll);
  made.add(folder);
  return folder;
}

/** Removes a folder from `runTempFolder` now, when it turned out not to be needed. */
export function removeRunTempFolder(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  made.delete(folder);
}

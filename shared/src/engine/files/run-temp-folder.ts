import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const made = new Set<string>();
let listening = false;

function removeAll(): void {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
}

/**
 * A new folder under the system's temporary folder, removed when the process exits: for a file
 * handed to a caller that reads it later in the run (a downloaded release asset), where no
 * `finally` knows when the last read is done. A process killed by a signal it does not handle
 * exits without it; a runner's temporary folder goes with the job.
 */
export function runTempFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  if (!listening) process.on("exit", removeAll);
  listening = true;
  made.add(folder);
  return folder;
}

/** Removes a folder from `runTempFolder` now, when it turned out not to be needed. */
export function removeRunTempFolder(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  made.delete(folder);
}

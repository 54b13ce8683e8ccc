import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { Worker } from "node:worker_threads";
import { formatOf } from "./data-format.js";
import { startThreadEarly, threadFor } from "./early-thread.js";

/**
 * Below this many bytes of data a read stays on the caller's thread: starting a thread and
 * loading the reader into it takes some 30-50 ms, about what reading 8 MB costs.
 */
export const WORKER_MIN_BYTES = 16 * 2 ** 20;

// The reading thread runs this script (read-worker.ts): next to this module, or in a bundle,
// next to the bundle.
const READER_SCRIPT = new URL("./read-worker.js", import.meta.url);

/** Whether the reader's script is there to run (from source, as in the tests, it is not). */
export const readerScriptExists = (): boolean => existsSync(READER_SCRIPT);

/**
 * Starts the reading thread ahead of the read, where `file` (relative to `cwd`) is a CSV or JSON
 * Lines file large enough to be read on a thread; true where it started one. Both hosts call it
 * as soon as they know the file (`startActionReaderEarly`): the command line while the action's
 * modules load, a runner's step before the inputs and the contract are read. The first read
 * takes the thread (`readerThread`), and a command that never reads leaves it unused.
 */
export function startReaderEarly(file: string | undefined, cwd: string): boolean {
  if (file === undefined) return false;
  const format = formatOf(file);
  if (format !== "csv" && format !== "jsonl") return false;
  // Only a hint: a path that cannot be looked at is left to the read, which says why.
  let size;
  try {
    size = statSync(resolve(cwd, file), { throwIfNoEntry: false });
  } catch {
    return false;
  }
  if (!size?.isFile() || size.size < WORKER_MIN_BYTES) return false;
  return startThreadEarly(READER_SCRIPT);
}

/** A reading thread given `request`, the plain data read-worker.ts reads (`onThreadData`). */
export const readerThread = (request: unknown): Worker => threadFor(READER_SCRIPT, request);

import { existsSync } from "node:fs";
import { parentPort, Worker, workerData } from "node:worker_threads";
import { THREAD_YOUNG_MB } from "./thread-limits.js";

/**
 * Threads started before their work is known. A thread takes about 100 ms to start and load its
 * script; started while the caller still loads, reads or sorts, that time is hidden, and the
 * work, once known, is handed to the thread as its first message rather than as its
 * `workerData` (`onThreadData` reads either).
 */

/**
 * Per script (as text: a bundle holds the path ncc makes of the script's URL), a thread started
 * early and not yet given its work.
 */
const waiting = new Map<string, Worker>();
/** The `workerData` of a thread started early: its data comes as its first message. */
const EARLY = "started early: the data follows";
/** A failure before the thread was taken is met again by the one that replaces it. */
const ignore = (): void => {};

// A thread's inputs and outputs are arrays outside the heap: a small young generation will do.
const limits = { resourceLimits: { maxYoungGenerationSizeMb: THREAD_YOUNG_MB } };

/**
 * Starts a thread running `script` (a built script: from source there is none), to wait, not
 * holding the process open, for `threadFor` to give it its data; true where it started one.
 */
export function startThreadEarly(script: URL): boolean {
  if (waiting.has(String(script)) || !existsSync(script)) return false;
  const worker = new Worker(script, { ...limits, workerData: EARLY });
  worker.on("error", ignore);
  worker.unref();
  waiting.set(String(script), worker);
  return true;
}

/** A thread running `script` given `data`: the one started early, or a new one. */
export function threadFor(script: URL, data: unknown): Worker {
  const worker = waiting.get(String(script));
  waiting.delete(String(script));
  // One that stopped (a script that failed to load) is replaced, and fails again in the open.
  if (worker !== undefined && worker.threadId !== -1) {
    worker.off("error", ignore);
    worker.postMessage(data);
    return worker;
  }
  return new Worker(script, { ...limits, workerData: data });
}

/**
 * On a thread `threadFor` gave its data: calls `start` with that data, and hands every later
 * message to the handler `start` returns. One listener from the script's first moment on, so
 * that no message that follows the data is missed.
 */
export function onThreadData<Data>(start: (data: Data) => (message: unknown) => void): void {
  let handle = workerData === EARLY ? undefined : start(workerData as Data);
  parentPort!.on("message", (message: unknown) => {
    if (handle === undefined) handle = start(message as Data);
    else handle(message);
  });
}

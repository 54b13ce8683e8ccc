import { startReaderEarly } from "../engine/data/reader-thread.js";
import type { ActionName } from "./manifests.generated.js";

/**
 * The input whose file an action reads first on a thread of its own when it is large: that
 * thread starts while the action's modules load and its inputs and contract are read
 * (decision 0041).
 */
const READ_ON_THREAD: Partial<Record<ActionName, string>> = {
  "validate-data": "data",
  "drift-check": "current",
};

/**
 * Starts the reading thread of `action` ahead of its read, for the file its input names as
 * `valueOf` gives it (relative to `cwd`); true where it started one. Only a hint: the action
 * reads its inputs itself and takes the thread, or starts its own, so a thread that cannot be
 * started here is left to that read, which says why.
 */
export function startActionReaderEarly(
  action: ActionName,
  valueOf: (input: string) => string | undefined,
  cwd: string,
): boolean {
  const input = READ_ON_THREAD[action];
  try {
    return input !== undefined && startReaderEarly(valueOf(input)?.trim(), cwd);
  } catch {
    return false;
  }
}

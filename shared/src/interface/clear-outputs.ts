import { rmSync } from "node:fs";
import type { InputKind } from "./inputs.js";

/**
 * Removes what an earlier run left at this run's output paths, once they are checked and before
 * any work: a run that fails then leaves none of another run's reports or profiles where the
 * steps after it (an upload of mlops-out/, a script that reads the default path) would take
 * them for its own. A link there is removed, not the file it leads to.
 */
export function clearOutputs(
  kinds: Readonly<Record<string, InputKind<unknown>>>,
  values: Readonly<Record<string, unknown>>,
): void {
  for (const [name, kind] of Object.entries(kinds)) {
    const path = values[name];
    if (kind.writes && typeof path === "string") rmSync(path, { force: true });
  }
}

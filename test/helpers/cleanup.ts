// What helpers leave to be undone after a test or a test file (temporary folders). The files of
// a worker share its modules (vitest's `isolate: false`), so a hook a helper registered when it
// was first imported would run for that first file only; the setup file (per-file-setup.ts) runs
// these for every file instead.
type Cleanup = () => void;

const afterTest: Cleanup[] = [];
const afterFile: Cleanup[] = [];

/** Runs `cleanup` when the running test ends (or, outside a test, when the next one does). */
export const whenTestEnds = (cleanup: Cleanup): void => void afterTest.push(cleanup);

/** Runs `cleanup` when the running test file ends. */
export const whenFileEnds = (cleanup: Cleanup): void => void afterFile.push(cleanup);

export function endTest(): void {
  for (const cleanup of afterTest.splice(0)) cleanup();
}

export function endFile(): void {
  for (const cleanup of afterFile.splice(0).reverse()) cleanup();
}

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

/** Runs every cleanup, newest first; one that throws leaves the others to run, then fails. */
function runAll(cleanups: Cleanup[]): void {
  const failures: unknown[] = [];
  for (const cleanup of cleanups.splice(0).reverse()) {
    try {
      cleanup();
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) throw failures[0];
}

export const endTest = (): void => runAll(afterTest);

/** What a test left, and what the file's hooks made outside any test, then the file's own. */
export function endFile(): void {
  try {
    runAll(afterTest);
  } finally {
    runAll(afterFile);
  }
}

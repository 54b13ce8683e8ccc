// Vitest's global setup: every test file's processes (and what they start) get one temporary
// folder of the run's own as TMPDIR, removed when the run ends. The test workers are stopped
// by a signal, so a folder meant to go at process exit (a downloaded release asset) would
// otherwise stay in the system's temporary folder after every run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), "mlops-tests-"));
  process.env.TMPDIR = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}

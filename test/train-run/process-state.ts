import { readFileSync } from "node:fs";

/** Whether a process is gone, or a zombie no one has reaped yet (dead, waiting for its parent). */
export function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    // Reaped between the signal and the read.
    return true;
  }
}

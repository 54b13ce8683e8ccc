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

/**
 * Whether a process is gone (`isGone`) within `limitMs`: a process killed is gone a moment after
 * its signal, once the kernel has torn it down, which on a loaded machine the caller may outrun.
 */
export async function goneWithin(pid: number, limitMs = 5000): Promise<boolean> {
  const until = Date.now() + limitMs;
  while (!isGone(pid)) {
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

// Runs a benchmark's command as a child process timed from outside: wall seconds, and the peak
// RSS and CPU seconds (user + system) that /usr/bin/time reports for that process alone (NaN
// where /usr/bin/time is missing). CPU seconds move less than wall seconds on a busy machine.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const hasTime = existsSync("/usr/bin/time");

/**
 * Runs `command args` and returns its stdout, wall seconds, CPU seconds and peak RSS in KiB. An
 * exit status outside `okStatuses` (default 0 only) throws with the command's stderr.
 */
export function measure(command, args, { okStatuses = [0] } = {}) {
  const scratch = mkdtempSync(join(tmpdir(), "mlops-bench-time-"));
  const timing = join(scratch, "time.txt");
  const start = performance.now();
  const child = hasTime
    ? spawnSync("/usr/bin/time", ["-f", "%M %U %S", "-o", timing, command, ...args], {
        encoding: "utf8",
        maxBuffer: 1 << 26,
      })
    : spawnSync(command, args, { encoding: "utf8", maxBuffer: 1 << 26 });
  const seconds = (performance.now() - start) / 1000;
  try {
    if (!okStatuses.includes(child.status)) {
      throw new Error(`${command} ${args.join(" ")} failed (${child.status}):\n${child.stderr}`);
    }
    // The last line: a failing command's status line comes before it.
    const [rssKb, user, system] = hasTime
      ? readFileSync(timing, "utf8").trim().split("\n").pop().split(" ").map(Number)
      : [NaN, NaN, NaN];
    return { stdout: child.stdout, seconds, cpuSeconds: user + system, rssKb };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** KiB as whole megabytes, for the printed tables. */
export const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;

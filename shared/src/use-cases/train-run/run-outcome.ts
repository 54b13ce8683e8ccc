import type { ProcessOutcome } from "../../engine/process/run-process.js";
import type { RunStatus } from "../../engine/contracts/run-record.js";

/** `shell` as both front ends write it: the action's input and the command line's flag. */
const SHELL_HINT = "set input 'shell' to true (--shell on the command line)";

/** A duration as the `timeout` input takes it: `2h` for 7200000 ms, `90s`, `1.5s`. */
export function formatDuration(ms: number): string {
  for (const [unit, size] of [
    ["h", 3_600_000],
    ["m", 60_000],
    ["s", 1000],
  ] as const)
    if (ms % size === 0) return `${ms / size}${unit}`;
  return ms < 1000 ? `${ms}ms` : `${ms / 1000}s`;
}

/** How a run ended, and why in one line when it did not succeed. */
export function commandFailure(
  outcome: ProcessOutcome,
  argv: readonly string[],
  timeout: string | undefined,
): string | null {
  const program = argv[0]!;
  // `python train.py` written as one argument names a program with a space in its name.
  if (outcome.spawnError === "ENOENT" && argv.length === 1 && /\s/.test(program))
    return `command '${program}' was not found (ENOENT): it is one argument. Give one argument a line, such as python and train.py on two lines, or ${SHELL_HINT}`;
  if (outcome.spawnError === "ENOENT")
    return `command '${program}' was not found (ENOENT). Install it or give its full path; a shell built-in needs ${SHELL_HINT}`;
  if (outcome.spawnError) return `command '${program}' could not start (${outcome.spawnError})`;
  if (outcome.timedOut)
    return `the command ran past its timeout of ${timeout} and was stopped, with every process it started`;
  if (outcome.cancelledBy)
    return `the run was cancelled (${outcome.cancelledBy}); the command and every process it started were stopped`;
  if (outcome.signal) return `the command was killed by ${outcome.signal}`;
  if (outcome.exitCode !== 0) return `the command exited with code ${outcome.exitCode}`;
  return null;
}

export function runStatus(outcome: ProcessOutcome, failed: boolean): RunStatus {
  if (outcome.timedOut) return "timed-out";
  if (outcome.cancelledBy) return "cancelled";
  return failed ? "failed" : "succeeded";
}

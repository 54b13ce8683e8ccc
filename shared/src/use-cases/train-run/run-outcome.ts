import type { ProcessOutcome } from "../../engine/process/run-process.js";
import type { RunStatus } from "../../engine/contracts/run-record.js";
import { safeForLog } from "../../engine/report/escape-control.js";
import { shorten } from "../../engine/report/shorten.js";

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

/** The lines of stderr a failed command's error ends with: a traceback's place and exception. */
const TAIL_LINES = 3;

/**
 * Passes each line of stderr on, as the command's other output, and keeps the last few that are
 * not blank for the error a failed command ends with: the cause, where the rest is consequence.
 */
export function stderrTail(onLine: (line: string) => void) {
  const lines: string[] = [];
  return {
    onErrorLine: (line: string) => {
      onLine(line);
      if (line.trim() === "") return;
      lines.push(shorten(safeForLog(line.trim())));
      if (lines.length > TAIL_LINES) lines.shift();
    },
    lines: lines as readonly string[],
  };
}

/** How the command ended, with its last lines of stderr when it wrote any. */
function ended(how: string, stderr: readonly string[]): string {
  return stderr.length === 0 ? how : `${how}, its last lines on stderr: ${stderr.join(" | ")}`;
}

/** How a run ended, and why in one line when it did not succeed. */
export function commandFailure(
  outcome: ProcessOutcome,
  argv: readonly string[],
  timeout: string | undefined,
  stderr: readonly string[] = [],
): string | null {
  const program = argv[0]!;
  // `python train.py` written as one argument names a program with a space in its name.
  if (outcome.spawnError === "ENOENT" && argv.length === 1 && /\s/.test(program))
    return `command '${program}' was not found (ENOENT): it is one argument. Give one argument a line, such as python and train.py on two lines, or ${SHELL_HINT}`;
  if (outcome.spawnError === "ENOENT")
    return `command '${program}' was not found (ENOENT). Install it or give its full path; a shell built-in needs ${SHELL_HINT}`;
  if (outcome.spawnError) return `command '${program}' could not start (${outcome.spawnError})`;
  if (outcome.timedOut)
    return `the command ran past its timeout of ${timeout} and was stopped, with its process group`;
  if (outcome.cancelledBy)
    return `the run was cancelled (${outcome.cancelledBy}); the command and its process group were stopped`;
  if (outcome.signal) return ended(`the command was killed by ${outcome.signal}`, stderr);
  if (outcome.exitCode !== 0)
    return ended(`the command exited with code ${outcome.exitCode}`, stderr);
  return null;
}

export function runStatus(outcome: ProcessOutcome, failed: boolean): RunStatus {
  if (outcome.timedOut) return "timed-out";
  if (outcome.cancelledBy) return "cancelled";
  return failed ? "failed" : "succeeded";
}

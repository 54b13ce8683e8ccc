import { MlopsError } from "../engine/errors.js";

/**
 * The one line a user sees for a failure. A user-fixable error says what and how to fix it; an
 * unexpected one says it is a bug. The stack trace is only for debugging.
 */
export function describeFailure(
  error: unknown,
  debug: boolean,
  /** How to see the stack trace where this runs: `--debug`, or RUNNER_DEBUG=1. */
  debugHint: string,
): { line: string; detail?: string } {
  if (error instanceof MlopsError) {
    return debug && error.stack ? { line: error.line, detail: error.stack } : { line: error.line };
  }
  const message = error instanceof Error ? error.message : String(error);
  const line = `unexpected error: ${message.split("\n")[0]} (a bug: please report it; ${debugHint} shows the stack trace)`;
  return debug && error instanceof Error && error.stack ? { line, detail: error.stack } : { line };
}

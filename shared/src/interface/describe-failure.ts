import { isAbsolute } from "node:path";
import { FileError, MlopsError } from "../engine/errors.js";
import { displayPath } from "../engine/files/display-path.js";

/**
 * The one line a user sees for a failure. A user-fixable error says what and how to fix it; an
 * unexpected one says it is a bug. The stack trace is only for debugging. A file the error
 * starts with is shown as reports show it, relative to the working directory when inside it.
 */
export function describeFailure(
  error: unknown,
  debug: boolean,
  /** How to see the stack trace where this runs: `--debug`, or RUNNER_DEBUG=1. */
  debugHint: string,
  cwd?: string,
): { line: string; detail?: string } {
  if (error instanceof MlopsError) {
    const line = cwd === undefined ? error.line : shownFrom(error, cwd);
    return debug && error.stack ? { line, detail: error.stack } : { line };
  }
  const message = error instanceof Error ? error.message : String(error);
  const line = `unexpected error: ${message.split("\n")[0]} (a bug: please report it; ${debugHint} shows the stack trace)`;
  return debug && error instanceof Error && error.stack ? { line, detail: error.stack } : { line };
}

/** The error's line with the absolute path of its file, which it starts with, made relative. */
function shownFrom(error: MlopsError, cwd: string): string {
  const { line } = error;
  if (!(error instanceof FileError) || !isAbsolute(error.file) || !line.startsWith(error.file)) {
    return line;
  }
  return displayPath(cwd, error.file) + line.slice(error.file.length);
}

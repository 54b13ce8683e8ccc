import { FileError } from "../../engine/errors.js";

/**
 * How much earlier than the run's start a file may have been last modified and still count as
 * written by the run: Linux stamps files from a clock that lags the one the start is read from
 * by up to a scheduler tick, and FAT and HFS+ keep times to 2 and 1 seconds. What it costs is a
 * file written by something else in the 2 seconds before the run started.
 */
export const MTIME_SLACK_MS = 2000;

/** Whether a file last modified at `modified` may have been written by a run started at `startedAt`. */
export const writtenSince = (modified: Date, startedAt: Date): boolean =>
  modified.getTime() >= startedAt.getTime() - MTIME_SLACK_MS;

/**
 * A file the command was to write and did not. After a command that failed, that is its
 * failure's consequence, told beside it, never a path to check.
 */
export class NotWrittenError extends FileError {}

const clock = (time: Date): string => time.toISOString().replace(/\.\d+Z$/, "Z");

/**
 * A file the command was to write that is older than the run: left by an earlier run, it is no
 * more this run's than a file never written.
 */
export function notWrittenByRun(
  shownAs: string,
  modified: Date,
  startedAt: Date,
  fix: string,
): NotWrittenError {
  return new NotWrittenError(
    shownAs,
    `was not written by this run: last modified ${clock(modified)}, before it started at ${clock(startedAt)}`,
    fix,
  );
}

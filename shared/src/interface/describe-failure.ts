import { existsSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { ContractError, FileError, MlopsError, YamlInputError } from "../engine/errors.js";
import { displayPath, displayPathIn } from "../engine/files/display-path.js";

/** What a user sees of a failure. */
export interface Failure {
  /** The one line: what is wrong and how to fix it, or that it is a bug. */
  readonly line: string;
  /** The stack trace, when debugging. */
  readonly detail?: string;
  /**
   * The file inside the working directory that the failure is in (relative to it), and its
   * line when known: where a runner's annotation points.
   */
  readonly at?: { readonly file: string; readonly line?: number };
}

/**
 * How an input holding YAML or JSON is written where this runs, given the input's name: quoted
 * whole on a command line, a block in a workflow's `with:`.
 */
export type YamlHint = (input: string) => string;

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
  /** Added to the fix of an input that is not valid YAML or JSON, where the host has one. */
  yamlHint?: YamlHint,
): Failure {
  if (error instanceof MlopsError) {
    const shown = cwd === undefined ? error.line : shownFrom(error, cwd);
    const hint = yamlHint && error instanceof YamlInputError ? `; ${yamlHint(error.input)}` : "";
    const line = `${shown}${hint}`;
    const at = cwd === undefined ? undefined : locationOf(error, cwd);
    return {
      line,
      ...(debug && error.stack ? { detail: error.stack } : {}),
      ...(at ? { at } : {}),
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  const line = `unexpected error: ${message.split("\n")[0]} (a bug: please report it; ${debugHint} shows the stack trace)`;
  return debug && error instanceof Error && error.stack ? { line, detail: error.stack } : { line };
}

/**
 * The error's line with the absolute path of its file, which it starts with, made relative;
 * so too where the fix names it again (a glob of a folder's files, `data/*.csv`).
 */
function shownFrom(error: MlopsError, cwd: string): string {
  const { line } = error;
  if (!(error instanceof FileError) || !isAbsolute(error.file) || !line.startsWith(error.file)) {
    return line;
  }
  return displayPathIn(line, cwd, error.file);
}

/**
 * The file of a file or contract error, relative to `cwd`, with its line: the file and line a
 * runner annotates the failure at.
 */
function locationOf(error: MlopsError, cwd: string): Failure["at"] {
  if (error instanceof FileError) return workspaceLocation(cwd, error.file, error.lineNumber);
  if (!(error instanceof ContractError)) return undefined;
  // A contract error's file names the field's line after a colon when the line is known.
  const lined = /^(.+):(\d+)$/.exec(error.file);
  return lined
    ? workspaceLocation(cwd, lined[1]!, Number(lined[2]))
    : workspaceLocation(cwd, error.file);
}

/**
 * Where a runner can annotate a failure in `file` (at `line`): the file relative to `cwd`, only
 * for a file that is there inside it, so that a name shown for something else (a registry
 * asset's tag and name) is not taken for a path.
 */
export function workspaceLocation(cwd: string, file: string, line?: number): Failure["at"] {
  const shown = displayPath(cwd, resolve(cwd, file));
  if (isAbsolute(shown) || !existsSync(resolve(cwd, shown))) return undefined;
  return line === undefined ? { file: shown } : { file: shown, line };
}

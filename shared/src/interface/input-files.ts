import { DataError } from "../engine/data/data-error.js";
import { listFiles, type DataSource } from "../engine/data/read-batches.js";
import { InputError } from "../engine/errors.js";
import { displayPathIn } from "../engine/files/display-path.js";

/**
 * The files that `input` names (`source`: its path or glob, or a list of them, absolute), as
 * `listFiles` lists them. Where it names none that can be read (no such file, no match, a
 * folder), the input is the thing to fix: the data engine's error names only the path, which
 * leaves a run with two data inputs (data and reference, current and reference) to guess which
 * one it was, so it is refused as the input's error, its path shown relative to `cwd` as any
 * error shows it.
 */
export async function listInputFiles(
  input: string,
  source: DataSource,
  cwd: string,
): Promise<string[]> {
  try {
    return await listFiles(source);
  } catch (error) {
    throw asInputError(input, error, cwd);
  }
}

/**
 * The data engine's error about the files an input names, as the input's own, its path shown
 * relative to `cwd`; any other error as it is.
 */
export function asInputError(input: string, error: unknown, cwd: string): unknown {
  if (!(error instanceof DataError)) return error;
  // The path also stands in the fix where it suggests a glob of a folder's files.
  const shown = (text: string) => displayPathIn(text, cwd, error.file);
  return new InputError(input, shown(error.message), error.fix && shown(error.fix));
}

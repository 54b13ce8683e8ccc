import { existsSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { InputError } from "../engine/errors.js";
import { displayPath } from "../engine/files/display-path.js";
import type { InputContext, InputKind } from "./inputs.js";

/** The real path of `path`, or of its nearest existing folder joined with the rest. */
function realTarget(path: string): string {
  if (existsSync(path)) return realpathSync(path);
  const parent = dirname(path);
  return parent === path ? path : resolve(realTarget(parent), path.slice(parent.length + 1));
}

/** Why `path` cannot take a written file, when it cannot. */
function unwritable(path: string): string | undefined {
  if (existsSync(path)) {
    const stat = statSync(path);
    if (stat.isDirectory()) return "is a folder";
    if (!stat.isFile()) return "is not a regular file (a device, pipe or socket)";
    return undefined;
  }
  for (let folder = dirname(path); ; folder = dirname(folder)) {
    if (existsSync(folder)) {
      return statSync(folder).isDirectory() ? undefined : "is under a file, not a folder";
    }
    if (dirname(folder) === folder) return undefined;
  }
}

/**
 * Refuses, before any work, output paths that would lose a file: one that is an input of the
 * same run (a report written over the dataset), two outputs on one path (the second silently
 * replacing the first), a device, pipe or folder (as root, `/dev/null` would be replaced by a
 * regular file), or a path under a file.
 */
export function checkOutputPaths(
  kinds: Readonly<Record<string, InputKind<unknown>>>,
  values: Readonly<Record<string, unknown>>,
  context: InputContext,
): void {
  const outputs = new Map<string, string>();
  for (const [name, kind] of Object.entries(kinds)) {
    const value = values[name];
    if (!kind.writes || typeof value !== "string") continue;
    const shown = displayPath(context.cwd, value);
    const problem = unwritable(value);
    if (problem) {
      throw new InputError(name, `'${shown}' ${problem}`, "Give the path of a file to write");
    }
    const target = realTarget(value);
    const other = outputs.get(target);
    if (other) {
      throw new InputError(
        name,
        `writes to the same file as ${other} ('${shown}')`,
        "Give each output its own path",
      );
    }
    outputs.set(target, name);
  }
  for (const [name, kind] of Object.entries(kinds)) {
    const value = values[name];
    if (kind.writes || typeof value !== "string" || value === "") continue;
    const path = isAbsolute(value) ? value : resolve(context.cwd, value);
    const output = existsSync(path) ? outputs.get(realpathSync(path)) : undefined;
    if (output) {
      throw new InputError(
        output,
        `would overwrite the file of input '${name}' ('${value}')`,
        "Write the output somewhere else",
      );
    }
  }
}

import { existsSync, realpathSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { InputError } from "../engine/errors.js";
import { displayPath } from "../engine/files/display-path.js";
import { describeLinkOut, linkOut, realTarget } from "../engine/files/workspace-links.js";
import type { InputContext, InputKind } from "./inputs.js";

/** The files that parsed values were read from, for an input that gives a file's contents. */
const filesRead = new WeakMap<object, string>();

/**
 * Marks `value` as read from the file at `path`, so that no output of the same run may be
 * written over that file. The value stays what its input gives (a mapping read from a file
 * reads like one written inline), and the mark goes with it.
 */
export function readFromFile<T extends object>(value: T, path: string): T {
  filesRead.set(value, path);
  return value;
}

/** The path of the file an input's value was read from, resolved; undefined for none. */
function inputFile(value: unknown, cwd: string): string | undefined {
  if (typeof value === "string") return value === "" ? undefined : resolve(cwd, value);
  return value !== null && typeof value === "object" ? filesRead.get(value) : undefined;
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
 * Refuses, where `context` confines links (a runner), an output written through a linked folder
 * that leads out of the workspace or into its `.git` folder: a pull request that commits
 * `mlops-out -> /home/runner` would choose where the run writes. A link as the file itself is
 * no way out: the file is renamed over it, which replaces the link. `fix`, for a link that no
 * commit made (one a training command left).
 */
export function refuseLinkedFolder(
  input: string,
  path: string,
  context: InputContext,
  fix = "Write it to a folder of the workspace, not a link to one; a path outside the workspace is written as given",
): void {
  const out = context.confineLinks ? linkOut(context.cwd, path) : undefined;
  if (out?.through === undefined) return;
  throw new InputError(
    input,
    `'${displayPath(context.cwd, path)}' ${describeLinkOut(out, context.cwd)}`,
    fix,
  );
}

/**
 * Refuses, before any work, output paths that would lose a file: one that is an input of the
 * same run (a report written over the dataset), two outputs on one path (the second silently
 * replacing the first), a device, pipe or folder (as root, `/dev/null` would be replaced by a
 * regular file), or a path under a file; and in a runner, one that a linked folder leads away.
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
    refuseLinkedFolder(name, value, context);
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
    const path = kind.writes ? undefined : inputFile(value, context.cwd);
    const output = path && existsSync(path) ? outputs.get(realpathSync(path)) : undefined;
    if (output) {
      const shown = typeof value === "string" ? value : displayPath(context.cwd, path!);
      throw new InputError(
        output,
        `would overwrite the file of input '${name}' ('${shown}')`,
        "Write the output somewhere else",
      );
    }
  }
}

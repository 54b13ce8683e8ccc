import { existsSync, realpathSync, statSync } from "node:fs";
import { dirname, resolve, sep } from "node:path";
import { globToRegExp, isGlob } from "../engine/data/glob.js";
import { InputError } from "../engine/errors.js";
import { displayPath } from "../engine/files/display-path.js";
import { describeLinkOut, linkOut, realTarget } from "../engine/files/workspace-links.js";
import { asInputError } from "./input-files.js";
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

/** A path (or glob) an input's value names: resolved, and as a message shows it. */
interface InputItem {
  readonly path: string;
  readonly shown: string;
}

/**
 * The paths an input's value names: its text, each item of a list (`dataSources`), or the file a
 * parsed value was read from; none for no path.
 */
function inputItems(value: unknown, cwd: string): InputItem[] {
  if (typeof value === "string") {
    return value === "" ? [] : [{ path: resolve(cwd, value), shown: value }];
  }
  const read = value !== null && typeof value === "object" ? filesRead.get(value) : undefined;
  if (read !== undefined) return [{ path: read, shown: displayPath(cwd, read) }];
  return Array.isArray(value) ? value.flatMap((item) => inputItems(item, cwd)) : [];
}

/** An output of the run: its input, and its path as given, resolved. */
interface Output {
  readonly name: string;
  readonly path: string;
}

/** Where a path stands for a glob's regular expression, which is written with `/`. */
const slashed = (path: string): string => (sep === "/" ? path : path.split(sep).join("/"));

/**
 * The output that would overwrite a file `item` names, and how the refusal shows that file.
 * A glob (of an input that reads files) is matched against the outputs already on disk rather
 * than expanded: no folder is walked before the read walks it, and an output not there yet is
 * written after the read. A file that a link among the matches leads to is not seen.
 */
function overwriting(
  name: string,
  kind: InputKind<unknown>,
  item: InputItem,
  outputs: ReadonlyMap<string, Output>,
  cwd: string,
): { output: Output; shown: string } | undefined {
  if (existsSync(item.path)) {
    const output = outputs.get(realpathSync(item.path));
    return output && { output, shown: `'${item.shown}'` };
  }
  const written = [...outputs.values()].filter((output) => existsSync(output.path));
  if (!kind.reads || !isGlob(item.shown) || written.length === 0) return undefined;
  const matcher = globMatcher(name, item.path, cwd);
  const output = written.find(({ path }) => matcher.test(slashed(path)));
  return (
    output && { output, shown: `'${displayPath(cwd, output.path)}', matched by '${item.shown}'` }
  );
}

/** The glob `pattern`'s regular expression; one that is no glob (`[z-a]`) is input `name`'s error. */
function globMatcher(name: string, pattern: string, cwd: string): RegExp {
  try {
    return globToRegExp(slashed(pattern), pattern);
  } catch (error) {
    throw asInputError(name, error, cwd);
  }
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
  const outputs = new Map<string, Output>();
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
        `writes to the same file as ${other.name} ('${shown}')`,
        "Give each output its own path",
      );
    }
    outputs.set(target, { name, path: value });
  }
  for (const [name, kind] of Object.entries(kinds)) {
    if (kind.writes) continue;
    for (const item of inputItems(values[name], context.cwd)) {
      const over = overwriting(name, kind, item, outputs, context.cwd);
      if (over) {
        throw new InputError(
          over.output.name,
          `would overwrite the file of input '${name}' (${over.shown})`,
          "Write the output somewhere else",
        );
      }
    }
  }
}

import { resolve } from "node:path";
import { expandGlob } from "../engine/data/glob.js";
import { InputError } from "../engine/errors.js";
import { displayPath } from "../engine/files/display-path.js";
import { describeLinkOut, linkOut } from "../engine/files/workspace-links.js";
import { asInputError } from "./input-files.js";
import type { InputContext, InputKind } from "./inputs.js";

const COMMIT_FILE =
  "Commit the file itself, not a link to it; a file outside the workspace is read when given by its own path";

/**
 * Refuses, where `context` confines links (a runner), a file that an input names inside the
 * workspace but that a symbolic link leads out of it or into its `.git` folder: a pull request
 * that commits `data/train.csv -> /home/runner/.ssh/id_rsa` would otherwise have its lines
 * echoed into annotations and the summary. Called before anything reads the file. `path` is
 * absolute; `matchedBy`, the glob that matched it; `fix`, for a link that no commit made (one a
 * training command wrote).
 */
export function refuseLinkOut(
  input: string,
  path: string,
  context: InputContext,
  { matchedBy, fix = COMMIT_FILE }: { matchedBy?: string; fix?: string } = {},
): void {
  const out = context.confineLinks ? linkOut(context.cwd, path) : undefined;
  if (out === undefined) return;
  const shown = `'${displayPath(context.cwd, path)}'`;
  throw new InputError(
    input,
    `${matchedBy ? `${shown}, matched by '${matchedBy}',` : shown} ${describeLinkOut(out, context.cwd)}`,
    fix,
  );
}

/**
 * The files a glob matches, none for what matches nothing (a registry reference, a file the
 * read will say is missing); a pattern that is no glob (`[z-a]`) is the input's error.
 */
async function matches(input: string, path: string, cwd: string): Promise<string[]> {
  try {
    return await expandGlob(path);
  } catch (error) {
    throw asInputError(input, error, cwd);
  }
}

/**
 * `refuseLinkOut` for every input whose kind reads files, and for each file its glob matches
 * (a link among them): before any work, as output paths are checked.
 */
export async function refuseLinksOut(
  kinds: Readonly<Record<string, InputKind<unknown>>>,
  values: Readonly<Record<string, unknown>>,
  context: InputContext,
): Promise<void> {
  if (!context.confineLinks) return;
  for (const [name, kind] of Object.entries(kinds)) {
    if (!kind.reads) continue;
    // A list of paths (`dataSources`) is checked path by path.
    const value = values[name];
    const items = Array.isArray(value) ? (value as unknown[]) : [value];
    for (const item of items) {
      if (typeof item === "string" && item !== "") await refuseMatchesOut(name, item, context);
    }
  }
}

/** `refuseLinkOut` for the path or glob `value` of input `name`, and for each file it matches. */
async function refuseMatchesOut(name: string, value: string, context: InputContext) {
  // Normalised, as the inputs resolve it: `ln/../x` is judged where it is read.
  const path = resolve(context.cwd, value);
  // The pattern itself first: a linked folder it starts in is named even when nothing matches.
  refuseLinkOut(name, path, context);
  const pattern = displayPath(context.cwd, path);
  for (const file of await matches(name, path, context.cwd)) {
    if (file !== path) refuseLinkOut(name, file, context, { matchedBy: pattern });
  }
}

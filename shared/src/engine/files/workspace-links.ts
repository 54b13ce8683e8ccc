import { existsSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { displayPath } from "./display-path.js";

/**
 * The real path of `path`, or of its nearest existing folder joined with the rest. The system's
 * own `realpath`, as `open` resolves the path: `link/..` is the link's parent folder, where
 * Node's own version drops both first.
 */
export function realTarget(path: string): string {
  if (existsSync(path)) return realpathSync.native(path);
  const parent = dirname(path);
  return parent === path ? path : resolve(realTarget(parent), path.slice(parent.length + 1));
}

/** Whether `path` lies outside `folder`: neither the folder itself nor anything under it. */
export function isOutside(folder: string, path: string): boolean {
  const inside = relative(folder, path);
  return inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside);
}

/** Whether a path relative to the workspace goes through a `.git` folder. */
const inGitFolder = (inside: string): boolean => inside.split(sep).includes(".git");

/** git-annex (and DataLad) commit data files as links to their content under here. */
const inAnnex = (inside: string): boolean =>
  inside.split(sep).join("/").includes(".git/annex/objects/");

/** Where links take a path given inside the workspace, when a checkout may not send it there. */
export interface LinkOut {
  /** Where the whole path really leads. */
  readonly target: string;
  /** The linked folder on the way that takes it there; none when the path itself is the link. */
  readonly through: string | undefined;
  /** Out of the workspace, or into a `.git` folder of it (`.git/config` can hold a token). */
  readonly into: "outside" | "git";
}

/**
 * Where symbolic links take `path` (absolute) when it is given inside `workspace` but really
 * leads out of it, or into a `.git` folder it was not given in: a checked-out branch holds
 * whatever links a pull request commits, which could make a run read or write any file of the
 * machine. A link that stays in the workspace is no way out (DVC's cache links data files so),
 * and a path given outside the workspace is the workflow's choice, not the checkout's. A path
 * that does not exist yet is judged by its nearest existing folder.
 */
export function linkOut(workspace: string, path: string): LinkOut | undefined {
  const root = resolve(workspace);
  const given = resolve(path);
  if (isOutside(root, given) || !existsSync(root)) return undefined;
  const inside = relative(root, given);
  const realRoot = realpathSync.native(root);
  const away = (real: string): LinkOut["into"] | undefined => {
    if (isOutside(realRoot, real)) return "outside";
    const rel = relative(realRoot, real);
    if (inGitFolder(rel) && !inGitFolder(inside) && !inAnnex(rel)) return "git";
    return undefined;
  };
  const target = realTarget(path);
  const into = away(target);
  if (into === undefined) return undefined;
  // The first step of the way whose real path has left is the link to fix.
  const steps = inside.split(sep);
  const link = steps
    .map((_, i) => join(root, ...steps.slice(0, i + 1)))
    .find((step) => existsSync(step) && away(realpathSync.native(step)) !== undefined);
  return { target, through: link === undefined || link === given ? undefined : link, into };
}

/**
 * How a path leaves by `out`, for a message that names the path first: "is a symbolic link to
 * '/etc/passwd', out of the workspace", or "leads through the linked folder 'data' to ...". Paths
 * inside `cwd` are shown relative to it.
 */
export function describeLinkOut(out: LinkOut, cwd: string): string {
  const target = displayPath(cwd, out.target);
  const way = out.through
    ? `leads through the linked folder '${displayPath(cwd, out.through)}' to '${target}'`
    : `is a symbolic link to '${target}'`;
  const where =
    out.into === "outside" ? "out of the workspace" : "inside the repository's .git folder";
  return `${way}, ${where}`;
}

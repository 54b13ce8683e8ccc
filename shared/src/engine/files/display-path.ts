import { isAbsolute, relative, sep } from "node:path";

/**
 * A path as reports and messages show it: relative to the workspace when inside it, so that it
 * reads the same on every runner, and absolute when outside (or on another drive).
 */
export function displayPath(cwd: string, path: string): string {
  const inside = relative(cwd, path);
  const outside =
    inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside);
  return outside ? path : inside;
}

import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Creates a folder and its missing parents, one at a time, adding each to `made` as it is
 * created (outermost first), so that a caller cleaning up after a failure part-way knows them
 * all; returns `made`. Node's recursive `mkdirSync` never returns where the kernel refuses new
 * entries under an existing folder (`/proc/x/y` loops on ENOENT), so a hostile output path would
 * hang the runner; here that is one ENOENT.
 */
export function makeFolders(folder: string, made: string[] = []): string[] {
  const missing: string[] = [];
  for (let path = folder; !existsSync(path) && dirname(path) !== path; path = dirname(path)) {
    missing.push(path);
  }
  for (const path of missing.reverse()) {
    mkdirSync(path);
    made.push(path);
  }
  return made;
}

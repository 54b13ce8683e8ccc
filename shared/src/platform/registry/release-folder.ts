import { lstatSync, readlinkSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { RegistryError } from "./errors.js";

/**
 * Checks the way from the repository to a release folder (`.mlops/releases/<tag>`) and returns
 * the folder. Those folders come with whatever branch is checked out, and release files are
 * written there under names a pushed tree chose: a link on the way would take them anywhere on
 * the machine (`.mlops/releases/churn@v1.0.0 -> ~/.ssh`), so a link, or a file where a folder
 * belongs, is refused before anything is written, read or removed. A part not there yet is fine.
 */
export function releaseFolder(repository: string, folder: string): string {
  let path = repository;
  for (const part of relative(repository, folder).split(sep)) {
    path = join(path, part);
    const stats = lstatSync(path, { throwIfNoEntry: false });
    if (stats === undefined) break;
    if (stats.isDirectory()) continue;
    const shown = relative(repository, path);
    throw new RegistryError(
      stats.isSymbolicLink()
        ? `${shown} is a symbolic link (to ${readlinkSync(path)}); release files are written only into real folders`
        : `${shown} is a file; release files are written into a folder there`,
      `Remove ${shown} from the repository: mlops checks release files out under .mlops/releases itself`,
    );
  }
  return folder;
}

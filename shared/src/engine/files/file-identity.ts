import { realpathSync, statSync } from "node:fs";

/**
 * What tells one file from another however it is reached: its device and inode, which every
 * name of it shares, a hard link's as a symbolic link's; its real path where a file system gives
 * no inode (0). For a file named twice in one input, whose rows must not count twice.
 */
export function fileIdentity(path: string): string {
  const { dev, ino } = statSync(path, { bigint: true });
  return ino === 0n ? realpathSync.native(path) : `${dev}:${ino}`;
}

/**
 * The folders a registration copies its files into until its tag exists (LocalGitBackend). A
 * run killed between the two (SIGKILL, a runner that stops) leaves its folder, a copy of the
 * model, so each folder is named for the host and process that made it, and the next
 * registration removes those of this host whose process is gone. A name starting with '.' is
 * no tag's folder: git refuses such a part in a ref's name.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";

/** The host as a folder name can hold it. */
const thisHost = (): string => hostname().replace(/[^A-Za-z0-9.-]/g, "_") || "host";

/** `.staging-<host>-<pid>-`, which mkdtemp ends with six letters and digits. */
export const stagingPrefix = (pid = process.pid, host = thisHost()): string =>
  `.staging-${host}-${pid}-`;

const STAGED_BY = /^\.staging-(.+)-(\d+)-[A-Za-z0-9]{6}$/;

/** Whether a process of this host runs with `pid`; one of another user's is running too. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A new staging folder of this process in `releases`. */
export const makeStagingFolder = (releases: string): string =>
  mkdtempSync(join(releases, stagingPrefix()));

/**
 * Removes the staging folders in `releases` that a process of this host made and that is gone.
 * Another host's are left alone: its processes cannot be asked about (a shared disk, or a
 * container's own process numbers). A reused process number only keeps a folder longer.
 */
export function removeDeadStaging(releases: string): void {
  const host = thisHost();
  for (const name of readdirSync(releases)) {
    const owner = STAGED_BY.exec(name);
    if (owner?.[1] !== host || isRunning(Number(owner[2]))) continue;
    try {
      rmSync(join(releases, name), { recursive: true, force: true });
    } catch (error) {
      // Another user's folder, which only they may remove, is theirs to clean up.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "EACCES" && code !== "EPERM") throw error;
    }
  }
}

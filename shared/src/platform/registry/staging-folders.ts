/**
 * The folders a registration copies its files into until its tag exists (LocalGitBackend). A
 * run killed between the two (SIGKILL, a runner that stops) leaves its folder, a copy of the
 * model, so each folder is named for the host, process namespace and process that made it, and
 * the next registration removes those of this host and namespace whose process is gone. A name
 * starting with '.' is no tag's folder: git refuses such a part in a ref's name.
 */
import { mkdtempSync, readdirSync, readlinkSync, rmSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";

/** The host as a folder name can hold it. */
const thisHost = (): string => hostname().replace(/[^A-Za-z0-9.-]/g, "_") || "host";

/**
 * The process namespace this process sees others in ("pid4026531836"): containers that share a
 * host name (host networking, compose's `hostname:`) each number their processes apart, so a
 * process absent here may run in another. "none" where there is no /proc (macOS, Windows).
 */
function thisNamespace(): string {
  try {
    return readlinkSync("/proc/self/ns/pid").replace(/[^A-Za-z0-9]/g, "") || "none";
  } catch {
    return "none";
  }
}

/** `.staging-<host>-<namespace>-<pid>-`, which mkdtemp ends with six letters and digits. */
export const stagingPrefix = (
  pid = process.pid,
  host = thisHost(),
  namespace = thisNamespace(),
): string => `.staging-${host}-${namespace}-${pid}-`;

/** The owner (`<host>-<namespace>`) and process of a staging folder's name. */
const STAGED_BY = /^\.staging-(.+)-(\d+)-[A-Za-z0-9]{6}$/;

/** Whether a process of this namespace runs with `pid`; one of another user's is running too. */
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
 * Removes the staging folders in `releases` that a process of this host and namespace made and
 * that is gone. Any other's are left alone, since its processes cannot be asked about: another
 * host's (a shared disk) or another container's. So are those of earlier mlops versions
 * (`.staging-XXXXXX`, `.staging-<host>-<pid>-XXXXXX`), which name no namespace: such a run never
 * made its tag, so its folder is no release's, and may be deleted by hand. A reused process
 * number only keeps a folder longer.
 */
export function removeDeadStaging(releases: string): void {
  const owner = `${thisHost()}-${thisNamespace()}`;
  for (const name of readdirSync(releases)) {
    const made = STAGED_BY.exec(name);
    if (made?.[1] !== owner || isRunning(Number(made[2]))) continue;
    try {
      rmSync(join(releases, name), { recursive: true, force: true });
    } catch (error) {
      // Another user's folder, which only they may remove, is theirs to clean up.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "EACCES" && code !== "EPERM") throw error;
    }
  }
}

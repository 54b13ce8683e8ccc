import { randomBytes } from "node:crypto";
import { closeSync, existsSync, openSync, readFileSync, readSync, readdirSync } from "node:fs";

/**
 * The environment variable that marks a command's processes: runProcess gives each command a
 * value of its own, and every process the command starts inherits it, one that left the command's
 * process group (setsid, a daemon's double fork) too. A process started with a cleared
 * environment (`env -i`), or one that overwrote its own, no longer carries it.
 */
export const RUN_TOKEN = "MLOPS_RUN_TOKEN";

/**
 * The most of a process's environment read: far above any real one (Linux caps a process's
 * arguments and environment together at a quarter of its stack limit, 2 MiB by default), while a
 * process that swelled its own costs no more than this. A mark past it is not seen.
 */
const MAX_ENVIRON = 1024 * 1024;

/** Where a Linux system lists its processes; absent on macOS, where nothing is found. */
const PROC = "/proc";

/** A process's parent and process group, from /proc/<pid>/stat; null once it is gone. */
function statOf(pid: number): { parent: number; group: number } | null {
  let stat: string;
  try {
    stat = readFileSync(`${PROC}/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  // `pid (name) state ppid pgrp ...`: the name may hold spaces and parentheses, so fields are
  // counted from its last `)`.
  const [, parent, group] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return { parent: Number(parent), group: Number(group) };
}

/** This process and those above it to init: never signalled, whatever their environment. */
function selfAndAncestors(): Set<number> {
  const kept = new Set<number>();
  for (let pid = process.pid; pid > 0 && !kept.has(pid); pid = statOf(pid)?.parent ?? 0)
    kept.add(pid);
  return kept;
}

/**
 * The process's environment as /proc gives it, entries ended by NUL, and whether it was read to
 * its end; null for one that cannot be read: another user's (EACCES), or gone mid-scan (ENOENT,
 * ESRCH). Any process may be either at any moment, and a scan that stops the run's own
 * processes must not fail on one that is not.
 */
function environOf(pid: number, buffer: Buffer): { bytes: Buffer; whole: boolean } | null {
  let fd: number;
  try {
    fd = openSync(`${PROC}/${pid}/environ`, "r");
  } catch {
    return null;
  }
  try {
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) return { bytes: buffer.subarray(0, length), whole: true };
      length += read;
      if (length === buffer.length) return { bytes: buffer, whole: false };
    }
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** Whether `environ` holds `entry` as one whole entry: `NAME=value`, not a part of another. */
function holdsEntry({ bytes, whole }: { bytes: Buffer; whole: boolean }, entry: Buffer): boolean {
  for (let at = bytes.indexOf(entry); at !== -1; at = bytes.indexOf(entry, at + 1)) {
    const end = at + entry.length;
    const ended = end === bytes.length ? whole : bytes[end] === 0;
    if ((at === 0 || bytes[at - 1] === 0) && ended) return true;
  }
  return false;
}

/**
 * The processes that carry one command's mark, `MLOPS_RUN_TOKEN=<128 random bits in hex>` in
 * their environment, found by reading each /proc/<pid>/environ, as Jenkins' ProcessTreeKiller
 * finds a build's processes: what stops a command's process group misses a process that left it,
 * and on a self-hosted runner such a process would hold its GPU and memory into the next job.
 * Only processes of this user are read; on a system without /proc (macOS) none is ever found.
 */
export class MarkedProcesses {
  readonly token = randomBytes(16).toString("hex");
  private readonly entry = Buffer.from(`${RUN_TOKEN}=${this.token}`);
  /** The processes found so far, to wait for without reading every process again. */
  private readonly found = new Set<number>();

  /**
   * The environment `env` with this command's mark, in place of any it carried (a run started by
   * another's command), and first: within what is read of an environment swelled past MAX_ENVIRON.
   */
  environment(
    env: Readonly<Record<string, string | undefined>>,
  ): Record<string, string | undefined> {
    const { [RUN_TOKEN]: _carried, ...rest } = env;
    return { [RUN_TOKEN]: this.token, ...rest };
  }

  /**
   * The processes carrying the mark, bar this process, its ancestors, and the members of process
   * group `group`: those the group's own signal reaches, which a second signal would interrupt
   * again (a training script that saves a checkpoint at SIGTERM, or quits at a second SIGINT).
   */
  find(group: number): number[] {
    return [...this.scan(group)];
  }

  /**
   * Sends `signal` to each process `find` finds, and says whether there was any. Each is
   * signalled as soon as it is found, not after the whole scan: the pid of one that ends in
   * between could be another process's by then.
   */
  signal(group: number, signal: NodeJS.Signals): boolean {
    let any = false;
    for (const pid of this.scan(group)) {
      any = true;
      try {
        process.kill(pid, signal);
      } catch {
        // ESRCH: it ended since it was read.
      }
    }
    return any;
  }

  /** The processes `find` finds, each as it is read. */
  private *scan(group: number): Generator<number> {
    if (!existsSync(`${PROC}/self/environ`)) return;
    const buffer = Buffer.allocUnsafe(MAX_ENVIRON);
    const spared = selfAndAncestors();
    // A listing that fails (no file descriptor left) finds nothing: the stop of the group
    // goes on without it.
    let names: string[];
    try {
      names = readdirSync(PROC);
    } catch {
      return;
    }
    for (const name of names) {
      const pid = Number(name);
      if (!/^\d+$/.test(name) || spared.has(pid)) continue;
      const environ = environOf(pid, buffer);
      if (environ === null || !holdsEntry(environ, this.entry)) continue;
      const stat = statOf(pid);
      if (stat === null || stat.group === group) continue;
      this.found.add(pid);
      yield pid;
    }
  }

  /**
   * Whether a process found so far still carries the mark: a zombie's environment reads empty,
   * and a pid taken again by another process carries another, so neither counts.
   */
  running(): boolean {
    const buffer = Buffer.allocUnsafe(MAX_ENVIRON);
    for (const pid of this.found) {
      const environ = environOf(pid, buffer);
      if (environ !== null && holdsEntry(environ, this.entry)) return true;
      this.found.delete(pid);
    }
    return false;
  }
}

import { spawn } from "node:child_process";
import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { CANCEL_SIGNALS as FORWARDED } from "./cancel-signals.js";
import { MarkedProcesses } from "./marked-processes.js";

export interface ProcessSpec {
  /** The program and its arguments; with `shell`, one script for `sh -c`. */
  readonly argv: readonly string[];
  readonly shell: boolean;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * Milliseconds the process may run before it is stopped, with its group and the processes
   * that carry its mark; undefined for no limit.
   */
  readonly timeoutMs?: number;
  /** How long stopped processes have between SIGTERM and SIGKILL. */
  readonly graceMs?: number;
  /**
   * Each line the process writes, to stdout, and to stderr unless onErrorLine is given; a line
   * longer than MAX_LINE_LENGTH comes in pieces of that length.
   */
  readonly onLine: (line: string) => void;
  /** Each line the process writes to stderr, when it is to be read apart from stdout. */
  readonly onErrorLine?: (line: string) => void;
  /**
   * Whether a cancel signal of this process stops the command (the default). A command that
   * undoes what a cancelled step began, a canary's rollback, runs on to its end or its timeout:
   * stopped, it would leave the canary its traffic.
   */
  readonly stopOnCancel?: boolean;
  /**
   * Whether the processes that left the command's process group (setsid, a daemon) are found by
   * their mark and stopped with it (the default). A command that moves a canary's traffic may
   * start the proxy that serves it (`haproxy -D -sf`, `nginx`), which must outlive the command.
   */
  readonly stopEscaped?: boolean;
}

export interface ProcessOutcome {
  readonly startedAt: Date;
  readonly endedAt: Date;
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly timedOut: boolean;
  /** The signal (SIGINT, SIGTERM, SIGHUP) this process received and forwarded, if any. */
  readonly cancelledBy: string | null;
  /** Why the process could not start (ENOENT, EACCES), if it did not. */
  readonly spawnError: string | null;
  /**
   * Whether processes the command left running after it exited were stopped: in its group, or
   * out of it and carrying its mark.
   */
  readonly leftoverStopped: boolean;
}

const DEFAULT_GRACE_MS = 5000;
/** Output held open by a process the command left behind must not hold the run open. */
const DRAIN_MS = 1000;

/**
 * The longest line passed on whole, in UTF-16 code units (1 MiB of ASCII): far above any log line
 * meant to be read, a printed tensor or a JSON dump, while a command that prints hundreds of
 * megabytes without a newline holds about this much per stream, not all of it.
 */
const MAX_LINE_LENGTH = 1024 * 1024;

/** Ends of lines as readline knows them: `\n`, `\r\n`, and a lone `\r`. */
const LINE_END = /\r\n|\n|\r/g;

/** Where to cut `text` into a piece of at most `max`: never between a surrogate pair's halves. */
function pieceEnd(text: string, max: number): number {
  const last = text.charCodeAt(max - 1);
  return last >= 0xd800 && last <= 0xdbff ? max - 1 : max;
}

/**
 * Calls `onLine` with each line of a stream's UTF-8 text, as readline would (bytes that are not
 * UTF-8 read as U+FFFD), but a line longer than MAX_LINE_LENGTH is passed on in pieces of that
 * length, as journald and Docker split an overlong line into records: nothing of it is lost, and
 * memory stays bounded where a whole line of hundreds of megabytes would exhaust it. A lone `\r`
 * ends a line, so that each update of a progress bar is shown as it comes, not at the bar's end.
 */
function eachLine(stream: Readable, onLine: (line: string) => void): void {
  const decoder = new StringDecoder("utf8");
  let pending = "";
  // A chunk ended in `\r`, a line's end already passed on: a `\n` starting the next is its rest.
  let afterReturn = false;
  /** Passes on the whole pieces at the start of an overlong `text`, and returns the rest. */
  const cut = (text: string) => {
    while (text.length > MAX_LINE_LENGTH) {
      const end = pieceEnd(text, MAX_LINE_LENGTH);
      onLine(text.slice(0, end));
      text = text.slice(end);
    }
    return text;
  };
  const take = (text: string) => {
    if (text === "") return;
    if (afterReturn && text.startsWith("\n")) text = text.slice(1);
    afterReturn = text.endsWith("\r");
    let start = 0;
    for (const match of text.matchAll(LINE_END)) {
      onLine(cut(pending + text.slice(start, match.index)));
      pending = "";
      start = match.index + match[0].length;
    }
    pending = cut(pending + text.slice(start));
  };
  stream.on("data", (chunk: Buffer) => take(decoder.write(chunk)));
  stream.on("end", () => {
    take(decoder.end());
    if (pending !== "") onLine(pending);
  });
}

/** How often a signalled group is checked for being gone. */
const POLL_MS = 50;

/** Whether any process of the group is left (EPERM: one is, owned by someone else). */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Resolves once `alive` says no more, or after `limitMs`. */
async function gone(alive: () => boolean, limitMs: number): Promise<void> {
  const until = Date.now() + limitMs;
  while (alive() && Date.now() < until)
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
}

/**
 * Signals a whole process group (the command and the processes it started, bar one that left the
 * group with setsid or by daemonizing: MarkedProcesses finds those), if it still exists.
 */
function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is gone already.
  }
}

/**
 * Runs a command as the leader of its own process group, streaming its output by line, so that a
 * timeout or a cancelled step stops the command and what it started in its group, not only the
 * leader. A process that leaves the group (setsid, a daemon) is stopped with it on Linux, found by
 * the mark in its environment (MLOPS_RUN_TOKEN), unless `stopEscaped` is false; where there is no
 * /proc (macOS) it is not.
 */
export function runProcess(spec: ProcessSpec): Promise<ProcessOutcome> {
  const startedAt = new Date();
  const [program, ...args] = spec.shell ? ["sh", "-c", spec.argv.join("\n")] : spec.argv;
  const marked = spec.stopEscaped === false ? undefined : new MarkedProcesses();
  const child = spawn(program!, args, {
    cwd: spec.cwd,
    env: marked?.environment(spec.env) ?? spec.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let timedOut = false;
  let cancelledBy: string | null = null;
  let killTimer: NodeJS.Timeout | undefined;
  const grace = spec.graceMs ?? DEFAULT_GRACE_MS;
  /** Signals the group, and the processes out of it that carry the command's mark. */
  const signalAll = (pid: number, signal: NodeJS.Signals) => {
    signalGroup(pid, signal);
    marked?.signal(pid, signal);
  };
  // The processes get the signal, and SIGKILL after the grace period: a script that catches
  // SIGINT to save a checkpoint has that long to do it.
  const stop = (signal: NodeJS.Signals) => {
    if (child.pid === undefined) return;
    signalAll(child.pid, signal);
    killTimer ??= setTimeout(() => signalAll(child.pid!, "SIGKILL"), grace);
  };
  const timeout =
    spec.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          stop("SIGTERM");
        }, spec.timeoutMs);
  // The first signal is forwarded, and the command has the grace period to save its work; a
  // second one (the runner's SIGTERM after its SIGINT, a person's second Ctrl-C) kills the group,
  // rather than interrupting the checkpoint with the signal again.
  const forward = (signal: NodeJS.Signals) => {
    if (cancelledBy !== null) {
      if (child.pid !== undefined) signalAll(child.pid, "SIGKILL");
      return;
    }
    cancelledBy = signal;
    stop(signal);
  };
  const forwarded = spec.stopOnCancel === false ? [] : FORWARDED;
  for (const signal of forwarded) process.on(signal, forward);
  eachLine(child.stdout, spec.onLine);
  eachLine(child.stderr, spec.onErrorLine ?? spec.onLine);

  const closed = new Promise<void>((resolve) => child.on("close", () => resolve()));
  let leftoverStopped = false;

  return new Promise((resolve) => {
    let finished = false;
    const finish = (exitCode: number | null, signal: string | null, spawnError: string | null) => {
      if (finished) return;
      finished = true;
      clearTimeout(timeout);
      for (const s of forwarded) process.off(s, forward);
      // Stopped processes are killed to the last; a group that ended by itself is left be.
      if (killTimer && child.pid !== undefined) {
        clearTimeout(killTimer);
        signalAll(child.pid, "SIGKILL");
      }
      const endedAt = new Date();
      resolve({
        startedAt,
        endedAt,
        exitCode,
        signal,
        timedOut,
        cancelledBy,
        spawnError,
        leftoverStopped,
      });
    };
    child.on("error", (error: NodeJS.ErrnoException) => finish(null, null, error.code ?? "error"));
    child.on("exit", (code, signal) => {
      void (async () => {
        const pid = child.pid!;
        // Background processes (data loaders, `tensorboard &`, a daemon) must not outlive the run.
        if (!killTimer && (groupAlive(pid) || (marked?.find(pid).length ?? 0) > 0)) {
          leftoverStopped = true;
          stop("SIGTERM");
        }
        // The leader of a signalled group (`sh -c`) may die at once while the training process
        // saves its checkpoint: the run ends when the group and the marked processes are gone,
        // or at the grace's SIGKILL.
        if (killTimer)
          await gone(() => groupAlive(pid) || marked?.running() === true, grace + DRAIN_MS);
        const drain = setTimeout(() => {
          child.stdout.destroy();
          child.stderr.destroy();
        }, DRAIN_MS);
        await closed;
        clearTimeout(drain);
        finish(code, signal, null);
      })();
    });
  });
}

import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";

/**
 * Everything the harness starts, stopped after the test file even when a test failed or never
 * called stop(): servers, child processes, temp folders, in the reverse order of starting.
 */
const stops: (() => Promise<void>)[] = [];
const children = new Set<ChildProcess>();

/**
 * One test file at a time runs real parts: ports come from freePort, and a port freed in one
 * worker can be taken by another's nginx or Prometheus before it binds, so that a readiness
 * probe answers from the other file's server. A lock file (with its owner's pid, so that a
 * crashed owner's lock is taken over) makes the files take turns.
 */
const LOCK = join(tmpdir(), "mlops-canary-real-parts.lock");
let locked = false;

function ownerAlive(): boolean {
  try {
    process.kill(Number(readFileSync(LOCK, "utf8")), 0);
    return true;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  for (;;) {
    try {
      const fd = openSync(LOCK, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      locked = true;
      return;
    } catch {
      if (!ownerAlive()) rmSync(LOCK, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}, 300_000);

afterAll(async () => {
  for (const stop of stops.splice(0).reverse()) await stop().catch(() => undefined);
  if (locked) rmSync(LOCK, { force: true });
});
// A worker that exits without running afterAll still takes its children with it.
process.on("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});

/** Runs `stop` after the test file unless it ran before; returns the once-only stop. */
export function onCleanup(stop: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  const once = () => (done ??= stop());
  stops.push(once);
  return once;
}

/** A fresh temp folder, removed at cleanup. */
export function harnessDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `mlops-${prefix}-`));
  onCleanup(async () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A loopback port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A child process whose output goes to `log`, tracked so that it never outlives the tests. */
export function spawnTracked(command: string, args: readonly string[], log: string): ChildProcess {
  const out = openSync(log, "a");
  try {
    const child = spawn(command, args, { stdio: ["ignore", out, out] });
    children.add(child);
    child.once("exit", () => children.delete(child));
    child.once("error", () => children.delete(child));
    return child;
  } finally {
    closeSync(out);
  }
}

/** Ends a child: `signal` first, SIGKILL if it is still there after `graceMs`. */
export async function endProcess(child: ChildProcess, signal: NodeJS.Signals, graceMs = 5_000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

/** How a starting process is watched: is it ready, has it died, what to show if not. */
export interface Startup {
  readonly child: ChildProcess;
  readonly ready: () => Promise<boolean>;
  readonly timeoutMs: number;
  /** Appended to the error, such as the tail of the process's log. */
  readonly detail: () => string;
}

/** Polls `ready` every 50 ms until it is true; throws as soon as the process exits, or on timeout. */
export async function waitUntilReady(what: string, startup: Startup): Promise<void> {
  const deadline = Date.now() + startup.timeoutMs;
  const running = () => startup.child.exitCode === null && startup.child.signalCode === null;
  while (Date.now() < deadline && running()) {
    if (await startup.ready().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const why = running() ? `not ready within ${startup.timeoutMs} ms` : "exited at start";
  throw new Error(`${what} ${why}; ${startup.detail()}`);
}

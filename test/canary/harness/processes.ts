import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

/**
 * Everything the harness starts, stopped after the test file even when a test failed or never
 * called stop(): servers, child processes, temp folders, in the reverse order of starting.
 */
const stops: (() => Promise<void>)[] = [];
const children = new Set<ChildProcess>();

afterAll(async () => {
  for (const stop of stops.splice(0).reverse()) await stop().catch(() => undefined);
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

/**
 * Ports for the harness' servers, a block of its own for each test worker: a port freed here
 * and bound a moment later by nginx or Prometheus cannot go to another worker's server in
 * between (the kernel's own choice, as for `listen(0)`, can hand it to anyone), so test files
 * with real parts run side by side. The blocks lie below Linux's ephemeral ports (32768 on),
 * which the model servers and every outgoing connection take: 199 blocks of 64 ports, so that
 * workers share one only past 199 (a file with real parts starts a few servers a test).
 */
const PORT_BLOCK = 64;
const FIRST_PORT = 20_000;
const BLOCKS = Math.floor((32_768 - FIRST_PORT) / PORT_BLOCK);
const block = FIRST_PORT + ((Number(process.env.VITEST_POOL_ID ?? 1) - 1) % BLOCKS) * PORT_BLOCK;
let nextOffset = 0;

/**
 * A loopback port of this worker's block that nobody listens on right now. Within a test file,
 * each call takes the next port of the block, so that a port a server of the file has just
 * closed is not handed out again at once.
 */
export async function freePort(): Promise<number> {
  for (let tries = 0; tries < PORT_BLOCK; tries++) {
    const port = block + nextOffset;
    nextOffset = (nextOffset + 1) % PORT_BLOCK;
    if (await canListen(port)) return port;
  }
  throw new Error(`no free port in ${block}-${block + PORT_BLOCK - 1}`);
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
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

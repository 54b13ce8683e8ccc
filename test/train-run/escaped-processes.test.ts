import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runProcess } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { isGone } from "./process-state.js";

/** Processes these tests started, killed after each whatever it left. */
const started: number[] = [];
afterEach(() => {
  for (const pid of started.splice(0)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Gone already, as it should be.
    }
  }
});

/** The pid a process wrote to `file` in `dir`, once it has, kept to clean up after the test. */
async function pidIn(dir: string, file: string): Promise<number> {
  const path = join(dir, file);
  while (!existsSync(path) || !readFileSync(path, "utf8").endsWith("\n"))
    await new Promise((r) => setTimeout(r, 20));
  const pid = Number(readFileSync(path, "utf8"));
  started.push(pid);
  return pid;
}

/** Whether the process is gone (or a zombie) within `limitMs`. */
async function goneWithin(pid: number, limitMs: number): Promise<boolean> {
  const until = Date.now() + limitMs;
  while (!isGone(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  return isGone(pid);
}

/** The session a process belongs to, from /proc/<pid>/stat (`pid (name) state ppid pgrp sid`). */
function sessionOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[3]);
}

/**
 * A process that leaves the command's process group and session, as a daemon does: it writes its
 * pid to escaped.pid, then sleeps for five minutes.
 */
const ESCAPE = `setsid sh -c 'echo $$ > escaped.pid; exec sleep 300' &`;
/** Waits until the escaped process has written its pid. */
const AWAIT_ESCAPE = `while [ ! -s escaped.pid ]; do sleep 0.02; done`;

/** Runs a shell script as train-run runs its command, with a short grace period. */
function run(dir: string, script: string, limits: { timeoutMs?: number; graceMs?: number } = {}) {
  return runProcess({
    argv: [script],
    shell: true,
    cwd: dir,
    env: process.env,
    graceMs: 300,
    onLine: () => {},
    ...limits,
  });
}

describe.skipIf(!existsSync("/proc/self/environ"))(
  "processes that left the command's process group (Linux, by the mark in their environment)",
  () => {
    it("are stopped at the timeout with the group", async () => {
      const { dir } = tempDir();
      // Time enough for the escape on a busy machine: it must happen before the timeout.
      const outcome = run(dir, `${ESCAPE}\n${AWAIT_ESCAPE}\nsleep 30`, { timeoutMs: 3000 });
      const escaped = await pidIn(dir, "escaped.pid");
      // In a session of its own, out of reach of the signal to the command's group.
      expect(sessionOf(escaped)).toBe(escaped);

      expect(await outcome).toMatchObject({ timedOut: true, signal: "SIGTERM" });
      expect(await goneWithin(escaped, 2000)).toBe(true);
    }, 15_000);

    it("are stopped when the step is cancelled", async () => {
      const { dir } = tempDir();
      const outcome = run(dir, `${ESCAPE}\n${AWAIT_ESCAPE}\nsleep 30`);
      const escaped = await pidIn(dir, "escaped.pid");
      // The runner's cancel: SIGINT, which a background process of sh ignores until the SIGKILL.
      process.emit("SIGINT", "SIGINT");

      expect(await outcome).toMatchObject({ cancelledBy: "SIGINT" });
      expect(await goneWithin(escaped, 2000)).toBe(true);
    }, 10_000);

    it("are stopped when the command exits without them, which counts as leftovers stopped", async () => {
      const { dir } = tempDir();
      const outcome = run(dir, `${ESCAPE}\n${AWAIT_ESCAPE}`);
      const escaped = await pidIn(dir, "escaped.pid");

      expect(await outcome).toMatchObject({ exitCode: 0, timedOut: false, leftoverStopped: true });
      expect(await goneWithin(escaped, 2000)).toBe(true);
    }, 10_000);

    it("get SIGKILL after the grace period when they trap SIGTERM", async () => {
      const { dir, write } = tempDir();
      write(
        "stubborn.mjs",
        `import { writeFileSync } from "node:fs";
process.on("SIGTERM", () => writeFileSync("terminated-at", String(Date.now())));
writeFileSync("escaped.pid", process.pid + "\\n");
setInterval(() => {}, 1000);
`,
      );
      const script = `setsid "${process.execPath}" stubborn.mjs &\n${AWAIT_ESCAPE}`;
      const outcome = run(dir, script, { graceMs: 400 });
      const escaped = await pidIn(dir, "escaped.pid");

      const { leftoverStopped, startedAt, endedAt } = await outcome;
      expect(leftoverStopped).toBe(true);
      expect(await goneWithin(escaped, 2000)).toBe(true);
      // It had its SIGTERM, lived on through it, and the run waited out the grace for it: the
      // command itself exits as soon as the process has escaped.
      expect(existsSync(join(dir, "terminated-at"))).toBe(true);
      expect(endedAt.getTime() - startedAt.getTime()).toBeGreaterThanOrEqual(400);
    }, 10_000);

    it("are only those carrying the run's exact mark: other processes run on", async () => {
      const { dir } = tempDir();
      const script = `echo "$MLOPS_RUN_TOKEN" > token\n${ESCAPE}\nwhile [ ! -e go ]; do sleep 0.02; done`;
      const outcome = run(dir, script);
      const escaped = await pidIn(dir, "escaped.pid");
      const token = readFileSync(join(dir, "token"), "utf8").trim();
      expect(token).toMatch(/^[0-9a-f]{32}$/);
      const { MLOPS_RUN_TOKEN: _, ...unmarked } = process.env;
      const near = [
        {},
        { MLOPS_RUN_TOKEN: "0".repeat(32) },
        { MLOPS_RUN_TOKEN: `${token}0` },
        { OTHER_MLOPS_RUN_TOKEN: token },
      ];
      const others = near.map((extra) => {
        const other = spawn("sleep", ["300"], {
          env: { ...unmarked, ...extra },
          detached: true,
          stdio: "ignore",
        });
        started.push(other.pid!);
        return other.pid!;
      });
      writeFileSync(join(dir, "go"), "");

      expect(await outcome).toMatchObject({ exitCode: 0, leftoverStopped: true });
      expect(await goneWithin(escaped, 2000)).toBe(true);
      expect(others.map(isGone)).toEqual([false, false, false, false]);
    }, 10_000);

    it("are noted in train-run's output and record as leftovers stopped", async () => {
      const { dir } = tempDir();
      const run = await mlops(
        ["train-run", "--shell", "--command", `${ESCAPE}\n${AWAIT_ESCAPE}`],
        dir,
      );
      const escaped = await pidIn(dir, "escaped.pid");

      expect(run.code).toBe(0);
      expect(await goneWithin(escaped, 2000)).toBe(true);
      expect(run.stderr).toMatch(/left processes running .* they were stopped/);
      const record = JSON.parse(readFileSync(join(dir, "mlops-out/run-record.json"), "utf8"));
      expect(record.notes.join()).toMatch(/left processes running/);
    }, 20_000);
  },
);

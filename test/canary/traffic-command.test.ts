/**
 * The traffic command as canary-deploy runs it: a cancel that stops it is a cancel, a program
 * that cannot start moved nothing, and a program that cannot be found is refused before any
 * traffic moves.
 */
import { chmodSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  CancelledError,
  TrafficError,
  TrafficNotMoved,
  checkProgram,
  commandProvider,
} from "@mlops/shared";
import { tempDir } from "../helpers/temp-dir.js";
import { isGone } from "../train-run/process-state.js";

const shift = { weight: 50, step: 2, variant: "canary" };

/** A provider running `argv` in `cwd`, with every line it logs passed to `onLine`. */
const provider = (argv: string[], cwd: string, onLine: (line: string) => void = () => {}) =>
  commandProvider({
    setWeight: argv,
    shell: false,
    cwd,
    env: { PATH: process.env.PATH },
    timeoutMs: 30_000,
    log: onLine,
  });

describe("the traffic command", () => {
  it("is cancelled, not failed, when this process gets SIGTERM while it runs", async () => {
    const { dir } = tempDir();
    const slow = [process.execPath, "-e", 'console.log("shifting"); setTimeout(() => {}, 20000)'];
    // The command says it runs, by when its signals are forwarded to it: a real SIGTERM then.
    const run = provider(slow, dir, (line) => {
      if (line === "shifting") process.kill(process.pid, "SIGTERM");
    }).setWeight(shift);
    const error = await run.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(CancelledError);
    expect((error as CancelledError).line).toBe("the step was cancelled (SIGTERM)");
  }, 20_000);

  it("lets a rollback run on to its end through the runner's cancel, which it answers", async () => {
    const { dir } = tempDir();
    const undo = [
      process.execPath,
      "-e",
      'console.log("rolling back"); setTimeout(() => require("fs").writeFileSync("undone", "0"), 300)',
    ];
    // canary-deploy holds the cancel signals while it rolls back; so does this test.
    const hold = () => {};
    process.on("SIGTERM", hold);
    try {
      await provider(undo, dir, (line) => {
        if (line === "rolling back") process.kill(process.pid, "SIGTERM");
      }).rollback(shift);
    } finally {
      process.off("SIGTERM", hold);
    }
    expect(readFileSync(join(dir, "undone"), "utf8")).toBe("0");
  }, 20_000);

  it.skipIf(!existsSync("/proc/self/stat"))(
    "leaves running a daemon it starts, as a proxy that serves the traffic it moved",
    async () => {
      const { dir } = tempDir();
      // As `haproxy -D` starts: out of the command's process group and session, with its mark.
      const daemon = "setsid sh -c 'echo $$ > proxy.pid; exec sleep 300' &";
      const started = "while [ ! -s proxy.pid ]; do sleep 0.02; done";
      await provider(["sh", "-c", `${daemon}\n${started}`], dir).setWeight(shift);
      const pid = Number(readFileSync(join(dir, "proxy.pid"), "utf8"));
      try {
        expect(isGone(pid)).toBe(false);
      } finally {
        process.kill(pid, "SIGKILL");
      }
    },
    20_000,
  );

  it("says the traffic did not move when its program could not start", async () => {
    const { dir } = tempDir();
    const error = await provider(["./gone.sh", "{weight}"], dir)
      .setWeight(shift)
      .then(
        () => null,
        (caught: unknown) => caught,
      );
    expect(error).toBeInstanceOf(TrafficNotMoved);
    expect(error).toBeInstanceOf(TrafficError);
    expect((error as TrafficNotMoved).line).toBe(
      "setting the canary's weight to 50% with './gone.sh 50' could not start (ENOENT), so the traffic did not move. Check that the command's program exists and may be run",
    );
  });
});

describe("the traffic command's program, before any traffic moves", () => {
  const where = (dir: string, PATH?: string) => ({ cwd: dir, env: { PATH } });

  it("is found on the PATH the command gets, or as a path from the working folder", () => {
    const { dir, write } = tempDir();
    write("bin/set-weight", "#!/bin/sh\n");
    chmodSync(`${dir}/bin/set-weight`, 0o755);
    expect(() =>
      checkProgram(
        ["set-weight", "{weight}"],
        "set-weight-command",
        where(dir, `/nowhere:${dir}/bin`),
      ),
    ).not.toThrow();
    expect(() =>
      checkProgram(["set-weight", "{weight}"], "set-weight-command", where(dir, "bin")),
    ).not.toThrow();
    expect(() =>
      checkProgram(["./bin/set-weight", "{weight}"], "set-weight-command", where(dir)),
    ).not.toThrow();
    // A program named by a placeholder differs by step: it is left to run.
    expect(() =>
      checkProgram(["./shift-{step}.sh"], "set-weight-command", where(dir, "/usr/bin")),
    ).not.toThrow();
    // Without a PATH, the system's default (/usr/bin:/bin), as the command would be started.
    expect(() => checkProgram(["sh", "-c", "true"], "rollback-command", where(dir))).not.toThrow();
  });

  it("is refused in one line when it is not on the PATH, not executable, or a shell built-in", () => {
    const { dir, write } = tempDir();
    write("set-weight.sh", "#!/bin/sh\n");
    const refusal = (argv: string[]) => {
      try {
        checkProgram(argv, "set-weight-command", where(dir, "/usr/bin:/bin"));
      } catch (error) {
        return (error as Error & { line: string }).line;
      }
      return null;
    };
    expect(refusal(["kubectll", "{weight}"])).toBe(
      "input 'set-weight-command': runs 'kubectll', which is not found on the PATH. Install it or give its full path; a shell built-in needs shell: true",
    );
    expect(refusal(["./set-weight.sh", "{weight}"])).toBe(
      "input 'set-weight-command': runs './set-weight.sh', which is not an executable file. Install it or give its full path; a shell built-in needs shell: true",
    );
    expect(refusal(["export", "WEIGHT={weight}"])).toMatch(/runs 'export', which is not found/);
    expect(refusal(["./set-weight.sh {weight}"])).toBe(
      "input 'set-weight-command': runs './set-weight.sh {weight}', which is not an executable file. Install it or give its full path (the command is one argument: give one argument a line, or set shell: true)",
    );
  });
});

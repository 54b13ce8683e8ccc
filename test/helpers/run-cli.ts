import { runCli } from "@mlops/shared";

/** The fixed instant runs see by default, so that reports are the same on every run. */
const FIXED_NOW = () => new Date("2026-01-01T00:00:00Z");

/**
 * Runs `mlops ...args` in-process and captures what it prints (to a pipe, or a terminal), with
 * `env` as the environment it reads (none by default). `now` is fixed unless given: an action
 * that waits on real time (canary-deploy's observation windows) passes the real clock.
 */
export async function mlops(
  args: string[],
  cwd: string,
  {
    stdoutIsTTY = false,
    env,
    now = FIXED_NOW,
  }: { stdoutIsTTY?: boolean; env?: Record<string, string>; now?: () => Date } = {},
) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    stdoutIsTTY,
    env,
    now,
  });
  return { code, stdout, stderr };
}

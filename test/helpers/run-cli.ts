import { runCli } from "@mlops/shared";

/**
 * Runs `mlops ...args` in-process and captures what it prints (to a pipe, or a terminal), with
 * `env` as the environment it reads (none by default).
 */
export async function mlops(
  args: string[],
  cwd: string,
  { stdoutIsTTY = false, env }: { stdoutIsTTY?: boolean; env?: Record<string, string> } = {},
) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    stdoutIsTTY,
    env,
    now: () => new Date("2026-01-01T00:00:00Z"),
  });
  return { code, stdout, stderr };
}

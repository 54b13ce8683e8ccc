import { runCli } from "@mlops/shared";

/** Runs `mlops ...args` in-process and captures what it prints (to a pipe, or a terminal). */
export async function mlops(args: string[], cwd: string, { stdoutIsTTY = false } = {}) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    stdoutIsTTY,
    now: () => new Date("2026-01-01T00:00:00Z"),
  });
  return { code, stdout, stderr };
}

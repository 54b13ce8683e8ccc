import { runCli } from "@mlops/shared";

/** Runs `mlops ...args` in-process and captures what a terminal would show. */
export async function mlops(args: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    now: () => new Date("2026-01-01T00:00:00Z"),
  });
  return { code, stdout, stderr };
}

import { execFile } from "node:child_process";

/**
 * What a short helper program (git, python3, nvidia-smi) prints, or null when it is missing,
 * fails or runs past `timeoutMs`: such facts are optional in a record, never a reason to fail.
 */
export function captureOutput(
  program: string,
  args: readonly string[],
  options: {
    readonly cwd: string;
    readonly env: Readonly<Record<string, string | undefined>>;
    readonly timeoutMs?: number;
  },
): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(
      program,
      args,
      {
        cwd: options.cwd,
        env: options.env,
        timeout: options.timeoutMs ?? 10_000,
        windowsHide: true,
      },
      (error, stdout) => resolve(error ? null : stdout),
    );
  });
}

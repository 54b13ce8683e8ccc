import type { RunContext } from "../../interface/define-action.js";

/** What the `mlops` program reads and writes besides its arguments: given by bin/mlops.js, or by a test. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  /** The environment, for the GitHub context of a CLI run inside another CI; empty by default. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly now?: () => Date;
  /** How waits pass (a registry's retries, say); real time unless a test gives a faster clock. */
  readonly clock?: RunContext["clock"];
  /** Whether stderr is a terminal: progress is then one line redrawn in place. */
  readonly isTTY?: boolean;
  /** Whether stdout is a terminal: the report is then shown as text; piped, it stays markdown. */
  readonly stdoutIsTTY?: boolean;
}

/**
 * Prints a command's help: on stdout with exit 0 when asked for (`--help`, `-h`), on stderr
 * with exit 1 when the command was left out, a usage error as `mlops` alone is.
 */
export function printHelp(io: CliIo, help: string, asked: boolean): number {
  (asked ? io.stdout : io.stderr)(`${help}\n`);
  return asked ? 0 : 1;
}

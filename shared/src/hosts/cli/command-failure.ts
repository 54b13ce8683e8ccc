import { UsageError } from "../../engine/errors.js";
import { escapeControl } from "../../engine/report/escape-control.js";
import { describeFailure } from "../../interface/describe-failure.js";
import type { CliIo } from "./cli-io.js";

/**
 * What `--json` prints on stdout for a command that failed, beside the line on stderr: one JSON
 * object, as the outputs would have been, so that a script that reads stdout always has one to
 * read. Its outcome is `refused` where the command was refused before it did anything (bad
 * input, an input file that cannot be found), and `error` where it failed once started, after
 * what it did may have taken effect. JSON keeps the line as it is, its control characters
 * escaped as the outputs' are.
 */
export const failureJson = (line: string, outcome: "refused" | "error" = "refused"): string =>
  `${escapeControl(JSON.stringify({ outcome, error: line }))}\n`;

/**
 * Prints the failure of `mlops <command>` as its one line (after the stack trace, with
 * `--debug`), and with `json` its `failureJson` on stdout, and returns the exit code.
 * node:util's own errors about flags are usage errors too.
 */
export function commandFailure(
  error: unknown,
  command: string,
  debug: boolean,
  io: CliIo,
  json = false,
): number {
  const usage =
    error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")
      ? new UsageError(error.message, `See mlops ${command} --help`)
      : error;
  const { line, detail } = describeFailure(usage, debug, "--debug", io.cwd);
  if (detail) io.stderr(`${detail}\n`);
  io.stderr(`mlops ${command}: ${line}\n`);
  if (json) io.stdout(failureJson(line));
  return 1;
}

import { UsageError } from "../../engine/errors.js";
import { describeFailure } from "../../interface/describe-failure.js";
import type { CliIo } from "./cli-io.js";

/**
 * Prints the failure of `mlops <command>` as its one line (after the stack trace, with
 * `--debug`) and returns the exit code. node:util's own errors about flags are usage errors too.
 */
export function commandFailure(error: unknown, command: string, debug: boolean, io: CliIo): number {
  const usage =
    error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")
      ? new UsageError(error.message, `See mlops ${command} --help`)
      : error;
  const { line, detail } = describeFailure(usage, debug, "--debug", io.cwd);
  if (detail) io.stderr(`${detail}\n`);
  io.stderr(`mlops ${command}: ${line}\n`);
  return 1;
}

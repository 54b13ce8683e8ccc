import { actionLoaders } from "../../use-cases/action-loaders.js";
import { UsageError } from "../../engine/errors.js";
import { didYouMean } from "../../engine/report/closest-name.js";
import { githubContextFromEnv } from "../../platform/github/github-context.js";
import { describeFailure } from "../../interface/describe-failure.js";
import { prepare } from "../../interface/execute.js";
import { manifests, type ActionName } from "../../interface/manifests.generated.js";
import { VERSION } from "../../engine/version.js";
import { actionHelp, programHelp } from "./help.js";
import { parseArgs, peekInput } from "./parse-args.js";
import { startActionReaderEarly } from "../../interface/early-reader.js";
import { progressLog } from "../runner/run-in-runner.js";
import { escapeControl, safeForLog } from "../../engine/report/escape-control.js";
import { terminalText } from "./terminal-text.js";
import { displayPath } from "../../engine/files/display-path.js";
import { listed } from "../../engine/report/listed.js";
import type { ResultArtifact } from "../../interface/define-action.js";
import type { CliIo } from "./cli-io.js";
import { failureJson } from "./command-failure.js";
import { detachEarly } from "../../engine/detach-early.js";

export type { CliIo } from "./cli-io.js";

/** The commands that are not actions, each loaded only when it is called. */
const COMMANDS: Readonly<
  Record<string, () => Promise<(argv: readonly string[], io: CliIo) => Promise<number>>>
> = {
  registry: async () => (await import("./registry-command.js")).runRegistryCommand,
  contract: async () => (await import("./contract-command.js")).runContractCommand,
};

/** A shell splits an unquoted map or list at its spaces, and expands its braces. */
const QUOTE_WHOLE = () => "on a command line, quote the whole value as one argument";

/**
 * Progress on a terminal: one line redrawn in place (carriage return, then erase to the end of
 * the line), erased before anything else is written so that it never mixes with the log.
 * `write` passes the bar's own control characters through; the line is escaped here.
 */
function terminalProgress(write: (text: string) => void) {
  let shown = false;
  return {
    show(line: string): void {
      write(`\r${safeForLog(line)}\x1b[K`);
      shown = true;
    },
    clear(): void {
      if (shown) write("\r\x1b[K");
      shown = false;
    },
  };
}

/**
 * What follows an output that names one of the run's artifacts (train-run's artifact-name): the
 * command line uploads none, only the action does on a runner, so it says where the files are.
 */
function onDisk(value: string, artifacts: readonly ResultArtifact[], cwd: string): string {
  const artifact = artifacts.find((a) => a.name === value);
  if (!artifact) return "";
  const files = artifact.files.map((file) => displayPath(cwd, file));
  return ` (not uploaded: only the GitHub action uploads artifacts; the files are on disk: ${listed(files)})`;
}

/**
 * `mlops <action> --<input> value ...`: returns the exit code. Everything printed for a person
 * can carry text from files (metric or column names), and `mlops` may itself run in a workflow
 * step, so it passes through `safeForLog` like the runner's own log lines: no escape sequence,
 * carriage return or direction override reaches the terminal, and no workflow command a log.
 */
export async function runCli(argv: readonly string[], cliIo: CliIo): Promise<number> {
  detachEarly();
  const io: CliIo = {
    ...cliIo,
    stdout: (text) => cliIo.stdout(safeForLog(text)),
    stderr: (text) => cliIo.stderr(safeForLog(text)),
  };
  const [name, ...rest] = argv;
  const available = Object.keys(actionLoaders).map((action) => manifests[action as ActionName]);
  if (name === undefined) {
    // Called without an action: a usage error, so the help goes where errors go.
    io.stderr(`${programHelp(available, VERSION)}\n`);
    return 1;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    io.stdout(`${programHelp(available, VERSION)}\n`);
    return 0;
  }
  if (Object.hasOwn(COMMANDS, name)) return (await COMMANDS[name]!())(rest, io);
  if (name === "--version") {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (!Object.hasOwn(actionLoaders, name)) {
    const actions = Object.keys(actionLoaders);
    const commands = Object.keys(COMMANDS);
    const error = new UsageError(
      `unknown command '${name}'`,
      `${didYouMean(name, [...actions, ...commands], (known) => known)}Actions: ${actions.join(", ")}; commands: ${commands.join(", ")} (mlops --help)`,
    );
    io.stderr(`mlops: ${error.line}\n`);
    return 1;
  }
  startActionReaderEarly(name as ActionName, (input) => peekInput(rest, input), io.cwd);
  const definition = await actionLoaders[name as ActionName]();
  const manifest = manifests[definition.name];
  let debug = rest.includes("--debug");
  // A refusal of the arguments themselves still answers --json on stdout.
  let json = rest.includes("--json");
  // Whether the action may have acted: each marks its first effect (context.acting), and a
  // failure before it is a refusal, one after it is not.
  let acted = false;
  try {
    const args = parseArgs(manifest, definition.inputs, rest);
    debug = args.debug;
    json = args.json;
    if (args.help) {
      io.stdout(`${actionHelp(manifest, definition.inputs)}\n`);
      return 0;
    }
    const bar = io.isTTY ? terminalProgress(cliIo.stderr) : undefined;
    const log = (line: string) => {
      bar?.clear();
      io.stderr(`${line}\n`);
    };
    const ready = prepare(definition, (input) => args.inputs.get(input), {
      cwd: io.cwd,
      log,
      // One line, as an error's: a line break from the data (a column's name) starts no line.
      warn: (message) => log(`warning: ${message.replace(/\s*[\r\n]\s*/g, " ")}`),
      progress: bar?.show ?? progressLog(log),
      passthrough: (line) => {
        bar?.clear();
        cliIo.stderr(`${line}\n`);
      },
      now: io.now ?? (() => new Date()),
      github: githubContextFromEnv(io.env ?? {}),
      // Absent where the caller gives none: git then runs in this process's environment.
      ...(io.env ? { env: io.env } : {}),
      ...(io.clock ? { clock: io.clock } : {}),
      acting: () => {
        acted = true;
      },
    });
    const result = await ready.then((run) => run()).finally(() => bar?.clear());
    if (json) {
      // JSON keeps every value as it is: its strings cannot start a line, and the escapes are
      // JSON's own, so a parser reads the same values.
      cliIo.stdout(`${escapeControl(JSON.stringify(result.outputs))}\n`);
    } else {
      // Escaped before the table is laid out, so that the columns line up with what is shown.
      const summary = io.stdoutIsTTY ? terminalText(escapeControl(result.summary)) : result.summary;
      io.stdout(`${summary.trimEnd()}\n\n`);
      for (const [output, value] of Object.entries<string>(result.outputs))
        io.stdout(`${output}: ${value}${onDisk(value, result.artifacts ?? [], io.cwd)}\n`);
    }
    for (const a of result.annotations ?? []) {
      const where = a.file ? `${a.file}${a.line ? `:${a.line}` : ""}: ` : "";
      io.stderr(`${a.level}: ${where}${a.message}\n`);
    }
    if (result.failure) {
      io.stderr(`mlops ${name}: ${result.failure}\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    const { line, detail } = describeFailure(error, debug, "--debug", io.cwd, QUOTE_WHOLE);
    if (detail) io.stderr(`${detail}\n`);
    io.stderr(`mlops ${name}: ${line}\n`);
    if (json) cliIo.stdout(failureJson(line, acted ? "error" : "refused"));
    return 1;
  }
}

import { accessSync, constants, statSync } from "node:fs";
import { basename, delimiter, join, resolve } from "node:path";
import { InputError } from "../../engine/errors.js";
import { CancelledError } from "../../engine/process/cancel-signals.js";
import { runProcess } from "../../engine/process/run-process.js";
import { didYouMean } from "../../engine/report/closest-name.js";
import { REFUSAL_NAME_LIMIT, shorten } from "../../engine/report/shorten.js";
import {
  TrafficError,
  TrafficNotMoved,
  type TrafficProvider,
  type TrafficShift,
} from "./traffic-provider.js";

export interface CommandProviderOptions {
  /** The argument list, or with `shell` one script; `{weight}`, `{step}`, `{variant}` are filled. */
  readonly setWeight: readonly string[];
  /** Run for a rollback instead of `setWeight` at weight 0, when given. */
  readonly rollback?: readonly string[];
  readonly shell: boolean;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly timeoutMs: number;
  readonly log: (line: string) => void;
}

/** The last lines a failing command wrote, for its error. */
const KEPT_LINES = 5;

/** The placeholders a command's arguments may hold: the fields of a TrafficShift. */
const PLACEHOLDERS = ["weight", "step", "variant"];
/** A placeholder as it is written; after a `$` it is the shell's own `${name}`, never filled. */
const PLACEHOLDER = new RegExp(`(?<!\\$)\\{(${PLACEHOLDERS.join("|")})\\}`, "g");
/** Any braced name not after a `$`: a placeholder, a misspelled one, or the command's own. */
const BRACED_NAME = /(?<!\$)\{([A-Za-z_][\w.-]*)\}/g;

/**
 * Fills the placeholders of one argument. Each becomes one whole argument's part, never split
 * or interpreted: without a shell there is no quoting to escape. The variant is the workflow
 * author's own input. `${name}` is left as written: it is the shell's variable.
 */
export function fillArgument(argument: string, shift: TrafficShift): string {
  return argument.replace(PLACEHOLDER, (_, name: keyof TrafficShift) => String(shift[name]));
}

/**
 * Refuses, before any traffic moves, a command with a braced name that misspells a placeholder
 * (`{wieght}`, `{Weight}`, `{steps}`: it would reach the command as written, every step) and,
 * with `perStep` (a rollout of more than one weight), a command with neither `{weight}` nor
 * `{step}`: each step would run the same command, and the weight would never follow the steps.
 * Other braced names are the command's own (jsonpath's `{end}`, awk's `{print}`, a Helm list)
 * and pass through untouched, as does the shell's `${name}`.
 */
export function checkPlaceholders(argv: readonly string[], input: string, perStep: boolean): void {
  const names = argv.flatMap((argument) => [...argument.matchAll(BRACED_NAME)].map((m) => m[1]!));
  for (const name of names) {
    if (PLACEHOLDERS.includes(name)) continue;
    const meant = didYouMean(name, PLACEHOLDERS, (placeholder) => `{${placeholder}}`);
    if (meant)
      throw new InputError(
        input,
        `has {${shorten(name, REFUSAL_NAME_LIMIT)}}, which is no placeholder and would reach the command as written`,
        `${meant}The placeholders are {weight}, {step} and {variant}, in lower case`,
      );
  }
  if (perStep && !names.includes("weight") && !names.includes("step"))
    throw new InputError(
      input,
      "has no {weight} placeholder, so every step would run the same command and the weight would not change",
      "Put {weight} where the command takes the canary's percent (or {step} where it takes the step's number)",
    );
}

/** Whether `path` is a file this process may execute. */
function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Refuses, before any traffic moves, a command (not a shell script) whose program cannot be
 * found as the command would be started: a path from `cwd`, or a bare name on the PATH of
 * `env`, which without a PATH is the system's default, as Node's spawn searches it. Run in the
 * rollout, it would fail at the first weight, or worse at the rollback.
 */
export function checkProgram(
  argv: readonly string[],
  input: string,
  where: { readonly cwd: string; readonly env: Readonly<Record<string, string | undefined>> },
): void {
  const program = argv[0]!;
  // A program named by a placeholder (`./shift-{step}.sh`) differs by step, and is left to run;
  // a whole command line in one argument names no program, placeholders or not.
  const commandLine = argv.length === 1 && /\s/.test(program);
  if (!commandLine && program.match(PLACEHOLDER)) return;
  const found = program.includes("/")
    ? isExecutable(resolve(where.cwd, program))
    : (where.env.PATH ?? "/usr/bin:/bin")
        .split(delimiter)
        .some((dir) => dir !== "" && isExecutable(join(resolve(where.cwd, dir), program)));
  if (!found)
    throw new InputError(
      input,
      program.includes("/")
        ? `runs '${shorten(program, 120)}', which is not an executable file`
        : `runs '${shorten(program, 120)}', which is not found on the PATH`,
      `Install it or give its full path${commandLine ? " (the command is one argument: give one argument a line, or set shell: true)" : "; a shell built-in needs shell: true"}`,
    );
}

/**
 * Moves traffic by running the user's command (a `kubectl patch`, an nginx reload, a service
 * mesh's CLI) with the weight filled in; a command that fails or runs past its time stops the
 * rollout with its last lines of output.
 */
export function commandProvider(options: CommandProviderOptions): TrafficProvider {
  const run = async (argv: readonly string[], shift: TrafficShift, rollback = false) => {
    const filled = argv.map((argument) => fillArgument(argument, shift));
    const lines: string[] = [];
    const outcome = await runProcess({
      argv: filled,
      shell: options.shell,
      cwd: options.cwd,
      env: options.env,
      timeoutMs: options.timeoutMs,
      // A cancel is what a rollback often answers: it runs on, to its end or its timeout.
      stopOnCancel: !rollback,
      // A proxy the command starts as a daemon (`haproxy -D -sf`, `nginx`) serves the traffic
      // it moved: stopped with the command, it would take the service down.
      stopEscaped: false,
      onLine: (line) => {
        options.log(line);
        lines.push(line);
        if (lines.length > KEPT_LINES) lines.shift();
      },
    });
    // The process was stopped because this one was cancelled, not because the command failed.
    if (outcome.cancelledBy !== null) throw new CancelledError(outcome.cancelledBy);
    const shown = options.shell ? `sh -c ${JSON.stringify(filled[0])}` : filled.join(" ");
    if (outcome.spawnError)
      throw new TrafficNotMoved(
        `setting the canary's weight to ${shift.weight}% with '${shown}' could not start (${outcome.spawnError}), so the traffic did not move`,
        "Check that the command's program exists and may be run",
      );
    const why = outcome.timedOut
      ? `ran past ${options.timeoutMs / 1000}s`
      : outcome.exitCode !== 0
        ? `exited with ${outcome.exitCode ?? outcome.signal}`
        : null;
    if (why)
      throw new TrafficError(
        `setting the canary's weight to ${shift.weight}% with '${shown}' ${why}${lines.length ? `: ${lines.join(" | ")}` : ""}`,
        "Check the command by running it by hand with the same weight",
      );
  };
  return {
    // The program and its first argument by their file names: enough to recognise, no paths.
    description: `command ${
      options.shell
        ? "sh -c"
        : options.setWeight
            .slice(0, 2)
            .map((part) => basename(part))
            .join(" ")
    }`,
    setWeight: (shift) => run(options.setWeight, shift),
    rollback: (shift) => run(options.rollback ?? options.setWeight, { ...shift, weight: 0 }, true),
  };
}

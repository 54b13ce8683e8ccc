import { startReaderEarly } from "../../engine/data/reader-thread.js";

/**
 * The command line's first step, bundled on its own (`bin/dist/early.js`) so that it runs before
 * the program's main bundle loads: for a command that reads a large file on a thread of its
 * own, that thread starts now and loads while the command does (decisions 0041, 0044).
 */

/** The input whose file an action reads first on a thread of its own when it is large. */
const READ_ON_THREAD: Readonly<Record<string, string>> = {
  "validate-data": "data",
  "drift-check": "current",
};

/**
 * Starts the reading thread for the command `argv` (the program's arguments, the command
 * first) where it will read one large CSV or JSON Lines file; true where it started one.
 */
export function startReaderForCommand(argv: readonly string[], cwd: string): boolean {
  const [command, ...rest] = argv;
  if (command === undefined || !Object.hasOwn(READ_ON_THREAD, command)) return false;
  return startReaderEarly(peekInput(rest, READ_ON_THREAD[command]!), cwd);
}

/**
 * The value of `--name` as `parseArgs` would read it, looked at before the action's inputs are
 * known (undefined where absent or given twice); only a hint: `parseArgs` still decides.
 */
export function peekInput(argv: readonly string[], name: string): string | undefined {
  const values: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith(`--${name}=`)) values.push(arg.slice(name.length + 3));
    else if (arg === `--${name}` && argv[i + 1]?.startsWith("--") === false)
      values.push(argv[++i]!);
  }
  return values.length === 1 ? values[0] : undefined;
}

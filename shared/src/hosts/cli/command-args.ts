import { parseArgs, type ParseArgsConfig } from "node:util";
import { unknownFlag } from "./parse-args.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * node:util's `parseArgs` for a command of several (`mlops registry show`), which refuses an
 * unknown flag as the actions do, naming the valid ones: node's own message names none, and
 * advises `--` for what is nearly always a typo.
 */
export function parseCommandArgs<const O extends Options>(
  command: string,
  argv: readonly string[],
  options: O,
) {
  const config = { args: [...argv], options, allowPositionals: true } as const;
  // A loose read finds the flag; the strict read then checks the values of the known ones.
  const { tokens } = parseArgs({ ...config, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind === "option" && !Object.hasOwn(options, token.name))
      throw unknownFlag(token.rawName, command, Object.keys(options));
  }
  return parseArgs(config);
}

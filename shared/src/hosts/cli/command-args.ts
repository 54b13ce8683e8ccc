import { parseArgs, type ParseArgsConfig } from "node:util";
import { missingValue, unknownFlag } from "./parse-args.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** What node's strict read refuses as a flag's value unless given with `=`. */
const LIKE_A_FLAG = /^-./;

/**
 * node:util's `parseArgs` for a command of several (`mlops registry show`), which refuses an
 * unknown flag as the actions do, naming the valid ones: node's own message names none, and
 * advises `--` for what is nearly always a typo. A flag without its value gets the actions' one
 * line too, where node's message runs to three sentences.
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
    if (token.kind !== "option") continue;
    if (!Object.hasOwn(options, token.name))
      throw unknownFlag(token.rawName, command, Object.keys(options));
    // The loose read takes the next argument as the value even when it is a flag.
    const given =
      token.inlineValue || (token.value !== undefined && !LIKE_A_FLAG.test(token.value));
    if (options[token.name]!.type === "string" && !given)
      throw missingValue(token.name, "value", "-");
  }
  return parseArgs(config);
}

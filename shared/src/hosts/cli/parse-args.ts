import { UsageError } from "../../engine/errors.js";
import { didYouMean } from "../../engine/report/closest-name.js";
import type { ActionManifest } from "../../interface/manifest.js";
import type { InputKind } from "../../interface/inputs.js";

export interface ParsedArgs {
  readonly inputs: ReadonlyMap<string, string>;
  readonly json: boolean;
  readonly help: boolean;
  readonly debug: boolean;
}

const OPTIONS = ["json", "help", "debug"] as const;

/**
 * The error for a flag (`--name`, or `-n`) that `command` does not take: the flag it likely
 * misspells, and every flag it takes, by their `names`.
 */
export function unknownFlag(flag: string, command: string, names: readonly string[]): UsageError {
  const name = flag.replace(/^--?/, "");
  const valid = names.map((n) => `--${n}`).join(", ");
  return new UsageError(
    `unknown flag '${flag}' for ${command}`,
    `${didYouMean(name, names, (n) => `--${n}`)}Valid flags: ${valid}`,
  );
}

/**
 * The error for a flag given without its value (last, or followed by another flag): how to give
 * one as `placeholder` shows it, and the `=` form for a value that starts like a flag (`dash`).
 */
export function missingValue(name: string, placeholder: string, dash: string): UsageError {
  return new UsageError(
    `flag '--${name}' needs a value`,
    `Give it as --${name} <${placeholder}>, or as --${name}=<value> for a value that starts with ${dash}`,
  );
}

/**
 * `--name value` or `--name=value` for each input of the action; a boolean input alone means
 * true; a list input may repeat. Anything else is an error that lists what is valid.
 */
export function parseArgs(
  manifest: ActionManifest,
  kinds: Readonly<Record<string, InputKind<unknown>>>,
  argv: readonly string[],
): ParsedArgs {
  const inputs = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "-h") {
      flags.add("help");
      continue;
    }
    if (!arg.startsWith("--")) {
      throw new UsageError(
        `unexpected argument '${arg}'`,
        `Inputs are flags: mlops ${manifest.name} --<input> <value>`,
      );
    }
    const eq = arg.indexOf("=");
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    if ((OPTIONS as readonly string[]).includes(name)) {
      flags.add(name);
      continue;
    }
    const kind = kinds[name];
    if (!(name in manifest.inputs) || !kind) {
      throw unknownFlag(`--${name}`, manifest.name, [...Object.keys(manifest.inputs), ...OPTIONS]);
    }
    // A flag followed by another flag has no value (`--data --schema c.yml`): taking the next
    // flag as its value would leave that flag's value as a stray argument.
    const next = argv[i + 1];
    const hasValue = next !== undefined && !next.startsWith("--");
    let value: string;
    if (eq !== -1) value = arg.slice(eq + 1);
    else if (hasValue) value = argv[++i] as string;
    else if (kind.type === "true | false") value = "true";
    else throw missingValue(name, kind.type, "--");
    const previous = inputs.get(name);
    if (previous !== undefined && kind.type !== "list") {
      throw new UsageError(`flag '--${name}' is given twice`, "Give it once");
    }
    inputs.set(name, previous === undefined ? value : `${previous}\n${value}`);
  }
  return { inputs, json: flags.has("json"), help: flags.has("help"), debug: flags.has("debug") };
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

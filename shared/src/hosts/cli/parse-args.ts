import { UsageError } from "../../engine/errors.js";
import type { ActionManifest } from "../../interface/manifest.js";
import type { InputKind } from "../../interface/inputs.js";

export interface ParsedArgs {
  readonly inputs: ReadonlyMap<string, string>;
  readonly json: boolean;
  readonly help: boolean;
  readonly debug: boolean;
}

const OPTIONS = ["json", "help", "debug"] as const;

/** Edit distance, to suggest the flag a typo meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

const closest = (name: string, names: readonly string[]): string | undefined =>
  names
    .map((candidate) => ({ candidate, d: distance(name, candidate) }))
    .filter(({ d }) => d <= 2)
    .sort((x, y) => x.d - y.d)[0]?.candidate;

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
      const names = [...Object.keys(manifest.inputs), ...OPTIONS];
      const near = closest(name, names);
      const valid = names.map((n) => `--${n}`).join(", ");
      throw new UsageError(
        `unknown flag '--${name}' for ${manifest.name}`,
        `${near ? `Did you mean --${near}? ` : ""}Valid flags: ${valid}`,
      );
    }
    let value: string;
    if (eq !== -1) value = arg.slice(eq + 1);
    else if (
      kind.type === "true | false" &&
      (argv[i + 1] === undefined || argv[i + 1]!.startsWith("--"))
    )
      value = "true";
    else if (argv[i + 1] === undefined)
      throw new UsageError(`flag '--${name}' needs a value`, `Give it as --${name} <${kind.type}>`);
    else value = argv[++i] as string;
    const previous = inputs.get(name);
    if (previous !== undefined && kind.type !== "list") {
      throw new UsageError(`flag '--${name}' is given twice`, "Give it once");
    }
    inputs.set(name, previous === undefined ? value : `${previous}\n${value}`);
  }
  return { inputs, json: flags.has("json"), help: flags.has("help"), debug: flags.has("debug") };
}

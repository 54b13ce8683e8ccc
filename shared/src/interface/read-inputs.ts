import { InputError } from "../engine/errors.js";
import type { ActionManifest } from "./manifest.js";
import type { InputContext, InputKind } from "./inputs.js";

/**
 * Turns raw input text into typed values, the same way for the runner and the CLI: `lookup`
 * gives the text as the user wrote it (undefined when not given), `action.yml` gives required
 * and default, and each input's kind parses it.
 */
export function readInputs(
  manifest: ActionManifest,
  kinds: Readonly<Record<string, InputKind<unknown>>>,
  lookup: (name: string) => string | undefined,
  context: InputContext,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(manifest.inputs)) {
    const kind = kinds[name];
    if (!kind) throw new Error(`action '${manifest.name}' has no kind for input '${name}'`);
    const raw = lookup(name);
    const given = raw?.trim();
    if (kind.blank && raw && given === "") {
      throw new InputError(name, "is white space alone, which is read as not given", kind.blank);
    }
    // A default that is an expression (`${{ github.token }}`) is the runner's to evaluate; where
    // it has not (the CLI, a bundle run by hand) it means the input was not given.
    const fallback = spec.default?.includes("${{") ? "" : (spec.default ?? "");
    const text = given === undefined || given === "" ? fallback : given;
    if (text === "") {
      if (spec.required) {
        // The description's first sentence says what to give; the rest is in --help.
        const what = spec.description.split(/(?<=\.)\s/)[0] ?? spec.description;
        throw new InputError(name, "is required", `Set it: ${what}`);
      }
      values[name] = kind.absent;
    } else {
      values[name] = kind.parse(text, name, context, fallback || undefined);
    }
  }
  return values;
}

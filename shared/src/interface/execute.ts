import type { AnyActionDefinition, ActionResult, RunContext } from "./define-action.js";
import { manifests, type ActionName } from "./manifests.generated.js";
import { checkOutputPaths } from "./check-output-paths.js";
import { clearOutputs } from "./clear-outputs.js";
import { refuseLinksOut } from "./confine-links.js";
import { readInputs } from "./read-inputs.js";

/** Reads and parses the inputs from `lookup`, then runs the action: the same for runner and CLI. */
export async function execute(
  definition: AnyActionDefinition,
  lookup: (input: string) => string | undefined,
  context: RunContext,
): Promise<ActionResult<ActionName>> {
  const inputs = readInputs(manifests[definition.name], definition.inputs, lookup, context);
  await refuseLinksOut(definition.inputs, inputs, context);
  checkOutputPaths(definition.inputs, inputs, context);
  clearOutputs(definition.inputs, inputs);
  return definition.run(inputs, context);
}

/** The raw text of every secret input, so a host can mask it before anything is printed. */
export const secretValues = (
  definition: AnyActionDefinition,
  lookup: (input: string) => string | undefined,
): string[] =>
  Object.entries(definition.inputs)
    .filter(([, kind]) => kind.secret)
    .map(([name]) => lookup(name)?.trim() ?? "")
    .filter((value) => value !== "");

import type { AnyActionDefinition, ActionResult, RunContext } from "./define-action.js";
import { manifests, type ActionName } from "./manifests.generated.js";
import { checkOutputPaths } from "./check-output-paths.js";
import { clearOutputs } from "./clear-outputs.js";
import { refuseLinksOut } from "./confine-links.js";
import { readInputs } from "./read-inputs.js";

/**
 * Reads and parses the inputs from `lookup` and clears the outputs they name, and returns the
 * action's run on them. What fails here is refused before the action did anything, and so is
 * what fails in a run before it calls `context.acting()`, where it marks that; a host that tells
 * refusals apart (the CLI's `--json`) calls the run itself.
 */
export async function prepare(
  definition: AnyActionDefinition,
  lookup: (input: string) => string | undefined,
  context: RunContext,
): Promise<() => Promise<ActionResult<ActionName>>> {
  const inputs = readInputs(manifests[definition.name], definition.inputs, lookup, context);
  await refuseLinksOut(definition.inputs, inputs, context);
  checkOutputPaths(definition.inputs, inputs, context);
  clearOutputs(definition.inputs, inputs);
  return () => definition.run(inputs, context);
}

/** `prepare`, then the run: the runner's way, which reports a failure the same wherever it came. */
export async function execute(
  definition: AnyActionDefinition,
  lookup: (input: string) => string | undefined,
  context: RunContext,
): Promise<ActionResult<ActionName>> {
  return (await prepare(definition, lookup, context))();
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

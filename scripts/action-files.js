// Finds and reads every actions/<name>/action.yml: the one interface the rest is generated from.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export const root = new URL("..", import.meta.url).pathname;

export function actionNames(base = root) {
  const dir = join(base, "actions");
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "action.yml")))
    .map((entry) => entry.name)
    .sort();
}

/**
 * The root folders (under `base`) whose action.yml leads into actions/ for an action that is no
 * longer there: an entry point left behind by a removed or renamed action, which a workflow's
 * `uses:` still finds and then fails to run. entry-points.js writes the others and never removes
 * one, so check-generated.js refuses these. One error line each, naming the folder and the fix.
 */
export function staleEntryPoints(base = root) {
  const actions = new Set(actionNames(base));
  return readdirSync(base, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !actions.has(entry.name))
    .flatMap((entry) => {
      const path = join(base, entry.name, "action.yml");
      if (!existsSync(path)) return [];
      const main = parse(readFileSync(path, "utf8"))?.runs?.main;
      const gone = /^\.\.\/actions\/([^/]+)\//.exec(String(main))?.[1];
      return gone === undefined
        ? []
        : [
            `${entry.name}/action.yml: an entry point for actions/${gone}, which has no action.yml. ` +
              `Remove the folder (git rm -r ${entry.name}), or restore actions/${gone} and run npm run catalog`,
          ];
    })
    .sort();
}

export function readActionYml(name) {
  const path = join(root, "actions", name, "action.yml");
  return { path, doc: parse(readFileSync(path, "utf8")) };
}

/** The interface as the suite's code sees it (see shared/src/interface/manifest.ts). */
export function manifestOf(name) {
  const { doc } = readActionYml(name);
  const inputs = {};
  for (const [input, spec] of Object.entries(doc.inputs ?? {})) {
    inputs[input] = {
      description: spec.description,
      required: spec.required === true,
      ...(spec.default === undefined ? {} : { default: String(spec.default) }),
    };
  }
  const outputs = {};
  for (const [output, spec] of Object.entries(doc.outputs ?? {})) {
    outputs[output] = { description: spec.description };
  }
  return { name, title: doc.name, description: doc.description, inputs, outputs };
}

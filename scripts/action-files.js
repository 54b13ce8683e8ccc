// Finds and reads every actions/<name>/action.yml: the one interface the rest is generated from.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export const root = new URL("..", import.meta.url).pathname;

export function actionNames() {
  const dir = join(root, "actions");
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "action.yml")))
    .map((entry) => entry.name)
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

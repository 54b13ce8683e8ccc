import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/examples.js";

/**
 * The core's layers, top to bottom. A file imports only from its own layer or one below it, so
 * that data flows one way: host -> use case -> interface -> platform -> engine.
 */
const LAYERS = ["hosts", "use-cases", "interface", "platform", "engine"] as const;

const src = join(repoRoot, "shared/src");
const sourceFiles = readdirSync(src, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".ts"))
  .sort();

/** Every relative module a file imports or re-exports, statically or dynamically, types included. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(src, file), "utf8");
  const specifiers = [
    ...text.matchAll(/\b(?:import|export)\b[^;"']*?\bfrom\s*"(\.[^"]+)"/g),
    ...text.matchAll(/\bimport\s*\(?\s*"(\.[^"]+)"/g),
  ].map((match) => match[1]!);
  return specifiers
    .filter((specifier) => !specifier.endsWith(".json"))
    .map((specifier) => {
      const target = normalize(join(dirname(file), specifier)).replace(/\.js$/, ".ts");
      return sourceFiles.includes(target) ? target : join(target, "index.ts");
    });
}

const graph = new Map(sourceFiles.map((file) => [file, importsOf(file)]));
const layerOf = (file: string) => LAYERS.indexOf(file.split("/")[0] as (typeof LAYERS)[number]);
/** A use case's own folder, such as `use-cases/promote`. */
const useCaseOf = (file: string) => file.split("/").slice(0, 2).join("/");

describe("the core's layers", () => {
  it("places every source file in a layer, except the package's entry point", () => {
    const outside = sourceFiles.filter((file) => file !== "index.ts" && layerOf(file) < 0);
    expect(outside).toEqual([]);
  });

  it("resolves every relative import to a source file", () => {
    const missing = [...graph].flatMap(([file, targets]) =>
      targets.filter((target) => !graph.has(target)).map((target) => `${file} -> ${target}`),
    );
    expect(missing).toEqual([]);
  });

  it("imports only from the same layer or a lower one", () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      file === "index.ts"
        ? []
        : targets
            .filter((target) => layerOf(target) < layerOf(file))
            .map((target) => `${file} -> ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it("keeps each use case to itself: one action's folder never imports another's", () => {
    const across = [...graph].flatMap(([file, targets]) =>
      file.startsWith("use-cases/") && file.split("/").length > 2
        ? targets
            .filter(
              (target) => target.startsWith("use-cases/") && useCaseOf(target) !== useCaseOf(file),
            )
            .map((target) => `${file} -> ${target}`)
        : [],
    );
    expect(across).toEqual([]);
  });

  it("has no import cycle, type-only imports included", () => {
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "open") {
        cycles.push([...path.slice(path.indexOf(file)), file].join(" -> "));
        return;
      }
      state.set(file, "open");
      for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, "done");
    };
    for (const file of sourceFiles) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it("names each layer in the README's layout", () => {
    const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
    for (const layer of LAYERS) expect(readme).toContain(`src/${layer}/`);
  });
});

// The scripts that run on threads of their own: the data reader's (read-in-worker.ts) and
// drift-check's comparing thread's (compare-columns.ts). ncc copies such a script beside a
// bundle as tsc wrote it, unbundled, where it cannot load: under its own name from the main
// bundle, under webpack's hash of it from a chunk. The build bundles each script once, and
// every copy, found by its content, is replaced by that bundle, one file with no chunks.
import { copyFileSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "./action-files.js";

/** Each thread's script as tsc writes it, by the name of its bundle under build/threads/. */
export const threadScripts = {
  "read-worker": "shared/dist/engine/data/read-worker.js",
  "compare-worker": "shared/dist/use-cases/drift-check/compare-worker.js",
};

/** The folder of a thread script's bundle. */
export const threadBundle = (name) => join(root, "build/threads", name);

/**
 * Replaces each copy in the bundle folder `out` of a script of `bundles` (a map from the
 * script's path to its bundle's entry file) with that bundle. Any other script beside the
 * bundle's own files is refused: an unbundled copy would fail only once a thread started.
 */
function replaceCopies(out, bundles) {
  const byContent = new Map(
    [...bundles].map(([script, built]) => [readFileSync(script, "utf8"), built]),
  );
  if (byContent.size !== bundles.size) throw new Error("two thread scripts read alike");
  const replaced = new Set();
  for (const file of readdirSync(out)) {
    if (!file.endsWith(".js") || /^(\d+\.)?index\.js$/.test(file)) continue;
    const content = readFileSync(join(out, file), "utf8");
    const built = byContent.get(content);
    if (built === undefined) {
      throw new Error(`${join(out, file)} is no thread script's copy: add it to thread-scripts.js`);
    }
    if (!existsSync(built)) throw new Error(`${built} is missing: run npm run build first`);
    copyFileSync(built, join(out, file));
    replaced.add(built);
  }
  return replaced;
}

/**
 * Replaces each copy of a thread's script in the bundle folder `out` with the build's bundle;
 * `own` adds a program's own thread scripts (a map as `replaceCopies` takes). `expected` names
 * the build's thread scripts the program runs, which must have been copied: without its copy a
 * thread would quietly not start.
 */
export function withThreadBundles(out, own = new Map(), expected = []) {
  const bundles = new Map([
    ...Object.entries(threadScripts).map(([name, script]) => [
      join(root, script),
      join(threadBundle(name), "index.js"),
    ]),
    ...own,
  ]);
  const replaced = replaceCopies(out, bundles);
  for (const name of [...expected, ...own.keys()]) {
    const built = threadScripts[name] ? join(threadBundle(name), "index.js") : own.get(name);
    if (!replaced.has(built)) throw new Error(`${out} has no copy of ${name}'s script`);
  }
}

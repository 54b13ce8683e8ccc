// Rebuilds everything generated (manifests, bundles, catalog) and fails when any of
// it differs from what is in the working tree: the committed dist/ and catalog must be exactly
// what the committed sources produce. It fails too on a root entry point that no action under
// actions/ produces any more, which a rebuild leaves in place.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { root, staleEntryPoints } from "./action-files.js";

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function generatedFiles() {
  const actionsDir = join(root, "actions");
  const files = [
    join(root, "action-catalog.md"),
    join(root, "shared/src/interface/manifests.generated.ts"),
    ...readdirSync(actionsDir).flatMap((name) => [
      ...walk(join(actionsDir, name, "dist")),
      join(root, name, "action.yml"),
    ]),
    ...walk(join(root, "bin/dist")),
  ];
  return files.filter((path) => existsSync(path));
}

const snapshot = () =>
  new Map(
    generatedFiles().map((path) => [
      relative(root, path),
      createHash("sha256").update(readFileSync(path)).digest("hex"),
    ]),
  );

const before = snapshot();
execFileSync(process.execPath, [join(root, "scripts/build.js")], { stdio: "inherit" });
execFileSync(process.execPath, [join(root, "scripts/catalog.js")], { stdio: "inherit" });
execFileSync(process.execPath, [join(root, "scripts/entry-points.js")], { stdio: "inherit" });
const after = snapshot();

const drifted = [...new Set([...before.keys(), ...after.keys()])]
  .filter((path) => before.get(path) !== after.get(path))
  .sort();
const stale = staleEntryPoints();
if (stale.length > 0) console.error(`Stale entry points:\n  ${stale.join("\n  ")}`);
if (drifted.length > 0) {
  console.error(
    `These generated files were out of date with their sources and have been rebuilt:\n  ${drifted.join("\n  ")}`,
  );
  console.error(
    "Commit them (npm run build && npm run catalog) together with the change to their sources.",
  );
}
if (stale.length > 0 || drifted.length > 0) process.exit(1);
console.log(`${after.size} generated files match their sources.`);

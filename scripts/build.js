// npm run build: generated sources, then tsc, then one ncc bundle per action into
// actions/<name>/dist/ and one of the command-line program into bin/dist/ (ncc bundles the
// JavaScript tsc wrote; it cannot compile TypeScript 7).
// Minified, with the large module factory parenthesized again (see parenthesize-factories.js):
// less to parse at each start.
import { execFileSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { actionNames, root } from "./action-files.js";
import { parenthesizeFactories } from "./parenthesize-factories.js";
import { threadBundle, threadScripts, withThreadBundles } from "./thread-scripts.js";

const require = createRequire(import.meta.url);
const tsc = require.resolve("typescript/bin/tsc");
const ncc = require.resolve("@vercel/ncc/dist/ncc/cli.js");
const run = (file, args) =>
  execFileSync(process.execPath, [file, ...args], { cwd: root, stdio: "inherit" });

const bundle = (entry, out) => {
  rmSync(out, { recursive: true, force: true });
  run(ncc, ["build", entry, "-o", out, "--minify", "--license", "licenses.txt", "--quiet"]);
};

run(join(root, "scripts/generate-manifests.js"), []);
run(tsc, ["-b"]);
// Each thread's script, bundled once for every bundle that copies it (thread-scripts.js).
for (const [name, script] of Object.entries(threadScripts)) {
  bundle(join(root, script), threadBundle(name));
  if (readdirSync(threadBundle(name)).some((file) => file.endsWith(".js") && file !== "index.js")) {
    throw new Error(`build: the bundle of ${script} must be one file`);
  }
}
for (const name of actionNames()) {
  const out = join(root, "actions", name, "dist");
  bundle(join(root, "build/actions", name, "src/index.js"), out);
  if (parenthesizeFactories(join(out, "index.js")) === 0) {
    throw new Error(`build: no module factory to parenthesize in ${name}'s bundle`);
  }
  withThreadBundles(out, undefined, name === "drift-check" ? Object.keys(threadScripts) : []);
}
// The CLI's runner; each action is in chunks of its own, loaded when a command needs it (ncc
// leaves chunks unminified, their factories in parentheses).
bundle(join(root, "shared/dist/hosts/cli/run-cli.js"), join(root, "bin/dist"));
withThreadBundles(join(root, "bin/dist"), undefined, Object.keys(threadScripts));

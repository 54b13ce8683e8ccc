// npm run build: generated sources, then tsc, then one ncc bundle per action into
// actions/<name>/dist/ and one of the command-line program into bin/dist/ (ncc bundles the
// JavaScript tsc wrote; it cannot compile TypeScript 7).
// Minified, with the large module factory parenthesized again (see parenthesize-factories.js):
// less to parse at each start.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { actionNames, root } from "./action-files.js";
import { parenthesizeFactories } from "./parenthesize-factories.js";

const require = createRequire(import.meta.url);
const tsc = require.resolve("typescript/bin/tsc");
const ncc = require.resolve("@vercel/ncc/dist/ncc/cli.js");
const run = (file, args) =>
  execFileSync(process.execPath, [file, ...args], { cwd: root, stdio: "inherit" });

const bundle = (entry, out) => {
  rmSync(out, { recursive: true, force: true });
  run(ncc, ["build", entry, "-o", out, "--minify", "--license", "licenses.txt", "--quiet"]);
};

// The data reader's thread runs a script of its own (read-in-worker.ts). ncc copies it beside a
// bundle as it is, unbundled; it is replaced by this bundle of it, one file with no chunks.
const readWorker = join(root, "build/read-worker");
const withReadWorker = (out) => {
  const script = join(out, "read-worker.js");
  if (existsSync(script)) copyFileSync(join(readWorker, "index.js"), script);
};

run(join(root, "scripts/generate-manifests.js"), []);
run(tsc, ["-b"]);
bundle(join(root, "shared/dist/engine/data/read-worker.js"), readWorker);
if (readdirSync(readWorker).some((file) => file.endsWith(".js") && file !== "index.js")) {
  throw new Error("build: the read worker's bundle must be one file");
}
for (const name of actionNames()) {
  const out = join(root, "actions", name, "dist");
  bundle(join(root, "build/actions", name, "src/index.js"), out);
  if (parenthesizeFactories(join(out, "index.js")) === 0) {
    throw new Error(`build: no module factory to parenthesize in ${name}'s bundle`);
  }
  withReadWorker(out);
}
// The CLI's runner; each action is in chunks of its own, loaded when a command needs it (ncc
// leaves chunks unminified, their factories in parentheses).
bundle(join(root, "shared/dist/hosts/cli/run-cli.js"), join(root, "bin/dist"));
withReadWorker(join(root, "bin/dist"));

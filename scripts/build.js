// npm run build: generated sources, then tsc, then one ncc bundle per action into
// actions/<name>/dist/ (ncc bundles the JavaScript tsc wrote; it cannot compile TypeScript 7).
// Not minified: the bundle stays readable in review, and minifying strips the parentheses around
// the module factory that make V8 compile it once instead of parsing it twice (a slower start).
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { actionNames, root } from "./action-files.js";

const require = createRequire(import.meta.url);
const tsc = require.resolve("typescript/bin/tsc");
const ncc = require.resolve("@vercel/ncc/dist/ncc/cli.js");
const run = (file, args) =>
  execFileSync(process.execPath, [file, ...args], { cwd: root, stdio: "inherit" });

run(join(root, "scripts/generate-manifests.js"), []);
run(tsc, ["-b"]);
for (const name of actionNames()) {
  const out = join(root, "actions", name, "dist");
  rmSync(out, { recursive: true, force: true });
  run(ncc, [
    "build",
    join(root, "build/actions", name, "src/index.js"),
    "-o",
    out,
    "--license",
    "licenses.txt",
    "--quiet",
  ]);
}

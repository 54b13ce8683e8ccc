// A benchmark's own script runs as the suite's programs run: one ncc bundle (decision 0022), not
// the core package's 140-odd modules linked one by one at each start, which cost some 60-80 ms of
// a 1.7 s run here and is no part of what is measured. Built before the rounds, each time, into
// bench/.data/bundles/ (ignored by git), after `npm run build`: the build's bundle of the reading
// thread's script goes with them.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ncc = require.resolve("@vercel/ncc/dist/ncc/cli.js");
const bundles = fileURLToPath(new URL("./.data/bundles/", import.meta.url));
const readWorker = fileURLToPath(new URL("../build/read-worker/index.js", import.meta.url));

/** Bundles `script` (a path) and returns the bundle's entry file. */
export function bundled(script) {
  const out = join(bundles, `${basename(dirname(script))}-${basename(script, ".js")}`);
  rmSync(out, { recursive: true, force: true });
  execFileSync(process.execPath, [ncc, "build", script, "-o", out, "--minify", "--quiet"], {
    stdio: "inherit",
  });
  // ncc copies the reading thread's script beside the bundle as it is, unbundled, where it could
  // not load: it is replaced by the build's bundle of it, as the suite's programs have it. A
  // script that reads on a thread of its own asks for one (ReadOptions.readInWorker).
  const worker = join(out, "read-worker.js");
  if (existsSync(worker)) {
    if (!existsSync(readWorker))
      throw new Error(`${readWorker} is missing: run npm run build first`);
    copyFileSync(readWorker, worker);
  }
  return join(out, "index.js");
}

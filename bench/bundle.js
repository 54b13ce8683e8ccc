// A benchmark's own script runs as the suite's programs run: one ncc bundle (decision 0022), not
// the core package's 140-odd modules linked one by one at each start, which cost some 60-80 ms of
// a 1.7 s run here and is no part of what is measured. Built before the rounds, each time, into
// bench/.data/bundles/ (ignored by git), after `npm run build`: the build's bundles of the
// threads' scripts (the reader's, drift-check's comparing thread's) go with them.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { withThreadBundles } from "../scripts/thread-scripts.js";

const require = createRequire(import.meta.url);
const ncc = require.resolve("@vercel/ncc/dist/ncc/cli.js");
const bundles = fileURLToPath(new URL("./.data/bundles/", import.meta.url));

const nccBuild = (script, out) => {
  rmSync(out, { recursive: true, force: true });
  execFileSync(process.execPath, [ncc, "build", script, "-o", out, "--minify", "--quiet"], {
    stdio: "inherit",
  });
};

/**
 * Bundles `script` (a path) and returns the bundle's entry file. `threads` are the paths of the
 * scripts it runs on threads of its own (`new URL("./x.js", import.meta.url)`), each bundled
 * too and put in place of the copy ncc makes of it.
 */
export function bundled(script, threads = []) {
  const out = join(bundles, `${basename(dirname(script))}-${basename(script, ".js")}`);
  nccBuild(script, out);
  // The threads' scripts ncc copied beside it, as it copies them beside the suite's programs,
  // replaced by the build's bundles of them, and by bundles of its own threads' scripts.
  const own = threads.map((thread) => {
    const threadOut = `${out}-${basename(thread, ".js")}`;
    nccBuild(thread, threadOut);
    return [thread, join(threadOut, "index.js")];
  });
  withThreadBundles(out, new Map(own));
  return join(out, "index.js");
}

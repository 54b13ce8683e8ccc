// Start-to-exit time of each action bundle under Node 24, as a ratio to `node -e 0` measured
// side by side (interleaved runs, medians), so that machine noise affects both alike.
// Usage: npm run bench:startup [-- --runs 30]
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { node24 } from "../scripts/node24.js";
import { scenarios } from "./startup-scenarios.js";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 25;
const root = new URL("..", import.meta.url).pathname;

function timeRun(args, env, cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(node24, args, { env, cwd, stdio: ["ignore", "ignore", "pipe"] });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  return { elapsed, status: result.status, stderr: result.stderr.toString() };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

console.log(
  `Node ${spawnSync(node24, ["--version"]).stdout.toString().trim()}, ${runs} interleaved runs each`,
);
console.log("action              bundle ms   node -e 0 ms   ratio   target");
let worst = 0;
for (const [action, scenario] of Object.entries(scenarios)) {
  const work = mkdtempSync(join(tmpdir(), `mlops-bench-${action}-`));
  const output = join(work, "output");
  const summary = join(work, "summary");
  const env = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: root,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    ...scenario.env(work),
  };
  const bundle = join(root, "actions", action, "dist/index.js");
  const bundleTimes = [];
  const baseTimes = [];
  for (let i = 0; i < runs; i++) {
    writeFileSync(output, "");
    writeFileSync(summary, "");
    const run = timeRun([bundle], env, root);
    if (run.status !== scenario.expectedExit) {
      throw new Error(
        `${action} exited ${run.status}, expected ${scenario.expectedExit}: ${run.stderr}`,
      );
    }
    bundleTimes.push(run.elapsed);
    baseTimes.push(timeRun(["-e", "0"], env, root).elapsed);
  }
  const ratio = median(bundleTimes) / median(baseTimes);
  worst = Math.max(worst, ratio);
  console.log(
    `${action.padEnd(18)}  ${median(bundleTimes).toFixed(1).padStart(9)}   ${median(baseTimes).toFixed(1).padStart(12)}   ${ratio.toFixed(2).padStart(5)}x  <= 3x`,
  );
  rmSync(work, { recursive: true, force: true });
}
console.log(`worst ratio: ${worst.toFixed(2)}x (target at most 3x)`);

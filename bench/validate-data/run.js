// The validate-data benchmark (after `npx tsc -b shared`): `mlops validate-data` and a pandas
// peer (peer.py) check the same 20-field contract on the same seeded 1,000,000-row CSV, each as
// a child process timed from outside with its peak RSS; their failed counts must agree. Target:
// at least 3x faster than the peer.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { node24 } from "../../scripts/node24.js";
import { generate } from "./generate.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const dataDir = fileURLToPath(new URL("../.data/validate-data", import.meta.url));
const python = process.env.PYTHON ?? "/usr/bin/python3";

/** Runs a command under /usr/bin/time; returns its stdout, the wall seconds and the peak RSS. */
function measure(command, args) {
  const timing = `${dataDir}/time.txt`;
  const start = performance.now();
  const child = spawnSync("/usr/bin/time", ["-f", "%M", "-o", timing, command, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const wall = (performance.now() - start) / 1000;
  if (child.status !== 0 && child.status !== 1)
    throw new Error(`${command} failed:\n${child.stderr}`);
  const rssKb = Number(readFileSync(timing, "utf8").trim().split(/\s+/).pop());
  rmSync(timing);
  return { stdout: child.stdout, wall, rssKb };
}

const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;
const { data, contract } = await generate(dataDir);
const report = `${dataDir}/report.json`;
const ours = measure(node24, [
  `${here}../../bin/mlops.js`,
  "validate-data",
  "--data",
  data,
  "--schema",
  contract,
  "--report-path",
  report,
  "--profile-path",
  `${dataDir}/profile.json`,
  "--fail-step",
  "false",
  "--json",
]);
const peer = measure(python, [`${here}peer.py`, data, contract]);

const checks = new Map(JSON.parse(readFileSync(report, "utf8")).checks.map((c) => [c.id, c]));
const disagreements = [];
for (const [id, theirs] of Object.entries(JSON.parse(peer.stdout).results)) {
  const check = checks.get(id);
  const mine = check?.level === "row" ? check.failed : check?.observed;
  // Quantiles differ by definition (a KLL sketch against pandas' interpolation): 1% is the bar.
  const tolerance = id.includes("quantile") ? 0.01 : 1e-9;
  if (!(Math.abs(mine - theirs) <= tolerance * Math.max(1, Math.abs(theirs)))) {
    disagreements.push(`${id}: ${mine} vs ${theirs}`);
  }
}
const parse = JSON.parse(
  spawnSync(node24, [`${here}../data/read-speed.js`, data], { encoding: "utf8" }).stdout,
);
console.log(
  `validate-data: ${ours.wall.toFixed(2)} s, peak RSS ${mb(ours.rssKb)}, CSV parse ` +
    `${parse.mbPerSecond.toFixed(0)} MB/s (readBatches alone)`,
);
console.log(`pandas peer:   ${peer.wall.toFixed(2)} s, peak RSS ${mb(peer.rssKb)}`);
console.log(
  `time ratio ${(peer.wall / ours.wall).toFixed(2)}x faster, peak RSS ratio ${(peer.rssKb / ours.rssKb).toFixed(2)}x smaller`,
);
console.log(
  disagreements.length === 0
    ? `both agree on all ${Object.keys(JSON.parse(peer.stdout).results).length} checks`
    : `DISAGREE: ${disagreements.join("; ")}`,
);
process.exitCode = disagreements.length === 0 ? 0 : 1;

// The validate-data benchmark (after `npm run build`: the CLI runs its bundle): `mlops
// validate-data` and a pandas peer (peer.py) check the same 20-field contract on the same seeded
// 1,000,000-row CSV, each as a child process timed from outside with its peak RSS, in alternating
// rounds (`--rounds N`, 3 by default) judged on the best time of each; their failed counts must
// agree. Targets: 5x faster than the peer in half its peak RSS, and at most 1.5x our
// own parse-only pass over the same file (read-speed.js). Where the time goes: process start,
// and the read and the profile each timed on one thread by phases.js (the command overlaps
// them).
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { node24 } from "../../scripts/node24.js";
import { bundled } from "../bundle.js";
import { alternating, mb, measure, roundsFromArgs, roundsText } from "../measure.js";
import { generate } from "./generate.js";
import { threadCpu, threadCpuText } from "../thread-cpu.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const dataDir = fileURLToPath(new URL("../.data/validate-data", import.meta.url));
const python = process.env.PYTHON ?? "/usr/bin/python3";

const { data, contract } = await generate(dataDir);
const report = `${dataDir}/report.json`;
// The agreement is read from this run's report, never an earlier one's.
rmSync(report, { force: true });
const command = [
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
];
const parseScript = bundled(`${here}../data/read-speed.js`);
const {
  ours,
  peer,
  parse: parsePass,
} = alternating(
  {
    ours: () => measure(node24, command, { okStatuses: [0, 1] }),
    peer: () => measure(python, [`${here}peer.py`, data, contract], { okStatuses: [0, 1] }),
    parse: () => measure(node24, [parseScript, "--text-as-bytes", data]),
  },
  roundsFromArgs(),
);

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
const parse = JSON.parse(parsePass.stdout);
const startup = measure(node24, [`${here}../../bin/mlops.js`, "--version"]).seconds;
const phases = JSON.parse(
  spawnSync(node24, [`${here}phases.js`, data, contract], { encoding: "utf8" }).stdout,
);
console.log(
  `validate-data: ${roundsText(ours)}, peak RSS ${mb(ours.rssKb)}, CSV parse ` +
    `${parse.mbPerSecond.toFixed(0)} MB/s (readBatches alone)`,
);
// The command reads on a thread of its own while it checks and profiles: the phases overlap,
// and only the one-thread passes tell them apart.
console.log(
  `phases on one thread: read ${phases.read.toFixed(2)} s, profile ${phases.profile.toFixed(2)} s; ` +
    `the command, reading on a second thread: ${ours.seconds.toFixed(2)} s, of which start ` +
    `${startup.toFixed(2)} s`,
);
console.log(threadCpuText(await threadCpu(node24, command)));
console.log(`pandas peer:   ${roundsText(peer)}, peak RSS ${mb(peer.rssKb)}`);
console.log(
  `CPU seconds: ours ${ours.cpuSeconds.toFixed(2)}, the peer's ${peer.cpuSeconds.toFixed(2)}, ` +
    `ratio ${(peer.cpuSeconds / ours.cpuSeconds).toFixed(2)}x; parse-only pass ` +
    `${parsePass.cpuSeconds.toFixed(2)}`,
);
console.log(
  `time ratio ${(peer.seconds / ours.seconds).toFixed(2)}x faster (target >= 5), peak RSS ` +
    `${(ours.rssKb / peer.rssKb).toFixed(2)} of the peer's (target <= 0.5), ` +
    `${(ours.seconds / parsePass.seconds).toFixed(2)}x our parse-only pass (target <= 1.5)`,
);
console.log(
  disagreements.length === 0
    ? `both agree on all ${Object.keys(JSON.parse(peer.stdout).results).length} checks`
    : `DISAGREE: ${disagreements.join("; ")}`,
);
process.exitCode = disagreements.length === 0 ? 0 : 1;

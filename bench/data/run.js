// The data engine's benchmark (npm run bench:data, after `npm run build`): the engine and
// pandas + scipy compute the same drift statistics on the same seeded 1,000,000-row CSV, each
// as a child process timed from outside in alternating rounds (`--rounds N`, 3 by default)
// judged on the best time of each, and must agree to 1e-9; then the engine profiles one gzipped
// file of 10,000,000 rows. Targets: >= 5x faster end to end in <= 0.4 of the peer's peak RSS,
// at most 1.5x our own parse-only pass, and a 10M-row profile under 200 MB peak RSS. Ours runs
// under Node 24, the runtime the actions declare, bundled as the suite's programs are
// (bundle.js).
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { node24 } from "../../scripts/node24.js";
import { bundled } from "../bundle.js";
import { alternating, mb, measure, roundsFromArgs, roundsText } from "../measure.js";
import { threadCpu, threadCpuText } from "../thread-cpu.js";
import { generate, repeated } from "./generate.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const dataDir = fileURLToPath(new URL("../.data", import.meta.url));
const python = process.env.PYTHON ?? "/usr/bin/python3";

/** Runs a command; returns its parsed JSON output, the wall seconds and the peak RSS in KiB. */
function measureJson(command, args) {
  const { stdout, seconds, cpuSeconds, rssKb } = measure(command, args);
  const output = JSON.parse(stdout.trim().split("\n").pop());
  return { output, seconds, cpuSeconds, rssKb: Number.isNaN(rssKb) ? output.maxRssKb : rssKb };
}

function compare(ours, theirs) {
  let worst = 0;
  let where = "";
  for (const [column, stats] of Object.entries(theirs)) {
    for (const [name, value] of Object.entries(stats)) {
      const mine = ours[column]?.[name];
      const difference = Math.abs(mine - value) / Math.max(1, Math.abs(value));
      if (!(difference <= worst)) {
        worst = difference;
        where = `${column}.${name}: ${mine} vs ${value}`;
      }
    }
  }
  return { worst, where };
}

const { reference, current } = await generate(dataDir);
// With the V8 setting the mlops command starts with (bin/mlops.js, decision 0015).
const cliFlags = ["--semi-space-growth-factor=1"];
let peerOk = true;
try {
  execFileSync(python, ["-c", "import pandas, scipy"], { stdio: "ignore" });
} catch {
  peerOk = false;
  console.log(
    `peer: skipped (${python} lacks pandas or scipy: apt-get install python3-pandas python3-scipy)`,
  );
}
const engineScript = bundled(`${here}engine.js`, [`${here}compare-thread.js`]);
const parseScript = bundled(`${here}read-speed.js`);
const {
  engine,
  parse: parsePass,
  peer,
} = alternating(
  {
    engine: () => measureJson(node24, [...cliFlags, engineScript, reference, current]),
    parse: () => measureJson(node24, [parseScript, reference, current]),
    ...(peerOk ? { peer: () => measureJson(python, [`${here}peer.py`, reference, current]) } : {}),
  },
  roundsFromArgs(),
);
const parse = parsePass.output;
console.log(
  `engine: ${roundsText(engine)} (read ${engine.output.readSeconds.toFixed(2)} s, tests ` +
    `${(engine.output.totalSeconds - engine.output.readSeconds).toFixed(2)} s), peak RSS ` +
    `${mb(engine.rssKb)}, CSV parse ${parse.mbPerSecond.toFixed(0)} MB/s (readBatches alone), ` +
    `${(engine.seconds / parsePass.seconds).toFixed(2)}x the parse-only pass (target <= 1.5)`,
);
console.log(
  threadCpuText(await threadCpu(node24, [...cliFlags, engineScript, reference, current])),
);

let agreed = true;
if (peer) {
  console.log(
    `pandas+scipy: ${roundsText(peer)}, peak RSS ${mb(peer.rssKb)}, CSV parse ` +
      `${(engine.output.bytes / 1e6 / peer.output.readSeconds).toFixed(0)} MB/s`,
  );
  console.log(
    `ratios: ${(peer.seconds / engine.seconds).toFixed(2)}x faster (target >= 5), ` +
      `peak RSS ${(engine.rssKb / peer.rssKb).toFixed(2)} of the peer's (target <= 0.4)`,
  );
  console.log(
    `CPU seconds: ours ${engine.cpuSeconds.toFixed(2)}, the peer's ` +
      `${peer.cpuSeconds.toFixed(2)}, ratio ${(peer.cpuSeconds / engine.cpuSeconds).toFixed(2)}x`,
  );
  const { worst, where } = compare(engine.output.results, peer.output.results);
  agreed = worst <= 1e-9;
  console.log(
    `agreement: largest relative difference ${worst.toExponential(2)} ` +
      `(${agreed ? "within" : "OUTSIDE"} 1e-9)${agreed ? "" : `: ${where}`}`,
  );
}

const large = await repeated(dataDir, { reference, current });
const profile = measureJson(node24, [...cliFlags, `${here}profile-many.js`, large]);
console.log(
  `profile of ${profile.output.rows.toLocaleString("en")} rows: ${profile.seconds.toFixed(1)} s, ` +
    `peak RSS ${mb(profile.rssKb)} (target < 200 MB), profile ${profile.output.profileBytes} bytes`,
);
process.exitCode = agreed ? 0 : 1;

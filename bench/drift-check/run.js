// drift-check's benchmark: `mlops drift-check` and a pandas + scipy peer (peer.py) test the same
// seeded 1,000,000-row CSV (bench/data's reference and current halves, 500,000 rows each), each
// as a child process timed from outside with /usr/bin/time, in alternating rounds (`--rounds N`,
// 3 by default) judged on the best time of each. Prints the time and peak-RSS ratios
// (targets: at least 5x faster in at most 0.4 of the peer's peak RSS), our time as a multiple of
// our own parse-only pass over both files (target <= 1.5), and the largest difference of any
// statistic from scipy's (target: 1e-9, relative to max(1, |value|)). Ours runs under Node 24,
// the runtime the actions declare. Run after `npm run build`: node bench/drift-check/run.js
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { node24 } from "../../scripts/node24.js";
import { generate } from "../data/generate.js";
import { bundled } from "../bundle.js";
import { alternating, mb, measure, roundsFromArgs, roundsText } from "../measure.js";
import { threadCpu, threadCpuText } from "../thread-cpu.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const python = process.env.PYTHON ?? "/usr/bin/python3";
const scratch = mkdtempSync(join(tmpdir(), "mlops-drift-bench-"));
process.on("exit", () => rmSync(scratch, { recursive: true, force: true }));

const { reference, current } = await generate(join(root, "bench/.data"));
const reportPath = join(scratch, "drift-report.json");
const command = [
  join(root, "bin/mlops.js"),
  "drift-check",
  "--reference",
  reference,
  "--current",
  current,
  "--fail-step",
  "false",
  "--report-path",
  reportPath,
  "--html-path",
  join(scratch, "drift-report.html"),
];
const parseScript = bundled(join(root, "bench/data/read-speed.js"));
const {
  ours,
  peer,
  parse: parsePass,
} = alternating(
  {
    ours: () => measure(node24, command),
    peer: () => measure(python, [join(root, "bench/drift-check/peer.py"), reference, current]),
    parse: () => measure(node24, [parseScript, reference, current]),
  },
  roundsFromArgs(),
);
const report = JSON.parse(readFileSync(reportPath, "utf8"));
console.log(
  `mlops drift-check: ${roundsText(ours)}, peak RSS ${mb(ours.rssKb)}; ` +
    `${report.dataset.drifted_columns.length} of ${report.columns.length} columns drifted`,
);
console.log(`pandas + scipy: ${roundsText(peer)}, peak RSS ${mb(peer.rssKb)}`);
const parse = parsePass.seconds;
console.log(
  `CPU seconds: ours ${ours.cpuSeconds.toFixed(2)}, the peer's ${peer.cpuSeconds.toFixed(2)}, ` +
    `ratio ${(peer.cpuSeconds / ours.cpuSeconds).toFixed(2)}x; parse-only pass ` +
    `${parsePass.cpuSeconds.toFixed(2)}`,
);
console.log(
  `ratios: ${(peer.seconds / ours.seconds).toFixed(2)}x faster (target >= 5), ` +
    `peak RSS ${(ours.rssKb / peer.rssKb).toFixed(2)} of the peer's (target <= 0.4), ` +
    `${(ours.seconds / parse).toFixed(2)}x our parse-only pass (target <= 1.5)`,
);
console.log(threadCpuText(await threadCpu(node24, command)));

let worst = 0;
let where = "none";
const theirs = JSON.parse(peer.stdout.trim().split("\n").pop());
for (const [column, values] of Object.entries(theirs)) {
  const tests = report.columns.find((c) => c.name === column)?.tests ?? {};
  for (const [path, expected] of Object.entries(values)) {
    const [test, field] = path.split(".");
    const actual = tests[test]?.[field];
    const difference = Math.abs(actual - expected) / Math.max(1, Math.abs(expected));
    if (!(difference <= worst)) {
      worst = difference;
      where = `${column} ${path}: ${actual} vs scipy ${expected}`;
    }
  }
}
const agreed = worst <= 1e-9;
console.log(
  `agreement with scipy: largest relative difference ${worst.toExponential(2)} ` +
    `(${agreed ? "within" : "OUTSIDE"} 1e-9; ${where})`,
);
process.exitCode = agreed ? 0 : 1;

// eval-gate's benchmark (npm run bench:eval-gate): `mlops eval-gate` judges accuracy (McNemar),
// F1 (1,000-resample bootstrap of the joint confusion cells) and ROC AUC (DeLong) on all examples
// and 5 slices of two seeded predictions files, and a pandas + scikit-learn + scipy + statsmodels
// peer (peer.py) computes the same values with McNemar's p-value and 1,000-resample paired
// bootstrap intervals. Each runs as a child process of this one, one after the other, timed from
// outside with its peak RSS (/usr/bin/time). Point values must agree within 1e-9; both intervals
// of every row are printed, at the level eval-gate tested the row at, with the verdict each would
// give against the policy's margin. Targets: at least 10x faster, at most half the peak RSS.
//
// Above --full-peer-up-to rows the peer's bootstraps run --capped-resamples resamples (a
// thousand bootstraps of roc_auc_score on a million rows take the better part of an hour) and its
// bootstrap seconds are scaled to 1,000 resamples: scipy evaluates the statistic once per
// resample, so its cost is linear in them, and the scaled time is an estimate of the full run's
// (peak RSS does not depend on the resamples: peer.py caps scipy's batch). The output says which
// sizes were scaled.
// Options: --rows 100000,1000000  --full-peer-up-to 100000  --capped-resamples 100
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { node24 } from "../../scripts/node24.js";
import { mb, measure } from "../measure.js";
import { generate } from "./generate.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const python = process.env.PYTHON ?? "/usr/bin/python3";
const RESAMPLES = 1000;
const MARGIN = 0.01;
const POLICY = `schema: mlops.gate-policy/v1
resamples: ${RESAMPLES}
slices: {by: [segment], min-samples: 30}
metrics:
  accuracy: {direction: higher, max-regression: ${MARGIN}}
  f1: {direction: higher, max-regression: ${MARGIN}, method: bootstrap}
  roc_auc: {direction: higher, max-regression: ${MARGIN}}
`;

const { values: options } = parseArgs({
  options: {
    rows: { type: "string", default: "100000,1000000" },
    "full-peer-up-to": { type: "string", default: "100000" },
    "capped-resamples": { type: "string", default: "100" },
  },
});
const sizes = options.rows.split(",").map(Number);
const fullPeerUpTo = Number(options["full-peer-up-to"]);
const cappedResamples = Number(options["capped-resamples"]);

try {
  execFileSync(python, ["-c", "import pandas, sklearn, scipy, statsmodels"], { stdio: "ignore" });
} catch {
  console.error(
    `${python} lacks pandas, scikit-learn, scipy or statsmodels: ` +
      "apt-get install python3-pandas python3-sklearn python3-scipy python3-statsmodels",
  );
  process.exit(2);
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
const key = (metric, slice) => `${metric}|${slice ?? "all"}`;
const fixed = (x, digits = 5) => (x === null || x === undefined ? "-" : x.toFixed(digits));
const shown = (i) => (i ? `[${fixed(i.lower)}, ${fixed(i.upper)}]` : "-");

/** The verdict an interval of the delta gives against non-inferiority by MARGIN. */
const verdictOf = (i) =>
  !i ? "-" : i.lower > -MARGIN ? "pass" : i.upper < -MARGIN ? "fail" : "inconclusive";

/** A table: a header row, then rows, each column padded to its widest cell. */
function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((cell, c) => String(cell).padEnd(widths[c])).join("  ")).join("\n");
}

/** Runs both tools on `rows` paired examples; prints the agreement, returns the measures. */
async function compareAt(rows, scratch) {
  const dir = join(scratch, String(rows));
  const { champion, challenger } = await generate(dir, rows);
  const policy = join(dir, "policy.yml");
  writeFileSync(policy, POLICY);
  const reportPath = join(dir, "report.json");
  const ours = measure(node24, [
    join(root, "bin/mlops.js"),
    "eval-gate",
    "--challenger",
    challenger,
    "--champion",
    champion,
    "--policy",
    policy,
    "--report-path",
    reportPath,
    "--comment-path",
    join(dir, "comment.md"),
    "--fail-step",
    "false",
  ]);
  const report = JSON.parse(readFileSync(reportPath, "utf8"));
  const mine = new Map(
    report.rows.filter((r) => r.evidence).map((r) => [key(r.metric, r.slice), r]),
  );
  const levels = Object.fromEntries([...mine].map(([k, r]) => [k, r.evidence.confidence]));
  const levelsPath = join(dir, "levels.json");
  writeFileSync(levelsPath, JSON.stringify(levels));

  const resamples = rows <= fullPeerUpTo ? RESAMPLES : cappedResamples;
  const peer = measure(python, [
    join(root, "bench/eval-gate/peer.py"),
    champion,
    challenger,
    levelsPath,
    String(resamples),
  ]);
  const theirs = JSON.parse(peer.stdout.trim().split("\n").pop());
  const peerSeconds = peer.seconds + theirs.seconds.bootstrap * (RESAMPLES / resamples - 1);

  let worst = 0;
  let verdictsAgree = 0;
  const lines = [
    [
      "row",
      "n",
      "ours: method, interval of the delta",
      "peer: interval (percentile)",
      "level",
      "verdicts (margin -0.01)",
      "peer McNemar p",
    ],
  ];
  for (const row of theirs.rows) {
    const ourRow = mine.get(key(row.metric, row.slice));
    if (!ourRow) throw new Error(`eval-gate's report has no row ${key(row.metric, row.slice)}`);
    worst = Math.max(
      worst,
      Math.abs(ourRow.champion - row.champion),
      Math.abs(ourRow.challenger - row.challenger),
    );
    const ourVerdict = verdictOf(ourRow.evidence.interval);
    const peerVerdict = verdictOf(row.interval);
    if (row.interval && ourVerdict === peerVerdict) verdictsAgree++;
    lines.push([
      `${row.metric} ${row.slice ?? "(all)"}`,
      row.n,
      `${ourRow.evidence.method} ${shown(ourRow.evidence.interval)}`,
      shown(row.interval),
      fixed(ourRow.evidence.confidence, 4),
      row.interval ? `${ourVerdict} / ${peerVerdict}` : `${ourVerdict} / -`,
      row.mcnemar_p === undefined ? "" : row.mcnemar_p.toExponential(2),
    ]);
  }
  const withIntervals = theirs.rows.filter((r) => r.interval).length;
  console.log(`\n${rows.toLocaleString("en")} paired rows, 5 segments:`);
  console.log(table(lines));
  console.log(
    `point values (champion and challenger accuracy, F1, ROC AUC of ${theirs.rows.length / 3} ` +
      `row groups): largest difference ${worst.toExponential(2)} ` +
      `(${worst <= 1e-9 ? "within" : "OUTSIDE"} 1e-9); verdicts agree on ${verdictsAgree} of ` +
      `${withIntervals} bootstrap intervals. Accuracy has no peer interval: statsmodels gives ` +
      "McNemar's p-value, eval-gate Tango's interval, which inverts the same score test.",
  );
  console.log(
    `peer phases: read + merge ${theirs.seconds.read.toFixed(1)} s, point values ` +
      `${theirs.seconds.points.toFixed(1)} s, McNemar ${theirs.seconds.mcnemar.toFixed(2)} s, ` +
      `bootstraps ${theirs.seconds.bootstrap.toFixed(1)} s at ${resamples} resamples` +
      (resamples === RESAMPLES
        ? ""
        : ` (x${RESAMPLES / resamples} for ${RESAMPLES}: peer total estimated ${peerSeconds.toFixed(0)} s)`),
  );
  return { rows, ours, peer, peerSeconds, resamples, agreed: worst <= 1e-9 };
}

const scratch = mkdtempSync(join(tmpdir(), "mlops-eval-gate-bench-"));
const results = [];
try {
  console.log(`${cpus().length} cores, load average ${load()} at the start`);
  for (const rows of sizes) results.push(await compareAt(rows, scratch));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const summary = [
  [
    "rows",
    "ours s",
    "peer s",
    "ratio",
    "ours RSS",
    "peer RSS",
    "RSS ratio",
    ">= 10x",
    "<= 0.5 RSS",
  ],
];
for (const r of results) {
  const ratio = r.peerSeconds / r.ours.seconds;
  const rss = r.ours.rssKb / r.peer.rssKb;
  summary.push([
    r.rows.toLocaleString("en"),
    r.ours.seconds.toFixed(2),
    r.resamples === RESAMPLES ? r.peerSeconds.toFixed(1) : `${r.peerSeconds.toFixed(0)} (est.)`,
    `${ratio.toFixed(1)}x`,
    mb(r.ours.rssKb),
    mb(r.peer.rssKb),
    rss.toFixed(2),
    ratio >= 10 ? "yes" : "NO",
    rss <= 0.5 ? "yes" : "NO",
  ]);
}
console.log(`\n${table(summary)}`);
const capped = results.filter((r) => r.resamples !== RESAMPLES);
if (capped.length > 0) {
  console.log(
    `(est.): the peer ran ${cappedResamples} bootstrap resamples at ${capped.map((r) => r.rows.toLocaleString("en")).join(", ")} rows; ` +
      `its bootstrap seconds are scaled x${RESAMPLES / cappedResamples}, the rest of its run is as measured.`,
  );
}
console.log(`load average ${load()} at the end`);
process.exitCode = results.every((r) => r.agreed) ? 0 : 1;

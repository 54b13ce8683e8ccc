import { createHash, createHmac } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { canaryReportContract, validateContract } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/** A metric name that would be markup in a summary, and would close a Mermaid label and a code span. */
const HOSTILE_NAME = '<img src=x onerror=alert(1)>|**x**`"] ```';

/**
 * The metrics command: both variants' latencies (60 points around 100 ms, from a small seeded
 * generator) and error counts, as the scenario in its first argument has them. Each call is
 * recorded with the MLOPS_* variables it was given. Its log store is "down" from the start, or
 * goes down ("crash") once the rollout has started, or ("late-crash") after the first look of
 * step 2, the last judged one of the default steps; "garbled" prints no JSON; "overflow" gives
 * latencies of ±1e308, whose differences are past the range of a double; "unweighted" leaves
 * the "canary" object out while the canary has no traffic, as a log over its requests would.
 * "silent" gives no canary data on thin traffic (100 requests); "stopped" gives 3 latencies and
 * 200 requests at the first look of step 1, and no data after, as a canary whose server died,
 * while the baseline counts 2,000 more requests at each look; "late-errors" fails every request
 * of the canary's after the first look of step 2, which it still serves.
 */
const METRICS_SCRIPT = `
import { appendFileSync, readFileSync } from "node:fs";
const scenario = process.argv[2];
const { MLOPS_STEP, MLOPS_WEIGHT, MLOPS_WINDOW_SECONDS } = process.env;
appendFileSync("looks.log", [MLOPS_STEP, MLOPS_WEIGHT, MLOPS_WINDOW_SECONDS].join(" ") + "\\n");
const looksOfStep = readFileSync("looks.log", "utf8")
  .split("\\n")
  .filter((line) => line.startsWith(MLOPS_STEP + " ")).length;
const lateCrash = scenario === "late-crash" && MLOPS_STEP === "2" && looksOfStep > 1;
if (scenario === "down" || (scenario === "crash" && MLOPS_STEP !== "0") || lateCrash) {
  console.error("connection refused by the log store");
  process.exit(2);
}
if (scenario === "garbled") {
  console.log("latency_ms=101");
  process.exit(0);
}
let seed = 7;
const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
const latencies = (shift) => Array.from({ length: 60 }, () => 95 + 10 * random() + shift);
const variant = (shift, failures) => ({
  latency_ms: latencies(shift),
  errors: { failures, total: 2000 },
});
const baseline = variant(0, 4);
const canary = {
  healthy: () => variant(0, 4),
  crash: () => variant(0, 4),
  "late-crash": () => variant(0, 4),
  "late-errors": () => variant(0, MLOPS_STEP === "2" && looksOfStep > 1 ? 2000 : 4),
  regressed: () => variant(40, 4),
  silent: () => ({}),
  stopped: () =>
    MLOPS_STEP === "1" && looksOfStep === 1
      ? { latency_ms: latencies(0).slice(0, 3), errors: { failures: 0, total: 200 } }
      : {},
  hostile: () => variant(0, 4),
  overflow: () => variant(0, 4),
  unweighted: () => variant(0, 4),
}[scenario]();
if (scenario === "silent") baseline.errors.total = 100;
if (scenario === "stopped") baseline.errors.total = 2000 * looksOfStep;
if (scenario === "overflow") {
  baseline.latency_ms = baseline.latency_ms.map(() => 1e308);
  canary.latency_ms = canary.latency_ms.map((_, i) => (i % 2 === 0 ? 1e308 : -1e308));
}
if (scenario === "hostile") {
  for (const side of [baseline, canary]) {
    Object.defineProperty(side, "__proto__", { value: latencies(0), enumerable: true });
    side.constructor = { failures: 1, total: 100 };
    side[${JSON.stringify(HOSTILE_NAME)}] = latencies(0);
  }
}
const unweighted = scenario === "unweighted" && MLOPS_WEIGHT === "0";
console.log(JSON.stringify(unweighted ? { baseline } : { baseline, canary }));
`;

/**
 * The traffic command: records "<action> <weight> <step> <variant>" a line; with a last argument
 * fail-at=W, it refuses weight W as a gateway would, with a line of output.
 */
const TRAFFIC_SCRIPT = `
import { appendFileSync } from "node:fs";
const [action, weight, step, variant, failAt] = process.argv.slice(2);
if (failAt === "fail-at=" + weight) {
  console.log("gateway refused the weight " + weight);
  process.exit(3);
}
appendFileSync("calls.log", [action, weight, step, variant].join(" ") + "\\n");
`;

/** A traffic command that records its arguments as they reached it, one JSON array a call. */
const ARGS_SCRIPT = `
import { appendFileSync } from "node:fs";
appendFileSync("calls.log", JSON.stringify(process.argv.slice(2)) + "\\n");
`;

const POLICY = `metrics:
  latency_ms: {direction: lower, max-regression: "10%"}
  errors: {direction: lower, max-regression: 0.01}
`;

const HOSTILE_POLICY = JSON.stringify({
  metrics: {
    [HOSTILE_NAME]: { direction: "lower", max: 1000 },
    ["__proto__"]: { direction: "lower", "max-regression": 10 },
    constructor: { direction: "lower", "max-regression": 0.5 },
  },
});

const node = process.execPath;
const command = (...argv: string[]) => JSON.stringify([node, ...argv]);
const setWeight = (...extra: string[]) =>
  command("traffic.mjs", "set", "{weight}", "{step}", "{variant}", ...extra);

/** A workspace with the scripts and the policy, as a repository would hold them. */
function workspace() {
  const { dir, write } = tempDir();
  write("metrics.mjs", METRICS_SCRIPT);
  write("traffic.mjs", TRAFFIC_SCRIPT);
  write("args.mjs", ARGS_SCRIPT);
  write("policy.yml", POLICY);
  write("hostile-policy.json", HOSTILE_POLICY);
  write("typo-policy.yml", POLICY.replace("latency_ms", "latncy_ms"));
  const lines = (name: string) =>
    existsSync(`${dir}/${name}`) ? readFileSync(`${dir}/${name}`, "utf8").trim().split("\n") : [];
  return {
    dir,
    write,
    /** The traffic command's calls, in order. */
    calls: () => lines("calls.log"),
    /** The metrics command's calls: step, weight and window seconds. */
    looks: () => lines("looks.log").map((line) => line.split(" ").map(Number)),
    report: () => JSON.parse(readFileSync(`${dir}/mlops-out/canary-report.json`, "utf8")),
  };
}

/**
 * `mlops canary-deploy` in the workspace with 1-second intervals and one hold, the command
 * metrics source on `scenario` and the recording traffic command; `inputs` adds or (with
 * undefined) removes inputs, and `flags` follow them. The clock is real: the rollout's windows
 * are measured by it.
 */
async function deploy(
  dir: string,
  scenario: string,
  inputs: Record<string, string | undefined> = {},
  flags: string[] = [],
) {
  const all: Record<string, string | undefined> = {
    steps: "10,50,100",
    interval: "1s",
    "max-holds": "1",
    "set-weight-command": setWeight(),
    "metrics-command": command("metrics.mjs", scenario),
    policy: "policy.yml",
    ...inputs,
  };
  const args = Object.entries(all).flatMap(([name, value]) =>
    value === undefined ? [] : [`--${name}`, value],
  );
  const run = await mlops(["canary-deploy", ...args, ...flags], dir, {
    env: { PATH: process.env.PATH ?? "" },
    now: () => new Date(),
  });
  const outputs = Object.fromEntries(
    [...run.stdout.matchAll(/^(outcome|final-weight|report-path): (.*)$/gm)].map((m) => [
      m[1],
      m[2],
    ]),
  );
  /** The lines that say the command failed: one, with the reason. */
  const errors = run.stderr.split("\n").filter((line) => line.startsWith("mlops canary-deploy:"));
  return { ...run, outputs, errors };
}

describe("mlops canary-deploy with a metrics command and a traffic command", () => {
  it("promotes a healthy canary: every step's weight set in order, outputs, a valid report, exit 0", async () => {
    const ws = workspace();
    const run = await deploy(ws.dir, "healthy");
    expect(run.code).toBe(0);
    expect(run.errors).toEqual([]);
    expect(ws.calls()).toEqual(["set 10 1 canary", "set 50 2 canary", "set 100 3 canary"]);
    expect(run.outputs).toEqual({
      outcome: "promoted",
      "final-weight": "100",
      "report-path": "mlops-out/canary-report.json",
    });
    // The metrics command ran once before any traffic moved (step and weight 0), then saw each
    // judged step's number and weight, always with a window of at least 1s, and the last judged
    // step's twice more before the traffic moved to 100%, at one look more on the canary's
    // share: once since the weight was set, and once over that look's own interval.
    expect(ws.looks().map(([step, weight]) => [step, weight])).toEqual([
      [0, 0],
      [1, 10],
      [2, 50],
      [2, 50],
      [2, 50],
    ]);
    for (const [, , seconds] of ws.looks()) expect(seconds).toBeGreaterThanOrEqual(1);
    // The first of them spans two looks of at least 1s each; the second covers that look's
    // interval alone, shorter by the look before it, though both are whole seconds, rounded, so
    // that on a slow machine the two may round to the same number.
    const [sinceSet, interval] = ws.looks().slice(-2);
    expect(sinceSet![2]).toBeGreaterThanOrEqual(2);
    expect(interval![2]).toBeLessThanOrEqual(sinceSet![2]!);
    const report = ws.report();
    expect(validateContract(canaryReportContract, report, "report")).toBe(report);
    expect(report).toMatchObject({
      outcome: "promoted",
      reason: "all 2 judged steps passed, and the canary now serves all traffic",
      final_weight: 100,
      deployment: null,
      // The step at 100% is not judged: the baseline serves nothing then.
      policy: { confidence: 0.95, looks_planned: 4, correction: "holm" },
    });
    expect(report.policy.look_confidence).toBeCloseTo(1 - 0.05 / 4, 12);
    expect(report.steps.map((s: { verdict: string }) => s.verdict)).toEqual([
      "pass",
      "pass",
      "not-judged",
    ]);
    // That look judged the metrics again on its own interval, and they passed: it shows them as
    // the step's full look judged them.
    const [judged, confirmed] = report.steps[1].looks;
    expect(confirmed.verdict).toBe("pass");
    expect(confirmed.metrics).toEqual(judged.metrics);
  });

  it("shows the steps, each step's metrics and a Mermaid chart of the medians in the summary", async () => {
    const ws = workspace();
    const { stdout } = await deploy(ws.dir, "healthy", { steps: "20,60,100" });
    expect(stdout).toMatch(
      /^### ✅ canary promoted \(final weight 100%\)\n\nall 2 judged steps passed/,
    );
    expect(stdout).toContain(
      "| step | weight | looks | verdict |\n| ---: | ---: | ---: | --- |\n| 1 | 20% | 1 | ✅ pass |\n| 2 | 60% | 2 | ✅ pass |\n| 3 | 100% | 0 | not judged |",
    );
    expect(stdout).toContain("```mermaid\nxychart-beta\n");
    expect(stdout).toContain('  x-axis "canary weight %" [20, 60]');
    expect(stdout).toMatch(/ {2}line \[\d+(\.\d+)?, \d+(\.\d+)?\]\n {2}line \[/);
    expect(stdout).toContain("#### Step 2 at 60%");
    // At 100% the baseline serves nothing to compare with: no table for that step.
    expect(stdout).not.toContain("#### Step 3");
    expect(stdout).toMatch(/\| `errors` \| 0\.2% \(4\/2000\) \| 0\.2% \(4\/2000\) \| 0 pts \[/);
  });

  it("rolls a regressed canary back at the first step: weight 0, exit 1, one error line with the reason", async () => {
    const ws = workspace();
    const run = await deploy(ws.dir, "regressed");
    expect(run.code).toBe(1);
    expect(ws.calls()).toEqual(["set 10 1 canary", "set 0 0 canary"]);
    expect(run.outputs).toMatchObject({ outcome: "rolled-back", "final-weight": "0" });
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(
      /^mlops canary-deploy: canary rolled-back: step 1 at 10% failed: latency_ms: the canary's latency_ms is /,
    );
    const report = ws.report();
    expect(validateContract(canaryReportContract, report, "report")).toBe(report);
    expect(report.steps).toHaveLength(1);
    expect(report.steps[0].looks[0].metrics[0]).toMatchObject({
      metric: "latency_ms",
      verdict: "fail",
      method: "mann-whitney",
    });
    expect(report.steps[0].looks[0].metrics[0].delta).toBeCloseTo(40, 0);
  });

  it("ends inconclusive when the canary gives no data on thin traffic after max-holds, and never promotes it", async () => {
    const ws = workspace();
    const run = await deploy(ws.dir, "silent");
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ outcome: "inconclusive", "final-weight": "0" });
    expect(ws.calls()).toEqual(["set 10 1 canary", "set 0 0 canary"]);
    // The canary has no data before the rollout either, which is no reason to refuse it. Then
    // one look and one hold, each seeing all the step has seen since its weight was set.
    expect(ws.looks().map(([step]) => step)).toEqual([0, 1, 1]);
    expect(ws.looks()[2]![2]).toBeGreaterThanOrEqual(2);
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^mlops canary-deploy: canary inconclusive: too little evidence after 1 hold at 10%: latency_ms, errors: no data from the canary yet/,
      ),
    ]);
    expect(ws.report().steps[0].looks.map((l: { verdict: string }) => l.verdict)).toEqual([
      "hold",
      "hold",
    ]);
  });

  it("rolls back a canary that gives no data after it gave some in the step", async () => {
    const ws = workspace();
    const run = await deploy(ws.dir, "stopped", { "max-holds": "2" });
    expect(run.outputs).toMatchObject({ outcome: "rolled-back", "final-weight": "0" });
    expect(ws.calls()).toEqual(["set 10 1 canary", "set 0 0 canary"]);
    // The second look holds once on it, as a lagging scrape could; the third fails the step.
    expect(ws.looks().map(([step]) => step)).toEqual([0, 1, 1, 1]);
    expect(run.errors).toEqual([
      "mlops canary-deploy: canary rolled-back: step 1 at 10% failed: errors: no data from the canary, which counted 200 requests by look 1, where its weight of 10% routes it about 400 of the 4,000 requests the baseline counted since look 1: its server may have stopped, or its metrics are no longer scraped; held at look 2 for share 0% < 1%",
    ]);
    const report = ws.report();
    expect(validateContract(canaryReportContract, report, "report")).toBe(report);
    expect(report.steps[0].looks.map((l: { verdict: string }) => l.verdict)).toEqual([
      "hold",
      "hold",
      "fail",
    ]);
    expect(report.steps[0].looks[2].metrics[1]).toMatchObject({
      metric: "errors",
      verdict: "fail",
      baseline: { failures: 4, total: 6000 },
      canary: null,
      interval: null,
    });
  });

  it("rolls back a canary whose metrics go unread after the last judged step passed, its step's metrics in the summary as they passed", async () => {
    const ws = workspace();
    const run = await deploy(ws.dir, "late-crash");
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ outcome: "rolled-back", "final-weight": "0" });
    expect(ws.calls()).toEqual(["set 10 1 canary", "set 50 2 canary", "set 0 0 canary"]);
    // Step 2 passed at its look; the look after, and the one its unused hold allows, read the
    // command three times each, and never over their own interval, with the requests unread.
    expect(ws.looks().map(([step]) => step)).toEqual([0, 1, 2, ...Array(6).fill(2)]);
    expect(run.errors).toEqual([
      "mlops canary-deploy: canary rolled-back: step 2 at 50% passed at look 1, but the 2 looks after could not read its metrics: errors: the requests it counts could not be read (metrics-command exited with 2: connection refused by the log store. Run it by hand in the same directory to see why), so whether the canary still serves its share cannot be told",
    ]);
    const report = ws.report();
    expect(validateContract(canaryReportContract, report, "report")).toBe(report);
    const [passed, , last] = report.steps[1].looks;
    expect(last.metrics[0]).toEqual(passed.metrics[0]);
    // The summary's table and chart are those of step 2's last look: latency as look 1 passed it.
    expect(run.stdout).toContain("| 2 | 50% | 3 | ⏸ hold |");
    expect(run.stdout).toContain('  x-axis "canary weight %" [10, 50]');
    const step2 = run.stdout.slice(run.stdout.indexOf("#### Step 2 at 50%"));
    expect(step2).toMatch(/\| `latency_ms` \| median [\d.]+, p95 [\d.]+ \(n=60\) \| median /);
    expect(step2).toContain(
      "| `errors` | no data | no data |  | ⏸ hold | the requests it counts could not be read",
    );
  });

  it('promotes a canary whose command leaves the "canary" object out before any traffic moves', async () => {
    const ws = workspace();
    const run = await deploy(ws.dir, "unweighted");
    expect(run.errors).toEqual([]);
    expect(run.outputs).toMatchObject({ outcome: "promoted", "final-weight": "100" });
    expect(ws.looks().map(([step, weight]) => [step, weight])).toEqual([
      [0, 0],
      [1, 10],
      [2, 50],
      [2, 50],
      [2, 50],
    ]);
  });

  it("rolls back, never to 100%, a canary that still serves but fails every request after the last judged step passed", async () => {
    const ws = workspace();
    const run = await deploy(ws.dir, "late-errors");
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ outcome: "rolled-back", "final-weight": "0" });
    expect(ws.calls()).toEqual(["set 10 1 canary", "set 50 2 canary", "set 0 0 canary"]);
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^mlops canary-deploy: canary rolled-back: step 2 at 50% failed: errors: at look 2, on the \d+s since look 1 alone, where the canary gave 100% \(2000\/2000\) and the baseline 0\.2% \(4\/2000\): the canary's errors is at least [\d.]+ points worse than the baseline's/,
      ),
    ]);
    const report = ws.report();
    expect(validateContract(canaryReportContract, report, "report")).toBe(report);
    // The latencies keep look 1's row; the error rate's is the interval's, which failed.
    const [passed, failed] = report.steps[1].looks;
    expect(failed.metrics.map((m: { verdict: string }) => m.verdict)).toEqual(["pass", "fail"]);
    expect(failed.metrics[0]).toEqual(passed.metrics[0]);
    expect(failed.metrics[1].canary).toEqual({ failures: 2000, total: 2000, rate: 1 });
    expect(run.stdout).toContain("| 2 | 50% | 2 | ❌ fail |");
  });

  it("gives the rollout's outcome with --json, never a refusal, when the report cannot be written after the canary was promoted", async () => {
    const ws = workspace();
    // At 100%, the traffic command leaves a file where the report's folder would be.
    ws.write(
      "block.mjs",
      `import { writeFileSync } from "node:fs";\nif (process.argv[2] === "100") writeFileSync("blocked", "");\n`,
    );
    const run = await deploy(
      ws.dir,
      "healthy",
      {
        "set-weight-command": command("block.mjs", "{weight}"),
        "report-path": "blocked/canary-report.json",
      },
      ["--json"],
    );
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      outcome: "promoted",
      "final-weight": "100",
      "report-path": "",
    });
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^mlops canary-deploy: canary promoted, but its report could not be written: blocked\/canary-report\.json: cannot be written \(E[A-Z]+\); no output of this run was written\. Give a path in a folder that can be written/,
      ),
    ]);
  });

  it("ends inconclusive, never hanging, when latencies near ±1e308 put the shift past the range of a double", async () => {
    const ws = workspace();
    const run = await deploy(ws.dir, "overflow");
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ outcome: "inconclusive", "final-weight": "0" });
    expect(ws.calls()).toEqual(["set 10 1 canary", "set 0 0 canary"]);
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^mlops canary-deploy: canary inconclusive: too little evidence after 1 hold at 10%: latency_ms: the differences between the canary's values and the baseline's are past the range of a double \(beyond ±1\.8e308\), so no shift can be estimated: report the metric in a larger unit/,
      ),
    ]);
    const report = ws.report();
    expect(validateContract(canaryReportContract, report, "report")).toBe(report);
    expect(report.steps[0].looks[0].metrics[0].baseline.median).toBe(1e308);
  }, 20_000);

  it("rolls back when the metrics command fails from the first look on, saying the metrics could not be read", async () => {
    const ws = workspace();
    const run = await deploy(ws.dir, "crash");
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ outcome: "rolled-back", "final-weight": "0" });
    expect(ws.calls()).toEqual(["set 10 1 canary", "set 0 0 canary"]);
    // One reason for the metrics that share it.
    expect(run.errors).toEqual([
      "mlops canary-deploy: canary rolled-back: the metrics could not be read after 1 hold at 10%, so the canary cannot be judged: latency_ms, errors: metrics-command exited with 2: connection refused by the log store. Run it by hand in the same directory to see why",
    ]);
    expect(ws.report().steps[0].looks[0].metrics[0].unread).toBe(true);
  });

  it("rolls back when the set-weight command fails, with the command's output in the reason", async () => {
    const ws = workspace();
    const run = await deploy(ws.dir, "healthy", { "set-weight-command": setWeight("fail-at=50") });
    expect(run.code).toBe(1);
    expect(ws.calls()).toEqual(["set 10 1 canary", "set 0 0 canary"]);
    expect(run.outputs).toMatchObject({ outcome: "rolled-back", "final-weight": "0" });
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain(
      "canary rolled-back: setting the canary's weight to 50% with '",
    );
    expect(run.errors[0]).toContain("exited with 3: gateway refused the weight 50");
    const report = ws.report();
    expect(validateContract(canaryReportContract, report, "report")).toBe(report);
    expect(report.steps.map((s: { verdict: string }) => s.verdict)).toEqual(["pass", "not-judged"]);
  });

  it("says so, and keeps the weight, when the rollback fails too", async () => {
    const ws = workspace();
    const run = await deploy(ws.dir, "regressed", {
      "rollback-command": setWeight("fail-at=0"),
    });
    expect(run.outputs).toMatchObject({ outcome: "rolled-back", "final-weight": "10" });
    expect(run.errors[0]).toMatch(
      /; and the rollback failed, so the canary still has 10%: .*gateway refused the weight 0/,
    );
  });

  it("says the first weight could not be confirmed, never that the traffic did not move, when the rollback failed too", async () => {
    const ws = workspace();
    const run = await deploy(ws.dir, "healthy", {
      "set-weight-command": setWeight("fail-at=10"),
      "rollback-command": setWeight("fail-at=0"),
    });
    expect(run.code).toBe(1);
    expect(ws.calls()).toEqual([]);
    // The most the canary may have, never 0, which would say the baseline has all traffic.
    expect(run.outputs).toMatchObject({ outcome: "rolled-back", "final-weight": "10" });
    expect(run.errors).toEqual([
      expect.stringMatching(
        /: gateway refused the weight 10\. .*; the first weight \(10%\) could not be confirmed and the rollback failed too, so check the traffic by hand: .*gateway refused the weight 0\. /,
      ),
    ]);
    expect(run.errors[0]).not.toContain("still has");
    expect(run.errors[0]).not.toContain("never moved");
  });

  it("uses the rollback-command, when given, to send the traffic back", async () => {
    const ws = workspace();
    const run = await deploy(ws.dir, "regressed", {
      "rollback-command": command("traffic.mjs", "rollback", "{weight}", "{step}", "{variant}"),
      "canary-variant": "v2",
    });
    expect(run.code).toBe(1);
    expect(ws.calls()).toEqual(["set 10 1 v2", "rollback 0 0 v2"]);
  });

  it("runs the commands as shell scripts with shell: true, placeholders filled", async () => {
    const ws = workspace();
    const run = await deploy(ws.dir, "healthy", {
      shell: "true",
      steps: "50",
      "set-weight-command": 'echo "weight $(( {weight} / 2 )) for {variant}" >> calls.log',
      "metrics-command": `"${node}" metrics.mjs healthy`,
    });
    expect(run.code).toBe(0);
    expect(ws.calls()).toEqual(["weight 25 for canary"]);
    expect(ws.report().traffic).toBe("command sh -c");
  });

  it("leaves the command's own braces (jsonpath, templates, awk, jq, Helm lists) and ${name} as written, filling only the placeholders", async () => {
    const ws = workspace();
    const own = [
      "-o",
      "jsonpath={range .items[*]}{.metadata.name}{end}",
      "--template={{range .items}}{{.name}}{{end}}",
      "--set",
      "hosts={canary.example.com}",
      "awk '{print}' | jq '{name}'",
      "${weight}",
    ];
    const run = await deploy(ws.dir, "healthy", {
      steps: "50,100",
      "set-weight-command": command(
        "args.mjs",
        ...own,
        "weight={weight}",
        "step-{step}.yaml",
        "{variant}",
      ),
    });
    expect(run.code, run.stderr).toBe(0);
    expect(ws.calls().map((line) => JSON.parse(line))).toEqual([
      [...own, "weight=50", "step-1.yaml", "canary"],
      [...own, "weight=100", "step-2.yaml", "canary"],
    ]);
  });

  it("takes a fixed set-weight-command, without {weight}, for a rollout of one step", async () => {
    const ws = workspace();
    const run = await deploy(ws.dir, "healthy", {
      steps: "50",
      "set-weight-command": command("traffic.mjs", "apply", "canary.yaml"),
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ outcome: "promoted", "final-weight": "50" });
    expect(ws.calls()).toEqual(["apply canary.yaml"]);
  });

  it("leaves the shell's ${weight} to the shell, never filled after a $", async () => {
    const ws = workspace();
    const run = await deploy(ws.dir, "healthy", {
      shell: "true",
      steps: "50",
      "set-weight-command": 'weight=7; echo "shell ${weight}, canary {weight}" >> calls.log',
      "metrics-command": `"${node}" metrics.mjs healthy`,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(ws.calls()).toEqual(["shell 7, canary 50"]);
  });

  it("takes {step} in place of {weight}, and leaves the shell's own ${name} to the shell", async () => {
    const ws = workspace();
    const run = await deploy(ws.dir, "healthy", {
      shell: "true",
      steps: "50",
      "set-weight-command":
        'NAMESPACE=prod; echo "apply step-{step}.yaml to {variant} in ${NAMESPACE}" >> calls.log',
      "metrics-command": `"${node}" metrics.mjs healthy`,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(ws.calls()).toEqual(["apply step-1.yaml to canary in prod"]);
  });

  it("keeps hostile metric names (constructor, __proto__, markdown and HTML) out of the summary's markup and in the report", async () => {
    const ws = workspace();
    const run = await deploy(ws.dir, "hostile", {
      steps: "50",
      policy: "hostile-policy.json",
    });
    expect(run.code, run.stderr).toBe(0);
    // Inside code spans the name is literal text; everywhere else it is escaped.
    const outsideCode = run.stdout.replace(/`` .*? ``|`[^`\n]*`/g, "");
    expect(outsideCode).not.toContain("<img");
    expect(outsideCode).not.toContain("**x**");
    expect(run.stdout).toContain("| `constructor` | 1% (1/100) | 1% (1/100) |");
    expect(run.stdout).toContain("| `__proto__` | median ");
    // Each row of the step's table has its six cells: no name broke out of its cell.
    const rows = run.stdout.split("\n").filter((line) => line.startsWith("| `"));
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.split(/(?<!\\)\|/)).toHaveLength(8);
    // The chart is of the first time series, whose name cannot close its label or the fence.
    const chart = /```mermaid\n([^]*?)\n```\n/.exec(run.stdout)![1]!;
    expect(chart.split("\n")).toHaveLength(6);
    const label =
      "#60;img src=x onerror=alert#40;1#41;#62;#124;#42;#42;x#42;#42;#96;#34;#93; #96;#96;#96;";
    expect(chart).toContain(`  y-axis "${label}"`);
    expect(chart.match(/"/g)).toHaveLength(6);
    const report = ws.report();
    expect(validateContract(canaryReportContract, report, "report")).toBe(report);
    const metrics = report.steps[0].looks[0].metrics;
    expect(metrics.map((m: { metric: string }) => m.metric)).toEqual([
      HOSTILE_NAME,
      "__proto__",
      "constructor",
    ]);
    expect(metrics[2]).toMatchObject({ method: "two-proportion", verdict: "pass" });
    expect(Object.getPrototypeOf(report.steps[0].looks[0])).toBe(Object.prototype);
  });
});

/**
 * A local endpoint that records each post and answers `status` to set-weight posts, with the
 * `headers` given.
 */
async function webhookServer(setWeightStatus: number, headers: Record<string, string> = {}) {
  const posts: { body: string; signature: string | undefined; delivery: string | undefined }[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      posts.push({
        body,
        signature: request.headers["x-mlops-signature-256"] as string,
        delivery: request.headers["x-mlops-delivery"] as string,
      });
      const action = (JSON.parse(body) as { action: string }).action;
      response.statusCode = action === "set-weight" ? setWeightStatus : 204;
      if (action === "set-weight")
        for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
      response.end(action === "set-weight" && setWeightStatus >= 300 ? "upstream busy" : "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/canary/weight`,
    posts,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe("mlops canary-deploy with a webhook", () => {
  it("posts each shift as signed JSON, with an id and a time a receiver can refuse replays by", async () => {
    const ws = workspace();
    const hook = await webhookServer(200);
    try {
      ws.write("model.onnx", "weights");
      const before = Date.now();
      const run = await deploy(ws.dir, "healthy", {
        steps: "50,100",
        "set-weight-command": undefined,
        "webhook-url": hook.url,
        "webhook-secret": "s3cret",
        environment: "prod-eu",
        "model-file": "model.onnx",
      });
      expect(run.code).toBe(0);
      const bodies = hook.posts.map((p) => JSON.parse(p.body));
      expect(bodies).toEqual([
        expect.objectContaining({ action: "set-weight", weight: 50, step: 1, variant: "canary" }),
        expect.objectContaining({ action: "set-weight", weight: 100, step: 2, variant: "canary" }),
      ]);
      const digest = createHash("sha256").update("weights").digest("hex");
      expect(ws.report().model).toEqual({ path: "model.onnx", sha256: digest });
      for (const body of bodies)
        expect(body).toMatchObject({ environment: "prod-eu", model_digest: digest, run_url: "" });
      for (const { body, signature } of hook.posts)
        expect(signature).toBe(
          `sha256=${createHmac("sha256", "s3cret").update(body).digest("hex")}`,
        );
      // Under the signature: a fresh id per post (also in a header) and the time it was sent.
      const ids = bodies.map((body) => body.delivery as string);
      expect(new Set(ids).size).toBe(2);
      expect(hook.posts.map((p) => p.delivery)).toEqual(ids);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-/);
      for (const body of bodies) {
        expect(body.sent_at).toBe(new Date(body.sent_at as string).toISOString());
        expect(Date.parse(body.sent_at as string)).toBeGreaterThanOrEqual(before);
        expect(Date.parse(body.sent_at as string)).toBeLessThanOrEqual(Date.now());
      }
      expect(ws.report().traffic).toBe(`webhook ${hook.url}`);
    } finally {
      await hook.close();
    }
  });

  it.each([
    [
      "answers 500",
      500,
      {},
      "it answered 500 (upstream busy). Check the endpoint's log; a 2xx answer means the weight is set",
    ],
    [
      "redirects, named as such, and never sends the signed post on to where it points",
      302,
      { location: "https://deploy.example.com/weight?token=x" },
      "it answered 302, a redirect to https://deploy.example.com/weight. Give the address it redirects to as webhook-url: a post is not sent on to another",
    ],
    [
      "redirects to an address too long for one line, shown cut to 200 characters",
      307,
      { location: `https://deploy.example.com/${"w".repeat(10_000)}` },
      `it answered 307, a redirect to https://deploy.example.com/${"w".repeat(172)}…. Give the address it redirects to as webhook-url: a post is not sent on to another`,
    ],
  ])("rolls back when the endpoint %s", async (_, status, headers, why) => {
    const ws = workspace();
    const hook = await webhookServer(status, headers);
    try {
      const run = await deploy(ws.dir, "healthy", {
        "set-weight-command": undefined,
        "webhook-url": hook.url,
      });
      expect(run.code).toBe(1);
      expect(run.outputs).toMatchObject({ outcome: "rolled-back", "final-weight": "0" });
      expect(hook.posts.map((p) => JSON.parse(p.body).action)).toEqual(["set-weight", "rollback"]);
      expect(hook.posts[0]!.signature).toBeUndefined();
      expect(run.errors).toEqual([
        `mlops canary-deploy: canary rolled-back: posting set-weight at 10% to ${hook.url}: ${why}`,
      ]);
    } finally {
      await hook.close();
    }
  });
});

describe("mlops canary-deploy refuses bad inputs in one line, before moving any traffic", () => {
  const refusals: [string, Record<string, string | undefined>, RegExp][] = [
    [
      "no metrics source",
      { "metrics-command": undefined },
      /input 'prometheus-url': is empty, and so is metrics-command\. Give one source of live metrics/,
    ],
    [
      "both metrics sources",
      { "prometheus-url": "http://127.0.0.1:9" },
      /input 'metrics-command': is set, and so is prometheus-url\./,
    ],
    [
      "no way to move traffic",
      { "set-weight-command": undefined },
      /input 'set-weight-command': is empty, and so is webhook-url\./,
    ],
    [
      "both ways to move traffic",
      { "webhook-url": "http://127.0.0.1:9/hook" },
      /input 'webhook-url': is set, and so is set-weight-command\./,
    ],
    [
      "steps that do not rise",
      { steps: "10,50,50" },
      /input 'steps': 50 follows 50, but the weights must rise\. Give rising weights/,
    ],
    ["a step of 0", { steps: "0,100" }, /input 'steps': '0' is not a percentage above 0/],
    ["a step of 101", { steps: "10,101" }, /input 'steps': '101' is not a percentage above 0/],
    [
      "a prometheus-url without a preset or queries",
      { "metrics-command": undefined, "prometheus-url": "http://127.0.0.1:9" },
      /input 'preset': is empty, and so is queries: Prometheus would be asked nothing\. Name your serving stack's preset/,
    ],
    [
      "a metrics-command without a policy",
      { policy: undefined },
      /input 'policy': is needed with metrics-command, whose metrics and their directions only the policy names/,
    ],
    [
      "a set-weight-command without {weight}, which would set the same weight at every step",
      { "set-weight-command": command("traffic.mjs", "set", "50") },
      /input 'set-weight-command': has no \{weight\} placeholder, so every step would run the same command and the weight would not change\. Put \{weight\} where the command takes the canary's percent/,
    ],
    [
      "a misspelled placeholder in set-weight-command, named with those there are",
      { "set-weight-command": setWeight().replace("{weight}", "{wieght}") },
      /input 'set-weight-command': has \{wieght\}, which is no placeholder and would reach the command as written\. Did you mean \{weight\}\? The placeholders are \{weight\}, \{step\} and \{variant\}, in lower case$/,
    ],
    [
      "a placeholder in the wrong case",
      { "set-weight-command": setWeight().replace("{weight}", "{Weight}") },
      /input 'set-weight-command': has \{Weight\}, which is no placeholder and would reach the command as written\. Did you mean \{weight\}\?/,
    ],
    [
      "a set-weight-command whose only {weight} is the shell's ${weight}",
      {
        shell: "true",
        "set-weight-command": 'echo "${weight}" >> calls.log',
        "metrics-command": `"${node}" metrics.mjs healthy`,
      },
      /input 'set-weight-command': has no \{weight\} placeholder/,
    ],
    [
      "a placeholder in capitals",
      { "set-weight-command": setWeight("{WEIGHT}") },
      /input 'set-weight-command': has \{WEIGHT\}, which is no placeholder and would reach the command as written\. Did you mean \{weight\}\?/,
    ],
    [
      "a misspelled {variant}",
      { "set-weight-command": setWeight().replace("{variant}", "{varient}") },
      /input 'set-weight-command': has \{varient\}, which is no placeholder and would reach the command as written\. Did you mean \{variant\}\?/,
    ],
    [
      "a set-weight-command without {weight} in a rollout of more than one weight, though it has the command's own braces",
      { "set-weight-command": command("traffic.mjs", "set", "{end}", "${step}") },
      /input 'set-weight-command': has no \{weight\} placeholder/,
    ],
    [
      "a misspelled placeholder in rollback-command",
      { "rollback-command": command("traffic.mjs", "rollback", "{steps}", "{varient}") },
      /input 'rollback-command': has \{steps\}, which is no placeholder and would reach the command as written\. Did you mean \{step\}\?/,
    ],
    [
      "a metrics-command that cannot run",
      { "metrics-command": '["./nothere.sh"]' },
      /input 'metrics-command': when run once before any traffic moved, it could not run \(.*ENOENT.*\)\. Run it by hand/,
    ],
    [
      "a metrics-command that fails",
      { "metrics-command": command("metrics.mjs", "down") },
      /input 'metrics-command': when run once before any traffic moved, it exited with 2: connection refused by the log store\./,
    ],
    [
      "a metrics-command that prints no JSON",
      { "metrics-command": command("metrics.mjs", "garbled") },
      /input 'metrics-command': when run once before any traffic moved, it printed something that is not JSON: Unexpected token 'l' at line 1, character 1\. Print one JSON object/,
    ],
    [
      "a policy judging a metric the command does not print, with those it does",
      { policy: "typo-policy.yml" },
      /input 'policy': judges latncy_ms, which metrics-command did not print when run once before any traffic moved \(it printed latency_ms, errors\)\. Correct the metric's name in the policy/,
    ],
    [
      "a prometheus-url with a password",
      { "metrics-command": undefined, "prometheus-url": "http://ops:hunter2@prometheus:9090" },
      /input 'prometheus-url': carries a user name or password, which would show in logs/,
    ],
  ];
  for (const [name, inputs, line] of refusals) {
    it(name, async () => {
      const ws = workspace();
      const run = await deploy(ws.dir, "healthy", inputs);
      expect(run.code).toBe(1);
      expect(run.errors).toEqual([expect.stringMatching(line)]);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).not.toContain("hunter2");
      expect(ws.calls()).toEqual([]);
      expect(existsSync(`${ws.dir}/mlops-out`)).toBe(false);
    });
  }

  it("prints the failure on stdout as one JSON object with --json, its line still on stderr: refused for whatever fails before traffic moves", async () => {
    const cases: [Record<string, string | undefined>, string[], RegExp][] = [
      [{ steps: "10,50,50" }, [], /^input 'steps': 50 follows 50/],
      [{ policy: "missing.yml" }, [], /^input 'policy': .*missing\.yml/],
      [{}, ["--stepz", "10"], /^unknown flag '--stepz' for canary-deploy\. Did you mean --steps\?/],
      // Found by the run, before it moved any traffic or opened a deployment: refusals too.
      [{ policy: "broken.yml" }, [], /^broken\.yml:1: /],
      [{ "set-weight-command": command("traffic.mjs", "set", "50") }, [], /has no \{weight\}/],
      [{ "metrics-command": undefined }, [], /^input 'prometheus-url': is empty/],
      [{ "metrics-command": command("metrics.mjs", "down") }, [], /it exited with 2/],
      [
        {
          "metrics-command": undefined,
          "prometheus-url": "http://127.0.0.1:9",
          preset: "fastapi",
          policy: "prom.yml",
        },
        [],
        /127\.0\.0\.1:9/,
      ],
    ];
    for (const [inputs, flags, error] of cases) {
      const ws = workspace();
      ws.write("broken.yml", "metrics: [latency_ms\n");
      ws.write("prom.yml", "metrics:\n  error_rate: {direction: lower, max-regression: 0.01}\n");
      const run = await deploy(ws.dir, "healthy", inputs, [...flags, "--json"]);
      expect(run.code).toBe(1);
      expect(run.errors).toHaveLength(1);
      const line = run.errors[0]!.slice("mlops canary-deploy: ".length);
      expect(line).toMatch(error);
      expect(run.stdout).toBe(`${JSON.stringify({ outcome: "refused", error: line })}\n`);
      expect(ws.calls()).toEqual([]);
    }
  });

  it("a policy naming a metric the preset lacks, with the file and line", async () => {
    const ws = workspace();
    ws.write(
      "prom-policy.yml",
      "metrics:\n  error_rate: {direction: lower, max-regression: 0.01}\n  gpu_temperature: {direction: lower, max: 80}\n",
    );
    const run = await deploy(ws.dir, "healthy", {
      "metrics-command": undefined,
      "prometheus-url": "http://127.0.0.1:9",
      preset: "fastapi",
      policy: "prom-policy.yml",
    });
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^mlops canary-deploy: prom-policy\.yml:3: field '\/metrics\/gpu_temperature' is not a metric of the preset or the queries file\. Judge one of latency_p50_seconds, latency_p95_seconds, error_rate, or add it to the queries file$/,
      ),
    ]);
    expect(ws.calls()).toEqual([]);
  });

  it("a preset's metric takes its direction from the preset; a command's needs the policy's", async () => {
    const ws = workspace();
    ws.write("turned.yml", "metrics:\n  error_rate: {direction: higher, max-regression: 0.01}\n");
    const turned = await deploy(ws.dir, "healthy", {
      "metrics-command": undefined,
      "prometheus-url": "http://127.0.0.1:9",
      preset: "fastapi",
      policy: "turned.yml",
    });
    expect(turned.errors).toEqual([
      "mlops canary-deploy: turned.yml:2: field '/metrics/error_rate/direction' is higher, but lower is better for error_rate. Set the direction of error_rate to lower, or leave it out",
    ]);
    ws.write("bare.yml", "metrics:\n  latency_ms: {max-regression: 10%}\n");
    const bare = await deploy(ws.dir, "healthy", { policy: "bare.yml" });
    expect(bare.code).toBe(1);
    expect(bare.errors).toEqual([
      "mlops canary-deploy: bare.yml:2: field '/metrics/latency_ms' has no direction, which mlops cannot tell for latency_ms. Add direction: higher where higher values are better, else direction: lower",
    ]);
    expect(ws.calls()).toEqual([]);
  });

  /** canary-deploy on Prometheus (never reached) with the queries file q.yml. */
  const withQueries = (dir: string) =>
    deploy(dir, "healthy", {
      "metrics-command": undefined,
      "prometheus-url": "http://127.0.0.1:9",
      queries: "q.yml",
    });

  it("a queries file's metric name with a slash, at its line", async () => {
    const ws = workspace();
    ws.write("q.yml", "metrics:\n  p99/latency: {kind: samples, direction: lower, query: up}\n");
    const run = await withQueries(ws.dir);
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([
      "mlops canary-deploy: q.yml:2: field '/metrics/p99~1latency' is not a metric name. Use letters, digits, _ . : and -, starting with a letter or _",
    ]);
    expect(ws.calls()).toEqual([]);
  });

  it("a queries file's query without {variant}, which would compare a series with itself", async () => {
    const ws = workspace();
    ws.write(
      "q.yml",
      'metrics:\n  errors:\n    kind: proportion\n    direction: lower\n    failures: sum(increase(http_requests_total{status=~"5.."}[{window}]))\n    total: sum(increase(http_requests_total[{window}]))\n',
    );
    const run = await withQueries(ws.dir);
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([
      `mlops canary-deploy: q.yml:5: field '/metrics/errors/failures' has no {variant}, so it would read the same series for the baseline and the canary. Select the variant in it, such as http_requests_total{{variant_label}="{variant}"}`,
    ]);
    expect(ws.calls()).toEqual([]);
  });

  it("a queries file's {variant} inside a raw string, which has no escapes, at its line", async () => {
    const ws = workspace();
    ws.write(
      "q.yml",
      "metrics:\n  p95:\n    kind: samples\n    direction: lower\n    query: 'histogram_quantile(0.95, sum by (le) (rate(latency_bucket{variant=`{variant}`}[{window}])))'\n",
    );
    const run = await withQueries(ws.dir);
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([
      "mlops canary-deploy: q.yml:5: field '/metrics/p95/query' has {variant} inside a `raw string`, which has no escapes, so a variant's name could end it early. Put \"{variant}\" in double quotes",
    ]);
    expect(ws.calls()).toEqual([]);
  });

  it("a queries file's metric name of any length, cut where the refusal names it", async () => {
    const ws = workspace();
    const name = `p99 ${"x".repeat(100_000)}`;
    ws.write("q.yml", `metrics:\n  ${name}: {kind: samples, direction: lower, query: up}\n`);
    const run = await withQueries(ws.dir);
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^mlops canary-deploy: q\.yml:2: field '\/metrics\/p99 x+…' is not a metric name\. Use letters/,
      ),
    ]);
    expect(run.errors[0]!.length).toBeLessThan(250);
    expect(ws.calls()).toEqual([]);
  });
});

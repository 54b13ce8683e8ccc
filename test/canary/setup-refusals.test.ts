/**
 * Setups certain to fail, refused by `mlops canary-deploy` in one line before any traffic moves
 * and before any report is written: a traffic command that cannot be found, a weight traffic
 * tools do not take, and an interval too short to ever give a look its min-samples.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PRESETS, checkPointsReachable, type GatePolicy } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/** Records each call, so that a test can say no traffic moved. */
const RECORDER =
  'require("node:fs").appendFileSync("calls.log", process.argv.slice(1).join(" ") + "\\n")';

const LATENCY_POLICY = `metrics:
  latency_p50_seconds: {direction: lower, max-regression: "10%"}
`;

/**
 * `mlops canary-deploy` with a recording traffic command and metrics from a Prometheus that
 * is not there (port 9): any of these refusals comes before the first query.
 */
async function deploy(inputs: Record<string, string>) {
  const { dir, write } = tempDir();
  write("policy.yml", LATENCY_POLICY);
  const args = Object.entries({
    steps: "10,100",
    interval: "5m",
    "prometheus-url": "http://127.0.0.1:9",
    preset: "fastapi",
    policy: "policy.yml",
    "set-weight-command": JSON.stringify([process.execPath, "-e", RECORDER, "{weight}"]),
    ...inputs,
  }).flatMap(([name, value]) => [`--${name}`, value]);
  const run = await mlops(["canary-deploy", ...args], dir, {
    env: { PATH: process.env.PATH ?? "" },
  });
  const calls = join(dir, "calls.log");
  return {
    ...run,
    calls: existsSync(calls) ? readFileSync(calls, "utf8").trim().split("\n") : [],
    wrote: existsSync(join(dir, "mlops-out")),
  };
}

const refusals: [string, Record<string, string>, string][] = [
  [
    "a set-weight-command whose program does not exist",
    { "set-weight-command": '["/nonexistent/set","{weight}"]' },
    "input 'set-weight-command': runs '/nonexistent/set', which is not an executable file. Install it or give its full path; a shell built-in needs shell: true",
  ],
  [
    "a rollback-command whose program is not on the PATH",
    { "rollback-command": '["kubectll","rollout","undo"]' },
    "input 'rollback-command': runs 'kubectll', which is not found on the PATH. Install it or give its full path; a shell built-in needs shell: true",
  ],
  [
    "a weight that is not a whole percent",
    { steps: "2.5,100" },
    "input 'steps': '2.5' is not a whole percentage. Give whole percents, as traffic tools take them, such as 5,25,50,100",
  ],
  [
    "a weight written in hexadecimal, which Number would read as 16",
    { steps: "0x10,100" },
    "input 'steps': '0x10' is not a percentage above 0 and at most 100. Give rising weights such as 5,25,50,100",
  ],
  [
    "an interval whose looks can never hold min-samples points of a time series",
    { interval: "5s" },
    "input 'interval': 5s gives latency_p50_seconds at most 1 point a variant at a resolution of 30s, even after 3 holds, fewer than the policy's 10 min-samples, so every step would hold until the rollout ends inconclusive. Give an interval of at least 5m (min-samples × resolution), a shorter resolution (at least twice the scrape interval), or a lower min-samples",
  ],
];

describe("mlops canary-deploy refuses, before any traffic moves", () => {
  for (const [name, inputs, line] of refusals) {
    it(name, async () => {
      const run = await deploy(inputs);
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toBe(`mlops canary-deploy: ${line}`);
      expect(run.calls).toEqual([]);
      expect(run.wrote).toBe(false);
    });
  }
});

describe("how many points a step's looks can have", () => {
  const LATENCY = { latency_p50_seconds: { direction: "lower", "max-regression": "10%" } };
  /** A plan of `intervalS` seconds a look, judging `metrics`, at the default min-samples 10. */
  const refused = (
    intervalS: number,
    maxHolds: number,
    metrics: GatePolicy["metrics"] = LATENCY as GatePolicy["metrics"],
  ) => {
    const plan = { policy: { metrics }, intervalMs: intervalS * 1000, maxHolds, minSamples: 10 };
    try {
      checkPointsReachable(PRESETS.fastapi, plan, 30_000);
      return false;
    } catch {
      return true;
    }
  };

  it("accepts the defaults, whose first look has exactly the 10 points min-samples asks", () => {
    expect(refused(300, 3)).toBe(false);
    expect(refused(300, 0)).toBe(false);
  });

  it("counts the points a step gathers over its holds, its window growing by an interval each", () => {
    // 2m30s gives 5 points, and 10 after one hold.
    expect(refused(150, 1)).toBe(false);
    expect(refused(150, 0)).toBe(true);
    // 2m gives 4 points, 8 after one hold, 12 after two.
    expect(refused(120, 1)).toBe(true);
    expect(refused(120, 2)).toBe(false);
  });

  it("judges only gated time series: a rate counts requests, and an unruled metric is not judged", () => {
    expect(refused(120, 0, { error_rate: { direction: "lower", "max-regression": 0.01 } })).toBe(
      false,
    );
    expect(refused(120, 0, { latency_p50_seconds: { direction: "lower" } })).toBe(false);
  });
});

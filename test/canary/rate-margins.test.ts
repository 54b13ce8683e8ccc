/**
 * A rate (failures of a total) is a share from 0 to 1, shown in points: "within the margin of 1
 * point" is `max-regression: 0.01`. A margin written in points (`1`) could never be exceeded, and
 * would promote a canary that fails every request; it is refused at its line before any traffic
 * moves, whether the source says the metric is a rate at once (a preset) or only once it ran (a
 * metrics-command).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/** Records each call, so that a test can say whether traffic moved. */
const RECORDER =
  'require("node:fs").appendFileSync("calls.log", process.argv.slice(1).join(" ") + "\\n")';

/** Prints a canary that fails 80% of its requests, against a baseline that fails 0.5%. */
const FAILING_CANARY = `console.log(JSON.stringify({
  baseline: { latency_ms: Array(40).fill(50), errors: { failures: 5, total: 1000 } },
  canary: { latency_ms: Array(40).fill(50), errors: { failures: 800, total: 1000 } },
}))`;

/** `mlops canary-deploy` through one 10% step, under `policy`, with metrics from `source`. */
async function deploy(policy: string, source: Record<string, string>) {
  const { dir, write } = tempDir();
  write("policy.yml", policy);
  const args = Object.entries({
    steps: "10,100",
    interval: "1s",
    "max-holds": "0",
    policy: "policy.yml",
    "set-weight-command": JSON.stringify([process.execPath, "-e", RECORDER, "{weight}"]),
    ...source,
  }).flatMap(([name, value]) => [`--${name}`, value]);
  const run = await mlops(["canary-deploy", ...args], dir, {
    env: { PATH: process.env.PATH ?? "" },
    now: () => new Date(),
  });
  const calls = join(dir, "calls.log");
  return {
    ...run,
    calls: existsSync(calls) ? readFileSync(calls, "utf8").trim().split("\n") : [],
    wrote: existsSync(join(dir, "mlops-out")),
  };
}

const COMMAND = { "metrics-command": JSON.stringify([process.execPath, "-e", FAILING_CANARY]) };

describe("canary-deploy's rules on a rate", () => {
  it("refuses a margin written in points for a rate the command prints, before any traffic moves", async () => {
    const run = await deploy(
      "metrics:\n  latency_ms: {direction: lower, max-regression: 10%}\n  errors: {direction: lower, max-regression: 1}\n",
      COMMAND,
    );
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      "mlops canary-deploy: policy.yml:3: field '/metrics/errors/max-regression' is 1, but errors is a share from 0 to 1, which never changes by 1 or more, so the rule would pass any change. Give the margin as a share (0.01 for 1 point), or as a percentage of the other's value such as '10%'",
    );
    expect(run.calls).toEqual([]);
    expect(run.wrote).toBe(false);
  });

  it("points at the line of a rate whose name holds a slash", async () => {
    const slashed = FAILING_CANARY.replace(/errors:/g, '"http/errors":');
    const run = await deploy("metrics:\n  http/errors: {direction: lower, max-regression: 1}\n", {
      "metrics-command": JSON.stringify([process.execPath, "-e", slashed]),
    });
    expect(run.stderr.trim()).toMatch(
      /^mlops canary-deploy: policy\.yml:2: field '\/metrics\/http~1errors\/max-regression' is 1, but http\/errors is a share/,
    );
    expect(run.calls).toEqual([]);
  });

  it("refuses a bound above 1 on a rate, and takes the same bound on a time series", async () => {
    const run = await deploy(
      "metrics:\n  latency_ms: {direction: lower, max: 60}\n  errors: {direction: lower, max: 5}\n",
      COMMAND,
    );
    expect(run.stderr.trim()).toBe(
      "mlops canary-deploy: policy.yml:3: field '/metrics/errors/max' is 5, but errors is a share from 0 to 1, which never exceeds it. Give the bound as a share: 0.05 for 5%",
    );
    expect(run.calls).toEqual([]);
  });

  it("refuses a margin in points for a preset's rate, before Prometheus is asked", async () => {
    const run = await deploy("metrics:\n  error_rate: {direction: lower, min-improvement: 2}\n", {
      "prometheus-url": "http://127.0.0.1:9",
      preset: "fastapi",
    });
    expect(run.stderr.trim()).toMatch(
      /^mlops canary-deploy: policy\.yml:2: field '\/metrics\/error_rate\/min-improvement' is 2, but error_rate is a share from 0 to 1, .* so the rule would fail every change\./,
    );
    expect(run.wrote).toBe(false);
  });

  it("tells a rate by its shape before any traffic moves, even with no request counted yet", async () => {
    const silentFirst = `const none = process.env.MLOPS_WEIGHT === "0";
console.log(JSON.stringify({
  baseline: { errors: none ? { failures: 0, total: 0 } : { failures: 5, total: 1000 } },
  canary: { errors: none ? { failures: 0, total: 0 } : { failures: 800, total: 1000 } },
}))`;
    const run = await deploy("metrics:\n  errors: {direction: lower, max-regression: 1}\n", {
      "metrics-command": JSON.stringify([process.execPath, "-e", silentFirst]),
    });
    expect(run.stderr).toMatch(
      /^mlops canary-deploy: policy\.yml:2: field '\/metrics\/errors\/max-regression' is 1, but errors is a share/,
    );
    expect(run.calls).toEqual([]);
  });

  it("holds a rate first printed as null, and rolls it back, rather than passing it on such a rule", async () => {
    const nullFirst = `const none = process.env.MLOPS_WEIGHT === "0";
console.log(JSON.stringify({
  baseline: { errors: none ? null : { failures: 5, total: 1000 } },
  canary: { errors: none ? null : { failures: 800, total: 1000 } },
}))`;
    const run = await deploy("metrics:\n  errors: {direction: lower, max-regression: 1}\n", {
      "metrics-command": JSON.stringify([process.execPath, "-e", nullFirst]),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/outcome: rolled-back/);
    expect(run.stdout).not.toMatch(/promoted/);
    expect(run.calls).toEqual(["10", "0"]);
  });

  it("refuses an improvement of 100% or more on a rate, which only a perfect 0 meets, and takes a regression of 200%", async () => {
    const perfect = await deploy(
      "metrics:\n  errors: {direction: lower, min-improvement: 100%}\n",
      COMMAND,
    );
    expect(perfect.stderr.trim()).toBe(
      "mlops canary-deploy: policy.yml:2: field '/metrics/errors/min-improvement' is 100% of the other's errors, which reaches 0, a share's floor, so the rule would fail all but a perfect 0. Give a percentage below 100%, such as '10%', or the margin as a share (0.01 for 1 point)",
    );
    expect(perfect.calls).toEqual([]);
    // Three times the baseline's 0.5% is still far below the canary's 80%: rolled back.
    const tripled = await deploy(
      "metrics:\n  errors: {direction: lower, max-regression: 200%}\n",
      COMMAND,
    );
    expect(tripled.stdout).toMatch(/outcome: rolled-back/);
    expect(tripled.calls).toEqual(["10", "0"]);
  });

  it("rolls back the failing canary when the margin is a share, as meant", async () => {
    const run = await deploy(
      "metrics:\n  latency_ms: {direction: lower, max-regression: 10%}\n  errors: {direction: lower, max-regression: 0.01}\n",
      COMMAND,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/outcome: rolled-back/);
    expect(run.calls).toEqual(["10", "0"]);
  });
});

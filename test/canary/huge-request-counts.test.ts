/**
 * Request counts near the largest double (1.8e308), as a counter that wrapped or a query that
 * multiplies can give: the canary's share is judged on them as on any count, and every message
 * says them as finite numbers in exponent form, never as ∞, though their sum passes a double.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/**
 * A metrics command that prints an error rate: the baseline's requests are its first argument,
 * the canary's its second at the first look of the rollout and its third (or none when "none")
 * after; the canary has no data before the rollout, as a canary with no traffic. Each is a
 * total with no failures, or failures/total.
 */
const METRICS_SCRIPT = `
import { appendFileSync, readFileSync } from "node:fs";
const [baseline, first, later] = process.argv.slice(2);
const { MLOPS_STEP } = process.env;
if (MLOPS_STEP !== "0") appendFileSync("looks.log", "look\\n");
const looks = MLOPS_STEP === "0" ? 0 : readFileSync("looks.log", "utf8").split("\\n").length - 1;
const canary = looks === 0 ? "none" : looks === 1 ? first : later;
const counts = (text) => {
  if (text === "none") return null;
  const [failures, total] = text.includes("/") ? text.split("/").map(Number) : [0, Number(text)];
  return { failures, total };
};
console.log(JSON.stringify({ baseline: { errors: counts(baseline) }, canary: { errors: counts(canary) } }));
`;

/**
 * `mlops canary-deploy` through a 10% step of 1s looks with one hold, judged on the error rate
 * whose totals the metrics command prints.
 */
async function rollout(baseline: string, canaryFirst: string, canaryLater: string) {
  const { dir, write } = tempDir();
  write("metrics.mjs", METRICS_SCRIPT);
  write("policy.yml", "metrics:\n  errors: {direction: lower, max-regression: 0.01}\n");
  const run = await mlops(
    [
      "canary-deploy",
      ...["--steps", "10,100", "--interval", "1s", "--max-holds", "1", "--policy", "policy.yml"],
      ...["--set-weight-command", JSON.stringify([process.execPath, "-e", "0", "{weight}"])],
      "--metrics-command",
      JSON.stringify([process.execPath, "metrics.mjs", baseline, canaryFirst, canaryLater]),
    ],
    dir,
    { env: { PATH: process.env.PATH ?? "" }, now: () => new Date() },
  );
  const errors = run.stderr.split("\n").filter((line) => line.startsWith("mlops canary-deploy:"));
  const report = JSON.parse(readFileSync(join(dir, "mlops-out/canary-report.json"), "utf8"));
  return { ...run, errors, report, summary: run.stdout.split("\noutcome:")[0]! };
}

describe("request counts near the largest double", () => {
  it("promotes a canary serving its share, though both counts together pass a double", async () => {
    // 1e308 of 2.7e308 requests is 37%, far above a tenth of 10%; the sum of the two is Infinity
    // as a double, which once read as the canary serving none of infinitely many requests.
    const run = await rollout("1.7e308", "1e308", "1e308");
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.summary).toContain("| `errors` | 0% (0/1.7e308) | 0% (0/1e308) |");
    expect(run.stdout).not.toContain("∞");
  });

  it("says how many requests a canary served of how many, in exponent form, when it serves too few", async () => {
    // 1e306 of 1.79e308 + 1e306 = 1.8e308 requests: 0.56%, under a tenth of 10%.
    const run = await rollout("1.79e308", "1e306", "1e306");
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([
      "mlops canary-deploy: canary rolled-back: step 1 at 10% failed: errors: the canary served 1e306 of the 1.8e308 requests counted since its weight was set, where its weight of 10% routes it about 1.8e307: under a tenth of its share, so its server may be down or failing before it counts requests, or the traffic does not reach it; held at look 1 for share 0.556% < 1%",
    ]);
    expect(run.stdout + run.stderr).not.toContain("∞");
  });

  it("says how many requests the baseline counted, in exponent form, when the canary falls silent", async () => {
    // Held at the first look for serving too few, then no data at all from the canary.
    const run = await rollout("1.7e308", "1e306", "none");
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([
      "mlops canary-deploy: canary rolled-back: step 1 at 10% failed: errors: no data from the canary, which counted 1e306 requests by look 1, where its weight of 10% routes it about 1.7e307 of the 1.7e308 requests the baseline counted since its weight was set: its server may have stopped, or its metrics are no longer scraped; held at look 1 for share 0.585% < 1%",
    ]);
    expect(run.stdout + run.stderr).not.toContain("∞");
  });

  it("keeps the interval's width, though each side's variance is below the least double", async () => {
    // No failures of 1e308 and 1.7e308 requests: each side's standard error is about 1/(n + 2),
    // 1e-308 and 5.9e-309, and its square below the least double. Squared and summed, they gave
    // an interval of no width (its ends at 4.1e-309, which the text once showed); the interval
    // is Agresti and Caffo's at 97.5% (z = 2.2414), about its adjusted difference of 4.1e-309.
    const run = await rollout("1.7e308", "1e308", "1e308");
    expect(run.code).toBe(0);
    expect(run.summary).toContain("| 0% (0/1e308) | 0 pts [-2.189e-306, 3.012e-306] | ✅ pass |");
    const { lower, upper } = run.report.steps[0].looks.at(-1).metrics[0].interval;
    const [canary, baseline] = [1 / (1e308 + 2), 1 / (1.7e308 + 2)];
    const half = 2.241402727604947 * Math.hypot(canary, baseline);
    expect(lower / (canary - baseline - half)).toBeCloseTo(1, 9);
    expect(upper / (canary - baseline + half)).toBeCloseTo(1, 9);
  });

  it("tells apart ends that six significant digits would write alike", async () => {
    // Error rates of 1% and 0.5% of 1e17 and 1e16 requests: the Agresti-Caffo interval at 97.5%
    // (scipy: z = 2.2414) is -0.5000001731 to -0.4999998269 points, -0.5 and -0.5 to six digits.
    const run = await rollout("1e15/1e17", "5e13/1e16", "5e13/1e16");
    expect(run.code).toBe(0);
    expect(run.summary).toContain("| -0.5 pts [-0.5000002, -0.4999998] | ✅ pass |");
    const { lower, upper } = run.report.steps[0].looks.at(-1).metrics[0].interval;
    expect(lower * 100).toBeCloseTo(-0.5000001731111725, 12);
    expect(upper * 100).toBeCloseTo(-0.4999998268888098, 12);
  });
});

/**
 * Request counts near the largest double (1.8e308), as a counter that wrapped or a query that
 * multiplies can give: the canary's share is judged on them as on any count, and every message
 * says them as finite numbers in exponent form, never as ∞, though their sum passes a double.
 */
import { describe, expect, it } from "vitest";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/**
 * A metrics command that prints an error rate with no failures: the baseline's total is its first
 * argument, the canary's its second at the first look of the rollout and its third (or none when
 * "none") after; the canary has no data before the rollout, as a canary with no traffic.
 */
const METRICS_SCRIPT = `
import { appendFileSync, readFileSync } from "node:fs";
const [baseline, first, later] = process.argv.slice(2).map(Number);
const { MLOPS_STEP } = process.env;
if (MLOPS_STEP !== "0") appendFileSync("looks.log", "look\\n");
const looks = MLOPS_STEP === "0" ? 0 : readFileSync("looks.log", "utf8").split("\\n").length - 1;
const canary = looks === 0 ? null : looks === 1 ? first : later;
const counts = (total) => (Number.isNaN(total) || total === null ? null : { failures: 0, total });
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
  return { ...run, errors, summary: run.stdout.split("\noutcome:")[0]! };
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
});

/**
 * Before any traffic moves, canary-deploy holds its plan against the traffic the baseline served
 * then: a rate whose requests at a step's last look (after max-holds) fall short of what the
 * policy's margin needs is warned of, with the step, the requests foreseen and needed, and the
 * fixes. The number needed is the judge's own "about N requests would settle it" on the look
 * foreseen, so that the warning and the rollout's reasons agree.
 */
import { describe, expect, it } from "vitest";
import { judgeLook, normalQuantile, trafficPlanWarning } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/**
 * A service's metrics command: `rate` requests a second for both variants together, split by
 * the weight it is given, with errors at `errors` of them (whole errors, as a log counts them),
 * over the window it is told.
 */
const SERVICE_SCRIPT = `
const [rate, errors] = process.argv.slice(2).map(Number);
const weight = Number(process.env.MLOPS_WEIGHT) / 100;
const seconds = Number(process.env.MLOPS_WINDOW_SECONDS);
const variant = (share) => {
  const total = Math.round(rate * share * seconds);
  return { errors: { failures: Math.round(total * errors), total } };
};
console.log(JSON.stringify({ baseline: variant(1 - weight), canary: variant(weight) }));
`;

const POLICY = `metrics:
  errors: {direction: lower, max-regression: 0.005}
`;

/** The warnings of `mlops canary-deploy` on a service of `rate` requests a second, 0.1% errors. */
async function deploy(rate: number, inputs: Record<string, string> = {}) {
  const { dir, write } = tempDir();
  write("service.mjs", SERVICE_SCRIPT);
  write("policy.yml", POLICY);
  const all: Record<string, string> = {
    steps: "5,100",
    interval: "1s",
    "max-holds": "1",
    "set-weight-command": JSON.stringify([process.execPath, "-e", "void 0", "{weight}"]),
    "metrics-command": JSON.stringify([process.execPath, "service.mjs", String(rate), "0.001"]),
    policy: "policy.yml",
    ...inputs,
  };
  const args = Object.entries(all).flatMap(([name, value]) => [`--${name}`, value]);
  const run = await mlops(["canary-deploy", ...args], dir, {
    env: { PATH: process.env.PATH ?? "" },
    now: () => new Date(),
  });
  return { ...run, warnings: run.stderr.match(/^warning: .*$/gm) ?? [] };
}

type Counts = { failures: number; total: number };

/**
 * The effect the judge's look of one rate detects, worked by hand: Agresti and Caffo's spread
 * of the difference (a failure and a success added to each variant), times the normal
 * quantiles of one-sided level `tail` and of 80% power. Failures may be fractional: those a
 * rate is expected to give.
 */
function effectDetected(canary: Counts, baseline: Counts, tail: number): number {
  const spread = (c: Counts) => {
    const p = (c.failures + 1) / (c.total + 2);
    return (p * (1 - p)) / (c.total + 2);
  };
  const se = Math.sqrt(spread(canary) + spread(baseline));
  return (normalQuantile(1 - tail) + normalQuantile(0.8)) * se;
}

/**
 * The judge's requests to settle that look: n (effect / distance)^2, where distance is how far
 * the difference lies inside the margin.
 */
function requestsToSettle(canary: Counts, baseline: Counts, margin: number, tail: number): number {
  const effect = effectDetected(canary, baseline, tail);
  const distance = margin - (canary.failures / canary.total - baseline.failures / baseline.total);
  return canary.total * (effect / distance) ** 2;
}

/** The counts a warning names: per look, by the last, and needed. */
const namedCounts = (warning: string) => {
  const match =
    /about ([\d,]+) canary requests a look, ([\d,]+) by the last .* needs about ([\d,]+) at/.exec(
      warning,
    );
  expect(match, warning).not.toBeNull();
  return match!.slice(1).map((n) => Number(n.replaceAll(",", "")));
};

describe("canary-deploy's plan against the traffic before the rollout", () => {
  it("warns of a step whose last look will have too few requests for the margin, before traffic moves", async () => {
    // 2,000 requests a second, 2 of them errors: at 5%, 100 canary requests a second-long look,
    // 200 by the second and last. The canary erring at the baseline's 0.1% is foreseen with the
    // errors that rate gives, 0.2 of them, and the baseline's 3,800 requests with 3.8, so that
    // the difference is exactly 0 and its distance from the margin the margin itself.
    const run = await deploy(2000);
    const [canary, baseline] = [
      { failures: 0.2, total: 200 },
      { failures: 3.8, total: 3800 },
    ];
    // Two looks planned (one judged step, one hold): each at 97.5%, so a tail of 1.25%.
    const needed = requestsToSettle(canary, baseline, 0.005, 0.0125);
    expect(run.warnings).toHaveLength(1);
    const [perLook, last, named] = namedCounts(run.warnings[0]!);
    expect(perLook).toBe(100);
    expect(last).toBe(200);
    // Rounded up, as the judge's advice is: within one request of the worked value.
    expect(Math.abs(named! - needed)).toBeLessThanOrEqual(1);
    const [said, fixes] = run.warnings[0]!.split(" Give ");
    expect(said).toBe(
      `warning: step 1 at 5% has too little traffic for errors: about 100 canary requests a look, 200 by the last (look 2, after 1 hold), where a max-regression of 0.5 points needs about ${named!.toLocaleString("en-US")} at each look's 97.5% confidence, if the canary's errors is the baseline's 0.1% (2 of 2,000 requests over the 1s before the rollout). Unless traffic grows, the step will hold until the rollout ends inconclusive, and may do so even for a canary far worse than the baseline.`,
    );
    // Each fix is the smallest that settles the look foreseen (the next test follows them);
    // max-holds is foreseen at the look's confidence now, which more holds tighten.
    const wider =
      /^a weight of \d+% or more for the step, an interval of \d+s or more, max-holds of \d+ or more \(at least: each hold added also tightens every look's confidence\), or errors a max-regression of ([\d.]+) or more$/.exec(
        fixes!,
      );
    expect(wider, fixes).not.toBeNull();
    // A margin as wide as the difference the look detects settles it, rounded up to 3 digits.
    const effect = effectDetected(canary, baseline, 0.0125);
    expect(Number(wider![1])).toBeGreaterThanOrEqual(effect);
    expect(Number(wider![1]) - effect).toBeLessThan(0.0001);
    // Said before the first weight is set: the log's plan line, and step 1, come after it.
    expect(run.stderr.indexOf("warning: step 1")).toBeLessThan(run.stderr.indexOf("step 1 at 5%,"));
    // A warning, not a refusal: the rollout ran, and on this traffic ended inconclusive.
    expect(run.stdout).toMatch(/^outcome: inconclusive$/m);
  });

  it("names fixes that each, followed alone, leave the step with the requests it needs", () => {
    const plan = (
      margin: number | string,
      steps: number[],
      maxHolds: number,
      intervalMs = 60_000,
    ) => {
      const looks = steps.filter((weight) => weight < 100).length * (maxHolds + 1);
      const policy = {
        metrics: { errors: { direction: "lower" as const, "max-regression": margin } },
      };
      return { steps, intervalMs, maxHolds, policy, lookConfidence: 1 - 0.05 / looks };
    };
    const followed = { weight: 0, interval: 0, holds: 0, margin: 0 };
    for (const perMinute of [60, 300, 3000])
      for (const errors of [0.001, 0.01, 0.05])
        for (const margin of [0.005, 0.02, "20%"])
          for (const steps of [
            [5, 25, 50, 100],
            [10, 100],
          ])
            for (const maxHolds of [0, 3]) {
              const before = plan(margin, steps, maxHolds);
              const rates = [
                {
                  name: "errors",
                  failures: Math.round(perMinute * errors),
                  total: perMinute,
                  windowMs: 60_000,
                },
              ];
              const warning = trafficPlanWarning(rates, before);
              if (warning === null) continue;
              const step = Number(/^step (\d+) at/.exec(warning)![1]) - 1;
              // The same traffic under the plan a fix changes: the step is no longer warned of.
              const settles = (after: typeof before, fix: keyof typeof followed) => {
                const again = trafficPlanWarning(rates, after);
                expect(again?.startsWith(`step ${step + 1} `) ?? false, `${fix}: ${warning}`).toBe(
                  false,
                );
                followed[fix]++;
              };
              const weight = /a weight of (\d+)%/.exec(warning);
              if (weight)
                settles(plan(margin, steps.with(step, Number(weight[1])), maxHolds), "weight");
              const interval = /an interval of (?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)? or more/.exec(
                warning,
              );
              if (interval) {
                const [h = 0, m = 0, s = 0] = interval
                  .slice(1)
                  .map(Number)
                  .map((n) => n || 0);
                settles(plan(margin, steps, maxHolds, ((h * 60 + m) * 60 + s) * 1000), "interval");
              }
              // A lower bound: enough at the look's confidence now, not at the stricter one of
              // that many holds.
              const holds = /max-holds of (\d+)/.exec(warning);
              if (holds) settles({ ...before, maxHolds: Number(holds[1]) }, "holds");
              const wider = /errors a max-regression of ([\d.]+)(%?) or more/.exec(warning);
              if (wider)
                settles(
                  plan(wider[2] ? `${wider[1]}%` : Number(wider[1]), steps, maxHolds),
                  "margin",
                );
            }
    // Every kind of fix was named, and followed, somewhere on the grid.
    for (const count of Object.values(followed)) expect(count).toBeGreaterThan(0);
  });

  it("says nothing where the last look will have the requests the margin needs", async () => {
    // 20,000 requests a second: 2,000 canary requests by the last look, where about 600 settle.
    const run = await deploy(20_000);
    expect(run.warnings).toEqual([]);
    expect(run.stdout).toMatch(/^outcome: promoted$/m);
  });

  it("says nothing where the command gives no request counts before the rollout", async () => {
    const printed = JSON.stringify({ baseline: { errors: null } });
    const run = await deploy(0, {
      "metrics-command": JSON.stringify([process.execPath, "-e", `console.log('${printed}')`]),
      "max-holds": "0",
    });
    // Only the warning of no data, which the pre-flight gave before: no plan to foresee from.
    expect(run.warnings).toEqual([
      "warning: errors: no data for the baseline from metrics-command over the last 1s before the rollout: unless the baseline served no request then, the metric will hold every step",
    ]);
  });

  it("names the requests the judge names at the look it foresees, on the same counts", () => {
    const policy = {
      metrics: { errors: { direction: "lower" as const, "max-regression": 0.005 } },
    };
    const plan = { steps: [5, 100], intervalMs: 1000, maxHolds: 1, policy, lookConfidence: 0.975 };
    // 0.5% errors: whole ones at the look foreseen, where the judge's counts are whole too.
    const warning = trafficPlanWarning(
      [{ name: "errors", failures: 10, total: 2000, windowMs: 1000 }],
      plan,
    );
    const [, , named] = namedCounts(warning!);
    // The look foreseen: 200 canary requests with 1 error, 3,800 baseline ones with 19.
    const look = judgeLook(
      {
        metrics: [
          {
            name: "errors",
            baseline: { kind: "proportion", failures: 19, total: 3800 },
            canary: { kind: "proportion", failures: 1, total: 200 },
          },
        ],
      },
      policy,
      { confidence: 0.975, minSamples: 10 },
    );
    expect(look.verdict).toBe("hold");
    const advised = /about ([\d,]+) requests \(/.exec(look.metrics[0]!.reason);
    expect(advised, look.metrics[0]!.reason).not.toBeNull();
    expect(named).toBe(Number(advised![1]!.replaceAll(",", "")));
  });

  it("names the first step the rollout would not get past, where the baseline may be the thinner", () => {
    const policy = {
      metrics: { errors: { direction: "lower" as const, "max-regression": 0.005 } },
    };
    const plan = {
      steps: [50, 95, 100],
      intervalMs: 60_000,
      maxHolds: 0,
      policy,
      lookConfidence: 1 - 0.05 / 2,
    };
    // 4,000 requests a minute: 2,000 a variant at 50%, enough, but 200 for the baseline at 95%.
    const warning = trafficPlanWarning(
      [{ name: "errors", failures: 4, total: 4000, windowMs: 60_000 }],
      plan,
    );
    expect(warning).toMatch(
      /^step 2 at 95% has too little traffic for errors: about 200 baseline requests a look, 200 by the last \(look 1, after 0 holds\)/,
    );
    // A larger weight only thins the baseline more: no such fix is offered.
    expect(warning).not.toMatch(/a weight of/);
  });

  it("takes a margin relative to the baseline's rate at that rate, and a wider one in the same terms", () => {
    const policy = {
      metrics: { errors: { direction: "lower" as const, "max-regression": "50%" } },
    };
    const plan = {
      steps: [10, 100],
      intervalMs: 60_000,
      maxHolds: 0,
      policy,
      lookConfidence: 0.95,
    };
    const warning = trafficPlanWarning(
      [{ name: "errors", failures: 100, total: 10_000, windowMs: 60_000 }],
      plan,
    );
    // 1% errors: a margin of half of it, half a point.
    expect(warning).toMatch(/a max-regression of 50% of the baseline's rate \(0\.5 points\)/);
    // The look foreseen, 10 errors of 1,000 canary requests and 90 of 9,000, has the rates
    // equal: a margin settles it from the effect it detects, here as a share of the 1% rate,
    // rounded up to three digits.
    const wider = Number(/errors a max-regression of ([\d.]+)% or more$/.exec(warning!)![1]);
    const effect = effectDetected(
      { failures: 10, total: 1000 },
      { failures: 90, total: 9000 },
      0.025,
    );
    expect(wider).toBeGreaterThanOrEqual((100 * effect) / 0.01);
    expect(wider - (100 * effect) / 0.01).toBeLessThan(0.1);
  });
});

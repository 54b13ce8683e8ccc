/**
 * canary-deploy against real parts: Prometheus scraping two model servers every second, nginx
 * splitting live traffic between them by the weight the set-weight command writes, and a load
 * generator sending requests through nginx. Intervals are seconds here; users keep minutes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { canaryReportContract, runCli, validateContract } from "@mlops/shared";
import { tempDir } from "../helpers/temp-dir.js";
import {
  hasNginx,
  hasPrometheus,
  startLoad,
  startModelServer,
  startPrometheus,
  startSplitter,
  type Load,
  type ModelServer,
  type PrometheusServer,
  type Splitter,
} from "./harness/index.js";

/**
 * The latency percentile and the error rate of the fastapi preset. Each look sees one point of
 * the time series a second after the first; eight points a variant are enough for the test.
 */
const POLICY = `metrics:
  latency_p50_seconds: {direction: lower, max-regression: "10%"}
  error_rate: {direction: lower, max-regression: 0.01}
min-samples: 8
`;

/** Baseline latency, inside the preset histogram's 10-25 ms bucket; +30% crosses into the next. */
const BASE_DELAY_MS = 20;

interface Rollout {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly report: {
    outcome: string;
    reason: string;
    final_weight: number;
    steps: { weight: number; verdict: string; looks: unknown[] }[];
  };
  readonly seconds: number;
}

let baseline: ModelServer;
let canary: ModelServer;
let prometheus: PrometheusServer;
let splitter: Splitter;
let load: Load;

beforeAll(async () => {
  if (!hasPrometheus || !hasNginx) return;
  [baseline, canary] = await Promise.all([
    startModelServer({ variant: "baseline", delayMs: BASE_DELAY_MS, errorRate: 0 }),
    startModelServer({ variant: "canary", delayMs: BASE_DELAY_MS, errorRate: 0 }),
  ]);
  [prometheus, splitter] = await Promise.all([
    startPrometheus([baseline, canary]),
    startSplitter(baseline, canary),
  ]);
  load = await startLoad(splitter.url, 80);
}, 30_000);

afterAll(async () => {
  await load?.stop();
});

beforeEach(() => {
  canary?.set({ delayMs: BASE_DELAY_MS, errorRate: 0, down: false });
});

/**
 * The documented share of requests slower than 250 ms (examples/canary-deploy), gated at 2
 * points worse; with the preset's own metrics unruled, it alone is judged.
 */
const SLOW_QUERIES = readFileSync(
  new URL("../../examples/canary-deploy/slow-requests.yml", import.meta.url),
  "utf8",
);
const SLOW_POLICY = `metrics:
  slow_request_rate: {direction: lower, max-regression: 0.02}
min-samples: 8
`;

/**
 * Runs `mlops canary-deploy` as a user would, against the servers, with a real clock; `during`
 * runs 4 s in, or once the log says `at`; `files` are written beside the policy, in the folder
 * it runs in.
 */
async function rollout(
  inputs: Record<string, string>,
  during?: () => void,
  files: Record<string, string> = {},
  at?: string,
): Promise<Rollout> {
  const { dir, write } = tempDir();
  write("policy.yml", POLICY);
  for (const [name, text] of Object.entries(files)) write(name, text);
  let stdout = "";
  let stderr = "";
  const args = Object.entries({
    steps: "50,100",
    interval: "9s",
    "max-holds": "1",
    resolution: "2s",
    "prometheus-url": prometheus.url,
    preset: "fastapi",
    policy: "policy.yml",
    "set-weight-command": JSON.stringify(splitter.setWeightCommand),
    "rollback-command": JSON.stringify(splitter.rollbackCommand),
    ...inputs,
  }).flatMap(([name, value]) => [`--${name}`, value]);
  const started = Date.now();
  const timer = during && at === undefined ? setTimeout(during, 4_000) : undefined;
  const code = await runCli(["canary-deploy", ...args], {
    stdout: (text) => (stdout += text),
    stderr: (text) => {
      if (at !== undefined && !stderr.includes(at) && (stderr + text).includes(at)) during?.();
      stderr += text;
    },
    cwd: dir,
    env: process.env,
  });
  clearTimeout(timer);
  const report = JSON.parse(readFileSync(join(dir, "mlops-out", "canary-report.json"), "utf8"));
  validateContract(canaryReportContract, report, "canary-report.json");
  return { code, stdout, stderr, report, seconds: (Date.now() - started) / 1000 };
}

/** A rollout judged on the share of slow requests alone (`queries`), through a 10% step. */
const slowShareRollout = (queries: string) =>
  rollout({ steps: "10,100", queries: "slow-requests.yml" }, undefined, {
    "policy.yml": SLOW_POLICY,
    "slow-requests.yml": queries,
  });

const verdicts = (run: Rollout) => run.report.steps.map((s) => `${s.weight}%:${s.verdict}`);

describe.skipIf(!hasPrometheus || !hasNginx)("a canary rollout on live traffic", () => {
  it("promotes a healthy canary, step by step, and leaves it serving all traffic", async () => {
    const run = await rollout({});
    expect(run.code).toBe(0);
    expect(run.report.outcome).toBe("promoted");
    // At 100% the baseline serves nothing: the step at 50% was the comparison.
    expect(verdicts(run)).toEqual(["50%:pass", "100%:not-judged"]);
    expect(run.report.final_weight).toBe(100);
    expect(splitter.currentWeight()).toBe(100);
    expect(run.stdout).toContain("canary promoted");
    console.log(`healthy canary: ${verdicts(run).join(", ")} in ${run.seconds.toFixed(1)} s`);
  }, 90_000);

  it("rolls back a canary 30% slower at the first step, saying by how much", async () => {
    canary.set({ delayMs: BASE_DELAY_MS * 1.3 });
    const run = await rollout({});
    expect(run.code).toBe(1);
    expect(run.report.outcome).toBe("rolled-back");
    expect(verdicts(run)).toEqual(["50%:fail"]);
    expect(run.report.reason).toMatch(
      /latency_p50_seconds: the canary's latency_p50_seconds is at least .* worse than the baseline's .* beyond the margin of 10%/,
    );
    expect(run.report.final_weight).toBe(0);
    expect(splitter.currentWeight()).toBe(0);
    expect(run.stderr).toMatch(/canary rolled-back: step 1 at 50% failed/);
    console.log(`+30% latency: ${verdicts(run).join(", ")} in ${run.seconds.toFixed(1)} s`);
  }, 90_000);

  it("rolls back a canary that fails 5% of requests at the first step", async () => {
    canary.set({ errorRate: 0.05 });
    const run = await rollout({});
    expect(run.code).toBe(1);
    expect(run.report.outcome).toBe("rolled-back");
    expect(verdicts(run)).toEqual(["50%:fail"]);
    expect(run.report.reason).toMatch(
      /error_rate: the canary's error_rate is at least .* points worse than the baseline's .* beyond the margin of 1 point/,
    );
    expect(splitter.currentWeight()).toBe(0);
    console.log(`5% errors: ${verdicts(run).join(", ")} in ${run.seconds.toFixed(1)} s`);
  }, 90_000);

  it("rolls back at a 10% step a canary whose requests pass 250 ms, on the share of slow requests", async () => {
    // A share over the whole window, unlike a p95 of each short step of few canary requests.
    canary.set({ delayMs: 300 });
    const run = await slowShareRollout(SLOW_QUERIES);
    expect(run.code).toBe(1);
    expect(run.report.outcome).toBe("rolled-back");
    expect(verdicts(run)).toEqual(["10%:fail"]);
    expect(run.stdout + run.stderr).not.toContain("no data for the baseline");
    expect(run.report.reason).toMatch(
      /slow_request_rate: the canary's slow_request_rate is at least .* points worse than the baseline's .* beyond the margin of 2 points/,
    );
    expect(splitter.currentWeight()).toBe(0);
    console.log(`slow requests at 10%: ${verdicts(run).join(", ")} in ${run.seconds.toFixed(1)} s`);
  }, 90_000);

  it("holds on the share of slow requests, never reads 0, when its bucket is misspelled", async () => {
    canary.set({ delayMs: 300 });
    const run = await slowShareRollout(SLOW_QUERIES.replaceAll('le="0.25"', 'le="0.250"'));
    expect(run.code).toBe(1);
    expect(run.report.outcome).toBe("inconclusive");
    expect(verdicts(run)).toEqual(["10%:hold"]);
    expect(run.report.reason).toMatch(/slow_request_rate: no data from the baseline or the canary/);
    // Named once, before any traffic moved, not only after the holds ran out.
    const warnings = (run.stdout + run.stderr).match(/^warning: slow_request_rate: .*$/gm);
    expect(warnings).toEqual([
      'warning: slow_request_rate: no data for the baseline (variant="baseline") over the last 9s before the rollout: no series of http_request_duration_highr_seconds_bucket has le="0.250" (check how that label and its values are spelled), and the metric will hold every step',
    ]);
    const shownAt = run.stderr.indexOf("warning: slow_request_rate");
    expect(shownAt).toBeGreaterThan(-1);
    expect(shownAt).toBeLessThan(run.stderr.indexOf("canary-deploy: step 1 at 10%"));
  }, 90_000);

  it("says the series are there when a query with no data names only series that exist", async () => {
    // Filtered to nothing: every selector matches, and no sample survives the comparison.
    const queries = SLOW_QUERIES.replace(
      /total: >-\n(.*)\n.*\n/,
      (_, first: string) => `total: >-\n${first} > 1e12\n`,
    );
    expect(queries).toContain("> 1e12\n");
    const run = await slowShareRollout(queries);
    expect(run.report.outcome).toBe("inconclusive");
    expect(run.stderr.match(/^warning: slow_request_rate: .*$/gm)).toEqual([
      `warning: slow_request_rate: no data for the baseline (variant="baseline") over the last 9s before the rollout: every series its query names is there, so what is missing is samples: the baseline served no request then, Prometheus has scraped it fewer than twice, or the query's own filters leave nothing; the metric will hold every step without data`,
    ]);
  }, 90_000);

  it("ends inconclusive, never promoted, when the canary gets no traffic", async () => {
    // The weight is "set" by a command that moves nothing: nginx keeps every request on the
    // baseline, and the canary's counts read as no data, as a new canary's may at first.
    const run = await rollout({ "set-weight-command": '["true", "{weight}"]' });
    expect(run.code).toBe(1);
    expect(run.report.outcome).toBe("inconclusive");
    expect(verdicts(run)).toEqual(["50%:hold"]);
    expect(run.report.steps[0]!.looks).toHaveLength(2);
    expect(run.report.reason).toMatch(
      /too little evidence after 1 hold at 50%: .*no data from the canary/,
    );
    console.log(`no traffic: ${verdicts(run).join(", ")} in ${run.seconds.toFixed(1)} s`);
  }, 90_000);

  it("rolls back a canary whose server dies after a look, though its metrics look healthy", async () => {
    // The first look holds on too few latency points; the canary dies once it is logged.
    // Its metrics keep what it served before: nginx sends its requests to the baseline. The
    // second look holds once on its share, as a lagging scrape could; the third fails it. Where
    // the scrape lags the death past the second look, the third, the last max-holds allows,
    // holds on it, and one look more, on the share alone, fails it.
    const run = await rollout(
      { "max-holds": "2" },
      () => canary.set({ down: true }),
      { "policy.yml": POLICY.replace("min-samples: 8", "min-samples: 12") },
      "look 1: hold",
    );
    expect(run.code).toBe(1);
    expect(run.report.outcome).toBe("rolled-back");
    expect(verdicts(run)).toEqual(["50%:fail"]);
    expect(run.report.steps[0]!.looks.length).toBeGreaterThanOrEqual(3);
    expect(run.report.steps[0]!.looks.length).toBeLessThanOrEqual(4);
    expect(run.report.reason).toMatch(
      /^step 1 at 50% failed: error_rate: the canary served [\d,]+ of the [\d,]+ requests counted since look 1, where its weight of 50% routes it about [\d,]+: under a tenth of its share, so its server may be down or failing before it counts requests/,
    );
    expect(splitter.currentWeight()).toBe(0);
    console.log(`canary down: ${verdicts(run).join(", ")} in ${run.seconds.toFixed(1)} s`);
  }, 90_000);

  it("rolls back, never moving it to 100%, a canary whose server dies late in the last judged step", async () => {
    // The first look holds on too few latency points. The canary dies 11 s after it, 4 s
    // before the second, which passes it on what it served until then. The look after, on its
    // share alone, finds it serving none since and holds once on it, as a lagging scrape could;
    // one look more fails it.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = await rollout(
      { interval: "15s" },
      () => void (timer = setTimeout(() => canary.set({ down: true }), 11_000)),
      { "policy.yml": POLICY.replace("min-samples: 8", "min-samples: 10") },
      "look 1: hold",
    );
    clearTimeout(timer);
    expect(run.code).toBe(1);
    expect(run.report.outcome).toBe("rolled-back");
    expect(verdicts(run)).toEqual(["50%:fail"]);
    const looks = run.report.steps[0]!.looks as { verdict: string }[];
    expect(looks.map((l) => l.verdict)).toEqual(["hold", "pass", "hold", "fail"]);
    expect(run.stderr).toContain(
      "step 1 at 50%: passed at look 2; one look more, on the canary's share alone, sees it still serves before the traffic moves to 100%",
    );
    expect(run.report.reason).toMatch(
      /^step 1 at 50% failed: error_rate: (the canary served [\d,]+ of the [\d,]+ requests counted since look 2|no data from the canary, which counted [\d,]+ requests by look 2), where its weight of 50% routes it about [\d,]+/,
    );
    expect(run.stderr).not.toContain("step 2 at 100%");
    expect(splitter.currentWeight()).toBe(0);
    console.log(
      `canary down late in the last step: ${looks.length} looks in ${run.seconds.toFixed(1)} s`,
    );
  }, 120_000);

  it("holds when Prometheus goes down mid-rollout, then rolls back and says why", async () => {
    const run = await rollout({}, () => prometheus.kill());
    expect(run.code).toBe(1);
    expect(run.report.outcome).toBe("rolled-back");
    expect(verdicts(run)).toEqual(["50%:hold"]);
    expect(run.report.reason).toMatch(
      /^the metrics could not be read after 1 hold at 50%, so the canary cannot be judged: latency_p50_seconds, error_rate: Prometheus at http:\/\/127\.0\.0\.1:\d+ not answered: connect ECONNREFUSED 127\.0\.0\.1:\d+\. Check the URL and that Prometheus is running and reachable from the runner$/,
    );
    // One reason for every metric Prometheus holds, not the same one repeated with each query.
    expect(run.report.reason.match(/ECONNREFUSED/g)).toHaveLength(1);
    expect(splitter.currentWeight()).toBe(0);
    console.log(`Prometheus down: ${verdicts(run).join(", ")} in ${run.seconds.toFixed(1)} s`);
  }, 90_000);
});

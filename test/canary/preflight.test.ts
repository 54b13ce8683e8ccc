/**
 * What canary-deploy asks Prometheus before any traffic moves, against a real Prometheus
 * scraping two model servers every second, with requests sent to the baseline alone, as before a
 * rollout: the baseline read as the looks will read it, and the variant label and names checked
 * against the series Prometheus has.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "@mlops/shared";
import { tempDir } from "../helpers/temp-dir.js";
import {
  hasPrometheus,
  startLoad,
  startModelServer,
  startPrometheus,
  type Load,
  type ModelServer,
  type PrometheusServer,
} from "./harness/index.js";

// A margin on the error rate that the requests of one 4s look at 50% settle (40 or more).
const POLICY = `metrics:
  latency_p50_seconds: {direction: lower, max-regression: "10%"}
  error_rate: {direction: lower, max-regression: 0.1}
min-samples: 2
`;

/** Records each call, so that a test can say whether traffic moved. */
const RECORDER =
  'require("node:fs").appendFileSync("calls.log", process.argv.slice(1).join(" ") + "\\n")';

let baseline: ModelServer;
let prometheus: PrometheusServer;
let load: Load;

beforeAll(async () => {
  if (!hasPrometheus) return;
  const servers = await Promise.all([
    startModelServer({ variant: "baseline", delayMs: 5, errorRate: 0 }),
    startModelServer({ variant: "canary", delayMs: 5, errorRate: 0 }),
  ]);
  baseline = servers[0];
  prometheus = await startPrometheus(servers);
  load = await startLoad(baseline.url, 40);
  // A few scrapes of the baseline's requests, enough for a rate over the interval.
  await new Promise((resolve) => setTimeout(resolve, 5_000));
}, 30_000);

afterAll(async () => {
  await load?.stop();
});

/** `mlops canary-deploy` through one 50% step of 4s, judged on the fastapi preset. */
async function deploy(
  inputs: Record<string, string>,
  policy = POLICY,
  files: Record<string, string> = {},
) {
  const { dir, write } = tempDir();
  write("policy.yml", policy);
  for (const [name, text] of Object.entries(files)) write(name, text);
  let stderr = "";
  const args = Object.entries({
    steps: "50,100",
    interval: "4s",
    "max-holds": "0",
    resolution: "2s",
    "prometheus-url": prometheus.url,
    preset: "fastapi",
    policy: "policy.yml",
    "set-weight-command": JSON.stringify([process.execPath, "-e", RECORDER, "{weight}"]),
    ...inputs,
  }).flatMap(([name, value]) => [`--${name}`, value]);
  const code = await runCli(["canary-deploy", ...args], {
    stdout: () => undefined,
    stderr: (text) => (stderr += text),
    cwd: dir,
    env: process.env,
  });
  const calls = join(dir, "calls.log");
  return {
    code,
    stderr,
    errors: stderr.split("\n").filter((line) => line.startsWith("mlops canary-deploy:")),
    warnings: stderr.match(/^warning: .*$/gm) ?? [],
    calls: existsSync(calls) ? readFileSync(calls, "utf8").trim().split("\n") : [],
    wrote: existsSync(join(dir, "mlops-out")),
  };
}

/**
 * `deploy` judged on one metric, `latency_p95`, read by `query` from a queries file: its query
 * is on the file's line 5.
 */
function deployLatency(query: string) {
  const queries = `metrics:
  latency_p95:
    kind: samples
    direction: lower
    query: '${query}'
`;
  const policy =
    'metrics:\n  latency_p95: {direction: lower, max-regression: "10%"}\nmin-samples: 2\n';
  return deploy({ preset: "", queries: "queries.yml" }, policy, { "queries.yml": queries });
}

describe.skipIf(!hasPrometheus)("before any traffic moves, against a real Prometheus", () => {
  it("refuses a resolution too short for the scrape interval, which the looks would read as no data", async () => {
    // Scraped every second, a rate over 1s holds one sample at most: no point, at any weight.
    const run = await deploy({ resolution: "1s" });
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([
      "mlops canary-deploy: input 'resolution': 1s gives no point of latency_p50_seconds for the baseline over the last 4s, though the baseline has data then: each point summarises one resolution, which must hold at least two scrapes (a rate needs two) and some requests. Give a resolution of at least twice Prometheus's scrape interval (four times is safer)",
    ]);
    expect(run.calls).toEqual([]);
    expect(run.wrote).toBe(false);
  });

  it("refuses a variant label the series do not carry, naming the labels they have", async () => {
    const run = await deploy({ "variant-label": "track" });
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([
      "mlops canary-deploy: input 'variant-label': no series of http_request_duration_highr_seconds_bucket has a label track over the last 10m, so no variant can be told from the other and every look would hold; its series have instance, job, le, variant. Give the label whose values name the baseline and the canary",
    ]);
    expect(run.calls).toEqual([]);
    expect(run.wrote).toBe(false);
  });

  it("warns, naming the values Prometheus has, of a canary variant no series has while the baseline's do", async () => {
    const run = await deploy({ "canary-variant": "canery" });
    expect(run.warnings).toEqual([
      `warning: canary-variant 'canery': no series that latency_p50_seconds, latency_p95_seconds, error_rate ask for has variant="canery" over the last 10m, while the baseline's do; Prometheus has variant "baseline", "canary". Did you mean 'canary'? A canary that has served no request may have no series yet, but a misspelled canary-variant holds every step`,
    ]);
    // A warning: a canary that serves no traffic yet may have no series, so the rollout goes on.
    expect(run.calls).toEqual(["50", "0"]);
    expect(run.stderr.indexOf("warning: canary-variant")).toBeLessThan(
      run.stderr.indexOf("step 1 at 50%"),
    );
  });

  it("says nothing of a canary that has series, even one that has served no request", async () => {
    const run = await deploy({});
    expect(run.warnings).toEqual([]);
    expect(run.calls[0]).toBe("50");
  });

  it("warns of traffic too thin for a margin, from the baseline's requests Prometheus counted", async () => {
    // About 160 requests over the 4s before, none an error: 80 a variant at the one look, far
    // from the thousands a margin of 0.1 points needs.
    const run = await deploy({}, POLICY.replace("max-regression: 0.1}", "max-regression: 0.001}"));
    expect(run.warnings).toHaveLength(1);
    expect(run.warnings[0]).toMatch(
      /^warning: step 1 at 50% has too little traffic for error_rate: about [\d,]+ canary requests a look, [\d,]+ by the last \(look 1, after 0 holds\), where a max-regression of 0\.1 points needs about [\d,]+ at each look's 95% confidence, if the canary's error_rate is the baseline's 0% \(0 of [\d,]+ requests over the 4s before the rollout\)\. /,
    );
    // A warning, not a refusal: the traffic moved.
    expect(run.calls[0]).toBe("50");
  });

  it("refuses a total below 0, which no count of requests is, naming the metric", async () => {
    // A subtraction gone wrong: -100 whatever the counters say.
    const queries = `metrics:
  errors:
    kind: proportion
    direction: lower
    failures: 'sum(increase(http_requests_total{{variant_label}="{variant}",status=~"5.."}[{window}])) or vector(0)'
    total: 'vector(-100) + 0 * sum(increase(http_requests_total{{variant_label}="{variant}"}[{window}]))'
`;
    const policy = "metrics:\n  errors: {direction: lower, max-regression: 0.01}\n";
    const run = await deploy({ queries: "queries.yml" }, policy, { "queries.yml": queries });
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([
      "mlops canary-deploy: errors: Prometheus answered 0 failures of a total of -100, which no count of requests is. Make its failures and total queries count requests (increase() of counters), never below 0",
    ]);
    expect(run.calls).toEqual([]);
  });

  it("refuses a queries file's query that Prometheus rejects, at the file and line it is written on", async () => {
    // One closing parenthesis short.
    const run = await deployLatency(
      'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_highr_seconds_bucket{{variant_label}="{variant}"}[{window}]))',
    );
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^mlops canary-deploy: queries\.yml:5: field '\/metrics\/latency_p95\/query' fails: Prometheus at http:\/\/127\.0\.0\.1:\d+: query 'histogram_quantile\(0\.95, .*' rejected: bad_data: .*parse error.*\. Fix the query \(try it in Prometheus's expression browser\)$/,
      ),
    ]);
    expect(run.calls).toEqual([]);
    expect(run.wrote).toBe(false);
  });

  it("warns of a histogram read without its +Inf bucket, not of a baseline that served nothing", async () => {
    // The baseline serves 40 requests a second, but histogram_quantile without the +Inf bucket
    // (dropped here by the query, as a recording rule may drop it) is NaN: no data.
    const run = await deployLatency(
      'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_highr_seconds_bucket{{variant_label}="{variant}", le!="+Inf"}[{window}])))',
    );
    expect(run.warnings).toEqual([
      'warning: latency_p95: no data for the baseline (variant="baseline") over the last 4s before the rollout: the histogram http_request_duration_highr_seconds_bucket has no le="+Inf" bucket where its query reads it, so its count of requests is unknown and histogram_quantile gives no value, whatever the baseline served: keep the +Inf bucket in the query (no le filter that drops it) and in any recording rule that makes its series, or the metric will hold every step',
    ]);
    expect(run.stderr).not.toContain("served no request");
  });

  it("moves the traffic, unplanned, where the baseline's failures cannot be read before it", async () => {
    // Left unaggregated, with a 0 for a variant with no series: one series for the canary,
    // which has served nothing, but two for the baseline, which Prometheus answers and the
    // client refuses. Asked only for the plan's warning before the rollout, it refuses nothing
    // there; the looks read it again.
    const queries = `metrics:
  errors:
    kind: proportion
    direction: lower
    failures: 'increase(http_requests_total{{variant_label}="{variant}"}[{window}]) or vector(0)'
    total: 'sum(increase(http_requests_total{{variant_label}="{variant}"}[{window}]))'
`;
    const policy = "metrics:\n  errors: {direction: lower, max-regression: 0.001}\n";
    const run = await deploy({ queries: "queries.yml" }, policy, { "queries.yml": queries });
    // Read, its counts would warn of traffic far too thin for a margin of 0.1 points.
    expect(run.warnings.filter((w) => w.includes("too little traffic"))).toEqual([]);
    expect(run.calls[0], run.stderr).toBe("50");
  });
});

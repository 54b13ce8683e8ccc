import { spawnSync } from "node:child_process";
import { request } from "node:http";
import { beforeAll, describe, expect, it } from "vitest";
import {
  PRESETS,
  PrometheusError,
  fillQuery,
  instantQuery,
  promDuration,
  rangeQuery,
  type PrometheusSource,
} from "@mlops/shared";
import {
  hasNginx,
  hasPrometheus,
  startLoad,
  startModelServer,
  startPrometheus,
  startSplitter,
  type ModelServer,
  type PrometheusServer,
  type Splitter,
} from "./harness/index.js";

/** Runs a command argv with {weight} filled, as a deployment's traffic step would. */
function run(argv: readonly string[], weight: string) {
  const [command, ...args] = argv.map((part) => part.replace("{weight}", weight));
  return spawnSync(command!, args, { encoding: "utf8" });
}

/** The variant that answers one request through the splitter, on a connection of its own. */
function answeringVariant(url: string): Promise<string> {
  const body = JSON.stringify({ features: { GPA: 3.2, TUCE: 24, PSI: 1 } });
  return new Promise((resolve, reject) => {
    const call = request(`${url}/predict`, {
      method: "POST",
      agent: false,
      headers: { "content-type": "application/json" },
    });
    call.once("response", (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.once("end", () => resolve((JSON.parse(text) as { variant: string }).variant));
    });
    call.once("error", reject);
    call.end(body);
  });
}

/** Which variant answered each of `n` requests sent through the splitter, 20 at a time. */
async function variantsOf(url: string, n: number): Promise<string[]> {
  const seen: string[] = [];
  for (let sent = 0; sent < n; sent += 20) {
    const batch = Array.from({ length: Math.min(20, n - sent) }, () => answeringVariant(url));
    seen.push(...(await Promise.all(batch)));
  }
  return seen;
}

const share = (seen: string[], variant: string) =>
  seen.filter((name) => name === variant).length / seen.length;

describe.skipIf(!hasPrometheus || !hasNginx)("the real-parts harness", () => {
  let baseline: ModelServer;
  let canary: ModelServer;
  let prometheus: PrometheusServer;
  let splitter: Splitter;
  let source: PrometheusSource;

  beforeAll(async () => {
    [baseline, canary] = await Promise.all([
      startModelServer({ variant: "baseline", delayMs: 2, errorRate: 0 }),
      startModelServer({ variant: "canary", delayMs: 2, errorRate: 0.25 }),
    ]);
    [prometheus, splitter] = await Promise.all([
      startPrometheus([baseline, canary]),
      startSplitter(baseline, canary),
    ]);
    source = { url: prometheus.url, timeoutMs: 5_000 };
  }, 25_000);

  it("starts with every request on the baseline", async () => {
    expect(splitter.currentWeight()).toBe(0);
    expect(share(await variantsOf(splitter.url, 40), "baseline")).toBe(1);
  });

  it("splits traffic by the weight the set-weight command gives nginx", async () => {
    canary.set({ errorRate: 0 });
    const set = run(splitter.setWeightCommand, "25");
    expect(set.stderr).toBe("");
    expect(set.status).toBe(0);
    expect(splitter.currentWeight()).toBe(25);
    // nginx's smooth weighted round robin sends exactly 1 in 4 with one worker; the tolerance
    // (5 points) is what a weighted split must meet, not what this nginx happens to do.
    expect(share(await variantsOf(splitter.url, 400), "canary")).toBeCloseTo(0.25, 1);

    expect(run(splitter.setWeightCommand, "100").status).toBe(0);
    expect(share(await variantsOf(splitter.url, 40), "canary")).toBe(1);
    expect(run(splitter.rollbackCommand, "").status).toBe(0);
    expect(splitter.currentWeight()).toBe(0);
    expect(share(await variantsOf(splitter.url, 40), "baseline")).toBe(1);
  });

  it("refuses a weight that is not a whole percent, in one line, and keeps the old one", () => {
    for (const weight of ["101", "12.5", "ten"]) {
      const set = run(splitter.setWeightCommand, weight);
      expect(set.status).toBe(1);
      expect(set.stderr).toMatch(/^set-weight: weight '.*' is not a whole number from 0 to 100\n$/);
    }
    expect(splitter.currentWeight()).toBe(0);
  });

  it("lets Prometheus scrape both servers, so the fastapi preset has numbers for each", async () => {
    canary.set({ errorRate: 0.25 });
    expect(run(splitter.setWeightCommand, "50").status).toBe(0);
    const loadStarted = Date.now();
    const load = await startLoad(splitter.url, 60);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const counts = await load.stop();
    expect(counts.sent).toBeGreaterThan(200);
    // Scraped at most a second after the last request.
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    const metric = (name: string) => PRESETS.fastapi.find((m) => m.name === name)!;
    const now = new Date();
    // The observation window spans the load only, not the canary's earlier traffic.
    const window = promDuration(now.getTime() - loadStarted);
    const results: Record<
      string,
      { p95: number[]; failures: number | null; total: number | null }
    > = {};
    for (const variant of ["baseline", "canary"]) {
      const fill = (template: string, window: string) =>
        fillQuery(template, { variant, window, variantLabel: "variant" });
      const errorRate = metric("error_rate");
      results[variant] = {
        p95: await rangeQuery(
          source,
          fill(metric("latency_p95_seconds").query!, "3s"),
          new Date(now.getTime() - 6_000),
          now,
          1,
        ),
        failures: await instantQuery(source, fill(errorRate.failures!, window), now),
        total: await instantQuery(source, fill(errorRate.total!, window), now),
      };
    }
    for (const { p95, total } of Object.values(results)) {
      expect(p95.length).toBeGreaterThan(0);
      // Each request waits 2 ms, but a loaded machine may hold one for a tenth of a second or
      // more: the bound says only that each p95 is a latency read from the histogram's finite
      // buckets, not its +Inf one.
      expect(Math.min(...p95)).toBeGreaterThan(0);
      expect(Math.max(...p95)).toBeLessThan(5);
      expect(total).toBeGreaterThan(50);
    }
    // The baseline never failed: its failures are 0 (it has no 5xx series), not "no data".
    expect(results.baseline!.failures).toBe(0);
    // A quarter of the canary's answers were 500s; increase() extrapolates at the window's ends
    // and misses part of the first step of the 5xx series, born in the window: ± 0.1.
    const canaryRate = results.canary!.failures! / results.canary!.total!;
    expect(canaryRate).toBeGreaterThan(0.15);
    expect(canaryRate).toBeLessThan(0.35);
  });

  it("fails in one line, keeping the weight it had, when nginx is not running", async () => {
    await splitter.stop();
    const set = run(splitter.setWeightCommand, "75");
    expect(set.status).toBe(1);
    expect(set.stderr).toMatch(/^set-weight: nginx did not reload: .+\n$/);
    expect(splitter.currentWeight()).toBe(50);
  });

  it("reports Prometheus as unreachable once it is killed", async () => {
    prometheus.kill();
    const query = instantQuery(source, "vector(1)", new Date());
    await expect(query).rejects.toBeInstanceOf(PrometheusError);
    await expect(query).rejects.toMatchObject({ kind: "unreachable" });
  });
});

import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  InputError,
  MlopsError,
  PRESETS,
  fillQuery,
  instantQuery,
  promDuration,
  rangeQuery,
  type PresetMetric,
  type PrometheusSource,
} from "@mlops/shared";
import { hasPrometheus, startPrometheus } from "./harness/index.js";

const values = { variant: "canary", window: "30s", variantLabel: "variant" };

/** Every query of a metric, with what it is for. */
const queriesOf = (metric: PresetMetric): [string, string][] =>
  (["query", "failures", "total"] as const).flatMap((part) =>
    metric[part] === undefined ? [] : [[part, metric[part]!]],
  );

const everyMetric = Object.entries(PRESETS).flatMap(([preset, metrics]) =>
  metrics.map((metric) => ({ preset, metric })),
);

/** Brackets of each kind in the order PromQL needs them closed, outside strings. */
function balanced(query: string): boolean {
  const open: string[] = [];
  const pairs: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
  for (const char of query.replace(/"(?:[^"\\]|\\.)*"/g, '""')) {
    if ("([{".includes(char)) open.push(char);
    else if (char in pairs && open.pop() !== pairs[char]) return false;
  }
  return open.length === 0;
}

describe("the metric presets", () => {
  it("cover the four servers, each with latency and an error rate, all lower-is-better", () => {
    expect(Object.keys(PRESETS).sort()).toEqual(["fastapi", "torchserve", "triton", "vllm"]);
    for (const metrics of Object.values(PRESETS)) {
      const names = metrics.map((metric) => metric.name);
      expect(new Set(names).size).toBe(names.length);
      expect(names).toContain("error_rate");
      expect(names.some((name) => name.startsWith("latency_"))).toBe(true);
    }
    for (const { metric } of everyMetric) expect(metric.direction).toBe("lower");
  });

  it("give a samples metric a range query, and a proportion its failures and total", () => {
    for (const { metric } of everyMetric) {
      const parts = queriesOf(metric).map(([part]) => part);
      expect(parts).toEqual(metric.kind === "samples" ? ["query"] : ["failures", "total"]);
      expect(metric.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(metric.description.length).toBeGreaterThan(20);
    }
  });

  it("fill to PromQL that selects the variant, with no placeholder left", () => {
    for (const { metric } of everyMetric) {
      for (const [, template] of queriesOf(metric)) {
        const query = fillQuery(template, values);
        expect(query).not.toMatch(/\{(variant|window|variant_label)\}/);
        expect(query).toContain('{variant="canary"');
        expect(query).toContain("[30s]");
        expect(balanced(query)).toBe(true);
      }
    }
  });

  it("aggregate every selection, so that each query answers one series", () => {
    for (const { metric } of everyMetric) {
      for (const [, template] of queriesOf(metric)) {
        expect(template).toMatch(/^(histogram_quantile\(|sum\()/);
      }
    }
  });
});

describe("filling a query template", () => {
  it("fills {variant}, {window} and {variant_label}, and leaves PromQL's braces alone", () => {
    const template = 'sum(rate(x{{variant_label}="{variant}",code=~"5.."}[{window}])) by (job)';
    expect(fillQuery(template, { variant: "v2", window: "5m", variantLabel: "track" })).toBe(
      'sum(rate(x{track="v2",code=~"5.."}[5m])) by (job)',
    );
  });

  it("escapes the variant for the string it lands in, so it cannot end the string", () => {
    const fill = (template: string, variant: string) => fillQuery(template, { ...values, variant });
    expect(fill('x{v="{variant}"}', 'a"b\\c')).toBe('x{v="a\\"b\\\\c"}');
    expect(fill("x{v='{variant}'}", "a'b\"c")).toBe("x{v='a\\'b\"c'}");
    expect(fill('x{v="{variant}"}', "line\nbreak")).toBe('x{v="line\\x0abreak"}');
    expect(fill('label_replace(x, "v", {variant}, "", "")', '"}) or y')).toBe(
      'label_replace(x, "v", "\\"}) or y", "", "")',
    );
    // Neither a quote already escaped in the template nor one in a comment changes strings.
    expect(fill('# it\'s\nx{v="{variant}"}', 'a"')).toBe('# it\'s\nx{v="a\\""}');
    expect(fill('x{v="say \\"{variant}\\""}', 'a"')).toBe('x{v="say \\"a\\"\\""}');
  });

  it("refuses a {variant} inside a raw string, which has no escapes", () => {
    expect(() => fillQuery("x{v=`{variant}`}", values)).toThrow(MlopsError);
    expect(() => fillQuery("x{v=`{variant}`}", values)).toThrow(/raw string/);
  });

  it("refuses a label name Prometheus would not accept, naming the input", () => {
    for (const variantLabel of ["1abc", "a-b", 'a"}', ""]) {
      const fill = () => fillQuery('x{{variant_label}="{variant}"}', { ...values, variantLabel });
      expect(fill).toThrow(InputError);
      expect(fill).toThrow(/^input 'variant-label'/);
    }
  });

  it("writes a window as a Prometheus duration exact to the millisecond, never rounded up", () => {
    // Rounded up, a look's 40.023 s window would reach back before the weight was set.
    expect(promDuration(40_023)).toBe("40023ms");
    expect(promDuration(40_023.9)).toBe("40023ms");
    expect(promDuration(1_500)).toBe("1500ms");
    expect(promDuration(0)).toBe("1ms");
    expect(promDuration(1)).toBe("1ms");
    expect(promDuration(30_000)).toBe("30s");
    expect(promDuration(90_000)).toBe("90s");
    expect(promDuration(300_000)).toBe("5m");
    expect(promDuration(7_200_000)).toBe("2h");
    expect(promDuration(86_400_000)).toBe("1d");
  });
});

describe.skipIf(!hasPrometheus)("the presets, as a real Prometheus reads them", () => {
  let source: PrometheusSource;
  beforeAll(async () => {
    source = { url: (await startPrometheus([])).url, timeoutMs: 5_000 };
  });

  it("are accepted, and give no data where no such series exist", async () => {
    const now = new Date();
    const hostile = { ...values, variant: 'can"ary\\\n' };
    for (const { metric } of everyMetric) {
      for (const [part, template] of queriesOf(metric)) {
        const query = fillQuery(template, hostile);
        const answer =
          part === "query"
            ? await rangeQuery(source, query, new Date(now.getTime() - 60_000), now, 15)
            : await instantQuery(source, query, now);
        expect(answer, `${metric.name} ${part}`).toEqual(part === "query" ? [] : null);
      }
    }
  });
});

/**
 * A histogram of `count` observations all equal to `value`, in the exposition format: what
 * each server's client library writes, without its HELP and TYPE lines (Prometheus needs none).
 */
function histogram(name: string, labels: string, les: number[], count: number, value: number) {
  const bucket = (le: string, n: number) => `${name}_bucket{${labels}le="${le}"} ${n}`;
  return [
    ...les.map((le) => bucket(`${le}`, le >= value ? count : 0)),
    bucket("+Inf", count),
    `${name}_sum{${labels.replace(/,$/, "")}} ${count * value}`,
    `${name}_count{${labels.replace(/,$/, "")}} ${count}`,
  ];
}

const HIGHR = [0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1];
const VLLM_E2E = [0.3, 0.5, 0.8, 1, 1.5, 2];
const VLLM_TTFT = [0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25];
const VLLM_ITL = [0.01, 0.025, 0.05, 0.075, 0.1];

/**
 * What each server exports after `n` scrapes' worth of traffic, by the names and labels of its
 * documentation: 10 requests a scrape, so counters grow alike and their ratios are exact.
 */
const EXPOSITIONS: Record<string, (n: number) => string[]> = {
  fastapi: (n) => [
    `http_requests_total{handler="/predict",method="POST",status="2xx"} ${10 * n}`,
    `http_requests_total{handler="/metrics",method="GET",status="2xx"} ${n}`,
    ...histogram("http_request_duration_highr_seconds", "", HIGHR, 10 * n, 0.03),
  ],
  triton: (n) => [
    `nv_inference_request_success{model="m",version="1"} ${10 * n}`,
    `nv_inference_request_failure{model="m",reason="BACKEND",version="1"} ${n}`,
    `nv_inference_request_failure{model="m",reason="REJECTED",version="1"} 0`,
    `nv_inference_request_duration_us{model="m",version="1"} ${10 * n * 20_000}`,
    `nv_inference_queue_duration_us{model="m",version="1"} ${10 * n * 1_000}`,
  ],
  torchserve: (n) => [
    `ts_inference_requests_total{model_name="m",model_version="default",hostname="h"} ${10 * n}`,
    `ts_inference_latency_microseconds{model_name="m",model_version="default",hostname="h"} ${10 * n * 30_000}`,
    `ts_queue_latency_microseconds{model_name="m",model_version="default",hostname="h"} ${10 * n * 500}`,
    `Requests2XX{Level="Host",Hostname="h"} ${9 * n}`,
    `Requests5XX{Level="Host",Hostname="h"} ${n}`,
  ],
  vllm: (n) => [
    `http_requests_total{handler="/v1/completions",method="POST",status="2xx"} ${8 * n}`,
    `http_requests_total{handler="/v1/completions",method="POST",status="5xx"} ${2 * n}`,
    ...histogram(
      "vllm:e2e_request_latency_seconds",
      'engine="0",model_name="m",',
      VLLM_E2E,
      8 * n,
      0.4,
    ),
    ...histogram(
      "vllm:time_to_first_token_seconds",
      'engine="0",model_name="m",',
      VLLM_TTFT,
      8 * n,
      0.03,
    ),
    ...histogram(
      "vllm:inter_token_latency_seconds",
      'engine="0",model_name="m",',
      VLLM_ITL,
      80 * n,
      0.02,
    ),
    ...histogram(
      "vllm:request_queue_time_seconds",
      'engine="0",model_name="m",',
      VLLM_E2E,
      8 * n,
      0.01,
    ),
  ],
};

/** What each preset metric should read from EXPOSITIONS: [low, high] for each value. */
const EXPECTED: Record<string, Record<string, [number, number]>> = {
  fastapi: {
    // All observations are 0.03 s, in the (0.025, 0.05] bucket, where quantiles interpolate.
    latency_p50_seconds: [0.025, 0.05],
    latency_p95_seconds: [0.025, 0.05],
    error_rate: [0, 0],
  },
  triton: {
    latency_mean_seconds: [0.02, 0.02],
    queue_mean_seconds: [0.001, 0.001],
    error_rate: [1 / 11, 1 / 11],
  },
  torchserve: {
    latency_mean_seconds: [0.03, 0.03],
    queue_mean_seconds: [0.0005, 0.0005],
    error_rate: [0.1, 0.1],
  },
  vllm: {
    latency_p50_seconds: [0.3, 0.5],
    latency_p95_seconds: [0.3, 0.5],
    ttft_p95_seconds: [0.02, 0.04],
    inter_token_latency_p95_seconds: [0.01, 0.025],
    queue_mean_seconds: [0.01, 0.01],
    error_rate: [0.2, 0.2],
  },
};

describe.skipIf(!hasPrometheus)("the presets, on series named as each server exports them", () => {
  let source: PrometheusSource;
  const server = createServer((request, response) => {
    const preset = request.url!.slice(1);
    scrapes[preset] = (scrapes[preset] ?? 0) + 1;
    response.end(`${EXPOSITIONS[preset]!(scrapes[preset]!).join("\n")}\n`);
  });
  const scrapes: Record<string, number> = {};

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Each preset's series carry its own variant name, so that no preset sees another's.
    const targets = Object.keys(EXPOSITIONS).map((preset) => ({
      variant: preset,
      url: `${base}/${preset}`,
    }));
    source = { url: (await startPrometheus(targets)).url, timeoutMs: 5_000 };
    // Three more scrapes a second apart: enough for rate() over 3 s at the last step.
    await new Promise((resolve) => setTimeout(resolve, 3_500));
  }, 25_000);
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("read the numbers each server's metrics imply", async () => {
    const now = new Date();
    const relative = 1e-9;
    for (const [preset, metrics] of Object.entries(PRESETS)) {
      for (const metric of metrics) {
        const [low, high] = EXPECTED[preset]![metric.name]!;
        const fill = (template: string, window: string) =>
          fillQuery(template, { variant: preset, window, variantLabel: "variant" });
        const label = `${preset} ${metric.name}`;
        if (metric.kind === "samples") {
          const points = await rangeQuery(
            source,
            fill(metric.query!, "3s"),
            new Date(now.getTime() - 1_000),
            now,
            1,
          );
          expect(points.length, label).toBeGreaterThan(0);
          for (const point of points) {
            expect(point, label).toBeGreaterThanOrEqual(low * (1 - relative));
            expect(point, label).toBeLessThanOrEqual(high * (1 + relative));
          }
        } else {
          const failures = await instantQuery(source, fill(metric.failures!, "10s"), now);
          const total = await instantQuery(source, fill(metric.total!, "10s"), now);
          expect(total, label).toBeGreaterThan(0);
          // Counters that grow alike keep their ratio through increase()'s extrapolation.
          expect(failures! / total!, label).toBeCloseTo(low, 9);
          expect(high).toBe(low);
        }
      }
    }
  });
});

/**
 * Ready-made queries for the model servers teams run, by the metric names each server exports
 * by default (docs/canary-metrics.md gives the document and version each was checked against).
 * Templates for fillQuery: `{variant_label}="{variant}"` selects one variant's series.
 */
export interface PresetMetric {
  /** Our name for it, e.g. "latency_p95_seconds", "error_rate". */
  readonly name: string;
  readonly kind: "samples" | "proportion";
  /** Which way is better. */
  readonly direction: "higher" | "lower";
  /** samples: a range query giving one value per resolution step ({window} = one step). */
  readonly query?: string;
  /** proportion: an instant query over the observation window ({window}) counting failures... */
  readonly failures?: string;
  /** ...and one counting all events; empty (no data) when the variant has no series at all. */
  readonly total?: string;
  /** "s", "ms", "tokens/s", "" */
  readonly unit?: string;
  readonly description: string;
}

export type PresetName = "fastapi" | "triton" | "torchserve" | "vllm";

const SELECT = '{variant_label}="{variant}"';

/** The q-quantile over one step of a histogram's buckets, summed over the variant's series. */
const quantile = (q: number, histogram: string, matchers = ""): string =>
  `histogram_quantile(${q}, sum by (le) (rate(${histogram}_bucket{${SELECT}${matchers}}[{window}])))`;

/** The mean over one step: the rate of a running total divided by the rate of a running count. */
const mean = (total: string, count: string, scale = ""): string =>
  `sum(rate(${total}{${SELECT}}[{window}])) / sum(rate(${count}{${SELECT}}[{window}]))${scale}`;

const increase = (counter: string, matchers = ""): string =>
  `sum(increase(${counter}{${SELECT}${matchers}}[{window}]))`;

/**
 * A failure count that is 0, not empty, when the variant served requests but has no failure
 * series yet: client libraries create a labelled series at its first increment, so "no 5xx
 * series" means "no 5xx", as long as the variant has any series of `total` at all.
 */
const failuresOr0 = (failures: string, total: string): string => `${failures} or (0 * ${total})`;

const httpLatency = (source: string, histogram: string, matchers = ""): PresetMetric[] =>
  [0.5, 0.95].map((q) => ({
    name: `latency_p${q * 100}_seconds`,
    kind: "samples",
    direction: "lower",
    query: quantile(q, histogram, matchers),
    unit: "s",
    description: `${q * 100}th percentile of request latency over each step, ${source}`,
  }));

const httpErrorRate = (handlers: string, describe: string): PresetMetric => {
  const total = increase("http_requests_total", handlers);
  return {
    name: "error_rate",
    kind: "proportion",
    direction: "lower",
    failures: failuresOr0(increase("http_requests_total", `${handlers},status=~"5.."`), total),
    total,
    unit: "",
    description: `Share of ${describe} answered with a 5xx status`,
  };
};

const FASTAPI: readonly PresetMetric[] = [
  ...httpLatency(
    "from the instrumentator's many-bucket histogram (all handlers)",
    "http_request_duration_highr_seconds",
  ),
  httpErrorRate(',handler!="/metrics"', "requests (other than scrapes of /metrics)"),
];

const TRITON: readonly PresetMetric[] = [
  {
    name: "latency_mean_seconds",
    kind: "samples",
    direction: "lower",
    query: mean("nv_inference_request_duration_us", "nv_inference_request_success", " / 1e6"),
    unit: "s",
    description:
      "Mean end-to-end time of successful inference requests over each step (Triton exports latency as counters only)",
  },
  {
    name: "queue_mean_seconds",
    kind: "samples",
    direction: "lower",
    query: mean("nv_inference_queue_duration_us", "nv_inference_request_success", " / 1e6"),
    unit: "s",
    description: "Mean time successful requests waited in the scheduler's queue over each step",
  },
  {
    name: "error_rate",
    kind: "proportion",
    direction: "lower",
    failures: failuresOr0(
      increase("nv_inference_request_failure"),
      increase("nv_inference_request_success"),
    ),
    total: `${increase("nv_inference_request_success")} + (${increase("nv_inference_request_failure")} or vector(0))`,
    unit: "",
    description: "Share of inference requests that failed (every failure reason)",
  },
];

const TORCHSERVE: readonly PresetMetric[] = [
  {
    name: "latency_mean_seconds",
    kind: "samples",
    direction: "lower",
    query: mean("ts_inference_latency_microseconds", "ts_inference_requests_total", " / 1e6"),
    unit: "s",
    description:
      "Mean inference latency per request over each step (TorchServe exports latency as counters only)",
  },
  {
    name: "queue_mean_seconds",
    kind: "samples",
    direction: "lower",
    query: mean("ts_queue_latency_microseconds", "ts_inference_requests_total", " / 1e6"),
    unit: "s",
    description: "Mean time a request waited in TorchServe's job queue over each step",
  },
  {
    name: "error_rate",
    kind: "proportion",
    direction: "lower",
    failures: failuresOr0(increase("Requests5XX"), increase("ts_inference_requests_total")),
    total: increase("ts_inference_requests_total"),
    unit: "",
    description: "5xx responses per inference request received",
  },
];

const VLLM: readonly PresetMetric[] = [
  ...httpLatency("end to end, from vLLM's request histogram", "vllm:e2e_request_latency_seconds"),
  {
    name: "ttft_p95_seconds",
    kind: "samples",
    direction: "lower",
    query: quantile(0.95, "vllm:time_to_first_token_seconds"),
    unit: "s",
    description: "95th percentile of time to first token over each step",
  },
  {
    name: "inter_token_latency_p95_seconds",
    kind: "samples",
    direction: "lower",
    query: quantile(0.95, "vllm:inter_token_latency_seconds"),
    unit: "s",
    description: "95th percentile of the time between output tokens over each step",
  },
  {
    name: "queue_mean_seconds",
    kind: "samples",
    direction: "lower",
    query: mean("vllm:request_queue_time_seconds_sum", "vllm:request_queue_time_seconds_count"),
    unit: "s",
    description: "Mean time requests waited before being scheduled, over each step",
  },
  httpErrorRate(',handler=~"/v1/.+"', "OpenAI API requests (/v1/...)"),
];

export const PRESETS: Readonly<Record<PresetName, readonly PresetMetric[]>> = Object.freeze({
  fastapi: FASTAPI,
  triton: TRITON,
  torchserve: TORCHSERVE,
  vllm: VLLM,
});

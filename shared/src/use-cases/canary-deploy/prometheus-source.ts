import { MlopsError } from "../../engine/errors.js";
import {
  fillQuery,
  instantQuery,
  promDuration,
  rangeQuery,
  type PresetMetric,
  type PrometheusSource,
} from "../../platform/prometheus/index.js";
import type { MetricReading, MetricSource, ObservationWindow, Observed } from "./metric-reading.js";

/** A series with points beyond the histogram: no measurable value, and never dropped as no data. */
class UnboundedSeries extends MlopsError {}

export interface PrometheusSourceOptions {
  readonly server: PrometheusSource;
  readonly metrics: readonly PresetMetric[];
  readonly variantLabel: string;
  readonly variants: { readonly baseline: string; readonly canary: string };
  /** The span each point of a time series summarises, in ms. */
  readonly resolutionMs: number;
}

/**
 * Every query once, as an instant query now: a rejected query or a Prometheus that cannot be
 * reached stops the rollout before the first weight, not after max-holds of holding.
 */
async function checkQueries(options: PrometheusSourceOptions): Promise<void> {
  const window = promDuration(options.resolutionMs);
  const templates = options.metrics.flatMap((m) =>
    [m.query, m.failures, m.total].filter((t): t is string => t !== undefined),
  );
  for (const template of templates) {
    const query = fillQuery(template, {
      variant: options.variants.canary,
      variantLabel: options.variantLabel,
      window,
    });
    await instantQuery(options.server, query, new Date());
  }
}

/** A time series of one variant, from one resolution after the weight was set. */
async function series(
  options: PrometheusSourceOptions,
  metric: PresetMetric,
  variant: string,
  window: ObservationWindow,
): Promise<Observed> {
  const { resolutionMs } = options;
  const query = fillQuery(metric.query!, {
    variant,
    variantLabel: options.variantLabel,
    window: promDuration(resolutionMs),
  });
  const from = new Date(Math.min(window.start.getTime() + resolutionMs, window.end.getTime()));
  const values = await rangeQuery(options.server, query, from, window.end, resolutionMs / 1000);
  const infinite = values.filter((v) => !Number.isFinite(v)).length;
  if (infinite > 0)
    throw new UnboundedSeries(
      `${infinite} of ${values.length} points of ${variant}'s ${metric.name} are infinite (a quantile above the histogram's top bucket), so its shift cannot be measured`,
      "Add histogram buckets above the slowest requests",
    );
  return values.length === 0 ? null : { kind: "samples", values };
}

/**
 * Reads each metric for both variants from Prometheus. A time series is asked for from one
 * resolution after the weight was set, so that its first point summarises only traffic at that
 * weight; a rate's counts cover the whole window. Counts from `increase()` are extrapolated,
 * so they are rounded to whole events.
 */
export function prometheusSource(options: PrometheusSourceOptions): MetricSource {
  const { server, variantLabel } = options;
  const observe = async (
    metric: PresetMetric,
    variant: string,
    window: ObservationWindow,
  ): Promise<Observed> => {
    if (metric.kind === "samples") return series(options, metric, variant, window);
    const span = promDuration(window.end.getTime() - window.start.getTime());
    const fill = (template: string) => fillQuery(template, { variant, variantLabel, window: span });
    const [failures, total] = await Promise.all([
      instantQuery(server, fill(metric.failures!), window.end),
      instantQuery(server, fill(metric.total!), window.end),
    ]);
    if (total === null || Math.round(total) === 0) return null;
    const events = Math.round(total);
    return {
      kind: "proportion",
      failures: Math.min(events, Math.max(0, Math.round(failures ?? 0))),
      total: events,
    };
  };
  const readMetric = async (
    metric: PresetMetric,
    window: ObservationWindow,
  ): Promise<MetricReading> => {
    try {
      const [baseline, canary] = await Promise.all([
        observe(metric, options.variants.baseline, window),
        observe(metric, options.variants.canary, window),
      ]);
      return { name: metric.name, baseline, canary };
    } catch (error) {
      if (!(error instanceof MlopsError)) throw error;
      return { name: metric.name, baseline: null, canary: null, error: error.line };
    }
  };
  return {
    description: `Prometheus at ${new URL(server.url).host}`,
    known: options.metrics,
    check: () => checkQueries(options),
    read: async (window) => ({
      metrics: await Promise.all(options.metrics.map((metric) => readMetric(metric, window))),
    }),
  };
}

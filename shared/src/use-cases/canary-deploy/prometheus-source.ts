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

export interface PrometheusSourceOptions {
  readonly server: PrometheusSource;
  readonly metrics: readonly PresetMetric[];
  readonly variantLabel: string;
  readonly variants: { readonly baseline: string; readonly canary: string };
  /** The span each point of a time series summarises, in ms. */
  readonly resolutionMs: number;
}

/**
 * Reads each metric for both variants from Prometheus. A time series is asked for from one
 * resolution after the weight was set, so that its first point summarises only traffic at that
 * weight; a rate's counts cover the whole window. Counts from `increase()` are extrapolated,
 * so they are rounded to whole events.
 */
export function prometheusSource(options: PrometheusSourceOptions): MetricSource {
  const { server, variantLabel, resolutionMs } = options;
  const observe = async (
    metric: PresetMetric,
    variant: string,
    window: ObservationWindow,
  ): Promise<Observed> => {
    if (metric.kind === "samples") {
      const query = fillQuery(metric.query!, {
        variant,
        variantLabel,
        window: promDuration(resolutionMs),
      });
      const from = new Date(Math.min(window.start.getTime() + resolutionMs, window.end.getTime()));
      const values = await rangeQuery(server, query, from, window.end, resolutionMs / 1000);
      return values.length === 0 ? null : { kind: "samples", values };
    }
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
    read: async (window) => ({
      metrics: await Promise.all(options.metrics.map((metric) => readMetric(metric, window))),
    }),
  };
}

import { MlopsError } from "../../engine/errors.js";
import { safeForLog } from "../../engine/report/escape-control.js";
import { shorten } from "../../engine/report/shorten.js";
import {
  fillQuery,
  instantQuery,
  PrometheusError,
  promDuration,
  rangeQuery,
  selectorsOf,
  selectorText,
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
  /** The span of one observation, in ms: how far back the baseline is looked for at the start. */
  readonly intervalMs: number;
}

/**
 * Every query once, as an instant query now: a rejected query or a Prometheus that cannot be
 * reached stops the rollout before the first weight, not after max-holds of holding. Then each
 * metric's value (or total) for the baseline over the last interval, in which it served all
 * traffic: no data there would hold every step, so it is named now, as a warning, with why
 * (`whyNoData`).
 */
async function checkQueries(options: PrometheusSourceOptions): Promise<string[]> {
  const { baseline, canary } = options.variants;
  const fill = (template: string, variant: string, window: string) =>
    fillQuery(template, { variant, variantLabel: options.variantLabel, window });
  const now = new Date();
  const step = promDuration(options.resolutionMs);
  const window = promDuration(options.intervalMs);
  // Whether a series exists is asked over at least 10 minutes: an interval shorter than the
  // scrape interval may hold no sample of a series that is there.
  const lookback = promDuration(Math.max(options.intervalMs, 10 * 60_000));
  const warnings: string[] = [];
  for (const metric of options.metrics) {
    const templates = [metric.query, metric.failures, metric.total];
    for (const template of templates)
      if (template !== undefined)
        await instantQuery(options.server, fill(template, canary, step), now);
    const probe = fill(metric.kind === "samples" ? metric.query! : metric.total!, baseline, window);
    if ((await instantQuery(options.server, probe, now)) === null) {
      const why = await whyNoData(options.server, probe, lookback, now);
      warnings.push(
        `${shortened(metric.name)}: no data for the baseline (${options.variantLabel}="${baseline}") over the last ${window} before the rollout: ${why}`,
      );
    }
  }
  return warnings;
}

/**
 * Why a query has no data: the first of its selectors, then of a selector's label matchers
 * (each alone, then all together), that matches no series over the lookback; a metric, label or
 * value misspelled, or a variant label its series do not carry, named as such. When every one
 * matches, the series are there, and what is missing is samples: no requests, or fewer than
 * two scrapes for a rate. A diagnosis that fails to ask gives the general reason: it must
 * never stop a rollout its queries allow.
 */
async function whyNoData(
  server: PrometheusSource,
  query: string,
  lookback: string,
  now: Date,
): Promise<string> {
  const holds = "the metric will hold every step";
  const general = `unless the baseline served no request then, its query names a metric, label or bucket Prometheus does not have, and ${holds}`;
  const matches = async (selector: string) =>
    (await instantQuery(server, `count(last_over_time(${selector}[${lookback}]))`, now)) !== null;
  const selectors = selectorsOf(query);
  // A name written both bare and with matchers is asked about once.
  const named = new Set<string>();
  try {
    for (const { name, matchers } of selectors) {
      if (!named.has(name) && !(await matches(selectorText({ name, matchers: [] }))))
        return `Prometheus has no series named ${shortened(name)}, and ${holds}`;
      named.add(name);
      for (const matcher of matchers) {
        if (!(await matches(selectorText({ name, matchers: [matcher] }))))
          return `no series of ${shortened(name)} has ${shortened(matcher)} (check how that label and its values are spelled), and ${holds}`;
      }
      if (matchers.length > 1 && !(await matches(selectorText({ name, matchers }))))
        return `no series of ${shortened(name)} has ${shortened(matchers.join(", "))} together, and ${holds}`;
    }
  } catch (error) {
    if (!(error instanceof PrometheusError)) throw error;
    return general;
  }
  return selectors.length > 0
    ? `every series its query names is there, so what is missing is samples: the baseline served no request then, Prometheus has scraped it fewer than twice, or the query's own filters leave nothing; ${holds} without data`
    : general;
}

const shortened = (text: string): string => safeForLog(shorten(text, 120));

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

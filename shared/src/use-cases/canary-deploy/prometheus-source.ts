import { InputError, MlopsError } from "../../engine/errors.js";
import { counted } from "../../engine/report/counted.js";
import { didYouMean } from "../../engine/report/closest-name.js";
import { safeForLog } from "../../engine/report/escape-control.js";
import { shorten } from "../../engine/report/shorten.js";
import {
  fillQuery,
  instantLabels,
  instantQuery,
  PrometheusError,
  promDuration,
  rangeQuery,
  selectorsOf,
  selectorText,
  type PresetMetric,
  type Selector,
  type PrometheusSource,
} from "../../platform/prometheus/index.js";
import type { Counts } from "../../engine/evidence/index.js";
import type {
  MetricReading,
  MetricSource,
  MetricSpec,
  ObservationWindow,
  Observed,
  RateBefore,
  SourceCheck,
} from "./metric-reading.js";
import { isGated } from "./judge-look.js";
import { refuseWrittenQuery, type QueryField, type WrittenMetric } from "./load-queries.js";
import type { RolloutPlan } from "./rollout.js";

/** A series with points beyond the histogram: no measurable value, and never dropped as no data. */
class UnboundedSeries extends MlopsError {}

/** A metric of a preset, or of the queries file with where its queries are written. */
type SourceMetric = PresetMetric | WrittenMetric;

export interface PrometheusSourceOptions {
  readonly server: PrometheusSource;
  readonly metrics: readonly SourceMetric[];
  readonly variantLabel: string;
  readonly variants: { readonly baseline: string; readonly canary: string };
  /** The span each point of a time series summarises, in ms. */
  readonly resolutionMs: number;
  /** The span of one observation, in ms: how far back the baseline is looked for at the start. */
  readonly intervalMs: number;
}

/** The selector a variant's matcher is in, without it, and the values the label has there. */
interface VariantLabelValues {
  readonly selector: string;
  readonly values: readonly string[];
}

/**
 * The values the variant label has, over the lookback, on the series of the first selector of
 * `query` (filled for the baseline) that selects a variant by it; [] when those series do not
 * carry the label. Null when no selector of the query names the variant, the series are not
 * there, or Prometheus refuses to say: a check that cannot ask must not stop a rollout.
 */
async function variantLabelValues(
  options: PrometheusSourceOptions,
  query: string,
  lookback: string,
  now: Date,
): Promise<VariantLabelValues | null> {
  const label = options.variantLabel;
  const isVariant = new RegExp(`^${label}\\s*=(?!~)`);
  const named = selectorsOf(query).find((s) => s.matchers.some((m) => isVariant.test(m)));
  if (named === undefined) return null;
  const selector = selectorText({
    name: named.name,
    matchers: named.matchers.filter((m) => !isVariant.test(m)),
  });
  try {
    const sets = await instantLabels(
      options.server,
      `count by (${label}) (last_over_time(${selector}[${lookback}]))`,
      now,
    );
    if (sets.length === 0) return null;
    const values = sets.map((labels) => labels[label] ?? "").filter((v) => v !== "");
    return { selector, values: [...new Set(values)].sort() };
  } catch (error) {
    if (!(error instanceof PrometheusError)) throw error;
    return null;
  }
}

/**
 * Refuses a variant label that the series of a query do not carry at all: no variant could be
 * told from another, and every look would hold. Names the labels the series have.
 */
async function refuseMissingLabel(
  options: PrometheusSourceOptions,
  selector: string,
  lookback: string,
  now: Date,
): Promise<never> {
  const label = options.variantLabel;
  let names: string[] = [];
  try {
    // A few series stand for all: a metric's series carry the same labels, told apart by values.
    const sets = await instantLabels(
      options.server,
      `topk(10, last_over_time(${selector}[${lookback}]))`,
      now,
    );
    const all = new Set(sets.flatMap((labels) => Object.keys(labels)));
    all.delete("__name__");
    names = [...all].sort();
  } catch (error) {
    if (!(error instanceof PrometheusError)) throw error;
  }
  throw new InputError(
    "variant-label",
    `no series of ${shortened(selector)} has a label ${label} over the last ${lookback}, so no variant can be told from the other and every look would hold${names.length ? `; its series have ${names.join(", ")}` : ""}`,
    `${didYouMean(label, names)}Give the label whose values name the baseline and the canary`,
  );
}

/** The quoted label values, at most a few, for a message. */
const someValues = (values: readonly string[]): string => {
  const shown = values.slice(0, 10).map((v) => `"${shortened(v)}"`);
  return values.length > shown.length
    ? `${shown.join(", ")} and ${values.length - shown.length} more`
    : shown.join(", ");
};

/**
 * Every query once, as an instant query now: a rejected query or a Prometheus that cannot be
 * reached stops the rollout before the first weight, not after max-holds of holding. Then each
 * metric for the baseline over the last interval, in which it served all traffic, read as a
 * step's look reads it (a time series at the resolution): no data there would hold every step.
 * A resolution too short for a time series (data over the interval, no point at the
 * resolution) and a variant label the series do not carry are refused; other causes are named
 * as a warning, with why (`whyNoData`), and so is a canary variant no series has while the
 * baseline's have. Each rate's baseline counts then come back with the warnings.
 */
async function checkQueries(options: PrometheusSourceOptions): Promise<SourceCheck> {
  const { baseline, canary } = options.variants;
  const fill = (template: string, variant: string, window: string) =>
    fillQuery(template, { variant, variantLabel: options.variantLabel, window });
  const now = new Date();
  const step = promDuration(options.resolutionMs);
  const window = promDuration(options.intervalMs);
  const before = {
    start: new Date(now.getTime() - options.intervalMs),
    end: now,
    step: 0,
    weight: 0,
  };
  // Whether a series exists is asked over at least 10 minutes: an interval shorter than the
  // scrape interval may hold no sample of a series that is there.
  const lookback = promDuration(Math.max(options.intervalMs, 10 * 60_000));
  const warnings: string[] = [];
  const rates: RateBefore[] = [];
  // The variant label's values on the series the baseline has data on, and whose they are: a
  // canary that none of them has, and none other, is named once.
  const seen = { values: new Set<string>(), metrics: [] as string[] };
  for (const metric of options.metrics) {
    for (const field of ["query", "failures", "total"] as const) {
      const template = metric[field];
      if (template !== undefined)
        await instantQuery(options.server, fill(template, canary, step), now).catch(
          (error: unknown) => refuseWhereWritten(metric, field, error),
        );
    }
    const probe = fill(metric.kind === "samples" ? metric.query! : metric.total!, baseline, window);
    const labels = await variantLabelValues(options, probe, lookback, now);
    if (labels?.values.length === 0)
      await refuseMissingLabel(options, labels.selector, lookback, now);
    const { hasData, rate } = await baselineBefore(options, metric, probe, before);
    if (rate !== null) rates.push(rate);
    if (hasData) {
      for (const value of labels?.values ?? []) seen.values.add(value);
      if (labels) seen.metrics.push(metric.name);
      continue;
    }
    if (metric.kind === "samples" && (await instantQuery(options.server, probe, now)) !== null)
      throw new InputError(
        "resolution",
        `${step} gives no point of ${shortened(metric.name)} for the baseline over the last ${window}, though the baseline has data then: each point summarises one resolution, which must hold at least two scrapes (a rate needs two) and some requests`,
        "Give a resolution of at least twice Prometheus's scrape interval (four times is safer)",
      );
    const why = await whyNoData(options.server, probe, lookback, now);
    warnings.push(
      `${shortened(metric.name)}: no data for the baseline (${options.variantLabel}="${baseline}") over the last ${window} before the rollout: ${why}`,
    );
  }
  const values = [...seen.values].sort();
  if (seen.metrics.length > 0 && !seen.values.has(canary))
    warnings.push(
      `canary-variant '${canary}': no series that ${seen.metrics.map(shortened).join(", ")} ask${seen.metrics.length === 1 ? "s" : ""} for has ${options.variantLabel}="${canary}" over the last ${lookback}, while the baseline's do; Prometheus has ${options.variantLabel} ${someValues(values)}. ${didYouMean(canary, values, (v) => `'${shortened(v)}'`)}A canary that has served no request may have no series yet, but a misspelled canary-variant holds every step`,
    );
  return { warnings, rates };
}

/**
 * A query Prometheus rejects, or answers with several series, refused at the file and line it
 * is written on where a queries file holds it: the query alone, as Prometheus names it, does
 * not say which of the file's metrics to fix. Any other failure is thrown as it is.
 */
function refuseWhereWritten(metric: SourceMetric, field: QueryField, error: unknown): never {
  const ofQuery = error instanceof PrometheusError && ["query", "shape"].includes(error.kind);
  if (!ofQuery || !("written" in metric)) throw error;
  return refuseWrittenQuery(metric, field, `fails: ${error.message}`, error.fix ?? "Fix the query");
}

/**
 * Whether the baseline has data over the interval before the rollout (`before`), read as a look
 * reads it: a time series at the resolution, a rate by its total (`probe`), which counts even
 * with no request then. A rate's counts then, where it counted requests: what the rollout's plan
 * is held against (traffic-plan.ts).
 */
async function baselineBefore(
  options: PrometheusSourceOptions,
  metric: PresetMetric,
  probe: string,
  before: ObservationWindow,
): Promise<{ hasData: boolean; rate: RateBefore | null }> {
  if (metric.kind === "samples") {
    const hasData = await series(options, metric, options.variants.baseline, before).then(
      (observed) => observed !== null,
      (error: unknown) => {
        if (error instanceof UnboundedSeries) return true;
        throw error;
      },
    );
    return { hasData, rate: null };
  }
  const total = await instantQuery(options.server, probe, before.end);
  if (total === null || Math.round(total) === 0) return { hasData: total !== null, rate: null };
  const failuresQuery = fillQuery(metric.failures!, {
    variant: options.variants.baseline,
    variantLabel: options.variantLabel,
    window: promDuration(options.intervalMs),
  });
  // Asked for the plan's warning alone, which is advice: a query that fails here (a timeout,
  // several series) leaves the rate unplanned rather than stop the rollout, and the looks that
  // ask it again say what is wrong with it there.
  let failures: number | null;
  try {
    failures = await instantQuery(options.server, failuresQuery, before.end);
  } catch (error) {
    if (!(error instanceof MlopsError)) throw error;
    return { hasData: true, rate: null };
  }
  const windowMs = before.end.getTime() - before.start.getTime();
  return {
    hasData: true,
    rate: { name: metric.name, ...roundedCounts(metric.name, failures, total), windowMs },
  };
}

/** Whether a query's answer can be a count of requests: finite, and not below 0. */
const isCount = (value: number): boolean => Number.isFinite(value) && value >= 0;

/**
 * Counts from `increase()`, which extrapolates: rounded to whole events, failures among them.
 * An answer that no count is (a total below 0 from a subtraction, an infinity from a sum past a
 * double) is refused, naming the metric: a query reads it, and a look holds on it as unread.
 */
function roundedCounts(name: string, failures: number | null, total: number): Counts {
  if (!isCount(total) || (failures !== null && !isCount(failures))) {
    throw new MlopsError(
      `${name}: Prometheus answered ${failures ?? "no data"} failures of a total of ${total}, which no count of requests is`,
      "Make its failures and total queries count requests (increase() of counters), never below 0",
    );
  }
  const events = Math.round(total);
  return { failures: Math.min(events, Math.round(failures ?? 0)), total: events };
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
    const unbounded = await histogramWithoutInf(selectors, matches);
    if (unbounded !== null)
      return `the histogram ${shortened(unbounded)} has no le="+Inf" bucket where its query reads it, so its count of requests is unknown and histogram_quantile gives no value, whatever the baseline served: keep the +Inf bucket in the query (no le filter that drops it) and in any recording rule that makes its series, or ${holds}`;
  } catch (error) {
    if (!(error instanceof PrometheusError)) throw error;
    return general;
  }
  return selectors.length > 0
    ? `every series its query names is there, so what is missing is samples: the baseline served no request then, Prometheus has scraped it fewer than twice, or the query's own filters leave nothing; ${holds} without data`
    : general;
}

/**
 * The first `_bucket` series, of those `selectors` name, none of which is the `le="+Inf"`
 * bucket over the lookback (asked with `matches`): histogram_quantile is NaN without it, which
 * reads as no data. Null when every histogram has it, or none is named.
 */
async function histogramWithoutInf(
  selectors: readonly Selector[],
  matches: (selector: string) => Promise<boolean>,
): Promise<string | null> {
  for (const { name, matchers } of selectors) {
    if (!name.endsWith("_bucket")) continue;
    if (!(await matches(selectorText({ name, matchers: [...matchers, 'le="+Inf"'] })))) return name;
  }
  return null;
}

const shortened = (text: string): string => safeForLog(shorten(text, 120));

/**
 * How many points a time series gives a look over `windowMs`: one a resolution, from one
 * resolution after the weight was set to the look (`series`), and at least the one at the look.
 */
const pointsIn = (windowMs: number, resolutionMs: number): number =>
  Math.max(1, Math.floor(windowMs / resolutionMs));

/**
 * Refuses a plan whose looks can never give a gated time series min-samples points: a step's
 * window grows by an interval at each hold, so its last look, after max-holds, sees the most.
 * Every step would hold until the rollout ends inconclusive, with traffic moved for nothing.
 */
export function checkPointsReachable(
  known: readonly MetricSpec[],
  plan: Pick<RolloutPlan, "policy" | "intervalMs" | "maxHolds" | "minSamples">,
  resolutionMs: number,
): void {
  const gated = known.filter((metric) => {
    const rule = plan.policy.metrics[metric.name];
    return metric.kind === "samples" && rule !== undefined && isGated(rule);
  });
  const most = pointsIn(plan.intervalMs * (plan.maxHolds + 1), resolutionMs);
  if (gated.length === 0 || most >= plan.minSamples) return;
  const names = gated.map((metric) => shortened(metric.name)).join(", ");
  throw new InputError(
    "interval",
    `${promDuration(plan.intervalMs)} gives ${names} at most ${counted(most, "point")} a variant at a resolution of ${promDuration(resolutionMs)}, even after ${counted(plan.maxHolds, "hold")}, fewer than the policy's ${plan.minSamples} min-samples, so every step would hold until the rollout ends inconclusive`,
    `Give an interval of at least ${promDuration(plan.minSamples * resolutionMs)} (min-samples × resolution), a shorter resolution (at least twice the scrape interval), or a lower min-samples`,
  );
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
 * resolution after the weight was set (confirmed by the traffic: rollout.ts starts the step's
 * window then), so that its first point summarises only traffic at that weight; a rate's counts cover the whole window. Counts from `increase()` are extrapolated,
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
    return { kind: "proportion", ...roundedCounts(metric.name, failures, total) };
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
    totalsEstimated: true,
    check: () => checkQueries(options),
    read: async (window) => ({
      metrics: await Promise.all(options.metrics.map((metric) => readMetric(metric, window))),
    }),
  };
}

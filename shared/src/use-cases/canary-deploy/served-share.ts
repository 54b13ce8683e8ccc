/**
 * Whether the canary served the share of the requests its weight routes to it. The presets count
 * requests at the model server, which counts nothing while it is down or failing before it counts
 * a request (the proxy answers 502 for it, or sends it to the baseline): a crashed canary's
 * metrics keep only what it served before, and would read as healthy. A rate's counts tell it:
 * of the n requests both variants counted in a look, a canary at weight w serves about n·w.
 */
import { counted } from "../../engine/report/counted.js";
import { groupDigits } from "../../engine/report/group-digits.js";
import { binomialCdf } from "../../engine/stats/binomial-distribution.js";
import { summary, type LookJudgement, type MetricJudgement } from "./judge-look.js";
import type { MetricReading, Reading } from "./metric-reading.js";

/** Below this many requests expected of the canary, traffic is too thin to tell: no verdict. */
const MIN_EXPECTED = 20;

/** The one-sided test's level: a canary serving half its share fails it once in 1,000 looks. */
const ALPHA = 0.001;

/**
 * The share tested against is half the weight's, not the weight's: a measured share strays from
 * the weight by more than chance (Prometheus extrapolates each variant's increase() from its own
 * scrapes, a proxy applies a new weight a moment late, sticky sessions bunch requests), so at
 * high traffic a test against the weight itself would fail healthy canaries. A canary that
 * stops serving falls far below half.
 */
const SHARE_TESTED = 0.5;

interface Counts {
  readonly metric: MetricReading;
  readonly baseline: number;
  /** 0 when the canary has no data: it counted no request. */
  readonly canary: number;
}

/** The rate whose counts cover the most requests of both variants, with each one's count. */
function countsOf(reading: Reading): Counts | null {
  let most: Counts | null = null;
  for (const metric of reading.metrics) {
    const { baseline, canary } = metric;
    if (metric.error !== undefined || baseline?.kind !== "proportion") continue;
    if (canary !== null && canary.kind !== "proportion") continue;
    const counts = { metric, baseline: baseline.total, canary: canary?.total ?? 0 };
    if (most === null || counts.baseline + counts.canary > most.baseline + most.canary)
      most = counts;
  }
  return most;
}

/**
 * The failing row of the rate whose counts show the canary serving far fewer requests than its
 * weight (in percent) routes to it, or null when it does not, or too few requests were routed
 * to it to tell (MIN_EXPECTED), or no rate counts requests.
 */
function shortfallRow(reading: Reading, weight: number): MetricJudgement | null {
  const counts = countsOf(reading);
  if (counts === null || weight <= 0 || weight >= 100) return null;
  const seen = counts.baseline + counts.canary;
  const share = weight / 100;
  const expected = seen * share;
  if (expected < MIN_EXPECTED) return null;
  if (binomialCdf(counts.canary, seen, share * SHARE_TESTED) >= ALPHA) return null;
  const { metric } = counts;
  return {
    metric: metric.name,
    verdict: "fail",
    reason: `the canary served ${groupDigits(counts.canary)} of the ${counted(seen, "request")} the look counted, where its weight of ${weight}% routes it about ${groupDigits(Math.round(expected))}: fewer than half its share at ${(1 - ALPHA) * 100}% confidence, so its server may be down or failing before it counts requests, or the traffic does not reach it`,
    baseline: summary(metric.baseline),
    canary: summary(metric.canary),
    delta: null,
    interval: null,
    level: null,
    method: null,
    unread: false,
  };
}

/**
 * The look, failed when the canary served far fewer of its requests than its weight routes to
 * it, whatever its metrics say: the failing row takes the place of that rate's, or joins the
 * look when the policy does not judge the rate.
 */
export function withServedShare(
  look: LookJudgement,
  reading: Reading,
  weight: number,
): LookJudgement {
  const row = shortfallRow(reading, weight);
  if (row === null) return look;
  const judged = look.metrics.some((m) => m.metric === row.metric);
  return {
    ...look,
    verdict: "fail",
    metrics: judged
      ? look.metrics.map((m) => (m.metric === row.metric ? row : m))
      : [...look.metrics, row],
  };
}

/**
 * Whether the canary still serves. The presets count requests at the model server, which counts
 * nothing while it is down or failing before it counts a request (the proxy answers 502 for it,
 * or sends it to the baseline): a crashed canary's metrics keep only what it served before, and
 * would read as healthy. A rate's counts tell it: of the n requests both variants counted since
 * the step's last look, a canary at weight w serves about n·w, and a dead one close to none.
 */
import { counted } from "../../engine/report/counted.js";
import { groupDigits } from "../../engine/report/group-digits.js";
import { summary, type LookJudgement, type MetricJudgement } from "./judge-look.js";
import type { MetricReading, Reading } from "./metric-reading.js";

/** Below this many requests expected of the canary, traffic is too thin to tell: no verdict. */
const MIN_EXPECTED = 20;

/**
 * The part of its share under which a canary is taken for stopped. Not the share itself, nor
 * half of it: a healthy canary's measured share strays far from its weight (sticky sessions
 * pinned to the baseline after a weight increase, a proxy applying a weight late, increase()
 * extrapolated from each variant's own scrapes); a crash leaves it close to nothing. With 20
 * requests expected, a healthy canary serves fewer than 2 about once in 20 million looks.
 */
const STOPPED_SHARE = 0.1;

/** A rate's requests since the weight was set: the canary's null when it has no data. */
interface Counts {
  readonly metric: MetricReading;
  readonly baseline: number;
  readonly canary: number | null;
}

function countsIn(reading: Reading, name?: string): Counts[] {
  const found: Counts[] = [];
  for (const metric of reading.metrics) {
    const { baseline, canary } = metric;
    if (name !== undefined && metric.name !== name) continue;
    if (metric.error !== undefined || baseline?.kind !== "proportion") continue;
    if (canary !== null && canary.kind !== "proportion") continue;
    found.push({ metric, baseline: baseline.total, canary: canary?.total ?? null });
  }
  return found;
}

/** The rate whose counts cover the most requests of both variants. */
const mostCounted = (reading: Reading): Counts | undefined =>
  countsIn(reading).reduce<Counts | undefined>(
    (most, c) =>
      most === undefined || c.baseline + (c.canary ?? 0) > most.baseline + (most.canary ?? 0)
        ? c
        : most,
    undefined,
  );

/** The failing row of `metric`, with why the canary seems to have stopped. */
const failingRow = (metric: MetricReading, reason: string): MetricJudgement => ({
  metric: metric.name,
  verdict: "fail",
  reason,
  baseline: summary(metric.baseline),
  canary: summary(metric.canary),
  delta: null,
  interval: null,
  level: null,
  method: null,
  unread: false,
});

/**
 * The failing row of the rate whose counts show the canary serving close to none of the
 * requests its weight (in percent) routed to it since the step's last look (`earlier` holds the
 * step's earlier readings, oldest first), or giving no data after it gave some this step. Null
 * when it serves, or too few requests were routed to it to tell (MIN_EXPECTED), or it has had
 * no data all step (held as no data is), or no rate counts requests.
 */
function stoppedRow(reading: Reading, earlier: readonly Reading[], weight: number) {
  const now = mostCounted(reading);
  if (now === undefined || weight <= 0 || weight >= 100) return null;
  const name = now.metric.name;
  const before = earlier.map((r) => countsIn(r, name)[0]);
  const last = before.findLastIndex((c) => c !== undefined);
  const since = last < 0 ? "since its weight was set" : `since look ${last + 1}`;
  if (now.canary === null) {
    const had = before.findLastIndex((c) => c !== undefined && c.canary !== null);
    if (had < 0) return null;
    return failingRow(
      now.metric,
      `no data from the canary, which counted ${counted(before[had]!.canary!, "request")} by look ${had + 1}: its server may have stopped, or its metrics are no longer scraped`,
    );
  }
  const served = Math.max(0, now.canary - (before[last]?.canary ?? 0));
  const seen = served + Math.max(0, now.baseline - (before[last]?.baseline ?? 0));
  const expected = (seen * weight) / 100;
  if (expected < MIN_EXPECTED || served >= expected * STOPPED_SHARE) return null;
  return failingRow(
    now.metric,
    `the canary served ${groupDigits(served)} of the ${counted(seen, "request")} counted ${since}, where its weight of ${weight}% routes it about ${groupDigits(Math.round(expected))}: under a tenth of its share, so its server may be down or failing before it counts requests, or the traffic does not reach it`,
  );
}

/**
 * The look, failed when the canary stopped serving, whatever its metrics say: the failing row
 * takes the place of that rate's, or joins the look when the policy does not judge the rate.
 */
export function withServedShare(
  look: LookJudgement,
  reading: Reading,
  earlier: readonly Reading[],
  weight: number,
): LookJudgement {
  const row = stoppedRow(reading, earlier, weight);
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

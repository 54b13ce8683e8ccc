/**
 * Whether the canary still serves. The presets count requests at the model server, which counts
 * nothing while it is down or failing before it counts a request (the proxy answers 502 for it,
 * or sends it to the baseline): a crashed canary's metrics keep only what it served before, and
 * would read as healthy. A rate's counts tell it: of the n requests both variants counted since
 * the step's last good look, a canary at weight w serves about n·w, and a dead one close to none.
 */
import { groupDigits } from "../../engine/report/group-digits.js";
import { formatShare } from "../../engine/report/format-number.js";
import { summary, type LookJudgement, type MetricJudgement } from "./judge-look.js";
import type { MetricReading, MetricSource, Reading } from "./metric-reading.js";
import { countSum, requestsCounted } from "./request-count.js";

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

/** The canary's share of the requests against a tenth of its weight, as a reason recalls a hold. */
const shareSaid = (served: number, baseline: number, weight: number) =>
  `${formatShare(served / 2 / (served / 2 + baseline / 2))} < ${formatShare((weight / 100) * STOPPED_SHARE)}`;

/**
 * `weight`% of `count`: multiplied first, as exact as before for the counts traffic has, and
 * scaled first where the product would pass the largest double (1e308 × 10).
 */
const percentOf = (count: number, weight: number): number => {
  const product = count * weight;
  return Number.isFinite(product) ? product / 100 : count * (weight / 100);
};

/** A look of the step the check remembers: its number, and what it read. */
interface SeenLook {
  readonly look: number;
  readonly reading: Reading;
}

/** What the check carries from one look to the next. */
export interface ShareMemory {
  /**
   * The source's rates, known before any read or seen since; null while none is known (a
   * command's metrics are known only once it prints them), when any unread metric may be one.
   */
  readonly rates: ReadonlySet<string> | null;
  /** Where the canary last gave counts, at any step: no data after them is a canary stopped. */
  readonly counted: {
    readonly step: number;
    readonly look: number;
    readonly requests: number;
  } | null;
  /** The step's last look: a total now lower than there was not counted from the window's start. */
  readonly previous: SeenLook | null;
  /**
   * The step's last good look, at which the canary served its share: the counts judged are
   * those since it, or since the weight was set while there is none.
   */
  readonly good: SeenLook | null;
  /** Whether the step's last look held on the share alone: this one decides. */
  readonly suspect: boolean;
  /**
   * Whether totals are estimates (`MetricSource.totalsEstimated`): a total lower than the last
   * look's is then a counter that stopped, and the counts since the last good look say so.
   */
  readonly estimated: boolean;
}

/** Where the check is: the step, the look, and the step's weight in percent. */
export interface ShareAt {
  readonly step: number;
  readonly look: number;
  readonly weight: number;
}

/** The memory of a rollout before its first look, on `source`'s metrics. */
export const shareMemory = ({ known, totalsEstimated }: MetricSource): ShareMemory => ({
  rates: known && new Set(known.filter((s) => s.kind === "proportion").map((s) => s.name)),
  counted: null,
  previous: null,
  good: null,
  suspect: false,
  estimated: totalsEstimated === true,
});

/** The memory at a new step: its counts start again from its weight. */
export const stepShareMemory = (memory: ShareMemory): ShareMemory => ({
  ...memory,
  previous: null,
  good: null,
  suspect: false,
});

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

/**
 * The rate to judge, of those the step's last good look counted for both variants: one with a
 * count for the canary where any has one (a rate it is missing from must not hide one it
 * serves in), then the one that covers the most requests.
 */
function chosenRate(reading: Reading, good: SeenLook | null): Counts | undefined {
  const usable = countsIn(reading).filter(
    (c) => good === null || (countsIn(good.reading, c.metric.name)[0]?.canary ?? null) !== null,
  );
  // Halved, as two totals near the largest double would sum to Infinity and tie.
  const size = (c: Counts) => c.baseline / 2 + (c.canary ?? 0) / 2;
  return usable.sort(
    (a, b) => Number(b.canary !== null) - Number(a.canary !== null) || size(b) - size(a),
  )[0];
}

/**
 * Why the share cannot be judged when a total went down since the last look: the counts since
 * then would read as the canary serving none. Null when both held or grew.
 */
function wentDown(now: Counts, previous: SeenLook | null): string | null {
  const then = previous && countsIn(previous.reading, now.metric.name)[0];
  if (!then) return null;
  const side = (["canary", "baseline"] as const).find(
    (s) => then[s] !== null && now[s] !== null && now[s] < then[s],
  );
  if (side === undefined) return null;
  return `${now.metric.name}: the ${side}'s total went down from ${groupDigits(then[side]!)} at look ${previous!.look} to ${groupDigits(now[side]!)}, so the canary's share is not judged at this look: totals must count every request since the window started (a metrics-command's, MLOPS_WINDOW_SECONDS ago), not those of the last minutes`;
}

/** What one look shows of the canary's share. */
type Finding =
  | { readonly kind: "serving" }
  | { readonly kind: "untold"; readonly note: string | null }
  | { readonly kind: "unread"; readonly metric: MetricReading }
  | {
      readonly kind: "stopped";
      readonly metric: MetricReading;
      readonly reason: string;
      /** The share it served, against a tenth of its weight: `0.3% < 5%`. */
      readonly share: string;
    };

const UNTOLD: Finding = { kind: "untold", note: null };

/**
 * A canary with no data for the rate now: stopped if it gave counts at an earlier look, of this
 * step or one before (a count of 0 reads as no data from Prometheus), and 20 or more of the
 * baseline's requests since `since` were routed to it; else held as no data is.
 */
function noData(now: Counts, baseline: number, since: string, memory: ShareMemory, at: ShareAt) {
  const expected = percentOf(baseline, at.weight);
  if (memory.counted === null || expected < MIN_EXPECTED) return UNTOLD;
  const { step, look, requests } = memory.counted;
  const when = step === at.step ? `by look ${look}` : `at step ${step}`;
  return {
    kind: "stopped" as const,
    metric: now.metric,
    reason: `no data from the canary, which counted ${requestsCounted(requests)} ${when}, where its weight of ${at.weight}% routes it about ${groupDigits(Math.round(expected))} of the ${requestsCounted(baseline)} the baseline counted ${since}: its server may have stopped, or its metrics are no longer scraped`,
    share: shareSaid(0, baseline, at.weight),
  };
}

/** What the look shows of the canary's share (the counts since the step's last good look). */
function findShare(reading: Reading, memory: ShareMemory, at: ShareAt): Finding {
  if (at.weight <= 0 || at.weight >= 100) return UNTOLD;
  const now = chosenRate(reading, memory.good);
  if (now === undefined) {
    const unread = reading.metrics.find(
      (m) => m.error !== undefined && (memory.rates?.has(m.name) ?? true),
    );
    return unread ? { kind: "unread", metric: unread } : UNTOLD;
  }
  const down = memory.estimated ? null : wentDown(now, memory.previous);
  if (down !== null) return { kind: "untold", note: down };
  const then = memory.good && countsIn(memory.good.reading, now.metric.name)[0];
  const since = memory.good ? `since look ${memory.good.look}` : "since its weight was set";
  const baseline = Math.max(0, now.baseline - (then?.baseline ?? 0));
  if (now.canary === null) return noData(now, baseline, since, memory, at);
  const served = Math.max(0, now.canary - (then?.canary ?? 0));
  // Judged on halves: two totals near the largest double would sum to Infinity, and a canary
  // serving its share would read as serving none of an infinite count.
  const expectedHalf = percentOf(served / 2 + baseline / 2, at.weight);
  if (expectedHalf < MIN_EXPECTED / 2) return UNTOLD;
  if (served / 2 >= expectedHalf * STOPPED_SHARE) return { kind: "serving" };
  const expected = Number.isFinite(expectedHalf * 2)
    ? Math.round(expectedHalf * 2)
    : BigInt(expectedHalf) * 2n;
  return {
    kind: "stopped",
    metric: now.metric,
    reason: `the canary served ${groupDigits(served)} of the ${requestsCounted(countSum(served, baseline))} counted ${since}, where its weight of ${at.weight}% routes it about ${groupDigits(expected)}: under a tenth of its share, so its server may be down or failing before it counts requests, or the traffic does not reach it`,
    share: shareSaid(served, baseline, at.weight),
  };
}

/** The memory after a look read `reading` and showed `finding`. */
function remember(reading: Reading, memory: ShareMemory, at: ShareAt, finding: Finding) {
  const rates = reading.metrics.filter((m) =>
    [m.baseline, m.canary].some((v) => v?.kind === "proportion"),
  );
  const requests = Math.max(
    0,
    ...rates.map((m) => (m.canary?.kind === "proportion" ? m.canary.total : 0)),
  );
  const seen = { look: at.look, reading };
  return {
    rates:
      memory.rates === null && rates.length === 0
        ? null
        : new Set([...(memory.rates ?? []), ...rates.map((m) => m.name)]),
    counted: requests > 0 ? { step: at.step, look: at.look, requests } : memory.counted,
    previous: seen,
    good: finding.kind === "serving" ? seen : memory.good,
    suspect: finding.kind === "stopped" || (finding.kind !== "serving" && memory.suspect),
    estimated: memory.estimated,
  };
}

/** A row of `metric` for the share, which takes the place of its row unless that one fails. */
function withRow(look: LookJudgement, metric: MetricReading, row: Partial<MetricJudgement>) {
  const full: MetricJudgement = {
    metric: metric.name,
    verdict: "hold",
    reason: "",
    baseline: summary(metric.baseline),
    canary: summary(metric.canary),
    delta: null,
    interval: null,
    level: null,
    method: null,
    unread: false,
    ...row,
  };
  const judged = look.metrics.some((m) => m.metric === metric.name);
  const metrics = judged
    ? look.metrics.map((m) => (m.metric === metric.name && m.verdict !== "fail" ? full : m))
    : [...look.metrics, full];
  const verdict = look.verdict === "fail" || full.verdict === "fail" ? "fail" : "hold";
  return { ...look, verdict, metrics } satisfies LookJudgement;
}

/** The look, its note, and the memory for the next, once the canary's share is judged. */
export interface ShareCheck {
  readonly judged: LookJudgement;
  /** Why the share was not judged at a look where it could have been, for the log. */
  readonly note: string | null;
  readonly memory: ShareMemory;
  /**
   * The canary's share where the look holds on it (`0.3% < 5%`), for the next look to decide and
   * the step's reason to recall; null where it does not.
   */
  readonly held: string | null;
  /** The rate of requests the look holds on unread, so that whether the canary serves is untold. */
  readonly unread: MetricReading | null;
}

/**
 * The look, with the canary's share judged: a canary serving under a tenth of it holds one look
 * (a scrape may lag a burst of requests the baseline's has seen), and fails the step when the
 * next look finds it so still, or at once when its metrics fail the look too. A look whose
 * rates all could not be read does not pass: a canary may have stopped unseen.
 */
export function checkServedShare(
  look: LookJudgement,
  reading: Reading,
  at: ShareAt,
  memory: ShareMemory,
): ShareCheck {
  const finding = findShare(reading, memory, at);
  const next = remember(reading, memory, at, finding);
  const note = finding.kind === "untold" ? finding.note : null;
  if (finding.kind === "unread") {
    // A row of the rate as an earlier look judged it (a look on the share alone carries them)
    // gives way: the rate is unread now.
    const judged =
      look.verdict === "fail" ||
      look.metrics.some((m) => m.metric === finding.metric.name && m.unread);
    const reason = `the requests it counts could not be read (${finding.metric.error}), so whether the canary still serves its share cannot be told`;
    return {
      judged: judged ? look : withRow(look, finding.metric, { reason, unread: true }),
      note,
      memory: next,
      held: null,
      unread: look.verdict === "fail" ? null : finding.metric,
    };
  }
  if (finding.kind !== "stopped")
    return { judged: look, note, memory: next, held: null, unread: null };
  const fails = memory.suspect || look.verdict === "fail";
  const reason = fails
    ? finding.reason
    : `${finding.reason}; held one look, as a scrape may lag a burst of requests: the step fails if the next look finds it so too`;
  const judged = withRow(look, finding.metric, { verdict: fails ? "fail" : "hold", reason });
  return { judged, note, memory: next, held: fails ? null : finding.share, unread: null };
}

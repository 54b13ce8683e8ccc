/**
 * The rollout's state machine with stand-ins for the traffic, the metrics and the clock: what
 * moves when, and how each ending leaves the traffic.
 */
import { describe, expect, it } from "vitest";
import { CancelledError, TrafficError, runRollout, type RolloutParts } from "@mlops/shared";

const POLICY = { metrics: { latency: { direction: "lower" as const, "max-regression": "10%" } } };
const same = Array.from({ length: 20 }, (_, i) => 100 + (i % 5));
const slow = same.map((v) => v * 1.5);
/** Too few points for the policy's min-samples: the look holds on them. */
const thin = same.slice(0, 3);

/**
 * One read: the latency series of each variant, and, with `requests`, the requests each counted
 * (an error rate the policy judges only where it says so; null for a canary with no data), or
 * why the source could not read them, and how many of them failed (`failures`, none unless
 * given). A look on the share alone reads its own interval too: `interval`, or the look's values
 * again where it gives none; a list gives each try of it in turn, its last for every try after.
 */
type Look = {
  baseline: number[] | null;
  canary: number[] | null;
  error?: string;
  requests?: [number, number | null] | string;
  failures?: [number, number];
  interval?: Look | Look[];
};

const counts = (total: number | null, failures = 0) =>
  total === null ? null : { kind: "proportion" as const, failures, total };

/** The error rate's reading of a look's `requests` and `failures`. */
const errorRate = (requests: [number, number | null] | string, [base, canary] = [0, 0]) =>
  typeof requests === "string"
    ? { name: "errors", baseline: null, canary: null, error: requests }
    : {
        name: "errors",
        baseline: counts(requests[0], base),
        canary: counts(requests[1], canary),
      };

/**
 * A rollout whose looks give `looks` in turn, recording every traffic move and log line. A read
 * that ends where the last one did, from later on, is a look's read of its own interval.
 */
function parts(looks: Look[], overrides: Partial<RolloutParts> = {}) {
  const moves: string[] = [];
  const lines: string[] = [];
  let reads = 0;
  let clock = 0;
  type Window = Parameters<RolloutParts["source"]["read"]>[0];
  let last: { window: Window; look: Look; tries: number } | null = null;
  /** The look's interval at its next try. */
  const intervalOf = (of: NonNullable<typeof last>): Look => {
    const given = of.look.interval ?? of.look;
    return Array.isArray(given) ? given[Math.min(of.tries++, given.length - 1)]! : given;
  };
  const controller = new AbortController();
  const given: RolloutParts = {
    traffic: {
      description: "test",
      setWeight: async ({ weight }) => void moves.push(`set ${weight}`),
      rollback: async () => void moves.push("rollback"),
    },
    source: {
      description: "test",
      known: null,
      read: async (window) => {
        reads++;
        const ofInterval =
          last !== null &&
          window.end.getTime() === last.window.end.getTime() &&
          window.start > last.window.start;
        const look = ofInterval ? intervalOf(last!) : looks.shift()!;
        if (!ofInterval) last = { window, look, tries: 0 };
        const side = (values: number[] | null) =>
          values === null ? null : { kind: "samples" as const, values };
        return {
          metrics: [
            {
              name: "latency",
              baseline: side(look.baseline),
              canary: side(look.canary),
              ...(look.error ? { error: look.error } : {}),
            },
            ...(look.requests ? [errorRate(look.requests, look.failures)] : []),
          ],
        };
      },
    },
    sleep: async () => void (clock += 1000),
    now: () => new Date(clock),
    signal: controller.signal,
    watcher: { log: (line) => void lines.push(line), stepStarted: async () => undefined },
    ...overrides,
  };
  return { given, moves, controller, lines, reads: () => reads };
}

const plan = (maxHolds: number, steps = [10, 50, 100]) => ({
  steps,
  intervalMs: 1000,
  maxHolds,
  policy: POLICY,
  lookConfidence: 0.99,
  minSamples: 10,
  variant: "canary",
});

describe("a rollout", () => {
  it("holds while a step has too little data, passes when it has enough, and moves on", async () => {
    const { given, moves } = parts([
      { baseline: same, canary: same.slice(0, 3) },
      { baseline: same, canary: same },
      { baseline: same, canary: same },
    ]);
    const result = await runRollout(plan(2), given);
    expect(result.outcome).toBe("promoted");
    expect(result.steps.map((s) => [s.weight, s.verdict, s.looks.length])).toEqual([
      [10, "pass", 2],
      [50, "pass", 1],
      [100, "not-judged", 0],
    ]);
    expect(moves).toEqual(["set 10", "set 50", "set 100"]);
  });

  it("with max-holds 0 ends at the first look without the evidence, inconclusive, traffic back", async () => {
    const { given, moves } = parts([{ baseline: same, canary: null }]);
    const result = await runRollout(plan(0), given);
    expect(result).toMatchObject({ outcome: "inconclusive", finalWeight: 0 });
    expect(result.reason).toBe(
      "too little evidence after 0 holds at 10%: latency: no data from the canary yet",
    );
    expect(moves).toEqual(["set 10", "rollback"]);
  });

  it("rolls back at once when a step fails", async () => {
    const { given, moves } = parts([{ baseline: same, canary: slow }]);
    const result = await runRollout(plan(3), given);
    expect(result.outcome).toBe("rolled-back");
    expect(result.reason).toMatch(
      /^step 1 at 10% failed: latency: the canary's latency is at least/,
    );
    expect(moves).toEqual(["set 10", "rollback"]);
  });

  it("reads a failed read again within the look, before it holds on it", async () => {
    const down = { baseline: null, canary: null, error: "Prometheus not answered" };
    const { given, lines } = parts([down, down, { baseline: same, canary: same }]);
    const result = await runRollout(plan(0, [10]), given);
    expect(result.outcome).toBe("promoted");
    expect(result.steps[0]!.looks.map((l) => l.verdict)).toEqual(["pass"]);
    expect(lines.filter((line) => line.includes("reading again"))).toEqual([
      "canary-deploy: step 1 at 10%, look 1: latency could not be read (Prometheus not answered); reading again in 0.3s",
      "canary-deploy: step 1 at 10%, look 1: latency could not be read (Prometheus not answered); reading again in 0.3s",
    ]);
  });

  it("rolls back at once, never reading again, a look that fails with a metric unread", async () => {
    const { given, moves, lines, reads } = parts([
      { baseline: same, canary: slow, requests: "Prometheus not answered" },
    ]);
    const result = await runRollout(plan(3, [10]), given);
    expect(result.outcome).toBe("rolled-back");
    expect(result.reason).toMatch(/^step 1 at 10% failed: latency: the canary's latency is/);
    expect(lines.filter((line) => line.includes("reading again"))).toEqual([]);
    expect(reads()).toBe(1);
    expect(moves).toEqual(["set 10", "rollback"]);
  });

  it("reads again a look that would pass with the requests unread, and rolls back the canary they show stopped", async () => {
    // The policy judges latency alone; the requests the canary counts show it dead after the
    // first look, but the rate could not be read at the first try of the second.
    const { given, moves, lines, reads } = parts([
      { baseline: same, canary: thin, requests: [900, 100] },
      { baseline: same, canary: same, requests: "Prometheus not answered" },
      { baseline: same, canary: same, requests: [1_800, 100] },
      { baseline: same, canary: same, requests: [2_700, 100] },
    ]);
    const result = await runRollout(plan(3, [10, 100]), given);
    expect(lines.filter((line) => line.includes("reading again"))).toEqual([
      "canary-deploy: step 1 at 10%, look 2: errors could not be read (Prometheus not answered); reading again in 0.3s",
    ]);
    expect(reads()).toBe(4);
    expect(result.steps[0]!.looks.map((l) => l.verdict)).toEqual(["hold", "hold", "fail"]);
    expect(result.reason).toBe(
      "step 1 at 10% failed: errors: the canary served 0 of the 1,800 requests counted since look 1, where its weight of 10% routes it about 180: under a tenth of its share, so its server may be down or failing before it counts requests, or the traffic does not reach it; held at look 2 for share 0% < 1%",
    );
    expect(moves).toEqual(["set 10", "rollback"]);
  });

  it("holds, never passes, a look whose requests could not be read at any try, and rolls back when the holds run out", async () => {
    const unread = { baseline: same, canary: same, requests: "Prometheus not answered" };
    const { given, moves, reads } = parts(Array.from({ length: 3 }, () => ({ ...unread })));
    const result = await runRollout(plan(0, [10]), given);
    expect(reads()).toBe(3);
    expect(result.steps[0]!.looks[0]!.metrics.map((m) => [m.metric, m.verdict, m.unread])).toEqual([
      ["latency", "pass", false],
      ["errors", "hold", true],
    ]);
    expect(result).toMatchObject({ outcome: "rolled-back", finalWeight: 0 });
    expect(result.reason).toBe(
      "the metrics could not be read after 0 holds at 10%, so the canary cannot be judged: errors: the requests it counts could not be read (Prometheus not answered), so whether the canary still serves its share cannot be told",
    );
    expect(moves).toEqual(["set 10", "rollback"]);
  });

  it("holds on a read that fails three times in a look, and rolls back when the holds run out", async () => {
    const down = { baseline: null, canary: null, error: "Prometheus not answered" };
    const { given } = parts(Array.from({ length: 6 }, () => ({ ...down })));
    const result = await runRollout(plan(1, [10]), given);
    expect(result.steps[0]!.looks.map((l) => l.verdict)).toEqual(["hold", "hold"]);
    expect(result).toMatchObject({ outcome: "rolled-back", finalWeight: 0 });
    expect(result.reason).toMatch(/^the metrics could not be read after 1 hold at 10%/);
  });

  describe("times each step from its weight set to its end", () => {
    /** A clock that a weight's shift moves by a quarter second and a wait by a second. */
    function timed(looks: Look[]) {
      let clock = 0;
      const run = parts(looks, {
        now: () => new Date(clock),
        sleep: async () => void (clock += 1000),
      });
      const traffic = run.given.traffic;
      run.given = {
        ...run.given,
        traffic: {
          ...traffic,
          setWeight: async (move) => {
            clock += 250;
            await traffic.setWeight(move);
          },
        },
      };
      return run;
    }
    const span = (step: { startedAt: Date; endedAt: Date }) =>
      step.endedAt.getTime() - step.startedAt.getTime();

    it("the step at 100% ending once its weight is set, never before it started", async () => {
      const run = timed([
        { baseline: same, canary: same },
        { baseline: same, canary: same },
      ]);
      const result = await runRollout(plan(1), run.given);
      expect(result.outcome).toBe("promoted");
      expect(result.steps.map(span)).toEqual([1000, 1000, 0]);
    });

    it("a cancelled step ending where the cancel stopped its wait", async () => {
      const run = timed([{ baseline: same, canary: same }]);
      const wait = run.given.sleep;
      run.given = {
        ...run.given,
        // The cancel comes as the step's first wait ends, a second in.
        sleep: async (...args) => {
          await wait(...args);
          run.controller.abort(new CancelledError("SIGTERM"));
          throw new CancelledError("SIGTERM");
        },
      };
      const result = await runRollout(plan(1), run.given);
      expect(result.reason).toBe("the step was cancelled (SIGTERM)");
      expect(result.steps.map(span)).toEqual([1000]);
    });
  });

  it("moves no more traffic after a cancel that came while a look was read", async () => {
    const looks: Look[] = [{ baseline: same, canary: same }];
    const run = parts(looks);
    const read = run.given.source.read;
    run.given = {
      ...run.given,
      source: {
        ...run.given.source,
        read: async (window) => {
          run.controller.abort(new CancelledError("SIGINT"));
          return read(window);
        },
      },
    };
    const result = await runRollout(plan(1), run.given);
    expect(result).toMatchObject({ outcome: "rolled-back", finalWeight: 0 });
    expect(result.reason).toBe("the step was cancelled (SIGINT)");
    expect(run.moves).toEqual(["set 10", "rollback"]);
  });

  it("says when the rollback itself failed, and leaves the weight it could not undo", async () => {
    const { given } = parts([{ baseline: same, canary: slow }]);
    const result = await runRollout(plan(1), {
      ...given,
      traffic: {
        ...given.traffic,
        rollback: async () => {
          throw new TypeError("socket hang up");
        },
      },
    });
    expect(result).toMatchObject({ outcome: "rolled-back", finalWeight: 10 });
    expect(result.reason).toMatch(
      /; and the rollback failed, so the canary still has 10%: TypeError: socket hang up$/,
    );
  });

  it("says the first weight could not be confirmed, not that the traffic never moved, when the rollback failed too", async () => {
    const { given } = parts([]);
    const result = await runRollout(plan(1), {
      ...given,
      traffic: {
        ...given.traffic,
        setWeight: async () => {
          throw new TrafficError("the mesh refused 10%");
        },
        rollback: async () => {
          throw new TrafficError("the mesh refused 0%");
        },
      },
    });
    // The most the canary may have: the shift asked may have taken effect.
    expect(result).toMatchObject({
      outcome: "rolled-back",
      finalWeight: 10,
      reason:
        "the mesh refused 10%; the first weight (10%) could not be confirmed and the rollback failed too, so check the traffic by hand: the mesh refused 0%",
    });
    expect(result.reason).not.toContain("never moved");
  });

  it("says a later shift could not be confirmed, not that the canary still has the last weight, when the rollback failed too", async () => {
    const { given } = parts([{ baseline: same, canary: same }]);
    const result = await runRollout(plan(1), {
      ...given,
      traffic: {
        ...given.traffic,
        setWeight: async ({ weight }) => {
          if (weight > 10) throw new TrafficError(`the mesh refused ${weight}%`);
        },
        rollback: async () => {
          throw new TrafficError("the mesh refused 0%");
        },
      },
    });
    expect(result).toMatchObject({
      outcome: "rolled-back",
      finalWeight: 50,
      reason:
        "the mesh refused 50%; the shift to 50% could not be confirmed and the rollback failed too, so the canary has 10% or 50%: check the traffic by hand: the mesh refused 0%",
    });
  });

  it("says no weight was set when cancelled before the first one, and the rollback failed too", async () => {
    const { given, moves, controller } = parts([]);
    controller.abort(new CancelledError("SIGINT"));
    const result = await runRollout(plan(1), {
      ...given,
      traffic: {
        ...given.traffic,
        rollback: async () => {
          throw new TrafficError("the mesh refused 0%");
        },
      },
    });
    expect(moves).toEqual([]);
    expect(result).toMatchObject({ outcome: "rolled-back", finalWeight: 0 });
    expect(result.reason).toMatch(
      /; no weight was set yet, and the rollback sent to make sure failed too: the mesh refused 0%$/,
    );
  });

  it("rolls back when the traffic cannot be moved, with the provider's reason", async () => {
    const { given, moves } = parts([{ baseline: same, canary: same }]);
    const result = await runRollout(plan(1), {
      ...given,
      traffic: {
        ...given.traffic,
        setWeight: async ({ weight }) => {
          if (weight === 50) throw new TrafficError("the mesh refused 50%");
          moves.push(`set ${weight}`);
        },
      },
    });
    expect(result).toMatchObject({ outcome: "rolled-back", reason: "the mesh refused 50%" });
    expect(moves).toEqual(["set 10", "rollback"]);
  });
});

describe("a rollout's check that the canary still serves its share of the requests", () => {
  /** The reason a step fails on the share of a canary that served `served` of `seen`. */
  const underATenth = (
    served: string,
    seen: string,
    since: string,
    weight: number,
    about: string,
  ) =>
    `errors: the canary served ${served} of the ${seen} requests counted ${since}, where its weight of ${weight}% routes it about ${about}: under a tenth of its share, so its server may be down or failing before it counts requests, or the traffic does not reach it`;

  it("holds one look, then rolls back, a canary that serves close to none of the requests its weight routes to it", async () => {
    // Its latencies, from before it stopped, look healthy; its server counted 3 requests of
    // the 1,480, where 10% of them is 148, and none of the next 1,480.
    const { given, moves } = parts([
      { baseline: same, canary: same, requests: [1_477, 3] },
      { baseline: same, canary: same, requests: [2_957, 3] },
    ]);
    const result = await runRollout(plan(3), given);
    const [held, failed] = result.steps[0]!.looks;
    expect(held!.metrics.map((m) => [m.metric, m.verdict, m.reason])).toEqual([
      ["latency", "pass", expect.any(String)],
      [
        "errors",
        "hold",
        `${underATenth("3", "1,480", "since its weight was set", 10, "148").slice(8)}; held one look, as a scrape may lag a burst of requests: the step fails if the next look finds it so too`,
      ],
    ]);
    expect(failed!.verdict).toBe("fail");
    expect(result.outcome).toBe("rolled-back");
    expect(result.reason).toBe(
      `step 1 at 10% failed: ${underATenth("3", "2,960", "since its weight was set", 10, "296")}; held at look 1 for share 0.203% < 1%`,
    );
    expect(moves).toEqual(["set 10", "rollback"]);
  });

  it("rolls back at once a canary under a tenth of its share whose metrics fail the look too", async () => {
    const { given, moves } = parts([{ baseline: same, canary: slow, requests: [1_477, 3] }]);
    const result = await runRollout(plan(3), given);
    expect(result.steps[0]!.looks[0]!.metrics.map((m) => [m.metric, m.verdict])).toEqual([
      ["latency", "fail"],
      ["errors", "fail"],
    ]);
    expect(result.reason).toMatch(/^step 1 at 10% failed: latency: the canary's latency is/);
    expect(result.reason).toContain(
      underATenth("3", "1,480", "since its weight was set", 10, "148"),
    );
    expect(moves).toEqual(["set 10", "rollback"]);
  });

  it("rolls back a canary that stops late in the last judged step, on the requests since the last good look", async () => {
    // At 50% the first look holds on too few latency points. By the second, the canary has
    // served 2,500 of the step's 7,500 requests, a third where half is routed to it, but none
    // of the 2,500 since the first look: it died after it. The third finds it so still.
    const { given, moves } = parts([
      { baseline: same, canary: same, requests: [9_500, 500] },
      { baseline: same, canary: same, requests: [7_500, 2_500] },
      { baseline: same, canary: thin, requests: [2_500, 2_500] },
      { baseline: same, canary: same, requests: [5_000, 2_500] },
      { baseline: same, canary: same, requests: [7_500, 2_500] },
    ]);
    const result = await runRollout(plan(3, [5, 25, 50, 100]), given);
    expect(result.steps.map((s) => s.looks.map((l) => l.verdict))).toEqual([
      ["pass"],
      ["pass"],
      ["hold", "hold", "fail"],
    ]);
    expect(result.reason).toBe(
      `step 3 at 50% failed: ${underATenth("0", "5,000", "since look 1", 50, "2,500")}; held at look 2 for share 0% < 5%`,
    );
    expect(moves).toEqual(["set 5", "set 25", "set 50", "rollback"]);
  });

  it("looks once more at a canary first seen under its share at the last look max-holds allows, and rolls it back, not inconclusive", async () => {
    // The first look holds on too few latency points; the canary dies after it. The second,
    // the last of max-holds 1, holds on the share alone; one look more finds it so still.
    const { given, moves, lines } = parts([
      { baseline: same, canary: thin, requests: [900, 100] },
      { baseline: same, canary: same, requests: [1_800, 100] },
      { baseline: same, canary: same, requests: [2_700, 100] },
    ]);
    const result = await runRollout(plan(1, [10, 100]), given);
    expect(result.steps[0]!.looks.map((l) => l.verdict)).toEqual(["hold", "hold", "fail"]);
    expect(result).toMatchObject({ outcome: "rolled-back", finalWeight: 0 });
    expect(result.reason).toBe(
      `step 1 at 10% failed: ${underATenth("0", "1,800", "since look 1", 10, "180")}; held at look 2 for share 0% < 1%`,
    );
    expect(lines).toContain(
      "canary-deploy: step 1 at 10%: look 2 held on the canary's share, the last look that max-holds allows; one look more, on the share alone, tells a scrape that lagged from a canary that stopped",
    );
    expect(moves).toEqual(["set 10", "rollback"]);
  });

  it("looks once more with max-holds 0 at a canary under its share, and rolls it back", async () => {
    const { given, moves, lines } = parts([
      { baseline: same, canary: same, requests: [1_477, 3] },
      { baseline: same, canary: same, requests: [2_957, 3] },
    ]);
    const result = await runRollout(plan(0, [10, 100]), given);
    expect(result.steps[0]!.looks.map((l) => l.verdict)).toEqual(["hold", "fail"]);
    expect(result.reason).toBe(
      `step 1 at 10% failed: ${underATenth("3", "2,960", "since its weight was set", 10, "296")}; held at look 1 for share 0.203% < 1%`,
    );
    expect(lines.filter((line) => line.includes("one look more"))).toHaveLength(1);
    expect(moves).toEqual(["set 10", "rollback"]);
  });

  it("passes a healthy canary whose scrape lags a burst at the last look max-holds allows, on one look more", async () => {
    // At 25% the canary's scrape has seen none of the step's first burst; the look after has.
    const { given, lines } = parts([
      { baseline: same, canary: same, requests: [1_900, 100] },
      { baseline: same, canary: same, requests: [750, null] },
      { baseline: same, canary: same, requests: [1_500, 500] },
    ]);
    const result = await runRollout(plan(0, [5, 25, 100]), given);
    expect(result.steps.map((s) => s.looks.map((l) => l.verdict))).toEqual([
      ["pass"],
      ["hold", "pass"],
      [],
    ]);
    expect(result).toMatchObject({ outcome: "promoted", finalWeight: 100 });
    // The look on the share alone came after the last full one: no other follows it.
    expect(lines.filter((line) => line.includes("one look more"))).toHaveLength(1);
  });

  it("never moves to 100%, nor ends promoted, a canary that dies late in the last judged step's last interval", async () => {
    // It served 40 of the 94 requests routed to it by the look that passes, over a tenth: it
    // died in that interval. The look after finds it serving none since, holds once, and the
    // one after fails it.
    for (const steps of [[10, 100], [10]]) {
      const { given, moves, lines } = parts([
        { baseline: same, canary: same, requests: [900, 40] },
        { baseline: same, canary: same, requests: [1_800, 40] },
        { baseline: same, canary: same, requests: [2_700, 40] },
      ]);
      const result = await runRollout(plan(3, steps), given);
      expect(result.steps[0]!.looks.map((l) => l.verdict)).toEqual(["pass", "hold", "fail"]);
      expect(result).toMatchObject({ outcome: "rolled-back", finalWeight: 0 });
      expect(result.reason).toBe(
        `step 1 at 10% failed: ${underATenth("0", "1,800", "since look 1", 10, "180")}; held at look 2 for share 0% < 1%`,
      );
      const ending = steps.length > 1 ? "the traffic moves to 100%" : "the rollout ends at 10%";
      expect(lines).toContain(
        `canary-deploy: step 1 at 10%: passed at look 1; one look more, on the canary's share alone, sees it still serves before ${ending}`,
      );
      expect(moves).toEqual(["set 10", "rollback"]);
    }
  });

  it("judges the metrics again on the look after the last judged step passed, on its own interval, keeping the rows that passed", async () => {
    const { given, moves, lines } = parts([
      { baseline: same, canary: same, requests: [900, 100] },
      { baseline: same, canary: same, requests: [1_800, 200] },
    ]);
    const result = await runRollout(plan(3, [10, 100]), given);
    const [passed, confirmed] = result.steps[0]!.looks;
    expect(confirmed!.verdict).toBe("pass");
    // The summary shows the step's last look: the rows of its last full one, not the interval's.
    expect(confirmed!.metrics).toEqual(passed!.metrics);
    expect(confirmed!.windowS).toBeCloseTo(2, 9);
    expect(lines).toContain(
      "canary-deploy: step 1 at 10%, look 2: latency passes on the 1s since look 1 alone",
    );
    expect(result.outcome).toBe("promoted");
    expect(moves).toEqual(["set 10", "set 100"]);
  });

  it("rolls back a canary whose latencies over the look after the last judged step passed fail, naming the metric, its values and the look", async () => {
    const { given, moves } = parts([
      { baseline: same, canary: same, requests: [900, 100] },
      {
        ...{ baseline: same, canary: same, requests: [1_800, 200] },
        interval: { baseline: same, canary: slow, requests: [900, 100] },
      },
    ]);
    const result = await runRollout(plan(3, [10, 100]), given);
    const failed = result.steps[0]!.looks[1]!;
    expect(failed.metrics.map((m) => [m.metric, m.verdict, m.canary])).toEqual([
      ["latency", "fail", { n: 20, median: expect.closeTo(153, 9), p95: expect.closeTo(156, 9) }],
    ]);
    expect(result).toMatchObject({ outcome: "rolled-back", finalWeight: 0 });
    expect(result.reason).toMatch(
      /^step 1 at 10% failed: latency: at look 2, on the 1s since look 1 alone, where the canary gave median 153, p95 156 \(n=20\) and the baseline median 102, p95 104 \(n=20\): the canary's latency is at least /,
    );
    expect(moves).toEqual(["set 10", "rollback"]);
  });
  it("holds a canary whose requests cannot be read after the last judged step passed, for the step's unused holds, then rolls it back saying so", async () => {
    // [max-holds, looks after the pass]: its unused holds after the first look more, at least one.
    const cases: [number, number][] = [
      [3, 4],
      [0, 2],
    ];
    for (const [maxHolds, after] of cases) {
      const unread = { baseline: same, canary: same, requests: "Prometheus not answered" };
      const { given, moves, lines, reads } = parts([
        { baseline: same, canary: same, requests: [900, 100] },
        ...Array.from({ length: 3 * after }, () => ({ ...unread })),
      ]);
      const result = await runRollout(plan(maxHolds, [10, 100]), given);
      // Each look after the pass reads three times, and not its own interval: the requests
      // unread hold it, and the next look's interval starts before it.
      expect(reads()).toBe(1 + 3 * after);
      const looks = result.steps[0]!.looks;
      expect(looks.map((l) => l.verdict)).toEqual(["pass", ...Array(after).fill("hold")]);
      // The latency stands as look 1 passed it; the requests, unread, take their row's place.
      expect(looks.at(-1)!.metrics.map((m) => [m.metric, m.verdict, m.unread])).toEqual([
        ["latency", "pass", false],
        ["errors", "hold", true],
      ]);
      expect(result).toMatchObject({ outcome: "rolled-back", finalWeight: 0 });
      expect(result.reason).toBe(
        `step 1 at 10% passed at look 1, but the ${after} looks after could not read its metrics: errors: the requests it counts could not be read (Prometheus not answered), so whether the canary still serves its share cannot be told`,
      );
      expect(lines).toContain(
        `canary-deploy: step 1 at 10%: look 2 could not read the canary's requests, so it holds: ${after === 2 ? "one look more" : `up to ${after - 1} looks more`}, on the share alone, before the rollout rolls back for them`,
      );
      expect(moves).toEqual(["set 10", "rollback"]);
    }
  });

  it("counts a hold on the share among the looks after a pass, and says how many of them could not read the requests", async () => {
    // With max-holds 0 the looks after the pass hold once: the second, unread, ends the step.
    const unread = { baseline: same, canary: same, requests: "Prometheus not answered" };
    const { given, moves } = parts([
      { baseline: same, canary: same, requests: [900, 100] },
      { baseline: same, canary: same, requests: [1_800, 100] },
      ...Array.from({ length: 3 }, () => ({ ...unread })),
    ]);
    const result = await runRollout(plan(0, [10, 100]), given);
    expect(result.steps[0]!.looks.map((l) => l.verdict)).toEqual(["pass", "hold", "hold"]);
    expect(result.reason).toBe(
      "step 1 at 10% passed at look 1, but 1 of the 2 looks after could not read its metrics: errors: the requests it counts could not be read (Prometheus not answered), so whether the canary still serves its share cannot be told; held at look 2 for share 0% < 1%",
    );
    expect(moves).toEqual(["set 10", "rollback"]);
  });

  it("promotes a canary that passed every planned look when its requests go unread at the look after, and are read again at the next", async () => {
    const unread = { baseline: same, canary: same, requests: "Prometheus not answered" };
    const { given, moves } = parts([
      { baseline: same, canary: same, requests: [900, 100] },
      ...Array.from({ length: 3 }, () => ({ ...unread })),
      { baseline: same, canary: same, requests: [2_700, 300] },
    ]);
    const result = await runRollout(plan(3, [10, 100]), given);
    expect(result.steps[0]!.looks.map((l) => l.verdict)).toEqual(["pass", "hold", "pass"]);
    expect(result).toMatchObject({ outcome: "promoted", finalWeight: 100 });
    expect(moves).toEqual(["set 10", "set 100"]);
  });

  it("holds, never passes, a look on the share alone that cannot read the metrics over its interval, and judges that interval with the next look's", async () => {
    // The latency is unread at look 2, over the step and at each try of its interval; the
    // requests show the canary serving. Look 3 reads it, from look 1 on.
    const { given, lines, reads } = parts([
      { baseline: same, canary: same, requests: [900, 100] },
      { baseline: null, canary: null, error: "query timed out", requests: [1_800, 200] },
      { baseline: same, canary: same, requests: [2_700, 300] },
    ]);
    const result = await runRollout(plan(3, [10, 100]), given);
    // Look 1 once; look 2 once since the weight was set and three times over its interval;
    // look 3 once and once.
    expect(reads()).toBe(7);
    expect(lines.filter((line) => line.includes("reading again"))).toEqual(
      Array(2).fill(
        "canary-deploy: step 1 at 10%, look 2: latency could not be read over its interval (query timed out); reading again in 0.3s",
      ),
    );
    const [, held, confirmed] = result.steps[0]!.looks;
    expect(held!.verdict).toBe("hold");
    expect(held!.metrics).toEqual([
      expect.objectContaining({
        metric: "latency",
        verdict: "hold",
        unread: true,
        canary: null,
        reason:
          "at look 2, could not be read on the 1s since look 1 alone (query timed out), and does not fail on the 2s since the weight was set, so the look holds on it as on a metric unread",
      }),
    ]);
    expect(lines).toContain(
      "canary-deploy: step 1 at 10%: look 2 could not read latency over its interval, so it holds: up to 3 looks more, on the share alone, before the rollout rolls back for them",
    );
    // Look 2's retries took 2s of the clock: look 3's interval runs from look 1, 4s before it.
    expect(confirmed!.verdict).toBe("pass");
    expect(lines).toContain(
      "canary-deploy: step 1 at 10%, look 3: latency passes on the 4s since look 1 alone",
    );
    expect(result.outcome).toBe("promoted");
  });

  it("rolls back a canary whose metrics cannot be read over the interval of any look after the pass, once the unused holds are spent", async () => {
    const unread = {
      baseline: null,
      canary: null,
      error: "query timed out",
      requests: [1_800, 200],
    };
    const { given, moves } = parts([
      { baseline: same, canary: same, requests: [900, 100] },
      { ...unread, requests: [1_800, 200] as [number, number] },
      { ...unread, requests: [2_700, 300] as [number, number] },
    ]);
    const result = await runRollout(plan(0, [10, 100]), given);
    expect(result.steps[0]!.looks.map((l) => l.verdict)).toEqual(["pass", "hold", "hold"]);
    expect(result).toMatchObject({ outcome: "rolled-back", finalWeight: 0 });
    expect(result.reason).toBe(
      "step 1 at 10% passed at look 1, but the 2 looks after could not read its metrics: latency: at look 3, could not be read on the 4s since look 1 alone (query timed out), and does not fail on the 5s since the weight was set, so the look holds on it as on a metric unread",
    );
    expect(moves).toEqual(["set 10", "rollback"]);
  });

  it("passes a healthy canary whose share of the requests lags its weight", async () => {
    // [weight, baseline's requests, canary's]: sticky sessions pinned to the baseline after a
    // weight increase, or a proxy applying the weight late, and canaries at the ends.
    const cases: [number, number, number][] = [
      [25, 9_000, 1_000],
      [5, 9_800, 200],
      [1, 9_900, 100],
      [99, 100, 9_900],
      // 9% where 10% is routed.
      [10, 91_000, 9_000],
    ];
    for (const [weight, baseline, canary] of cases) {
      // The look on the share alone, before the rollout ends, sees the same share.
      const { given } = parts([
        { baseline: same, canary: same, requests: [baseline, canary] },
        { baseline: same, canary: same, requests: [2 * baseline, 2 * canary] },
      ]);
      const result = await runRollout(plan(1, [weight]), given);
      expect([weight, result.outcome, result.reason]).toEqual([
        weight,
        "promoted",
        `all 1 judged step passed, up to ${weight}%`,
      ]);
    }
  });

  it("holds one look, never fails, a healthy canary whose scrape has not yet seen a burst the baseline's has", async () => {
    // Bursts of 1,000 requests at 25%: the second reached the baseline's scrape before the
    // look, and the canary's only after it.
    const { given, lines } = parts([
      { baseline: same, canary: thin, requests: [750, 250] },
      { baseline: same, canary: same, requests: [1_500, 250] },
      { baseline: same, canary: same, requests: [2_250, 750] },
      { baseline: same, canary: same, requests: [3_000, 1_000] },
    ]);
    const result = await runRollout(plan(3, [25, 100]), given);
    expect(result.steps[0]!.looks.map((l) => l.verdict)).toEqual(["hold", "hold", "pass", "pass"]);
    expect(lines[1]).toBe(
      `canary-deploy: step 1 at 25%, look 2: hold (${underATenth("0", "750", "since look 1", 25, "188")}; held one look, as a scrape may lag a burst of requests: the step fails if the next look finds it so too)`,
    );
    expect(result.outcome).toBe("promoted");
  });

  it("holds a canary with no data yet as no data holds, whatever the baseline counted", async () => {
    // A canary's first requests may not make a series yet: no data, never "served none".
    for (const [weight, baseline] of [
      [1, 2_500],
      [5, 1_000],
      [10, 2_000],
    ] as const) {
      const { given } = parts([
        { baseline: same, canary: null, requests: [baseline, null] },
        { baseline: same, canary: same, requests: [2 * baseline, baseline / 10] },
        { baseline: same, canary: same, requests: [3 * baseline, baseline / 5] },
      ]);
      const result = await runRollout(plan(1, [weight]), given);
      expect([weight, ...result.steps[0]!.looks.map((l) => l.verdict)]).toEqual([
        weight,
        "hold",
        "pass",
        "pass",
      ]);
    }
  });

  it("counts the canary's and the baseline's requests over the same looks after one with no canary data", async () => {
    // The canary had no data at the first look: both counts are since its weight was set.
    const { given } = parts([
      { baseline: same, canary: null, requests: [1_000, null] },
      { baseline: same, canary: same, requests: [2_000, 5] },
      { baseline: same, canary: same, requests: [3_000, 5] },
    ]);
    const result = await runRollout(plan(3, [10, 100]), given);
    expect(result.steps[0]!.looks.map((l) => l.verdict)).toEqual(["hold", "hold", "fail"]);
    expect(result.steps[0]!.looks[1]!.metrics[1]!.reason).toMatch(
      /^the canary served 5 of the 2,005 requests counted since its weight was set, where its weight of 10% routes it about 201:/,
    );
    expect(result.reason).toBe(
      `step 1 at 10% failed: ${underATenth("5", "3,005", "since its weight was set", 10, "301")}; held at look 2 for share 0.249% < 1%`,
    );
  });

  it("holds, never fails, a canary's share on thin traffic", async () => {
    // 10% of the 150 requests since the first look is 15, too few to tell one that served none.
    const { given } = parts([
      { baseline: same, canary: thin, requests: [900, 100] },
      { baseline: same, canary: thin, requests: [1_050, 100] },
    ]);
    const result = await runRollout(plan(1, [10]), given);
    expect(result.steps[0]!.looks.map((l) => l.verdict)).toEqual(["hold", "hold"]);
    expect(result.outcome).toBe("inconclusive");
  });

  it("never promotes a canary that stops where each look alone is too thin to judge", async () => {
    // 15 requests a look are routed to the canary: the counts run on from the last look that
    // had enough to judge (the second), until 20 or more show it serving none, at the last look
    // max-holds allows; one look more finds it so still.
    const { given } = parts([
      { baseline: same, canary: thin, requests: [135, 15] },
      { baseline: same, canary: thin, requests: [270, 15] },
      { baseline: same, canary: thin, requests: [405, 15] },
      { baseline: same, canary: same, requests: [540, 15] },
      { baseline: same, canary: same, requests: [675, 15] },
    ]);
    const result = await runRollout(plan(3, [10, 100]), given);
    expect(result.steps[0]!.looks.map((l) => l.verdict)).toEqual([
      ...["hold", "hold", "hold", "hold"],
      "fail",
    ]);
    expect(result.steps[0]!.looks[3]!.metrics[1]!.reason).toContain(
      underATenth("0", "270", "since look 2", 10, "27").slice(8),
    );
    expect(result.outcome).toBe("rolled-back");
    expect(result.reason).toBe(
      `step 1 at 10% failed: ${underATenth("0", "405", "since look 2", 10, "41")}; held at look 4 for share 0% < 1%`,
    );
    expect(result.finalWeight).toBe(0);
  });

  it("rolls back a canary that gives no data after it gave some in the step", async () => {
    const { given, moves } = parts([
      { baseline: same, canary: thin, requests: [900, 100] },
      { baseline: same, canary: same, requests: [1_800, null] },
      { baseline: same, canary: same, requests: [2_700, null] },
    ]);
    const result = await runRollout(plan(3, [10, 100]), given);
    expect(result.steps[0]!.looks.map((l) => l.verdict)).toEqual(["hold", "hold", "fail"]);
    expect(result.reason).toBe(
      "step 1 at 10% failed: errors: no data from the canary, which counted 100 requests by look 1, where its weight of 10% routes it about 180 of the 1,800 requests the baseline counted since look 1: its server may have stopped, or its metrics are no longer scraped; held at look 2 for share 0% < 1%",
    );
    expect(moves).toEqual(["set 10", "rollback"]);
  });

  it("rolls back a canary that dies as its weight is set, with no data all step after it counted at an earlier one", async () => {
    // Prometheus reads a count of 0 as no data: the canary counted 500 requests at 5%, and
    // none since 25% was set, while the baseline counted 10,000 a look.
    const { given, moves } = parts([
      { baseline: same, canary: same, requests: [9_500, 500] },
      { baseline: same, canary: null, requests: [10_000, null] },
      { baseline: same, canary: null, requests: [20_000, null] },
    ]);
    const result = await runRollout(plan(3, [5, 25, 50, 100]), given);
    expect(result.steps.map((s) => s.looks.map((l) => l.verdict))).toEqual([
      ["pass"],
      ["hold", "fail"],
    ]);
    expect(result.reason).toBe(
      "step 2 at 25% failed: errors: no data from the canary, which counted 500 requests at step 1, where its weight of 25% routes it about 5,000 of the 20,000 requests the baseline counted since its weight was set: its server may have stopped, or its metrics are no longer scraped; held at look 1 for share 0% < 2.5%",
    );
    expect(moves).toEqual(["set 5", "set 25", "rollback"]);
  });

  it("holds, never fails, a canary with no data after a request or two on thin traffic", async () => {
    // 10% of the 12 requests the baseline counted is 1: too few to tell a canary that stopped.
    const { given } = parts([
      { baseline: same, canary: thin, requests: [9, 1] },
      { baseline: same, canary: thin, requests: [12, null] },
    ]);
    const result = await runRollout(plan(1, [10, 100]), given);
    expect(result.steps[0]!.looks.map((l) => l.verdict)).toEqual(["hold", "hold"]);
    expect(result.outcome).toBe("inconclusive");
  });

  it("judges the share on a rate the canary counts, not one that counts more with no canary data", async () => {
    // The canary's errors went unscraped at the second look; its timeouts show it serving.
    type Rates = Record<"errors" | "timeouts", [number, number | null]>;
    const rates: Rates[] = [
      { errors: [900, 100], timeouts: [800, 90] },
      { errors: [5_000, null], timeouts: [1_600, 180] },
      { errors: [7_000, null], timeouts: [2_400, 270] },
    ];
    const samples = (values: number[]) => ({ kind: "samples" as const, values });
    let look = 0;
    const { given } = parts([], {
      source: {
        description: "test",
        known: null,
        read: async (window) => {
          // A read from after the weight was set is a look's own interval: its look's counts.
          const at = window.start.getTime() > 0 ? look - 1 : look++;
          const { errors, timeouts } = rates[at]!;
          const canary = samples(at === 0 ? thin : same);
          return {
            metrics: [
              { name: "latency", baseline: samples(same), canary },
              { name: "errors", baseline: counts(errors[0]), canary: counts(errors[1]) },
              { name: "timeouts", baseline: counts(timeouts[0]), canary: counts(timeouts[1]) },
            ],
          };
        },
      },
    });
    const result = await runRollout(plan(3, [10, 100]), given);
    expect(result.steps[0]!.looks.map((l) => l.verdict)).toEqual(["hold", "pass", "pass"]);
    expect(result.outcome).toBe("promoted");
  });

  it("does not judge the share at a look where a total went down, and says why", async () => {
    // A command that prints the last 5 minutes' counts rather than those since the window
    // started: the healthy canary's total falls from 10,000 to 9,950.
    const { given, lines } = parts([
      { baseline: same, canary: thin, requests: [10_000, 10_000] },
      { baseline: same, canary: same, requests: [10_100, 9_950] },
      { baseline: same, canary: same, requests: [10_200, 10_050] },
    ]);
    const result = await runRollout(plan(3, [50, 100]), given);
    expect(result.outcome).toBe("promoted");
    expect(lines).toContain(
      "canary-deploy: step 1 at 50%, look 2: errors: the canary's total went down from 10,000 at look 1 to 9,950, so the canary's share is not judged at this look: totals must count every request since the window started (a metrics-command's, MLOPS_WINDOW_SECONDS ago), not those of the last minutes",
    );
  });
});

describe("a canary whose counter stops, read through Prometheus's estimated totals", () => {
  it("is taken for stopped where its total goes down, as increase() shrinks a frozen counter's, and fails its step", async () => {
    // Look 1: the canary serves its half. Then its counter stops: over a longer window,
    // increase() extrapolates the same count a little lower at each look.
    const { given, lines } = parts([
      { baseline: same, canary: same, requests: [10_000, 10_000] },
      { baseline: same, canary: same, requests: [20_000, 9_950] },
      { baseline: same, canary: same, requests: [30_000, 9_900] },
      { baseline: same, canary: same, requests: [40_000, 9_850] },
    ]);
    const result = await runRollout(plan(3, [50, 100]), {
      ...given,
      source: { ...given.source, totalsEstimated: true },
    });
    expect(result.outcome).toBe("rolled-back");
    expect(result.reason).toContain("the canary served 0 of the ");
    expect(lines.join("\n")).not.toContain("went down");
  });
});

describe("a look on the canary's share beyond the planned ones, on the metrics of its own interval", () => {
  /** The policy judges the error rate too: at most 1 point worse than the baseline's. */
  const gated = (maxHolds: number, steps: number[]) => ({
    ...plan(maxHolds, steps),
    policy: {
      metrics: {
        ...POLICY.metrics,
        errors: { direction: "lower" as const, "max-regression": 0.01 },
      },
    },
  });

  it("rolls back, never to 100%, a canary that still serves its share but fails every request after the last judged step passed", async () => {
    // Look 1 passes on 1 failure in 1,000; in the interval after, the canary serves its 1,000
    // requests and fails them all. Over the step, 1,001 of its 2,000.
    for (const steps of [[10, 100], [10]]) {
      const { given, moves } = parts([
        { baseline: same, canary: same, requests: [9_000, 1_000], failures: [9, 1] },
        {
          ...{ baseline: same, canary: same, requests: [18_000, 2_000], failures: [18, 1_001] },
          interval: {
            baseline: same,
            canary: same,
            requests: [9_000, 1_000],
            failures: [9, 1_000],
          },
        },
      ]);
      const result = await runRollout(gated(3, steps), given);
      expect(result.steps[0]!.looks.map((l) => l.verdict)).toEqual(["pass", "fail"]);
      expect(result).toMatchObject({ outcome: "rolled-back", finalWeight: 0 });
      expect(result.reason).toMatch(
        /^step 1 at 10% failed: errors: at look 2, on the 1s since look 1 alone, where the canary gave 100% \(1000\/1000\) and the baseline 0\.1% \(9\/9000\): the canary's errors is at least [\d.]+ points worse than the baseline's/,
      );
      expect(moves).toEqual(["set 10", "rollback"]);
    }
  });

  it("reads the interval again when it could not give a metric, and judges the metric on it", async () => {
    // The error rate over the interval times out at the first try only.
    const { given, lines, reads } = parts([
      { baseline: same, canary: same, requests: [9_000, 1_000], failures: [9, 1] },
      {
        ...{ baseline: same, canary: same, requests: [18_000, 2_000], failures: [18, 1_001] },
        interval: [
          { baseline: same, canary: same, requests: "query timed out" },
          { baseline: same, canary: same, requests: [9_000, 1_000], failures: [9, 1_000] },
        ],
      },
    ]);
    const result = await runRollout(gated(3, [10, 100]), given);
    expect(reads()).toBe(4);
    expect(lines).toContain(
      "canary-deploy: step 1 at 10%, look 2: errors could not be read over its interval (query timed out); reading again in 0.3s",
    );
    expect(result).toMatchObject({ outcome: "rolled-back", finalWeight: 0 });
    expect(result.reason).toMatch(
      /^step 1 at 10% failed: errors: at look 2, on the 1s since look 1 alone, where the canary gave 100% \(1000\/1000\) and the baseline 0\.1% \(9\/9000\): /,
    );
  });

  it("rolls back, never to 100%, a canary failing every request whose error rate over the interval cannot be read, judging it since the weight was set", async () => {
    // Since the weight was set, the canary failed 1,001 of its 2,000 requests; the interval's
    // error rate times out at every try. Latency passes there.
    const { given, moves, reads } = parts([
      { baseline: same, canary: same, requests: [9_000, 1_000], failures: [9, 1] },
      {
        ...{ baseline: same, canary: same, requests: [18_000, 2_000], failures: [18, 1_001] },
        interval: { baseline: same, canary: same, requests: "query timed out" },
      },
    ]);
    const result = await runRollout(gated(3, [10, 100]), given);
    expect(reads()).toBe(5);
    const failed = result.steps[0]!.looks[1]!;
    expect(failed.metrics.map((m) => [m.metric, m.verdict, m.unread, m.canary])).toEqual([
      ["latency", "pass", false, expect.objectContaining({ n: 20 })],
      [
        "errors",
        "fail",
        false,
        { failures: 1_001, total: 2_000, rate: expect.closeTo(0.5005, 12) },
      ],
    ]);
    expect(result).toMatchObject({ outcome: "rolled-back", finalWeight: 0 });
    expect(result.reason).toMatch(
      /^step 1 at 10% failed: errors: at look 2, could not be read on the 1s since look 1 alone \(query timed out\), so judged on the 2s since the weight was set, where the canary gave 50\.05% \(1001\/2000\) and the baseline 0\.1% \(18\/18000\): the canary's errors is at least [\d.]+ points worse than the baseline's/,
    );
    expect(moves).toEqual(["set 10", "rollback"]);
  });

  it("judges the share alone, and says why, where the look's interval has too few requests for min-samples", async () => {
    // 8 requests reach the canary in the interval after look 1, and it fails them all: too few
    // to judge the rate on (min-samples 10), and too few routed to it to judge its share.
    const { given, lines } = parts([
      { baseline: same, canary: same, requests: [9_000, 1_000], failures: [9, 1] },
      {
        ...{ baseline: same, canary: same, requests: [9_090, 1_008], failures: [9, 9] },
        interval: { baseline: same, canary: same, requests: [90, 8], failures: [0, 8] },
      },
    ]);
    const result = await runRollout(gated(3, [10, 100]), given);
    const [passed, confirmed] = result.steps[0]!.looks;
    expect(confirmed!.verdict).toBe("pass");
    expect(confirmed!.metrics).toEqual(passed!.metrics);
    expect(lines).toContain(
      "canary-deploy: step 1 at 10%, look 2: latency passes on the 1s since look 1 alone; not judged again there, so look 1's verdict stands and this look judges the canary's share alone for it: errors: only 8 requests from the canary, fewer than the 10 min-samples",
    );
    expect(result.outcome).toBe("promoted");
  });

  it("rolls back on a metric, not inconclusive, at the look after a share held at the last look max-holds allows, recalling the hold", async () => {
    // Look 1 holds on thin latencies and on the share; at the look after, the canary serves
    // again, and its latencies over that interval are far slower.
    const { given } = parts([
      { baseline: same, canary: thin, requests: [1_477, 3] },
      {
        ...{ baseline: same, canary: thin, requests: [2_957, 303] },
        interval: { baseline: same, canary: slow, requests: [1_480, 300] },
      },
    ]);
    const result = await runRollout(plan(0, [10, 100]), given);
    expect(result.steps[0]!.looks.map((l) => l.verdict)).toEqual(["hold", "fail"]);
    expect(result.outcome).toBe("rolled-back");
    expect(result.reason).toMatch(
      /^step 1 at 10% failed: latency: at look 2, on the 1s since look 1 alone, where the canary gave median 153, .*; held at look 1 for share 0\.203% < 1%$/,
    );
  });
});

describe("a step's ending, recalling the looks that held on the canary's share", () => {
  it("names the hold on the share in an inconclusive ending, after the canary served again", async () => {
    const { given } = parts([
      { baseline: same, canary: thin, requests: [1_477, 3] },
      { baseline: same, canary: thin, requests: [2_957, 303] },
    ]);
    const result = await runRollout(plan(1, [10, 100]), given);
    expect(result.steps[0]!.looks.map((l) => l.heldOnShare)).toEqual(["0.203% < 1%", null]);
    expect(result).toMatchObject({ outcome: "inconclusive", finalWeight: 0 });
    expect(result.reason).toBe(
      "too little evidence after 1 hold at 10%: latency: only 3 points from the canary, fewer than the 10 min-samples; held at look 1 for share 0.203% < 1%",
    );
  });

  it("names the hold on the share in the reason of a rollout cancelled after it", async () => {
    const run = parts([
      { baseline: same, canary: thin, requests: [1_477, 3] },
      { baseline: same, canary: thin, requests: [2_957, 303] },
    ]);
    const read = run.given.source.read;
    let reads = 0;
    const source = {
      ...run.given.source,
      read: async (window: Parameters<typeof read>[0]) => {
        if (++reads === 2) run.controller.abort(new CancelledError("SIGINT"));
        return read(window);
      },
    };
    const result = await runRollout(plan(3, [10, 100]), { ...run.given, source });
    expect(result).toMatchObject({ outcome: "rolled-back", finalWeight: 0 });
    expect(result.reason).toBe(
      "the step was cancelled (SIGINT); held at look 1 for share 0.203% < 1%",
    );
    expect(run.moves).toEqual(["set 10", "rollback"]);
  });

  it("names every hold on the share at the step, each with its share", async () => {
    // Short at look 1, serving at look 2, short again at look 3 and still at look 4.
    const { given } = parts([
      { baseline: same, canary: thin, requests: [1_477, 3] },
      { baseline: same, canary: thin, requests: [2_957, 303] },
      { baseline: same, canary: thin, requests: [5_917, 303] },
      { baseline: same, canary: thin, requests: [8_877, 303] },
    ]);
    const result = await runRollout(plan(3, [10, 100]), given);
    expect(result.steps[0]!.looks.map((l) => l.verdict)).toEqual(["hold", "hold", "hold", "fail"]);
    expect(result.reason).toMatch(
      /^step 1 at 10% failed: errors: the canary served 0 of the 5,920 requests counted since look 2, .*; held at look 1 for share 0\.203% < 1%, look 3 for share 0% < 1%$/,
    );
  });
});

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
 * (an unjudged error rate with no failures; null for a canary with no data).
 */
type Look = {
  baseline: number[] | null;
  canary: number[] | null;
  error?: string;
  requests?: [number, number | null];
};

const counts = (total: number | null) =>
  total === null ? null : { kind: "proportion" as const, failures: 0, total };

/** A rollout whose looks give `looks` in turn, recording every traffic move. */
function parts(looks: Look[], overrides: Partial<RolloutParts> = {}) {
  const moves: string[] = [];
  let clock = 0;
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
      read: async () => {
        const look = looks.shift()!;
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
            ...(look.requests
              ? [
                  {
                    name: "errors",
                    baseline: counts(look.requests[0]),
                    canary: counts(look.requests[1]),
                  },
                ]
              : []),
          ],
        };
      },
    },
    sleep: async () => void (clock += 1000),
    now: () => new Date(clock),
    signal: controller.signal,
    watcher: { log: () => undefined, stepStarted: async () => undefined },
    ...overrides,
  };
  return { given, moves, controller };
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

  it("rolls back at once a canary that served close to none of the requests its weight routes to it", async () => {
    // Its latencies, from before it stopped, look healthy; its server counted 3 requests of
    // the 1,480, where 10% of them is 148.
    const { given, moves } = parts([{ baseline: same, canary: same, requests: [1477, 3] }]);
    const result = await runRollout(plan(3), given);
    expect(result.outcome).toBe("rolled-back");
    expect(result.reason).toBe(
      "step 1 at 10% failed: errors: the canary served 3 of the 1,480 requests counted since its weight was set, where its weight of 10% routes it about 148: under a tenth of its share, so its server may be down or failing before it counts requests, or the traffic does not reach it",
    );
    expect(result.steps[0]!.looks[0]!.metrics.map((m) => [m.metric, m.verdict])).toEqual([
      ["latency", "pass"],
      ["errors", "fail"],
    ]);
    expect(moves).toEqual(["set 10", "rollback"]);
  });

  it("rolls back a canary that stops late in the last judged step, on the requests since the last look", async () => {
    // At 50% the first look holds on too few latency points. By the second, the canary has
    // served 2,500 of the step's 7,500 requests, a third where half is routed to it, but none
    // of the 2,500 since the first look: it died after it.
    const { given, moves } = parts([
      { baseline: same, canary: same, requests: [9_500, 500] },
      { baseline: same, canary: same, requests: [7_500, 2_500] },
      { baseline: same, canary: thin, requests: [2_500, 2_500] },
      { baseline: same, canary: same, requests: [5_000, 2_500] },
    ]);
    const result = await runRollout(plan(3, [5, 25, 50, 100]), given);
    expect(result.steps.map((s) => s.looks.map((l) => l.verdict))).toEqual([
      ["pass"],
      ["pass"],
      ["hold", "fail"],
    ]);
    expect(result.reason).toBe(
      "step 3 at 50% failed: errors: the canary served 0 of the 2,500 requests counted since look 1, where its weight of 50% routes it about 1,250: under a tenth of its share, so its server may be down or failing before it counts requests, or the traffic does not reach it",
    );
    expect(moves).toEqual(["set 5", "set 25", "set 50", "rollback"]);
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
      const { given } = parts([{ baseline: same, canary: same, requests: [baseline, canary] }]);
      const result = await runRollout(plan(1, [weight]), given);
      expect([weight, result.outcome, result.reason]).toEqual([
        weight,
        "promoted",
        `all 1 judged step passed, up to ${weight}%`,
      ]);
    }
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
      ]);
      const result = await runRollout(plan(1, [weight]), given);
      expect([weight, ...result.steps[0]!.looks.map((l) => l.verdict)]).toEqual([
        weight,
        "hold",
        "pass",
      ]);
    }
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

  it("rolls back a canary that gives no data after it gave some in the step", async () => {
    const { given, moves } = parts([
      { baseline: same, canary: thin, requests: [900, 100] },
      { baseline: same, canary: same, requests: [1_800, null] },
    ]);
    const result = await runRollout(plan(3, [10, 100]), given);
    expect(result.steps[0]!.looks.map((l) => l.verdict)).toEqual(["hold", "fail"]);
    expect(result.reason).toBe(
      "step 1 at 10% failed: errors: no data from the canary, which counted 100 requests by look 1: its server may have stopped, or its metrics are no longer scraped",
    );
    expect(moves).toEqual(["set 10", "rollback"]);
  });

  it("reads a failed read again within the look, before it holds on it", async () => {
    const lines: string[] = [];
    const down = { baseline: null, canary: null, error: "Prometheus not answered" };
    const { given } = parts([down, down, { baseline: same, canary: same }], {
      watcher: { log: (line) => void lines.push(line), stepStarted: async () => undefined },
    });
    const result = await runRollout(plan(0, [10]), given);
    expect(result.outcome).toBe("promoted");
    expect(result.steps[0]!.looks.map((l) => l.verdict)).toEqual(["pass"]);
    expect(lines.filter((line) => line.includes("reading again"))).toEqual([
      "canary-deploy: step 1 at 10%, look 1: latency could not be read (Prometheus not answered); reading again in 0.3s",
      "canary-deploy: step 1 at 10%, look 1: latency could not be read (Prometheus not answered); reading again in 0.3s",
    ]);
  });

  it("rolls back at once, never reading again, a look that fails with a metric unread", async () => {
    const lines: string[] = [];
    const looks: Look[] = [
      { baseline: null, canary: null, error: "Prometheus not answered", requests: [1477, 3] },
    ];
    const { given, moves } = parts(looks, {
      watcher: { log: (line) => void lines.push(line), stepStarted: async () => undefined },
    });
    const result = await runRollout(plan(3, [10]), given);
    expect(result.outcome).toBe("rolled-back");
    expect(result.reason).toMatch(/^step 1 at 10% failed: errors: the canary served 3 of/);
    expect(lines.filter((line) => line.includes("reading again"))).toEqual([]);
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
    expect(result).toMatchObject({
      outcome: "rolled-back",
      finalWeight: 0,
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
      finalWeight: 10,
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

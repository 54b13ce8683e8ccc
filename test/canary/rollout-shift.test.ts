/**
 * How the rollout treats the traffic shift itself: a step's evidence starts once its weight is
 * set, a cancel that lands during a shift is a cancel, and a shift whose command never ran left
 * the traffic where it was.
 */
import { describe, expect, it } from "vitest";
import { CancelledError, TrafficNotMoved, runRollout, type RolloutParts } from "@mlops/shared";

type ObservationWindow = Parameters<RolloutParts["source"]["read"]>[0];

const POLICY = { metrics: { latency: { direction: "lower" as const, "max-regression": "10%" } } };
const same = Array.from({ length: 20 }, (_, i) => 100 + (i % 5));

const plan = {
  steps: [10, 50, 100],
  intervalMs: 25_000,
  maxHolds: 1,
  policy: POLICY,
  lookConfidence: 0.99,
  minSamples: 10,
  variant: "canary",
};

/**
 * A rollout on a stand-in clock whose shifts take `shiftMs` each, recording each traffic move
 * and each window read. `traffic` replaces the recording provider's calls.
 */
function rollout(shiftMs: number, traffic: Partial<RolloutParts["traffic"]> = {}) {
  let clock = 0;
  const moves: string[] = [];
  const windows: ObservationWindow[] = [];
  const parts: RolloutParts = {
    traffic: {
      description: "test",
      setWeight: async ({ weight }) => {
        clock += shiftMs;
        moves.push(`set ${weight} at ${clock / 1000}s`);
      },
      rollback: async () => void moves.push("rollback"),
      ...traffic,
    },
    source: {
      description: "test",
      known: null,
      read: async (window) => {
        windows.push(window);
        const values = { kind: "samples" as const, values: same };
        return { metrics: [{ name: "latency", baseline: values, canary: values }] };
      },
    },
    sleep: async (ms) => void (clock += ms),
    now: () => new Date(clock),
    signal: new AbortController().signal,
    watcher: { log: () => undefined, stepStarted: async () => undefined },
  };
  return { run: () => runRollout(plan, parts), moves, windows };
}

describe("a rollout's traffic shifts", () => {
  it("starts a step's window once its weight is set, so a slow shift's seconds are not judged", async () => {
    const { run, moves, windows } = rollout(10_000);
    const result = await run();
    expect(result.outcome).toBe("promoted");
    expect(moves).toEqual(["set 10 at 10s", "set 50 at 45s", "set 100 at 80s"]);
    // Step 2's weight was asked at 35s and set at 45s: its window starts at 45s.
    expect(windows.map((w) => [w.step, w.start.getTime() / 1000, w.end.getTime() / 1000])).toEqual([
      [1, 10, 35],
      [2, 45, 70],
    ]);
    expect(result.steps.map((s) => s.startedAt.getTime() / 1000)).toEqual([10, 45, 80]);
    for (const step of result.steps.slice(0, 2)) expect(step.looks[0]!.windowS).toBe(25);
  });

  it("says the step was cancelled when a signal stopped the traffic command, and sends the traffic back", async () => {
    const { run, moves } = rollout(0, {
      setWeight: async ({ weight }) => {
        moves.push(`set ${weight}`);
        if (weight === 50) throw new CancelledError("SIGTERM");
      },
    });
    const result = await run();
    expect(result).toMatchObject({
      outcome: "rolled-back",
      reason: "the step was cancelled (SIGTERM)",
      finalWeight: 0,
    });
    expect(moves).toEqual(["set 10", "set 50", "rollback"]);
  });

  it("says the traffic never moved when neither the shift's command nor the rollback's could start", async () => {
    const notFound = (weight: number) =>
      new TrafficNotMoved(`setting the canary's weight to ${weight}% could not start (ENOENT)`);
    const { run } = rollout(0, {
      setWeight: async ({ weight }) => {
        throw notFound(weight);
      },
      rollback: async () => {
        throw notFound(0);
      },
    });
    const result = await run();
    expect(result).toMatchObject({
      outcome: "rolled-back",
      finalWeight: 0,
      reason:
        "setting the canary's weight to 10% could not start (ENOENT); the traffic never moved, and the rollback sent to make sure could not start either",
    });
    expect(result.reason).not.toContain("could not be confirmed");
  });

  it("keeps the last weight set when a later shift's command could not start and the rollback failed", async () => {
    const { run } = rollout(0, {
      setWeight: async ({ weight }) => {
        if (weight === 50) throw new TrafficNotMoved("the shift to 50% could not start (ENOENT)");
      },
      rollback: async () => {
        throw new TrafficNotMoved("the rollback could not start (ENOENT)");
      },
    });
    const result = await run();
    expect(result).toMatchObject({ outcome: "rolled-back", finalWeight: 10 });
    // The 50% was never applied: the canary has 10%, not "10% or 50%".
    expect(result.reason).toBe(
      "the shift to 50% could not start (ENOENT); and the rollback failed, so the canary still has 10%: the rollback could not start (ENOENT)",
    );
  });
});

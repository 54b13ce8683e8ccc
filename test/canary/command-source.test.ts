import { describe, expect, it } from "vitest";
import { commandSource } from "@mlops/shared";

const WINDOW = { start: new Date(0), end: new Date(30_000), step: 1, weight: 25 };

const source = (script: string, timeoutMs = 10_000) =>
  commandSource({
    argv: [script],
    shell: true,
    cwd: process.cwd(),
    env: { PATH: process.env.PATH },
    timeoutMs,
    names: ["latency_ms"],
  });

describe("canary-deploy's metrics-command", () => {
  it("reads both variants' values, with the window, step and weight in its environment", async () => {
    const reading = await source(
      'echo "{\\"baseline\\": {\\"latency_ms\\": [$MLOPS_WINDOW_SECONDS]}, \\"canary\\": {\\"latency_ms\\": [$MLOPS_STEP, $MLOPS_WEIGHT]}}"',
    ).read(WINDOW);
    expect(reading.metrics).toEqual([
      {
        name: "latency_ms",
        baseline: { kind: "samples", values: [30] },
        canary: { kind: "samples", values: [1, 25] },
      },
    ]);
  });

  it("leaves the metrics unread, with the last line of its stderr, when it fails", async () => {
    const reading = await source("echo 'no access to the logs' >&2; exit 3").read(WINDOW);
    expect(reading.metrics[0]).toMatchObject({
      baseline: null,
      canary: null,
      error: "metrics-command exited with 3: no access to the logs",
    });
  });

  it("stops, at its timeout, what the command started too, instead of waiting on its output", async () => {
    // The background sleep keeps stdout open: only stopping the whole group ends the read
    // before the test's own timeout.
    const reading = await source("sleep 60 & sleep 60", 500).read(WINDOW);
    expect(reading.metrics[0]!.error).toBe("metrics-command ran past 0.5s");
  }, 30_000);
});

/**
 * The words of a look's reasons where the numbers alone would mislead: a count of one, the
 * variant that gave too few, a canary's examples (requests of a rate, points of a series), and
 * a margin relative to a baseline of 0, which is 0.
 */
import { describe, expect, it } from "vitest";
import { judgeLook } from "@mlops/shared";

const settings = { confidence: 0.99, minSamples: 10 };

describe("a look's reasons", () => {
  it("counts one point as one point", () => {
    const look = judgeLook(
      {
        metrics: [
          {
            name: "latency",
            baseline: { kind: "samples", values: [0.1] },
            canary: { kind: "samples", values: [0.1] },
          },
        ],
      },
      { metrics: { latency: { direction: "lower", "max-regression": "10%" } } },
      settings,
    );
    expect(look.metrics[0]!.reason).toBe(
      "only 1 point from the baseline and 1 point from the canary, fewer than the 10 min-samples",
    );
  });

  it("names the variant that gave too few, and counts a rate's requests", () => {
    const look = judgeLook(
      {
        metrics: [
          {
            name: "latency",
            baseline: { kind: "samples", values: Array.from({ length: 12 }, (_, i) => i) },
            canary: { kind: "samples", values: [0.1, 0.2] },
          },
          {
            name: "error_rate",
            baseline: { kind: "proportion", failures: 0, total: 1 },
            canary: { kind: "proportion", failures: 0, total: 1200 },
          },
        ],
      },
      {
        metrics: {
          latency: { direction: "lower", "max-regression": "10%" },
          error_rate: { direction: "lower", "max-regression": 0.01 },
        },
      },
      settings,
    );
    expect(look.metrics.map((m) => m.reason)).toEqual([
      "only 2 points from the canary, fewer than the 10 min-samples",
      "only 1 request from the baseline, fewer than the 10 min-samples",
    ]);
  });

  it("says a margin relative to a baseline of 0 is 0, and how to give one that is not", () => {
    const look = judgeLook(
      {
        metrics: [
          {
            name: "error_rate",
            baseline: { kind: "proportion", failures: 0, total: 2000 },
            canary: { kind: "proportion", failures: 0, total: 300 },
          },
        ],
      },
      { metrics: { error_rate: { direction: "lower", "max-regression": "1%" } } },
      settings,
    );
    expect(look.verdict).toBe("hold");
    expect(look.metrics[0]!.reason).toMatch(
      /; the margin, max-regression 1% of the baseline's value, is 0 because the baseline's error_rate is 0: give error_rate an absolute max-regression \(a number, such as 0\.01\) for a metric whose baseline may be 0$/,
    );
  });

  it("shows a margin of a small baseline's value with the digits that keep it from reading 0", () => {
    // A p95 latency series near 0.045 s, and a canary's three times slower: the interval reads
    // in hundredths, which would show 10% of the baseline's value, 0.0045, as 0.00.
    const series = (center: number) =>
      Array.from({ length: 10 }, (_, i) => center + (i - 4.5) * center * 0.02);
    const look = judgeLook(
      {
        metrics: [
          {
            name: "latency_p95_seconds",
            baseline: { kind: "samples", values: series(0.045) },
            canary: { kind: "samples", values: series(0.15) },
          },
        ],
      },
      { metrics: { latency_p95_seconds: { direction: "lower", "max-regression": "10%" } } },
      settings,
    );
    const [judged] = look.metrics;
    expect(judged!.verdict).toBe("fail");
    expect(judged!.reason).toMatch(/ CI \+0\.\d+ to \+0\.\d+\), /);
    expect(judged!.reason).toMatch(
      /, beyond the margin of 10% of the baseline's value \(0\.0045\)$/,
    );
  });

  it("shows a margin of a small baseline rate in points with digits enough to tell it", () => {
    // 10% of a baseline error rate of 0.2% is 0.02 points, beside an interval in whole points.
    const look = judgeLook(
      {
        metrics: [
          {
            name: "error_rate",
            baseline: { kind: "proportion", failures: 4, total: 2000 },
            canary: { kind: "proportion", failures: 60, total: 300 },
          },
        ],
      },
      { metrics: { error_rate: { direction: "lower", "max-regression": "10%" } } },
      settings,
    );
    expect(look.metrics[0]!.reason).toMatch(
      /beyond the margin of 10% of the baseline's value \(0\.02 points\)$/,
    );
  });

  it("says nothing of the margin when it is an amount, or the baseline's value is not 0", () => {
    const judge = (failures: number, margin: string | number) =>
      judgeLook(
        {
          metrics: [
            {
              name: "error_rate",
              baseline: { kind: "proportion", failures, total: 2000 },
              canary: { kind: "proportion", failures: 0, total: 300 },
            },
          ],
        },
        { metrics: { error_rate: { direction: "lower", "max-regression": margin } } },
        settings,
      ).metrics[0]!.reason;
    expect(judge(0, 0.01)).not.toContain("the margin, max-regression");
    expect(judge(20, "1%")).not.toContain("the margin, max-regression");
  });

  it("counts a rate's requests and a series' points, not examples, in what would settle it", () => {
    const look = judgeLook(
      {
        metrics: [
          {
            name: "error_rate",
            baseline: { kind: "proportion", failures: 20, total: 2000 },
            canary: { kind: "proportion", failures: 5, total: 300 },
          },
          {
            name: "latency",
            baseline: { kind: "samples", values: Array.from({ length: 40 }, (_, i) => i) },
            canary: { kind: "samples", values: Array.from({ length: 40 }, (_, i) => i + 2) },
          },
        ],
      },
      {
        metrics: {
          error_rate: { direction: "lower", "max-regression": 0.01 },
          latency: { direction: "lower", "max-regression": 3 },
        },
      },
      settings,
    );
    const [rate, series] = look.metrics.map((m) => m.reason);
    expect(look.verdict).toBe("hold");
    expect(rate).toMatch(/; with 300 requests the smallest distance .* about [\d,]+ requests \(/);
    expect(series).toMatch(/; with 40 points the smallest distance .* about [\d,]+ points \(/);
    for (const reason of [rate, series]) expect(reason).not.toContain("example");
  });

  it("says no number of requests would settle a rate whose estimate sits on the margin", () => {
    const look = judgeLook(
      {
        metrics: [
          {
            name: "error_rate",
            baseline: { kind: "proportion", failures: 100, total: 10_000 },
            canary: { kind: "proportion", failures: 200, total: 10_000 },
          },
        ],
      },
      { metrics: { error_rate: { direction: "lower", "max-regression": 0.01 } } },
      settings,
    );
    expect(look.metrics[0]!.reason).toMatch(
      /; with 10,000 requests .* and the estimate sits on the margin, so no number of requests would settle it$/,
    );
  });
});

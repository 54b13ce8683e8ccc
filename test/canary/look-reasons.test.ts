/**
 * The words of a look's reasons where the numbers alone would mislead: a count of one, and a
 * margin relative to a baseline of 0, which is 0.
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
      "only 1 point from a variant, fewer than the 10 min-samples",
    );
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
});

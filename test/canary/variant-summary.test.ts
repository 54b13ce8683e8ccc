/**
 * What a look shows of each variant beside its verdict: the median and p95 of a time series, so
 * that a p95 in the canary's summary is the p95 eval-gate gates as `latency_ms_p95`.
 */
import { describe, expect, it } from "vitest";
import { judgeLook, modelData, prepareMetric, readPredictions } from "@mlops/shared";
import { tempDir } from "../helpers/temp-dir.js";

const settings = { confidence: 0.99, minSamples: 10 };

/** 20 latencies with a long tail: the 95th percentile lies between the two largest. */
const BASELINE = [
  12.0, 15.5, 11.2, 30.1, 14.9, 13.3, 12.8, 16.7, 45.0, 13.9, 12.2, 14.1, 18.4, 13.0, 12.5, 22.9,
  13.7, 14.4, 12.9, 60.2,
];
const CANARY = BASELINE.map((v) => v + 0.5);

const look = () =>
  judgeLook(
    {
      metrics: [
        {
          name: "latency_ms",
          baseline: { kind: "samples", values: BASELINE },
          canary: { kind: "samples", values: CANARY },
        },
      ],
    },
    { metrics: { latency_ms: { direction: "lower", "max-regression": "10%" } } },
    settings,
  );

describe("a look's summary of each variant", () => {
  it("shows numpy's p95 (linear), not the largest of 20 points", () => {
    const [metric] = look().metrics;
    // numpy.percentile(BASELINE, 95) = 45.76; the 20th point, 60.2, is the maximum.
    const baseline = metric!.baseline as { n: number; median: number; p95: number };
    expect(baseline.n).toBe(20);
    expect(baseline.median).toBeCloseTo(14, 10);
    expect(baseline.p95).toBeCloseTo(45.76, 10);
    expect((metric!.canary as { p95: number }).p95).toBeCloseTo(46.26, 10);
  });

  it("shows the p95 eval-gate computes as latency_ms_p95 from the same latencies", async () => {
    const { dir, write } = tempDir();
    const rows = BASELINE.map((latency, i) => `${i},1,0.9,1,${latency}`);
    write("predictions.csv", ["id,label,score,prediction,latency_ms", ...rows].join("\n"));
    const data = modelData(await readPredictions(`${dir}/predictions.csv`));
    const gated = prepareMetric("latency_ms_p95", data).evaluate();
    expect((look().metrics[0]!.baseline as { p95: number }).p95).toBeCloseTo(gated, 12);
  });
});

/**
 * The intervals of proportions take effective counts that are not whole: a weighted proportion's
 * cells scaled to Kish's effective sample size, as eval-gate's McNemar rows with sample weights
 * give them (decision 0051).
 */
import { describe, expect, it } from "vitest";
import { pairedDifferenceInterval, StatsInputError, wilsonInterval } from "@mlops/shared";

describe("intervals of effective counts", () => {
  it("gives Wilson's interval of 2.5 successes in 10.5 trials as statsmodels does", () => {
    // statsmodels 0.13 (Debian's), proportion_confint(2.5, 10.5, alpha=0.05, method="wilson").
    const { lower, upper } = wilsonInterval(2.5, 10.5);
    expect(lower).toBeCloseTo(0.07692105455144069, 12);
    expect(upper).toBeCloseTo(0.5395754212419611, 12);
  });

  it("moves Tango's interval of a paired difference smoothly between whole counts", () => {
    const at = (firstOnly: number) =>
      pairedDifferenceInterval({ firstOnly, secondOnly: 5, total: 40 });
    const [whole, near, between, next] = [at(3), at(3 + 1e-9), at(3.5), at(4)];
    expect(near.lower).toBeCloseTo(whole.lower, 8);
    expect(near.upper).toBeCloseTo(whole.upper, 8);
    // Half a discordant pair more for the first moves both ends down, short of a whole one.
    expect(between.lower).toBeLessThan(whole.lower);
    expect(between.lower).toBeGreaterThan(next.lower);
    expect(between.upper).toBeLessThan(whole.upper);
    expect(between.upper).toBeGreaterThan(next.upper);
  });

  it("still refuses counts that are no counts", () => {
    expect(() => wilsonInterval(1, 0)).toThrow(StatsInputError);
    expect(() => wilsonInterval(1, Number.NaN)).toThrow(StatsInputError);
    expect(() => pairedDifferenceInterval({ firstOnly: -0.5, secondOnly: 1, total: 4 })).toThrow(
      StatsInputError,
    );
    expect(() => pairedDifferenceInterval({ firstOnly: 2.5, secondOnly: 2, total: 4 })).toThrow(
      StatsInputError,
    );
  });
});

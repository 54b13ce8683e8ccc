import { describe, expect, it } from "vitest";
import { referenceQuantileBins } from "@mlops/shared";

const sorted = (values: number[]) => ({ values: Float64Array.from(values).sort() });

describe("referenceQuantileBins", () => {
  it("cuts at the reference's lower quantiles, closed on the right, the ends open", () => {
    // Quartile edges at indexes floor(k/4 * 7) = 1, 3, 5 of 1..8: 2, 4, 6.
    const { edges, reference, current } = referenceQuantileBins(
      sorted([1, 2, 3, 4, 5, 6, 7, 8]),
      sorted([-10, 2, 2.5, 6, 6.5, 100]),
      4,
    );
    expect(edges).toEqual([2, 4, 6]);
    expect([...reference]).toEqual([2, 2, 2, 2]);
    expect([...current]).toEqual([2, 1, 1, 2]);
  });

  it("merges repeated edges and never leaves a reference bin empty", () => {
    const reference = sorted([0, 0, 0, 0, 0, 0, 10, 20]);
    // Octile edges at indexes 0..6 of the reference: 0 six times, then 10.
    const { edges, reference: counts } = referenceQuantileBins(reference, sorted([5]), 8);
    expect(edges).toEqual([0, 10]);
    expect([...counts]).toEqual([6, 1, 1]);
    expect([...counts].every((c) => c > 0)).toBe(true);
  });

  it("drops an edge at the reference's maximum, so the last bin keeps reference values", () => {
    const { edges, reference } = referenceQuantileBins(sorted([1, 5, 5, 5]), sorted([6]), 2);
    expect(edges).toEqual([]);
    expect([...reference]).toEqual([4]);
  });

  it("weighs a sketch's items: the edge is the first value whose cumulative weight passes the quantile", () => {
    // Weights 1, 5, 1 (total 7): the median's position is 0.5 * 6 = 3, passed at the value 2.
    const reference = { values: Float64Array.of(1, 2, 3), weights: Float64Array.of(1, 5, 1) };
    const current = { values: Float64Array.of(0, 2.5), weights: Float64Array.of(2, 3) };
    const binned = referenceQuantileBins(reference, current, 2);
    expect(binned.edges).toEqual([2]);
    expect([...binned.reference]).toEqual([6, 1]);
    expect([...binned.current]).toEqual([2, 3]);
  });
});

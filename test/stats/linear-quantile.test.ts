import { describe, expect, it } from "vitest";
import { linearQuantile } from "@mlops/shared";

// numpy.quantile([0.5, 1.25, 3.0, 7.5, 11.0], q) with its default linear interpolation.
const values = Float64Array.from([0.5, 1.25, 3.0, 7.5, 11.0]);
const numpy: [number, number][] = [
  [0, 0.5],
  [0.1, 0.8],
  [0.37, 2.09],
  [0.5, 3.0],
  [0.9, 9.6],
  [1, 11.0],
];

describe("linearQuantile: numpy's default quantile on sorted values", () => {
  it.each(numpy)("gives numpy's value at q = %s (within 1e-12 relative)", (q, expected) => {
    expect(linearQuantile(values, q)).toBeCloseTo(expected, 12);
  });

  it("clamps q to [0, 1]", () => {
    expect(linearQuantile(values, -0.5)).toBe(0.5);
    expect(linearQuantile(values, 1.5)).toBe(11);
  });

  it("interpolates neighbours more than the largest double apart, where numpy gives inf", () => {
    // b - a overflows: numpy's quantiles of [-1e308, 1e308] at 0, 0.25, 0.5 and 1 are
    // -1e308, inf, -inf and 1e308 (numpy 1.24): the middle two are not quantiles of the data.
    const wide = Float64Array.from([-1e308, 1e308]);
    expect(linearQuantile(wide, 0)).toBe(-1e308);
    expect(linearQuantile(wide, 0.25) / -5e307).toBeCloseTo(1, 12);
    expect(linearQuantile(wide, 0.5)).toBe(0);
    expect(linearQuantile(wide, 1)).toBe(1e308);
  });
});

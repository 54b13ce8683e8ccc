import { describe, expect, it } from "vitest";
import { placeholderColumn } from "../helpers/placeholder-numbers.js";
import { validate } from "./validate.js";

/** A relative difference of at most `tolerance` (a few roundings of a double). */
const near = (actual: number, expected: number, tolerance = 1e-12) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));

/**
 * validate-data of a column holding ±1e308 among small numbers against a reference of it: `x`
 * declared with a mean between `mean` and a Wasserstein skew; the first 4 values 1e308, whose
 * sum passes the largest double, where `leading`.
 */
const run = (options: { distinct: number; leading: boolean; mean: string }) => {
  const leading = options.leading ? 4 : 0;
  return validate(
    {
      "reference.csv": placeholderColumn({ distinct: options.distinct, leading }),
      "d.csv": placeholderColumn({ distinct: options.distinct, leading, shift: 5 }),
      "c.yml": `fields:\n  - name: x\n    type: number\n    x-mlops: { mean: ${options.mean}, skew: { method: wasserstein } }\n`,
    },
    { data: "d.csv", schema: "c.yml", reference: "reference.csv" },
  );
};

const FIX =
  "if values that large are placeholders for no value (such as ±1e308), list them in the field's missingValues";

describe("validate-data on a column holding ±1e308 among small numbers", () => {
  it("measures the skew by the deviation of the reference's exact counts, its variance passing the largest double", async () => {
    const checked = await run({ distinct: 101, leading: false, mean: "{ min: 0, max: 10 }" });
    expect(checked.stderr).toBe("");
    expect(checked.code).toBe(0);
    // It read "the reference has no spread to norm by" and failed. A shift of 5 among values
    // 1e308 apart: the Wasserstein distance 4.95 over a deviation of 1e307 (scipy, halved).
    const skew = checked.check("x.skew");
    expect(skew).toMatchObject({ status: "pass", note: null });
    near(skew.observed, 4.949999999999998 / 1e307);
  });

  it("takes a mean whose sum passes the largest double from the exact counts", async () => {
    const checked = await run({ distinct: 101, leading: true, mean: "{ min: 1e305, max: 2e305 }" });
    // Four more 1e308 than -1e308: 4e308 / 3,000, the small values below its last digit.
    const mean = checked.check("x.mean");
    expect(mean).toMatchObject({ status: "pass", note: null });
    near(mean.observed, (1e308 / 3000) * 4);
  });

  it("fails the mean and the skew that a sketch cannot give, saying why and what to do", async () => {
    const checked = await run({ distinct: 2999, leading: true, mean: "{ min: 0, max: 10 }" });
    expect(checked.code).toBe(1);
    expect(checked.check("x.mean")).toMatchObject({
      status: "fail",
      observed: null,
      note: `not computed: the values' sum passes the largest double, about 1.8e308, and the profile does not keep every value with its count to sum them otherwise; ${FIX}`,
    });
    expect(checked.check("x.skew")).toMatchObject({
      status: "fail",
      observed: null,
      note: `not measured: the reference profile holds no standard deviation to norm the Wasserstein distance by, its variance having passed the largest double, about 1.8e308 (as values more than about 1.3e154 apart make it), and its sketch cannot give one; ${FIX}, or compare the field by psi`,
    });
    expect(checked.reportText).not.toMatch(/NaN|Infinity/);
  });
});

import { describe, expect, test } from "vitest";
import { CompactNumbers } from "@mlops/shared";
import { seededRandom } from "../helpers/seeded-random.js";

/** The doubles a CompactNumbers gives back after taking `batches`, and what it skipped. */
function roundTrip(batches: number[][]) {
  const numbers = new CompactNumbers();
  let skipped = 0;
  for (const batch of batches) skipped += numbers.addFinite(Float64Array.from(batch));
  return { values: Array.from(numbers.decoded()), skipped, length: numbers.length };
}

/** Bit-for-bit equality, -0 and 0 apart. */
const same = (a: number[], b: number[]) =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

describe("CompactNumbers, a numeric sample in half the memory where the values allow", () => {
  test("gives back every finite value exactly, in order, whatever its decimals", () => {
    const random = seededRandom(3);
    const batches = Array.from({ length: 20 }, (_, b) =>
      Array.from({ length: 500 }, () => {
        const decimals = Math.floor(random() * (b + 1));
        return Number(((random() - 0.5) * 2000).toFixed(Math.min(decimals, 12)));
      }),
    );
    const { values } = roundTrip(batches);
    expect(same(values, batches.flat())).toBe(true);
  });

  test("keeps -0, huge and tiny values, and skips NaN and infinities", () => {
    const input = [1.25, -0, 0, 3e300, 5e-324, NaN, 7, Infinity, -Infinity, 2 ** 40, 0.1 + 0.2];
    const { values, skipped, length } = roundTrip([input.slice(0, 5), input.slice(5)]);
    const finite = input.filter(Number.isFinite);
    expect(same(values, finite)).toBe(true);
    expect(skipped).toBe(3);
    expect(length).toBe(finite.length);
  });

  test("scales kept integers up when a value needs more decimals", () => {
    const input = [
      [12, -3, 400],
      [1.5, 2.25],
      [-0.001, 123456.789],
    ];
    expect(same(roundTrip(input).values, input.flat())).toBe(true);
  });
});

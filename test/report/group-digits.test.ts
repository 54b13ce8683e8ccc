import { describe, expect, it } from "vitest";
import { groupDigits } from "@mlops/shared";

describe("groupDigits", () => {
  it("groups a whole number's digits by thousands, sign and all", () => {
    expect(groupDigits(0)).toBe("0");
    expect(groupDigits(999)).toBe("999");
    expect(groupDigits(1_234_567)).toBe("1,234,567");
    expect(groupDigits(-2000)).toBe("-2,000");
    expect(groupDigits(Number.MAX_SAFE_INTEGER)).toBe("9,007,199,254,740,991");
  });

  it("keeps a fraction to three decimals, as toLocaleString does", () => {
    expect(groupDigits(1234.5)).toBe("1,234.5");
    expect(groupDigits(0.12345)).toBe("0.123");
  });

  it("shows a number past 2^53 to three significant digits, its last digits never known", () => {
    expect(groupDigits(2 ** 53 + 2)).toBe("9.01e15");
    expect(groupDigits(1.7976931348623157e308)).toBe("1.8e308");
    expect(groupDigits(-2.5e20)).toBe("-2.5e20");
    // 9.996e20 rounds up to the next power of ten.
    expect(groupDigits(9.996e20)).toBe("1e21");
  });

  it("rounds a half up from the exact value, as toPrecision(3) does", () => {
    // 1.005e20 is a double exactly: a tie, which rounds up.
    expect(groupDigits(1.005e20)).toBe("1.01e20");
    expect(groupDigits(-1.005e20)).toBe("-1.01e20");
    expect(groupDigits(1.125e20)).toBe("1.13e20");
    // The doubles nearest 1.015e23 and 1.005e24 lie just below the tie (BigInt writes them as
    // 101499999999999992659968 and 1004999999999999964348416): they round down.
    expect(groupDigits(1.015e23)).toBe("1.01e23");
    expect(groupDigits(1.005e24)).toBe("1e24");
    expect(groupDigits(1005n * 10n ** 17n)).toBe("1.01e20");
    expect(groupDigits(1004n * 10n ** 17n + 99_999_999_999_999_999n)).toBe("1e20");
  });

  it("agrees with toPrecision(3) on every double past 2^53, ties and near-ties among them", () => {
    const expected = (value: number) => {
      const [mantissa, exponent] = value.toPrecision(3).split("e");
      return `${Number(mantissa)}e${Number(exponent)}`;
    };
    // Halves written in decimal (x.yz5eN, which a double holds exactly or just off either
    // side), and doubles of every exponent from a fixed stream of bits.
    const values: number[] = [];
    for (let exponent = 16; exponent <= 307; exponent++) {
      for (const digits of ["1005", "1015", "2675", "4445", "9995", "5555", "9985"]) {
        values.push(Number(`${digits[0]}.${digits.slice(1)}e${exponent}`));
      }
    }
    const view = new DataView(new ArrayBuffer(8));
    let state = 0x2545f491n;
    for (let i = 0; i < 2000; i++) {
      state = (state * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
      view.setBigUint64(0, state);
      const value = view.getFloat64(0);
      if (Number.isFinite(value) && Math.abs(value) > Number.MAX_SAFE_INTEGER) values.push(value);
    }
    expect(values.length).toBeGreaterThan(2500);
    const differing = values.filter((value) => groupDigits(value) !== expected(value));
    expect(differing).toEqual([]);
  });

  it("shows a bigint past the largest double the same way, never as ∞", () => {
    expect(groupDigits(BigInt(1.7976931348623157e308) * 2n)).toBe("3.6e308");
    expect(groupDigits(-(10n ** 400n))).toBe("-1e400");
    expect(groupDigits(12_345n)).toBe("12,345");
  });

  it("writes infinity and NaN as toLocaleString does", () => {
    expect(groupDigits(Number.POSITIVE_INFINITY)).toBe("∞");
    expect(groupDigits(Number.NaN)).toBe("NaN");
  });
});

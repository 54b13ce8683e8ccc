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

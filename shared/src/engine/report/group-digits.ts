/**
 * A number as a person reads it: digits grouped by thousands (`1,234,567`, `1,234.5`), as
 * `toLocaleString("en-US")` writes them, without that call's first use loading ICU's locale
 * data (about 15 ms at start-up). A number past the integers a double holds exactly (2^53) is
 * shown to three significant digits in exponent form (`1.8e308`), as its last digits were never
 * known, and so is a bigint past them (a sum of two such numbers, which a double may not hold).
 */
export function groupDigits(value: number | bigint): string {
  if (typeof value === "bigint") return bigintText(value);
  if (Number.isSafeInteger(value)) return String(value).replace(/\B(?=(\d{3})+$)/g, ",");
  if (Number.isFinite(value) && Math.abs(value) > Number.MAX_SAFE_INTEGER) {
    const [mantissa, exponent] = value.toExponential().split("e");
    return exponentText(Number(mantissa), Number(exponent));
  }
  return value.toLocaleString("en-US");
}

function bigintText(value: bigint): string {
  const magnitude = value < 0n ? -value : value;
  if (magnitude <= BigInt(Number.MAX_SAFE_INTEGER)) return groupDigits(Number(value));
  const digits = magnitude.toString();
  const mantissa = Number(`${digits[0]}.${digits.slice(1, 17)}`);
  return exponentText(value < 0n ? -mantissa : mantissa, digits.length - 1);
}

/** `mantissa` × 10^`exponent`, 1 ≤ |mantissa| < 10, to three significant digits. */
function exponentText(mantissa: number, exponent: number): string {
  // 9.996 rounds to 1.00e+1: the exponent takes the carry.
  const [digits, carry] = mantissa.toExponential(2).split("e");
  return `${Number(digits)}e${exponent + Number(carry)}`;
}

import { groupDigits } from "../../engine/report/group-digits.js";

/**
 * A count of requests as the canary's reasons and summary say it: its digits grouped while a
 * double holds it exactly (`2,000`), else to three significant digits in exponent form
 * (`1.8e308`), as its last digits were never counted. A bigint is a sum of totals, which may pass
 * the largest double: still a count, never ∞.
 */
export function countText(count: number | bigint): string {
  if (typeof count === "number" && (Number.isSafeInteger(count) || !Number.isFinite(count)))
    return groupDigits(count);
  const whole = typeof count === "bigint" ? count : BigInt(Math.round(count));
  const magnitude = whole < 0n ? -whole : whole;
  if (magnitude <= BigInt(Number.MAX_SAFE_INTEGER)) return groupDigits(Number(whole));
  const digits = magnitude.toString();
  let exponent = digits.length - 1;
  let mantissa = Number(Number(`${digits[0]}.${digits.slice(1, 17)}`).toPrecision(3));
  // 9.995… rounds up to the next power of ten.
  if (mantissa >= 10) [mantissa, exponent] = [mantissa / 10, exponent + 1];
  return `${whole < 0n ? "-" : ""}${mantissa}e${exponent}`;
}

/** A count of requests and its noun: `1 request`, `2,000 requests`, `2.7e308 requests`. */
export const requestsCounted = (count: number | bigint): string =>
  `${countText(count)} ${count === 1 || count === 1n ? "request" : "requests"}`;

/**
 * The sum of two counts, exact where it passes the largest double: two totals near 1e308 add up
 * to a count a bigint holds, where a number would be Infinity.
 */
export function countSum(a: number, b: number): number | bigint {
  const sum = a + b;
  return Number.isFinite(sum) ? sum : BigInt(a) + BigInt(b);
}

import { groupDigits } from "../../engine/report/group-digits.js";

/** A count of requests and its noun: `1 request`, `2,000 requests`, `2.7e308 requests`. */
export const requestsCounted = (count: number | bigint): string =>
  `${groupDigits(count)} ${count === 1 || count === 1n ? "request" : "requests"}`;

/**
 * The sum of two counts, exact where it passes the largest double: two totals near 1e308 add up
 * to a count a bigint holds, where a number would be Infinity.
 */
export function countSum(a: number, b: number): number | bigint {
  const sum = a + b;
  return Number.isFinite(sum) ? sum : BigInt(a) + BigInt(b);
}

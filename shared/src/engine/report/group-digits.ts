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
  // A double past 2^53 is a whole number, which a bigint holds exactly: its digits are rounded
  // once, not first to the 17 digits toExponential writes (1.005e20 as 1.005, then down to 1.00).
  if (Number.isFinite(value) && Math.abs(value) > Number.MAX_SAFE_INTEGER) {
    return bigintText(BigInt(value));
  }
  return value.toLocaleString("en-US");
}

function bigintText(value: bigint): string {
  const magnitude = value < 0n ? -value : value;
  if (magnitude <= BigInt(Number.MAX_SAFE_INTEGER)) return groupDigits(Number(value));
  return `${value < 0n ? "-" : ""}${exponentText(magnitude.toString())}`;
}

/**
 * The whole number that `digits` writes (17 digits or more) to three significant digits in
 * exponent form, trailing zeros dropped (`1.01e20`, `2.5e20`, `1e21`). A half rounds up, as
 * `Number.prototype.toPrecision` rounds the exact value: the fourth digit alone decides, since
 * the digits after it can only add to it.
 */
function exponentText(digits: string): string {
  let leading = Number(digits.slice(0, 3)) + (digits[3]! >= "5" ? 1 : 0);
  let exponent = digits.length - 1;
  // 9.995e20 rounds to 1.00e21: the exponent takes the carry.
  if (leading === 1000) {
    leading = 100;
    exponent++;
  }
  const [first, ...rest] = String(leading).replace(/0+$/, "");
  return `${first}${rest.length > 0 ? `.${rest.join("")}` : ""}e${exponent}`;
}

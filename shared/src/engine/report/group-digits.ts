/**
 * An integer with commas between groups of three digits, as `toLocaleString("en-US")` writes
 * it, without that call's first use loading ICU's locale data (about 15 ms at start-up).
 */
export function groupDigits(value: number): string {
  return Number.isSafeInteger(value)
    ? String(value).replace(/\B(?=(\d{3})+$)/g, ",")
    : value.toLocaleString("en-US");
}

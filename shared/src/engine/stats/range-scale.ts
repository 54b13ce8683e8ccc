/**
 * The factor a range of values is measured with: 1, or 0.5 where max - min passes the largest
 * double (values near both -1.8e308 and 1.8e308, such as placeholders for no value). Halving is
 * exact (but for the last bit of values below 2^-1021, nothing beside a range that large), so a
 * width measured in halves is the true one halved, and any range that fits a double is measured
 * as it is, bit for bit.
 */
export function rangeScale(min: number, max: number): 1 | 0.5 {
  return Number.isFinite(max - min) ? 1 : 0.5;
}

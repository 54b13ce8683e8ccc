import { RADIX, toOffsets } from "./radix-sort-float64.js";

/**
 * Sorts 32-bit integers ascending, in place, by an LSD radix sort of three 11-bit digits, with
 * the sign bit flipped so that the keys compare as unsigned; half the passes of
 * `radixSortFloat64`. A pass whose digit is the same for every value is skipped. `scratch`, at
 * least as long as `values`, is the sort's other buffer.
 */
export function radixSortInt32(values: Int32Array, scratch: Int32Array): void {
  const n = values.length;
  const counts = new Uint32Array(3 * RADIX);
  for (let i = 0; i < n; i++) {
    const key = (values[i]! ^ SIGN) >>> 0;
    counts[key & MASK]!++;
    counts[RADIX + ((key >>> 11) & MASK)]!++;
    counts[2 * RADIX + (key >>> 22)]!++;
  }
  let from = values;
  let to = scratch.subarray(0, n);
  for (let pass = 0; pass < 3; pass++) {
    const base = pass * RADIX;
    if (!toOffsets(counts, base, n)) continue;
    const shift = 11 * pass;
    for (let i = 0; i < n; i++) {
      const v = from[i]!;
      to[counts[base + ((((v ^ SIGN) >>> 0) >>> shift) & MASK)]!++] = v;
    }
    [from, to] = [to, from];
  }
  if (from !== values) values.set(from);
}

const MASK = RADIX - 1;
const SIGN = -0x80000000;

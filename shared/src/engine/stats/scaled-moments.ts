/**
 * 2^-1000: brings the largest double down to about 1.7e7, whose squares sums of billions of
 * values hold. A power of two, so scaling is exact, but for values below 2^-22, whose lost bits
 * cannot matter beside values so large that the sums overflowed.
 */
const DOWN = 2 ** -1000;

/**
 * Mean and population standard deviation (ddof = 0) of finite values, each with its weight (1
 * where no weights are given), for values whose sums pass the largest double (values near
 * 1.8e308): the moments of the values scaled down by DOWN, scaled back up. Both are finite for
 * any finite values, the mean lying between them and the deviation being at most half their
 * range; NaN for no values.
 */
export function scaledMoments(
  values: ArrayLike<number>,
  weights?: ArrayLike<number>,
): { mean: number; std: number } {
  // Offsets from the first value, so that equal values, whose sum would round, have none.
  const pivot = values.length > 0 ? values[0]! * DOWN : 0;
  let total = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const w = weights ? weights[i]! : 1;
    total += w;
    sum += w * (values[i]! * DOWN - pivot);
  }
  const shift = sum / total;
  let squares = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i]! * DOWN - pivot - shift;
    squares += (weights ? weights[i]! : 1) * d * d;
  }
  return { mean: (pivot + shift) / DOWN, std: Math.sqrt(squares / total) / DOWN };
}

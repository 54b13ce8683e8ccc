/**
 * How far apart two computations of one value may land at the size of `values` (sums taken in
 * another order, a margin taken as a share of a value differ in their last bits): relative to
 * the largest of them, so that a metric of any scale is judged alike, an MSE of 1e-14 as an
 * accuracy of 0.9; 0 where all are 0.
 */
export const roundingSlack = (...values: number[]) =>
  1e-12 * Math.max(...values.map((value) => Math.abs(value)));

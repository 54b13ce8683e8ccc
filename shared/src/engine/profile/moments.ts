/**
 * Count, mean, sum of squared deviations (M2), min and max of a stream of numbers, mergeable
 * with the parallel update of Chan, Golub and LeVeque (1979):
 *
 *   n = na + nb,  delta = mean_b - mean_a,
 *   mean = mean_a + delta * nb / n,  M2 = M2_a + M2_b + delta^2 * na * nb / n.
 *
 * A batch is summarised with two passes (its mean, then its M2), which is more accurate than a
 * running update, and merged in. Merging agrees with one pass over the concatenated data to
 * within float rounding: a relative difference of about 1e-12 for n up to 1e7 in the tests.
 */
export class Moments {
  n = 0;
  mean = 0;
  m2 = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;

  /** Adds the finite values of `values` (NaN and infinities are skipped; count them apart). */
  addBatch(values: Float64Array): void {
    let n = 0;
    let sum = 0;
    let min = this.min;
    let max = this.max;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (v - v !== 0) continue;
      n++;
      sum += v;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (n === 0) return;
    const mean = sum / n;
    let m2 = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (v - v !== 0) continue;
      const d = v - mean;
      m2 += d * d;
    }
    this.combine(n, mean, m2);
    this.min = min;
    this.max = max;
  }

  merge(other: Moments): void {
    if (other.n === 0) return;
    this.combine(other.n, other.mean, other.m2);
    if (other.min < this.min) this.min = other.min;
    if (other.max > this.max) this.max = other.max;
  }

  private combine(nb: number, meanB: number, m2b: number): void {
    const na = this.n;
    const n = na + nb;
    const delta = meanB - this.mean;
    this.mean = na === 0 ? meanB : this.mean + (delta * nb) / n;
    this.m2 = this.m2 + m2b + (na === 0 ? 0 : (delta * delta * na * nb) / n);
    this.n = n;
  }

  /** Population variance (M2 / n), as scipy and Evidently use for normalising; NaN when empty. */
  get variance(): number {
    return this.n === 0 ? Number.NaN : this.m2 / this.n;
  }

  /** Sample variance (M2 / (n - 1)); NaN below two values. */
  get sampleVariance(): number {
    return this.n < 2 ? Number.NaN : this.m2 / (this.n - 1);
  }
}

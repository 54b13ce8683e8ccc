import { lastHash } from "./hash.js";

/**
 * HyperLogLog (Flajolet et al., 2007) over the 64-bit hash of `hash.ts`: a distinct count in
 * 2^p bytes with a relative standard error of 1.04 / sqrt(2^p): 1.6% at the default p = 12.
 * Linear counting takes over for small counts; with 64 bits no large-range correction is needed.
 * Merging is the register-wise maximum, so a merged sketch is identical to the sketch of the
 * concatenated data, whatever the order.
 */
export class HyperLogLog {
  readonly registers: Uint8Array;

  constructor(
    readonly precision = 12,
    registers?: Uint8Array,
  ) {
    this.registers = registers ?? new Uint8Array(1 << precision);
  }

  /** Adds the value whose hash was just computed (`lastHash`). */
  addLastHash(): void {
    const high = lastHash[0]!;
    const low = lastHash[1]!;
    const p = this.precision;
    const index = high >>> (32 - p);
    const rest = (high << p) >>> 0;
    const rank = rest !== 0 ? Math.clz32(rest) + 1 : 32 - p + Math.clz32(low) + 1;
    if (rank > this.registers[index]!) this.registers[index] = rank;
  }

  merge(other: HyperLogLog): void {
    if (other.precision !== this.precision) {
      throw new Error(`HyperLogLog precisions differ: ${this.precision} and ${other.precision}`);
    }
    for (let i = 0; i < this.registers.length; i++) {
      if (other.registers[i]! > this.registers[i]!) this.registers[i] = other.registers[i]!;
    }
  }

  /** The estimated number of distinct values. */
  estimate(): number {
    const m = this.registers.length;
    let sum = 0;
    let zeros = 0;
    for (const r of this.registers) {
      sum += 2 ** -r;
      if (r === 0) zeros++;
    }
    const alpha = 0.7213 / (1 + 1.079 / m);
    const raw = (alpha * m * m) / sum;
    if (raw <= 2.5 * m && zeros > 0) return Math.round(m * Math.log(m / zeros));
    return Math.round(raw);
  }

  /** The relative standard error of `estimate`. */
  get relativeError(): number {
    return 1.04 / Math.sqrt(this.registers.length);
  }

  toBase64(): string {
    return Buffer.from(this.registers).toString("base64");
  }

  static fromBase64(precision: number, text: string): HyperLogLog {
    const bytes = new Uint8Array(Buffer.from(text, "base64"));
    if (bytes.length !== 1 << precision) {
      throw new Error(`HyperLogLog registers: ${bytes.length} bytes for precision ${precision}`);
    }
    return new HyperLogLog(precision, bytes);
  }
}

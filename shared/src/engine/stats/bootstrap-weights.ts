import type { SeededRandom } from "./seeded-random.js";

/**
 * Pr(Poisson(1) <= k) * 2^32 for k = 0..12, then 2^32: a 32-bit uniform u is the count k at the
 * first threshold above it. Pr(Poisson(1) > 12) is 2e-10, below one part in 2^32 after the
 * last threshold, so the draw is Poisson(1) to the generator's resolution.
 */
const THRESHOLDS = (() => {
  const thresholds = new Float64Array(14);
  let term = Math.exp(-1);
  let cumulative = 0;
  for (let k = 0; k < 13; k++) {
    cumulative += term;
    thresholds[k] = Math.min(cumulative * 4294967296, 4294967296);
    term /= k + 1;
  }
  thresholds[13] = 4294967296;
  return thresholds;
})();

/** No count: the slot holds a threshold, and the low 16 bits decide. */
const STRADDLES = 255;

/**
 * The count for each value of a uniform's high 16 bits: all 2^16 32-bit uniforms that share
 * those bits give the same count except in the 8 slots that hold a threshold. So 16 random bits
 * settle a draw, and 16 more only in those slots (1 draw in 8,000): two draws per generator call,
 * exactly as the 32-bit inversion would give them.
 */
const BY_HIGH_BITS = (() => {
  const table = new Uint8Array(65536);
  const countOf = (u: number) => {
    let k = 0;
    while (u >= (THRESHOLDS[k] as number)) k++;
    return k;
  };
  for (let high = 0; high < 65536; high++) {
    const first = countOf(high * 65536);
    table[high] = first === countOf(high * 65536 + 65535) ? first : STRADDLES;
  }
  return table;
})();

function straddling(high: number, rng: SeededRandom): number {
  const u = high * 65536 + (rng.nextUint32() >>> 16);
  let k = 0;
  while (u >= (THRESHOLDS[k] as number)) k++;
  return k;
}

function poissonOf16Bits(bits: number, rng: SeededRandom): number {
  const k = BY_HIGH_BITS[bits] as number;
  return k === STRADDLES ? straddling(bits, rng) : k;
}

/**
 * Fills `out` with independent Poisson(1) counts: the weights of one Poisson bootstrap resample
 * (each example taken a Poisson(1) number of times; Hanley & MacGibbon 2006, Computer Methods
 * and Programs in Biomedicine 83, 57-62). Inversion of a 32-bit uniform through a table, two
 * draws per generator call; no allocation: call it again with the same buffer for the next
 * resample. A count never passes 13: bytes hold them.
 */
export function fillPoissonWeights(rng: SeededRandom, out: Float64Array | Uint8Array): void {
  const n = out.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const u = rng.nextUint32();
    out[i] = poissonOf16Bits(u >>> 16, rng);
    out[i + 1] = poissonOf16Bits(u & 0xffff, rng);
  }
  if (i < n) out[i] = poissonOf16Bits(rng.nextUint32() >>> 16, rng);
}

/**
 * Fills `out` with the counts of an ordinary bootstrap resample: out.length draws of an index,
 * uniformly with replacement, tallied per index (Multinomial(n, 1/n, ..., 1/n)). The counts
 * always sum to n. No allocation: call it again with the same buffer for the next resample.
 */
export function fillMultinomialWeights(rng: SeededRandom, out: Float64Array): void {
  const n = out.length;
  out.fill(0);
  for (let i = 0; i < n; i++) {
    const k = rng.nextInt(n);
    out[k] = (out[k] as number) + 1;
  }
}

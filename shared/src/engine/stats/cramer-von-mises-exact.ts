/** Frequencies of the values of a sum over lattice paths, the values ascending. */
interface Table {
  readonly values: Float64Array;
  readonly freqs: Float64Array;
}

const EMPTY: Table = { values: new Float64Array(0), freqs: new Float64Array(0) };

/** Two tables as one: their values merged in order, the frequencies of a shared value added. */
function merge(a: Table, b: Table): Table {
  const values = new Float64Array(a.values.length + b.values.length);
  const freqs = new Float64Array(values.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.values.length || j < b.values.length) {
    const fromA = j >= b.values.length || (i < a.values.length && a.values[i]! <= b.values[j]!);
    const value = fromA ? a.values[i]! : b.values[j]!;
    let freq = 0;
    if (i < a.values.length && a.values[i] === value) freq += a.freqs[i++]!;
    if (j < b.values.length && b.values[j] === value) freq += b.freqs[j++]!;
    values[k] = value;
    freqs[k++] = freq;
  }
  return { values: values.subarray(0, k), freqs: freqs.subarray(0, k) };
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** numpy's floor division of floats: the floor of the exact quotient, not of the rounded one. */
function floorDivide(a: number, b: number): number {
  const mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0 && b < 0 !== mod < 0) div -= 1;
  const floor = Math.floor(div);
  return div - floor > 0.5 ? floor + 1 : floor;
}

/** C(m + n, m), exact while it stays below 2^53 (C(40, 20) is 1.4e11). */
function binomial(m: number, n: number): number {
  let c = 1;
  for (let i = 1; i <= m; i++) c = (c * (n + i)) / i;
  return Math.round(c);
}

/**
 * The exact p-value P(U >= u) of the two-sample Cramér-von Mises statistic U (Anderson 1962,
 * eq. 10) for samples of m and n values without ties, as scipy's `_pval_cvm_2samp_exact`: the
 * frequencies of U over all C(m + n, m) orderings, by the lattice-path recursion of Xiao, Gordon
 * and Yakovlev (2006, "A C++ program for the Cramér-von Mises two-sample test", eq. 11), in
 * units of 1 / lcm(m, n)^2. U is compared as scipy compares it, through the floor of its value in
 * those units, so that a U with ties (in quarters) gets scipy's p-value. The tables grow with m
 * and n: scipy uses this for samples of at most 20 values.
 */
export function cramerVonMisesExactSf(u: number, m: number, n: number): number {
  const lcm = (m / gcd(m, n)) * n;
  const a = lcm / m;
  const b = lcm / n;
  const mn = m * n;
  const zeta = floorDivide(lcm * lcm * (m + n) * (6 * u - mn * (4 * mn - 1)), 6 * mn * mn);
  let gs: Table[] = [{ values: Float64Array.of(0), freqs: Float64Array.of(1) }];
  for (let v = 1; v <= m; v++) gs.push(EMPTY);
  for (let row = 0; row <= n; row++) {
    const next: Table[] = [];
    let tmp = EMPTY;
    for (let v = 0; v <= m; v++) {
      tmp = merge(tmp, gs[v]!);
      const step = (a * v - b * row) ** 2;
      for (let i = 0; i < tmp.values.length; i++) tmp.values[i]! += step;
      next.push(tmp);
    }
    gs = next;
  }
  const last = gs[m]!;
  let above = 0;
  for (let i = 0; i < last.values.length; i++) if (last.values[i]! >= zeta) above += last.freqs[i]!;
  return above / binomial(m, n);
}

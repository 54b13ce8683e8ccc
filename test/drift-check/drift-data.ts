/** Seeded tables for the drift-check tests: numbers, categories and a prediction, as CSV text. */

/** mulberry32: a small seeded generator. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TableOptions {
  rows: number;
  seed: number;
  /** Added to `x` (standard normal) and `score`. */
  shift?: number;
  /** Share of `color` drawn from "red" instead of the three colours evenly. */
  red?: number;
}

/** Columns: x (normal), level (1..3, few distinct values), color (categorical), score. */
export function csvTable({ rows, seed, shift = 0, red = 1 / 3 }: TableOptions): string {
  const next = random(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const lines = ["x,level,color,score"];
  for (let i = 0; i < rows; i++) {
    const color = next() < red ? "red" : next() < 0.5 ? "green" : "blue";
    const level = 1 + Math.floor(next() * 3);
    lines.push(
      `${(normal() + shift).toFixed(6)},${level},${color},${(0.5 + shift / 4 + normal() / 10).toFixed(6)}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

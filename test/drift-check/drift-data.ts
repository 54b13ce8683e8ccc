import { seededRandom } from "../helpers/seeded-random.js";
/** Seeded tables for the drift-check tests: numbers, categories and a prediction, as CSV text. */

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
  const next = seededRandom(seed);
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

/** `rows` rows of an income, written by R: every fifth is `na`. */
export const written = (rows: number, shift: number, na: string) =>
  [
    "income,plan",
    ...Array.from({ length: rows }, (_, i) =>
      i % 5 === 0
        ? `${na},${["basic", "pro"][i % 2]}`
        : `${40_000 + ((i * 7919) % 20_000) + shift},${["basic", "pro"][i % 2]}`,
    ),
  ].join("\n") + "\n";

/** The placeholders for no value that some exports write into numeric columns. */
export const HUGE = 1e308;

/**
 * A numeric column `x` of 3,000 values as CSV: one in 100 a placeholder, 1e308 and -1e308 by
 * turns, the rest small numbers, k / 100 for `distinct` different k (past the 1,024 values that
 * a profile counts exactly, it keeps only a sketch of them), plus `shift`; the first `leading`
 * values are 1e308, whose sum passes the largest double.
 */
export function placeholderColumn({
  shift = 0,
  distinct = 2999,
  leading = 0,
}: { shift?: number; distinct?: number; leading?: number } = {}): string {
  const values = Array.from({ length: 3000 }, (_, i) =>
    i < leading || i % 200 === 7
      ? HUGE
      : i % 200 === 107
        ? -HUGE
        : ((i * 7919) % distinct) / 100 + shift,
  );
  return `x\n${values.map(String).join("\n")}\n`;
}

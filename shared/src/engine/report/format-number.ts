/**
 * A number as reports show it: whole numbers as they are (row counts, bounds), others to six
 * significant digits, in exponent form when very large or very small.
 */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  if (Number.isSafeInteger(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude >= 1e6 || magnitude < 1e-4) return value.toExponential(3);
  return String(Number(value.toPrecision(6)));
}

export const formatSigned = (value: number): string =>
  value > 0 ? `+${formatNumber(value)}` : formatNumber(value);

/** A share as a percentage with its sign, for changes: `+1.1%`. */
export const formatPercent = (share: number): string =>
  `${share > 0 ? "+" : ""}${formatShare(share)}`;

/** A share as a percentage: `60%`, `0.535%`. */
export const formatShare = (share: number): string => `${Number((share * 100).toPrecision(3))}%`;

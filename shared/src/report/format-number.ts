/** A number as reports show it: six significant digits, exponent form when very large or small. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  if (value === 0) return "0";
  const magnitude = Math.abs(value);
  if (magnitude >= 1e6 || magnitude < 1e-4) return value.toExponential(3);
  return String(Number(value.toPrecision(6)));
}

export const formatSigned = (value: number): string =>
  value > 0 ? `+${formatNumber(value)}` : formatNumber(value);

export const formatPercent = (share: number): string =>
  `${share > 0 ? "+" : ""}${Number((share * 100).toPrecision(3))}%`;

import { chiSquareSf } from "./gamma-functions.js";
import { StatsInputError } from "./stats-input-error.js";
import { nonNegativeCounts } from "./validate.js";

/**
 * Pearson's chi-square test of independence for an r x c contingency table, matching scipy
 * `stats.chi2_contingency(table, correction)`:
 *
 *   E_ij = (row_i total)(column_j total) / N,  dof = (r - 1)(c - 1),
 *   statistic = sum (O_ij - E_ij)^2 / E_ij,   pValue = chi2.sf(statistic, dof).
 *
 * With `correction` (default true, as scipy) and dof = 1, Yates' continuity correction moves each
 * O_ij towards E_ij by min(0.5, |O_ij - E_ij|). dof = 0 gives statistic 0 and p-value 1.
 * A row or column of zeros (an expected frequency of zero) is refused, as scipy refuses it.
 * Reference: Yates (1934); Agresti (2013), 3.2.
 */
export function chiSquareContingency(
  table: ReadonlyArray<ArrayLike<number>>,
  options: { correction?: boolean } = {},
): { statistic: number; pValue: number; dof: number; expected: number[][] } {
  if (!Array.isArray(table) || table.length === 0) {
    throw new StatsInputError("table", "is empty", "pass a table of counts, one array per row");
  }
  const rows = table.map((row, i) => nonNegativeCounts(`table[${i}]`, row, 1));
  const c = (rows[0] as Float64Array).length;
  rows.forEach((row, i) => {
    if (row.length !== c) {
      throw new StatsInputError(
        `table[${i}]`,
        `has ${row.length} columns, row 0 has ${c}`,
        "give every row the same number of columns",
      );
    }
  });
  const r = rows.length;
  const rowTotals = rows.map((row) => row.reduce((s, v) => s + v, 0));
  const colTotals = Array.from({ length: c }, (_, j) =>
    rows.reduce((s, row) => s + (row[j] as number), 0),
  );
  const total = rowTotals.reduce((s, v) => s + v, 0);
  const expected = rows.map((_, i) =>
    colTotals.map((cj) => ((rowTotals[i] as number) * cj) / total),
  );
  expected.forEach((row, i) =>
    row.forEach((e, j) => {
      if (e === 0) {
        throw new StatsInputError(
          "table",
          `expected frequency at [${i}][${j}] is zero (an empty row or column)`,
          "drop rows and columns whose total is zero",
        );
      }
    }),
  );
  const dof = (r - 1) * (c - 1);
  if (dof === 0) return { statistic: 0, pValue: 1, dof, expected };
  const yates = dof === 1 && options.correction !== false;
  let statistic = 0;
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      const e = (expected[i] as number[])[j] as number;
      let o = (rows[i] as Float64Array)[j] as number;
      if (yates) {
        const diff = e - o;
        o += Math.sign(diff) * Math.min(0.5, Math.abs(diff));
      }
      statistic += ((o - e) * (o - e)) / e;
    }
  }
  return { statistic, pValue: chiSquareSf(statistic, dof), dof, expected };
}

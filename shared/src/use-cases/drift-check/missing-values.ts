/**
 * pandas' default missing values in a CSV (`read_csv`'s `na_values`, pandas 2), besides the
 * empty cell: the data that Evidently compares is most often read by pandas, where a column
 * that R wrote with `NA` is numbers with gaps, not text.
 */
export const PANDAS_MISSING = [
  "#N/A",
  "#N/A N/A",
  "#NA",
  "-1.#IND",
  "-1.#QNAN",
  "-NaN",
  "-nan",
  "1.#IND",
  "1.#QNAN",
  "<NA>",
  "N/A",
  "NA",
  "NULL",
  "NaN",
  "None",
  "n/a",
  "nan",
  "null",
];

/**
 * The missing values of the `missing-values` input: the empty cell always, then the values
 * listed, `pandas` standing for pandas' set.
 */
export function parseMissingValues(items: readonly string[]): string[] {
  return [
    ...new Set(["", ...items.flatMap((item) => (item === "pandas" ? PANDAS_MISSING : [item]))]),
  ];
}

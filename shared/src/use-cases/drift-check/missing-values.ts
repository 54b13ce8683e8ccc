import { InputError } from "../../engine/errors.js";

/**
 * pandas' default missing values (`read_csv`'s `na_values`, pandas 2), besides the empty cell:
 * the data that Evidently compares is most often read by pandas, so a column written by R with
 * `NA` is numbers with gaps there, and must be here too, not text that drifts on its own.
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
 * The missing values of the `missing-values` input: the empty cell always, then `pandas`'s set,
 * the values listed, or with `none` nothing more.
 */
export function parseMissingValues(items: readonly string[]): string[] {
  if (items.includes("none")) {
    if (items.length > 1) {
      throw new InputError(
        "missing-values",
        `none (only the empty cell is missing) cannot be listed with ${items.filter((i) => i !== "none").join(", ")}`,
        "Give none alone, or the values that are missing besides the empty cell",
      );
    }
    return [""];
  }
  return [
    ...new Set(["", ...items.flatMap((item) => (item === "pandas" ? PANDAS_MISSING : [item]))]),
  ];
}

import type { MethodPicker } from "./compare-samples.js";
import {
  autoMethod,
  CATEGORICAL_METHODS,
  NUMERIC_METHODS,
  TWO_CATEGORY_METHODS,
  type MethodChoice,
} from "./drift-methods.js";

/**
 * The method of each column: its own from the `method` map, else the one for every column where
 * it fits, else auto. One numeric method for all (`--method ks`) does not fit a column of text,
 * nor a categorical one (`--method g_test`) a numeric column, nor z or fisher_exact a column of
 * more than two categories: such a column keeps auto's method, and its note says so.
 */
export const picker =
  (methods: MethodChoice, referenceRows: number): MethodPicker =>
  (column, kind, numbers, categories) => {
    const own = methods.perColumn.get(column);
    if (own) return { method: own, note: null, named: true };
    const auto = autoMethod(kind, referenceRows, categories);
    const all = methods.all;
    if (all === "auto") return { method: auto, note: null };
    if (!numbers && NUMERIC_METHODS.includes(all)) {
      return {
        method: auto,
        note: `tested with ${auto}, auto's method for categories: method ${all} compares numbers`,
      };
    }
    if (kind === "numeric" && CATEGORICAL_METHODS.includes(all)) {
      return {
        method: auto,
        note: `tested with ${auto}, auto's method for numbers: method ${all} compares categories`,
      };
    }
    if (categories > 2 && TWO_CATEGORY_METHODS.includes(all)) {
      return {
        method: auto,
        note: `tested with ${auto}, auto's method for categories: method ${all} compares two categories, and this column has ${categories}`,
      };
    }
    return { method: all, note: null };
  };

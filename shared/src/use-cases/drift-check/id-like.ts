/** Fewer values than this can be all distinct by chance (a few categories, a few rows). */
export const ID_LIKE_MIN_VALUES = 20;

/**
 * Why a categorical column whose every reference value is distinct (an id, a timestamp as
 * text) is not tested: each category is seen once, so almost every current value is new and
 * the column would always drift. Null when the column has repeated values.
 */
export function idLikeNote(values: number, distinct: number): string | null {
  if (values < ID_LIKE_MIN_VALUES || distinct < values) return null;
  return `all ${values} reference values are distinct, as in an id column: not tested; leave it out with ignore-columns`;
}

/**
 * What to know of an integer column whose every reference value is distinct: a row id or a
 * timestamp counts up, so each new batch holds values the reference never had, and the column
 * drifts every time. It is tested (a measured integer can be all distinct too, as a price in
 * cents over few rows), with this note on why it may drift. From a profile whose distinct count
 * is an estimate (HyperLogLog), one within its error of the count is taken, and said so. Null
 * otherwise.
 */
export function countingIntegersNote(
  type: string,
  values: number,
  distinct: { readonly value: number; readonly exact: boolean; readonly relativeError?: number },
): string | null {
  if (type !== "integer" || values < ID_LIKE_MIN_VALUES) return null;
  const least = distinct.exact ? values : values * (1 - (distinct.relativeError ?? 0));
  if (distinct.value < least) return null;
  const which = distinct.exact
    ? `all ${values} reference values are distinct integers`
    : `the ${values} reference values are all or nearly all distinct integers (the profile estimates how many)`;
  return `${which}, as in an id or a timestamp, which drifts with every new batch: if it is one, leave it out with ignore-columns`;
}

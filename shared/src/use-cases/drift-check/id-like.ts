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

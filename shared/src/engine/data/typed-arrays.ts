import { releaseArrays } from "../release-array.js";

type TypedArray = Float64Array | Int32Array | Uint32Array | Uint8Array;

/** A copy of `array` with room for `length` items, its own first. */
export function resized<T extends TypedArray>(array: T, length: number): T {
  const copy = new (array.constructor as new (length: number) => T)(length);
  copy.set(array);
  return copy;
}

/**
 * An array of `length` items: one of the `spare` arrays given back when it has that length
 * (its items stale: the caller writes every one), else a new one. Spares of another length are
 * let go.
 */
export function reusedOr<T extends TypedArray>(
  spare: T[],
  length: number,
  make: new (length: number) => T,
): T {
  const array = spare.pop();
  if (array?.length === length) return array;
  spare.length = 0;
  return new make(length);
}

/** A copy of `array` at least `length` long (doubling), for arrays that only grow. */
export const grown = <T extends TypedArray>(array: T, length: number): T =>
  resized(array, Math.max(length, array.length * 2));

/**
 * The first `length` items of an array filled by `grown`: a view, or, when over a fifth of it is
 * unused, a copy, and the array is freed (it must have no other use).
 */
export function trimmed<T extends TypedArray>(array: T, length: number): T {
  if (array.length <= length * 1.25) return array.subarray(0, length) as T;
  const copy = array.slice(0, length) as T;
  releaseArrays(array);
  return copy;
}

type TypedArray = Float64Array | Int32Array | Uint32Array | Uint8Array;

/** A copy of `array` with room for `length` items, its own first. */
export function resized<T extends TypedArray>(array: T, length: number): T {
  const copy = new (array.constructor as new (length: number) => T)(length);
  copy.set(array);
  return copy;
}

/** A copy of `array` at least `length` long (doubling), for arrays that only grow. */
export const grown = <T extends TypedArray>(array: T, length: number): T =>
  resized(array, Math.max(length, array.length * 2));

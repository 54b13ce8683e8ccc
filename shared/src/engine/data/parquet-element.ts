import type { SchemaElement } from "hyparquet";

/**
 * Whether a leaf is fixed-length bytes without a type (a hash, a UUID's bytes not annotated as
 * one): no number (DECIMAL, FLOAT16), no UUID, no interval.
 */
export const isBareFixedBytes = (leaf: SchemaElement): boolean =>
  leaf.type === "FIXED_LEN_BYTE_ARRAY" &&
  leaf.converted_type === undefined &&
  leaf.logical_type === undefined;

/**
 * A leaf's schema element as its values are converted by: hyparquet's `convert` reads the type
 * and annotations from it, while a page's bytes are read by the column chunk's own physical
 * type, so that the two may differ.
 * - Fixed-length bytes without a type are converted as bytes without a string type are
 *   (`isBinary`): as text (`bytesText`), where hyparquet would hand out the bytes themselves,
 *   which a cell would hold as their JSON (`{"0":12,"1":255}`).
 * - A DECIMAL annotated by its logical type alone, as a writer may leave out the converted type
 *   kept for older readers, is given that converted type, which alone hyparquet scales by:
 *   else an INT32 or INT64 decimal reads as its unscaled integer (12345 for 123.45), and one of
 *   fixed-length bytes as the bytes.
 */
export function decodedElement(element: SchemaElement): SchemaElement {
  if (isBareFixedBytes(element)) return { ...element, type: "BYTE_ARRAY" };
  const logical = element.logical_type;
  if (logical?.type === "DECIMAL" && element.converted_type === undefined) {
    const { scale, precision } = logical;
    return { ...element, converted_type: "DECIMAL", scale, precision };
  }
  return element;
}

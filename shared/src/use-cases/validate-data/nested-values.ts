import { cellValue, columnOf, type Batch } from "../../engine/data/batch.js";

/**
 * JSON Lines' nested values: an object or an array in a line is read as one column of its JSON
 * text, not as a column per key, so a contract names the object's column (`user`), never a key
 * inside it (`user.age`).
 */

/** The JSON value `text` writes, where it writes an object or an array; else `undefined`. */
export function nestedValueOf(text: string): object | undefined {
  if (!/^\s*[[{]/.test(text)) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The rows of a batch looked at for an object with the key: a column of objects shows it soon. */
const ROWS_LOOKED_AT = 100;

/**
 * Why field `name` has no value where it names a key of a column of JSON objects (`user.age`
 * of `user`, whose first rows in `batch` have objects with `age`): the note of each of its rows
 * that fails `required`; `undefined` for any other field.
 */
export function nestedKeyNote(batch: Batch, name: string): string | undefined {
  for (let at = name.indexOf("."); at > 0; at = name.indexOf(".", at + 1)) {
    const parent = name.slice(0, at);
    const column = columnOf(batch, parent);
    if (column === undefined) continue;
    const key = name.slice(at + 1).split(".")[0]!;
    for (let row = 0; row < Math.min(batch.length, ROWS_LOOKED_AT); row++) {
      const value = cellValue(column, row);
      const nested = typeof value === "string" ? nestedValueOf(value) : undefined;
      if (nested !== undefined && !Array.isArray(nested) && Object.hasOwn(nested, key)) {
        return `no value: ${JSON.stringify(parent)} holds JSON objects, read as one column of their text, not a column per key; flatten the data first (jq, or pandas.json_normalize)`;
      }
    }
  }
  return undefined;
}

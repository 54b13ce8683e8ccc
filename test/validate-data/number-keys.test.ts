import { describe, expect, test } from "vitest";
import { NumberKeys } from "@mlops/shared";

/** Stores `keys` in order, each at its index; returns the indexes of the repeats' first sighting. */
function storeAll(numberKeys: NumberKeys, keys: number[]): number[] {
  return keys.flatMap((key, at) => {
    const first = numberKeys.firstOrStore(key, at, true);
    return first >= 0 ? [first] : [];
  });
}

describe("NumberKeys, where each key of a uniqueness check was first seen", () => {
  test("ids counted up with a few repeats stay in a range, and every repeat is found", () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => i);
    // A repeat every 100 rows of the id just before: the keys fill a little less than their span.
    const keys = ids.flatMap((id) => (id % 100 === 99 ? [id, id - 1] : [id]));
    const keysWithRepeats = new NumberKeys();
    const firsts = storeAll(keysWithRepeats, keys);
    expect(firsts).toHaveLength(1_000);
    expect(firsts[0]).toBe(98);
    expect(keysWithRepeats.ranged).toBe(true);
  });

  test("ids counted down, and ids starting far from zero, stay in a range", () => {
    for (const keys of [
      Array.from({ length: 50_000 }, (_, i) => 50_000 - i),
      Array.from({ length: 50_000 }, (_, i) => 7e12 + i),
    ]) {
      const numberKeys = new NumberKeys();
      expect(storeAll(numberKeys, keys)).toEqual([]);
      expect(numberKeys.ranged).toBe(true);
    }
  });

  test("keys too sparse for a range move to the hash table, keeping where each was seen", () => {
    const keys = Array.from({ length: 5_000 }, (_, i) => i * 1_000);
    const numberKeys = new NumberKeys();
    expect(storeAll(numberKeys, [...keys, ...keys.slice(0, 3)])).toEqual([0, 1, 2]);
    expect(numberKeys.ranged).toBe(false);
    expect(numberKeys.firstOrStore(1_000 * 4_999, -1, false)).toBe(4_999);
  });

  test("a key not stored is not found later", () => {
    const numberKeys = new NumberKeys();
    expect(numberKeys.firstOrStore(5, 0, false)).toBe(-1);
    expect(numberKeys.firstOrStore(5, 1, true)).toBe(-1);
    expect(numberKeys.firstOrStore(5, 2, true)).toBe(1);
  });
});

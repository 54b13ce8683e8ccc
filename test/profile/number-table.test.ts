import { describe, expect, test } from "vitest";
import { NumberTable } from "@mlops/shared";
import { seededRandom } from "../helpers/seeded-random.js";

describe("NumberTable, the typed map behind value counts and number keys", () => {
  test("agrees with a Map on many keys, repeated and new, as it grows", () => {
    const random = seededRandom(7);
    const table = new NumberTable();
    const map = new Map<number, number>();
    for (let i = 0; i < 50_000; i++) {
      const key = Math.floor(random() * 20_000) - 10_000 + (i % 3 === 0 ? 0.5 : 0);
      const index = table.indexOf(key);
      expect(index >= 0).toBe(map.has(key));
      if (index >= 0) table.values[index]!++;
      else table.add(key, 1);
      map.set(key, (map.get(key) ?? 0) + 1);
    }
    expect(table.size).toBe(map.size);
    // Entries stay in the order they were added, as a Map's do.
    expect(Array.from(table.keys.subarray(0, table.size))).toEqual([...map.keys()]);
    expect(Array.from(table.values.subarray(0, table.size))).toEqual([...map.values()]);
  });

  test("holds -0 and 0 as one key, as a Map does", () => {
    const table = new NumberTable();
    table.add(-0, 1);
    expect(table.indexOf(0)).toBe(0);
    expect(Object.is(table.keys[0], 0)).toBe(true);
  });

  test("forgets every entry when cleared", () => {
    const table = new NumberTable();
    for (let i = 0; i < 2_000; i++) table.add(i, i);
    table.clear();
    expect(table.size).toBe(0);
    expect(table.indexOf(5)).toBe(-1);
    expect(table.add(5, 1)).toBe(0);
  });

  test("finds a key or adds it in one call, as indexOf then add does", () => {
    const random = seededRandom(8);
    const once = new NumberTable();
    const twice = new NumberTable();
    for (let i = 0; i < 20_000; i++) {
      const key = Math.floor(random() * 5_000) * (i % 2 === 0 ? 1 : -1);
      const index = twice.indexOf(key);
      if (index < 0) twice.add(key, i);
      expect(once.indexOrAdd(key, i)).toBe(index);
    }
    expect(once.indexOrAdd(-0, 1)).toBe(once.indexOf(0));
    expect(Array.from(once.keys.subarray(0, once.size))).toEqual(
      Array.from(twice.keys.subarray(0, twice.size)),
    );
    expect(Array.from(once.values.subarray(0, once.size))).toEqual(
      Array.from(twice.values.subarray(0, twice.size)),
    );
  });
});

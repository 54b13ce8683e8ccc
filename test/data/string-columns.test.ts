import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { readBatches } from "@mlops/shared";
import { scratchFolder } from "./temp-files.js";

const write = scratchFolder();

describe("string columns", () => {
  test("give each distinct value one code, however many values the dictionary grows to", async () => {
    const names = Array.from({ length: 200 }, (_, i) => `sku${String(i).padStart(4, "0")}`);
    const picks = Array.from({ length: 20_000 }, (_, i) => names[(i * 7919) % 200] ?? "");
    const file = write(
      "many.csv",
      `id,sku\n${picks.map((name, i) => `${i},${name}`).join("\n")}\n`,
    );
    const decoded: string[] = [];
    for await (const batch of readBatches(file)) {
      const sku = batch.columns.get("sku");
      if (!sku || !("codes" in sku)) throw new Error("sku is not a string column");
      expect(new Set(sku.dictionary).size).toBe(sku.dictionary.length);
      for (const code of sku.codes) decoded.push(sku.dictionary[code] ?? "");
    }
    expect(decoded).toEqual(picks);
  });

  test("keep codes stable across batches for categories, and decode to the values read", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...Array.from({ length: 70 }, (_, i) => `c${i}`)), {
          minLength: 1,
          maxLength: 400,
        }),
        async (values) => {
          const file = write("cats.csv", `v\n${values.join("\n")}\n`);
          const decoded: string[] = [];
          let dictionary: readonly string[] = [];
          for await (const batch of readBatches(file, { batchSize: 37 })) {
            const column = batch.columns.get("v");
            if (!column || !("codes" in column)) throw new Error("v is not a string column");
            for (const code of column.codes) decoded.push(column.dictionary[code] ?? "");
            dictionary = column.dictionary;
          }
          expect(decoded).toEqual(values);
          expect(new Set(dictionary).size).toBe(dictionary.length);
        },
      ),
      { numRuns: 40 },
    );
  });
});

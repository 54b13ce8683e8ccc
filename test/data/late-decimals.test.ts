import { describe, expect, test } from "vitest";
import { readBatches, readColumns, type Batch, type NumericColumn } from "@mlops/shared";
import { collect, scratchFolder } from "./temp-files.js";
import { column, failure } from "./read-helpers.js";

const write = scratchFolder();

/** Whole numbers in `qty` but for `late` on its last line, past the 3 rows inferred from. */
const lateCsv = (late: string) => `qty,price\n1,9.5\n2,8.5\n3,7.5\n4,6.5\n${late},5.5\n6,4.5\n`;

/** Types are inferred from 3 rows, and batches hold 2, so that the cell lands in a later one. */
const SMALL = { inferRows: 3, batchSize: 2 } as const;

const qtyOf = (batch: Batch) => batch.columns.get("qty") as NumericColumn;

describe("widenIntegers: a column inferred as integers takes a later decimal", () => {
  test("the column is numeric from the batch that holds it, which says where it is", async () => {
    const file = write("late.csv", lateCsv("2.5"));
    const batches = await collect(readBatches(file, { ...SMALL, widenIntegers: true }));
    expect(batches.map((batch) => qtyOf(batch).type)).toEqual(["integer", "integer", "numeric"]);
    const last = batches[2]!;
    const row = qtyOf(last).widenedAt!;
    expect(last.lineNumbers[row]).toBe(6);
    expect(qtyOf(last).values[row]).toBe(2.5);
    expect(batches.slice(0, 2).map((batch) => qtyOf(batch).widenedAt)).toEqual([
      undefined,
      undefined,
    ]);
    const table = await readColumns(file, { inferRows: 3, widenIntegers: true });
    expect(column(table, "qty")).toEqual([1, 2, 3, 4, 2.5, 6]);
  });

  test("a read on a thread of its own says so alike", async () => {
    const file = write("late-worker.csv", lateCsv("2.5"));
    const options = { ...SMALL, widenIntegers: true, readInWorker: "always" } as const;
    const last = (await collect(readBatches(file, options)))[2]!;
    expect(qtyOf(last).type).toBe("numeric");
    expect(last.lineNumbers[qtyOf(last).widenedAt!]).toBe(6);
  });

  test("a JSON Lines number is taken alike", async () => {
    const lines = [1, 2, 3, 4, 2.5].map((qty) => JSON.stringify({ qty })).join("\n");
    const file = write("late.jsonl", `${lines}\n`);
    const table = await readColumns(file, { inferRows: 3, widenIntegers: true });
    expect(table.columns.get("qty")!.type).toBe("numeric");
    expect(column(table, "qty")).toEqual([1, 2, 3, 4, 2.5]);
  });

  test("without it, or where a schema declares the integers, the cell does not fit", async () => {
    const file = write("declared.csv", lateCsv("2.5"));
    const inferred = await failure(readColumns(file, { inferRows: 3 }));
    expect(inferred.message).toBe(`${file}:6: column 'qty' (integer): "2.5" is not an integer`);
    const schema = { fields: [{ name: "qty", type: "integer" as const }] };
    const declared = await failure(readColumns(file, { schema, widenIntegers: true }));
    expect(declared.message).toBe(`${file}:6: column 'qty' (integer): "2.5" is not an integer`);
  });

  test("a cell that is no number still does not fit", async () => {
    const file = write("word.csv", lateCsv("many"));
    const error = await failure(readColumns(file, { inferRows: 3, widenIntegers: true }));
    expect(error.message).toBe(`${file}:6: column 'qty' (integer): "many" is not an integer`);
  });
});

describe("usedColumns: the columns a caller does not use are never typed", () => {
  test("a cell no type would take in a column left out does not stop the read", async () => {
    const file = write("unused.csv", lateCsv("many"));
    for (const usedColumns of [{ except: ["qty"] }, { only: ["price"] }]) {
      const [batch] = await collect(readBatches(file, { inferRows: 3, usedColumns }));
      expect(batch!.names).toEqual(["qty", "price"]);
      expect(batch!.columns.get("price")!.type).toBe("numeric");
      expect(batch!.byteColumns!.get("qty")!.type).toBe("text");
    }
  });

  test("whatever a schema declares of it, and a name the data lacks is no error", async () => {
    const file = write("declared-unused.csv", lateCsv("many"));
    const schema = { fields: [{ name: "qty", type: "integer" as const }] };
    const usedColumns = { only: ["price", "absent"] };
    const [batch] = await collect(readBatches(file, { schema, usedColumns }));
    expect([...batch!.byteColumns!.keys()]).toEqual(["qty"]);
  });
});

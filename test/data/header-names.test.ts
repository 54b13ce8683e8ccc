import { describe, expect, test } from "vitest";
import { readBatches, readColumns } from "@mlops/shared";
import { collect, scratchFolder } from "./temp-files.js";
import { column, failure } from "./read-helpers.js";

const write = scratchFolder();

describe("a CSV header field left empty is named as pandas names it", () => {
  test("pandas' DataFrame.to_csv writes its index first, under an empty name: Unnamed: 0", async () => {
    const file = write("pandas.csv", ",x\n0,0.5\n1,1.5\n2,2.5\n");
    const table = await readColumns(file);
    expect([...table.columns.keys()]).toEqual(["Unnamed: 0", "x"]);
    expect(column(table, "Unnamed: 0")).toEqual([0, 1, 2]);
    expect(column(table, "x")).toEqual([0.5, 1.5, 2.5]);
  });

  test('R\'s write.csv quotes the empty name ("") and its row names', async () => {
    const file = write("r.csv", '"","x","g"\n"1",8.4,"c"\n"2",7.3,"a"\n');
    const table = await readColumns(file);
    expect([...table.columns.keys()]).toEqual(["Unnamed: 0", "x", "g"]);
    expect(column(table, "Unnamed: 0")).toEqual([1, 2]);
  });

  test("a spreadsheet's trailing empty columns are named by position and read as all missing", async () => {
    const file = write("excel.csv", "id,x,y,,,\n1,2.5,a,,,\n2,3.5,b,,,\n");
    const table = await readColumns(file);
    expect([...table.columns.keys()]).toEqual([
      "id",
      "x",
      "y",
      "Unnamed: 3",
      "Unnamed: 4",
      "Unnamed: 5",
    ]);
    expect(column(table, "Unnamed: 4")).toEqual([null, null]);
  });

  test("the name is one a schema can declare, and every file of a dataset shares it", async () => {
    const first = write("part-1.csv", ",x\n0,0.5\n1,1.5\n");
    const second = write("part-2.csv", ",x\n2,2.5\n");
    const schema = { fields: [{ name: "Unnamed: 0", type: "string" as const }] };
    const table = await readColumns([first, second], { schema });
    expect(column(table, "Unnamed: 0")).toEqual(["0", "1", "2"]);
    const [batch] = await collect(readBatches(first, { schema }));
    expect(batch!.names).toEqual(["Unnamed: 0", "x"]);
  });

  test("a column really named Unnamed: 0 beside an empty first one is two columns of one name", async () => {
    const file = write("twice.csv", ",Unnamed: 0,x\n0,1,2\n");
    const error = await failure(readColumns(file));
    expect(error.lineNumber).toBe(1);
    expect(error.message).toBe(`${file}:1: two columns are named 'Unnamed: 0'`);
    expect(error.fix).toBe("Give each column its own name");
  });
});

describe("a name given twice", () => {
  test("is quoted in the refusal cut to 200 characters, on one line, however long it is", async () => {
    const long = `${"n".repeat(100_000)}\nx`;
    const file = write("long-names.csv", `"${long}","${long}"\n1,2\n`);
    const error = await failure(readColumns(file));
    expect(error.message).toBe(`${file}:1: two columns are named '${"n".repeat(199)}…'`);
  });
});

describe("a JSON Lines key left empty is named as an empty CSV header field is", () => {
  // pandas' read_json keeps the name "", which no contract field nor ignore-columns can give.
  test("by its position among the keys: the index a DataFrame's to_json can write first", async () => {
    const file = write("index.jsonl", '{"": 0, "x": 0.5}\n{"": 1, "x": 1.5}\n');
    const table = await readColumns(file);
    expect([...table.columns.keys()]).toEqual(["Unnamed: 0", "x"]);
    expect(column(table, "Unnamed: 0")).toEqual([0, 1]);
    expect(column(table, "x")).toEqual([0.5, 1.5]);
  });

  test("its position is where the keys first give it, and a line without it is missing", async () => {
    const file = write("later.jsonl", '{"id": 1, "x": 2}\n{"id": 2, "": "a", "x": 3}\n');
    const table = await readColumns(file);
    expect([...table.columns.keys()]).toEqual(["id", "x", "Unnamed: 2"]);
    expect(column(table, "Unnamed: 2")).toEqual([null, "a"]);
  });

  test("a schema declares it by that name, which every file of a dataset shares", async () => {
    const first = write("part-1.jsonl", '{"": 0, "x": 0.5}\n{"": 1, "x": 1.5}\n');
    const second = write("part-2.jsonl", '{"x": 2.5, "": 2}\n');
    // The schema's fields do not move it: it is named as the data is read without one.
    const schema = { fields: [{ name: "x" }, { name: "Unnamed: 0", type: "string" as const }] };
    const table = await readColumns([first, second], { schema });
    expect(column(table, "Unnamed: 0")).toEqual(["0", "1", "2"]);
    const [batch] = await collect(readBatches(first, { schema }));
    expect(batch!.names).toEqual(["x", "Unnamed: 0"]);
    expect(batch!.lateKeys).toBeUndefined();
  });

  test("a key really named so beside it is refused as two columns of one name", async () => {
    const file = write("twice.jsonl", '{"x": 1}\n{"": 2, "Unnamed: 1": 3}\n');
    const error = await failure(readColumns(file));
    expect(error.lineNumber).toBe(2);
    expect(error.message).toBe(
      `${file}:2: two columns are named 'Unnamed: 1': the key "" is read as 'Unnamed: 1', as an empty CSV header field is named, and a key is named so too`,
    );
    expect(error.fix).toBe("Give each key a name of its own");
    // Past the rows the columns are typed from, on the line that has both.
    const late = write("late.jsonl", '{"": 1}\n{"": 2}\n{"": 3, "Unnamed: 0": 4}\n');
    const lateError = await failure(readColumns(late, { inferRows: 1 }));
    expect(lateError.lineNumber).toBe(3);
  });
});

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

import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readStructured } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/** `mlops contract infer ...args` in a fresh folder holding `files`, writing contract.yml. */
async function inferFrom(files: Record<string, string>, ...args: string[]) {
  const { dir, write } = tempDir();
  for (const [name, content] of Object.entries(files)) write(name, content);
  const run = await mlops(["contract", "infer", "--output", "contract.yml", ...args], dir);
  const contract = () => readStructured(join(dir, "contract.yml")).value as { fields: unknown[] };
  const validate = (...more: string[]) =>
    mlops(["validate-data", "--json", "--schema", "contract.yml", ...more], dir);
  return { ...run, dir, contract, validate };
}

describe("mlops contract infer reads what a text column's values are", () => {
  it("writes numbers with a decimal comma, or commas between groups, as numbers so spelled, which validate-data reads", async () => {
    const run = await inferFrom(
      {
        "eu.csv": "id;amount;share\n1;1.037,50;0,143\n2;1.075,00;0,286\n3;12,5;1\n",
        "us.csv": 'id,amount\n1,"1,234.50"\n2,999.99\n3,"1,000,000.00"\n',
      },
      "--data",
      "eu.csv",
      "--delimiter",
      ";",
    );
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const required = { required: true };
    expect(run.contract().fields).toEqual([
      { name: "id", type: "integer", constraints: required },
      { name: "amount", type: "number", decimalChar: ",", groupChar: ".", constraints: required },
      { name: "share", type: "number", decimalChar: ",", constraints: required },
    ]);
    const valid = await run.validate("--data", "eu.csv", "--delimiter", ";");
    expect(JSON.parse(valid.stdout).valid).toBe("true");
    const us = await inferFrom(
      { "us.csv": 'id,amount\n1,"1,234.50"\n2,999.99\n3,"1,000,000.00"\n' },
      "--data",
      "us.csv",
    );
    expect(us.contract().fields[1]).toEqual({
      name: "amount",
      type: "number",
      groupChar: ",",
      constraints: required,
    });
    expect(JSON.parse((await us.validate("--data", "us.csv")).stdout).valid).toBe("true");
  });

  it("warns, and keeps the text, where values read as numbers both ways or only the most frequent are known", async () => {
    const both = await inferFrom({ "d.csv": 'n\n"1,234"\n"5,678"\n' }, "--data", "d.csv");
    expect(both.stderr).toBe(
      `warning: column 'n' is written as string, but all its values read as numbers with decimalChar: "," or groupChar: ",": declare it type: number with decimalChar: "," or groupChar: ",", the one the data means\n`,
    );
    // 2,000 distinct amounts: past the 1,024 a profile counts exactly.
    const rows = Array.from({ length: 2000 }, (_, i) => `${i},${String(i % 97).padStart(2, "0")}`);
    const many = await inferFrom(
      { "d.csv": `amount\n${rows.map((r) => `"${r}"`).join("\n")}\n` },
      "--data",
      "d.csv",
    );
    expect(many.stderr).toBe(
      `warning: column 'amount' is written as string, but its most frequent values read as numbers with decimalChar: ",": where every value does, declare it type: number with decimalChar: ","\n`,
    );
    expect(many.contract().fields).toEqual([
      { name: "amount", type: "string", constraints: { required: true } },
    ]);
  });

  it("warns of a column of numbers and NA, NULL or \\N, naming the --missing-values that reads them as gaps", async () => {
    const run = await inferFrom(
      { "d.csv": "x,y,z\n1.5,1,a\nNA,\\N,NA\n3.5,NULL,b\nNULL,4,c\n" },
      "--data",
      "d.csv",
    );
    expect(run.stderr.split("\n")).toEqual([
      "warning: column 'x' holds numbers and 'NA', 'NULL', so it is written as string. Where those mean no value, infer again with --missing-values pandas",
      "warning: column 'y' holds numbers and 'NULL', '\\N', so it is written as string. Where those mean no value, infer again with --missing-values 'NULL,\\N'",
      "",
    ]);
    const again = await inferFrom(
      { "d.csv": "x,y\n1.5,1\nNA,\\N\n3.5,NULL\n" },
      "--data",
      "d.csv",
      "--missing-values",
      "NULL,\\N,NA",
    );
    expect(again.stderr).toBe("");
    expect(again.contract().fields).toMatchObject([
      { name: "x", type: "number" },
      { name: "y", type: "integer" },
    ]);
  });

  it("writes a column of JSON objects or arrays with no enum of their texts, and says a key cannot be named", async () => {
    const rows = [1, 2, 3].map((id) =>
      JSON.stringify({ id, user: { age: 20 + id }, tags: id === 1 ? [] : ["a"] }),
    );
    const run = await inferFrom({ "d.jsonl": `${rows.join("\n")}\n` }, "--data", "d.jsonl");
    expect(run.stderr.split("\n")).toEqual([
      "warning: column 'user' holds JSON objects, each read as its JSON text: it is written with no enum, and a contract cannot name the objects' keys such as 'user.age'. To check them, flatten the data first (jq, or pandas.json_normalize)",
      "warning: column 'tags' holds JSON arrays, each read as its JSON text: it is written with no enum",
      "",
    ]);
    expect(run.contract().fields).toEqual([
      { name: "id", type: "integer", constraints: { required: true } },
      { name: "user", type: "string", constraints: { required: true } },
      { name: "tags", type: "string", constraints: { required: true } },
    ]);
  });
});

describe("mlops contract infer on a file of another delimiter, or of no known format", () => {
  it("warns that data read as one column may want --delimiter", async () => {
    const semi = await inferFrom({ "d.csv": "id;name\n1;Anna\n2;Bob\n" }, "--data", "d.csv");
    expect(semi.stderr).toBe(
      `warning: the data reads as one column, 'id;name': if its fields are delimited by ";", infer again with --delimiter ';'\n`,
    );
    const tab = await inferFrom({ "d.csv": "id\tname\n1\tAnna\n" }, "--data", "d.csv");
    expect(tab.stderr).toContain("infer again with --delimiter tab");
    const given = await inferFrom(
      { "d.csv": "id;name\n1;Anna\n" },
      "--data",
      "d.csv",
      "--delimiter",
      ";",
    );
    expect(given.stderr).toBe("");
  });

  it("refuses rows split at their decimal commas naming the delimiter, as validate-data does", async () => {
    const contract = "fields:\n  - {name: id, type: integer}\n  - {name: amount, type: number}\n";
    const run = await inferFrom(
      { "d.csv": "id;amount\n1;1,5\n", "c.yml": contract },
      "--data",
      "d.csv",
    );
    expect(run).toMatchObject({ code: 1 });
    expect(run.stderr).toBe(
      `mlops contract: d.csv:2: this row has 2 fields, the header has 1. The header reads as one field: if the file is delimited by ";", give that delimiter (--delimiter ';', or the delimiter input)\n`,
    );
    const check = await mlops(["validate-data", "--data", "d.csv", "--schema", "c.yml"], run.dir);
    expect(check.stderr).toContain(
      `The header reads as one field: if the file is delimited by ";", give that delimiter (--delimiter ';', or the delimiter input)`,
    );
  });

  it("says to rename a file whose extension names no format", async () => {
    const run = await inferFrom({ "export.txt": "id\n1\n" }, "--data", "export.txt");
    expect(run).toMatchObject({ code: 1 });
    expect(run.stderr).toBe(
      "mlops contract: export.txt: the format cannot be told from the extension. Name the file .csv, .tsv, .jsonl, .ndjson or .parquet (gzipped, add .gz)\n",
    );
  });

  it("warns of a JSON Lines key first seen after the rows its columns were read from, naming its line", async () => {
    const lines = Array.from({ length: 10_050 }, (_, i) =>
      JSON.stringify(i < 10_020 ? { id: i } : { id: i, promo: "spring" }),
    );
    const run = await inferFrom(
      { "events.jsonl": `${lines.join("\n")}\n` },
      "--data",
      "events.jsonl",
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      "warning: key 'promo' first appears at events.jsonl:10021, after the rows the columns were read from, so it is left out: add it as a field by hand (without required: earlier rows lack it), or it fails validate-data's fields check as undeclared\n",
    );
    expect(run.contract().fields).toEqual([
      { name: "id", type: "integer", constraints: { required: true } },
    ]);
    // As the warning says, the contract as written fails the data's fields check.
    expect(JSON.parse((await run.validate("--data", "events.jsonl")).stdout).valid).toBe("false");
  });
});

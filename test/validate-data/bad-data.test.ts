import { describe, expect, it } from "vitest";
import { validate } from "./validate.js";

const contract =
  "fields:\n  - name: id\n    type: integer\n    constraints: { required: true }\n  - name: name\n    type: string\n";

/** Validates `data` (as d.csv unless named) and returns the `readable` check. */
async function unreadable(data: string | Buffer, name = "d.csv") {
  const run = await validate({ [name]: data, "c.yml": contract }, { data: name, schema: "c.yml" });
  expect(run.code).toBe(1);
  expect(run.outputs).toMatchObject({ valid: "false", "profile-path": "" });
  expect(run.reportText).not.toMatch(/NaN|Infinity/);
  expect(run.report.notes[0]).toMatch(/^Statistics, skew and the row count were not checked/);
  return { ...run.check("readable"), run };
}

describe("data that cannot be read is a failed check at its file, line and column, never a crash", () => {
  it("a ragged row", async () => {
    const check = await unreadable("id,name\n1,a\n2,b,extra\n3,c\n");
    expect(check.examples[0]).toEqual({
      file: "d.csv",
      line: 3,
      row: null,
      column: null,
      value: null,
      note: "this row has 3 fields, the header has 2",
    });
    expect(check.note).toBe(
      "Give every row as many fields as the header, quoting fields that contain the delimiter. The read stopped here; the other checks cover the 0 rows before",
    );
    expect(check.run.stderr).toContain("error: d.csv:3: (this row has 3 fields, the header has 2)");
  });

  it("a value of the wrong type, naming its column", async () => {
    const check = await unreadable("id,name\n1,a\nseven,b\n");
    expect(check.column).toBe("id");
    expect(check.examples[0]).toMatchObject({ line: 3, column: "id" });
    expect(check.examples[0].note).toContain('"seven" is not an integer');
  });

  it("bytes that are not UTF-8", async () => {
    const check = await unreadable(Buffer.from([...Buffer.from("id,name\n1,"), 0xff, 0x0a]));
    expect(check.examples[0]).toMatchObject({ file: "d.csv", line: 2 });
    expect(check.examples[0].note).toMatch(/UTF-8/);
  });

  it("an empty file", async () => {
    const check = await unreadable("");
    expect(check.examples[0]).toMatchObject({ line: 1, note: "the file is empty" });
  });

  it("a column the contract declares and the data lacks", async () => {
    const check = await unreadable("id\n1\n");
    expect(check.examples[0].note).toBe(
      "the schema declares a column 'name' that the data does not have",
    );
  });

  it("a JSON line that does not parse", async () => {
    const check = await unreadable('{"id": 1, "name": "a"}\n{"id": 2,\n', "d.jsonl");
    expect(check.examples[0]).toMatchObject({ file: "d.jsonl", line: 2 });
  });
});

describe("data that reads but does not fit the contract's columns", () => {
  it("a header without rows fails the row count, and nothing else", async () => {
    const run = await validate(
      { "d.csv": "id,name\n", "c.yml": contract },
      { data: "d.csv", schema: "c.yml" },
    );
    expect(run.outputs).toMatchObject({
      valid: "false",
      "row-count": "0",
      "failed-checks": '["rows"]',
    });
    expect(run.check("rows")).toMatchObject({ status: "fail", observed: 0 });
  });

  it("an undeclared column fails `fields`, unless fieldsMatch is subset", async () => {
    const data = "id,name,extra\n1,a,x\n";
    const exact = await validate(
      { "d.csv": data, "c.yml": contract },
      { data: "d.csv", schema: "c.yml" },
    );
    expect(exact.check("fields")).toMatchObject({ status: "fail", note: "undeclared: extra" });
    const subset = await validate(
      { "d.csv": data, "c.yml": `${contract}fieldsMatch: subset\n` },
      { data: "d.csv", schema: "c.yml" },
    );
    expect(subset.check("fields").status).toBe("pass");
  });

  it("columns in another order fail an exact match and pass an equal one", async () => {
    const data = "name,id\na,1\n";
    const exact = await validate(
      { "d.csv": data, "c.yml": contract },
      { data: "d.csv", schema: "c.yml" },
    );
    expect(exact.check("fields")).toMatchObject({ status: "fail", note: "the order differs" });
    const equal = await validate(
      { "d.csv": data, "c.yml": `${contract}fieldsMatch: equal\n` },
      { data: "d.csv", schema: "c.yml" },
    );
    expect(equal.outputs.valid).toBe("true");
  });

  it("a missing value in a required column is a failed row, not an error", async () => {
    const run = await validate(
      { "d.csv": "id,name\n,a\n2,b\n", "c.yml": contract },
      { data: "d.csv", schema: "c.yml" },
    );
    expect(run.check("id.required")).toMatchObject({
      failed: 1,
      evaluated: 2,
      examples: [{ line: 2, value: null, note: "no value" }],
    });
  });
});

import { describe, expect, it } from "vitest";
import { validate, validateCsv } from "./validate.js";

/** A contract of one field per entry, `name: type`, in YAML. */
const contractOf = (fields: Record<string, string>) =>
  `fields:\n${Object.entries(fields)
    .map(([name, type]) => `  - {name: ${name}, type: ${type}}\n`)
    .join("")}`;

describe("a cell its field refuses says which field option would read it", () => {
  it("names decimalChar and groupChar for numbers written with a decimal comma or commas between groups", async () => {
    const run = await validate(
      {
        "d.csv": 'id;eu;share;us\n1;1.037,50;0,143;"1,234.50"\n2;12,5;0,5;999.99\n',
        "c.yml": contractOf({ id: "integer", eu: "number", share: "number", us: "number" }),
      },
      { data: "d.csv", schema: "c.yml", delimiter: ";" },
    );
    expect(run.code).toBe(1);
    expect(run.check("eu.type").examples[0]).toMatchObject({
      line: 2,
      value: "1.037,50",
      note: 'give the field decimalChar: "," and groupChar: "." to read it',
    });
    // 0,143 is no number with commas between groups: a first group is never 0.
    expect(run.check("share.type").examples[0].note).toBe(
      'give the field decimalChar: "," to read it',
    );
    expect(run.stderr).toContain(
      'error: d.csv:2: "1,234.50" (give the field groupChar: "," to read it): expected a number',
    );
  });

  it("names both options where a cell reads either way, and only a groupChar on an integer", async () => {
    const run = await validateCsv(
      'n,i\n"1,234","1,234"\n',
      contractOf({ n: "number", i: "integer" }),
    );
    expect(run.check("n.type").examples[0].note).toBe(
      'give the field decimalChar: "," or groupChar: "," to read it',
    );
    expect(run.check("i.type").examples[0].note).toBe('give the field groupChar: "," to read it');
  });

  it("says a whole number written as a float is how pandas writes integers with gaps, not a groupChar", async () => {
    const run = await validateCsv(
      "units,big,half\n27.0,1e3,2.5\n",
      contractOf({ units: "integer", big: "integer", half: "integer" }),
    );
    const pandas =
      "a whole number written as a float, as pandas writes an integer column with missing values: declare the field number, or write the column with pandas' Int64 type";
    expect(run.stderr).toContain(`error: d.csv:2: "27.0" (${pandas}): expected an integer`);
    expect(run.check("big.type").examples[0].note).toBe(pandas);
    // A fraction is no integer however the field is declared: no option reads it.
    expect(run.check("half.type").examples[0].note).toBeNull();
    const followed = await validateCsv("units\n27.0\n", contractOf({ units: "number" }));
    expect(followed.code).toBe(0);
  });

  it("gives no such hint for a long integer, which a number field would hold rounded", async () => {
    // 9007199254740993 is one past 2^53: as a number it is 9007199254740992, another id.
    const run = await validateCsv(
      "id,big,past\n9007199254740993,12345678901234567890,9007199254740993.0\n",
      contractOf({ id: "integer", big: "integer", past: "integer" }),
    );
    expect(run.check("id.type").examples[0].note).toBeNull();
    expect(run.check("big.type").examples[0].note).toBeNull();
    expect(run.check("past.type").examples[0].note).toBeNull();
    expect(run.stderr).not.toContain("declare the field number");
  });

  it("offers an option only where a field so declared reads the cell as its type", async () => {
    // With commas between groups an integer field still refuses a decimal point.
    const run = await validateCsv('i\n"1,234.0"\n', contractOf({ i: "integer" }));
    expect(run.check("i.type").examples[0].note).toBeNull();
    const declared = await validateCsv(
      'i\n"1,234.0"\n',
      'fields:\n  - {name: i, type: integer, groupChar: ","}\n',
    );
    expect(declared.check("i.type").failed).toBe(1);
  });

  it("names trueValues and falseValues for a boolean's common words, in the cell's case", async () => {
    const run = await validateCsv(
      "a,b,c\nY,no,maybe\n",
      contractOf({ a: "boolean", b: "boolean", c: "boolean" }),
    );
    expect(run.stderr).toContain(
      'error: d.csv:2: "Y" (give the field trueValues: ["Y"] and falseValues: ["N"] to read it): expected true or false',
    );
    expect(run.check("b.type").examples[0].note).toBe(
      'give the field trueValues: ["yes"] and falseValues: ["no"] to read it',
    );
    // A word that is no common spelling of true or false gets no guess.
    expect(run.check("c.type").examples[0].note).toBeNull();
  });

  it("names the date pattern that reads a date, both where day and month may be either, and a datetime's", async () => {
    const run = await validateCsv(
      "us,either,eu,at,iso,odd\n12/31/2024,01/02/2024,31.12.2024,12/31/2024 17:30,2024-02-30,3/4/5/6\n",
      contractOf({
        us: "date",
        either: "date",
        eu: "date",
        at: "datetime",
        iso: "date",
        odd: "date",
      }),
    );
    expect(run.stderr).toContain(
      'error: d.csv:2: "12/31/2024" (give the field format: "%m/%d/%Y" to read it): expected an ISO 8601 date',
    );
    const note = (id: string) => run.check(id).examples[0].note;
    expect(note("either.type")).toBe('give the field format: "%m/%d/%Y" or "%d/%m/%Y" to read it');
    expect(note("eu.type")).toBe('give the field format: "%d.%m.%Y" to read it');
    expect(note("at.type")).toBe('give the field format: "%m/%d/%Y %H:%M" to read it');
    // An ISO 8601 date that is no day is no other spelling's.
    expect(note("iso.type")).toBeNull();
    expect(note("odd.type")).toBe(
      'written otherwise than ISO 8601? give the field a format, a pattern such as "%d/%m/%Y"',
    );
  });

  it("gives no hint to a field that says how its cells are written, whose expectation says it", async () => {
    const run = await validateCsv(
      'x\n"1.037,50"\n',
      'fields:\n  - {name: x, type: number, decimalChar: ","}\n',
    );
    expect(run.check("x.type").examples[0].note).toBeNull();
    expect(run.stderr).toContain(
      'error: d.csv:2: "1.037,50": expected a number written with "," for decimals',
    );
  });
});

describe("a field named as a key inside JSON Lines objects", () => {
  it("fails required saying the objects are one column, to flatten first", async () => {
    const rows = [1, 2].map((id) => JSON.stringify({ id, user: { age: 20 + id } }));
    const run = await validate(
      {
        "d.jsonl": `${rows.join("\n")}\n`,
        "c.yml": [
          "fieldsMatch: subset",
          "fields:",
          "  - {name: id, type: integer}",
          "  - {name: user.age, type: integer, constraints: {required: true}}",
          "  - {name: user.name, type: string, constraints: {required: true}}",
          "",
        ].join("\n"),
      },
      { data: "d.jsonl", schema: "c.yml" },
    );
    expect(run.code).toBe(1);
    const note =
      'no value: "user" holds JSON objects, read as one column of their text, not a column per key; flatten the data first (jq, or pandas.json_normalize)';
    expect(run.check("user.age.required")).toMatchObject({ failed: 2, evaluated: 2 });
    expect(run.check("user.age.required").examples[0].note).toBe(note);
    expect(run.stderr).toContain(`error: d.jsonl:1: (${note}): expected a value in every row`);
    // A key the objects do not have is no more than a missing column.
    expect(run.check("user.name.required").examples[0].note).toBe("no value");
  });
});

import { describe, expect, it } from "vitest";
import { validate } from "./validate.js";

const data = "id,amount\n1,10\n";

async function contractError(contract: string, name = "contract.yml") {
  const run = await validate(
    { "data.csv": data, [name]: contract },
    { data: "data.csv", schema: name },
  );
  expect(run.code).toBe(1);
  expect(run.reportText).toBe("");
  return run.stderr.trim();
}

/** A contract of `count` fields c0, c1, ..., each with `pattern`. */
const fieldsWithPattern = (count: number, pattern: string) =>
  `fields:\n${Array.from(
    { length: count },
    (_, i) => `  - name: c${i}\n    constraints:\n      pattern: '${pattern}'\n`,
  ).join("")}`;

describe("the data contract is checked before any data is read", () => {
  it("names the file, the line and the field of an unknown property, and the one it misspells", async () => {
    const message = await contractError(
      "fields:\n  - name: id\n    type: integer\n    constraints:\n      minimun: 0\n",
    );
    expect(message).toBe(
      "mlops validate-data: contract.yml:5: field '/fields/0/constraints' has an unknown property 'minimun'. Did you mean 'minimum'? Allowed properties: required, unique, minimum, maximum, exclusiveMinimum, exclusiveMaximum, minLength, maxLength, pattern, enum",
    );
  });

  it("refuses a field type it cannot check, listing those it can", async () => {
    const message = await contractError(
      '{\n  "fields": [{ "name": "id", "type": "geopoint" }]\n}',
      "contract.json",
    );
    expect(message).toMatch(
      /^mlops validate-data: contract\.json:2: field '\/fields\/0\/type' has a value that is not allowed\. Use one of: string, number/,
    );
  });

  it("refuses a string constraint on a number field", async () => {
    const message = await contractError(
      "fields:\n  - name: id\n    type: integer\n    constraints:\n      pattern: '[0-9]+'\n",
    );
    expect(message).toBe(
      "mlops validate-data: contract.yml:5: field '/fields/0/constraints/pattern' applies to string fields, not integer",
    );
  });

  it("refuses a pattern that is not a regular expression", async () => {
    const message = await contractError(
      "fields:\n  - name: id\n    constraints:\n      pattern: '[0-9'\n",
    );
    expect(message).toMatch(
      /contract\.yml:4: field '\/fields\/0\/constraints\/pattern' is not a regular expression/,
    );
  });

  it("refuses a pattern that needs backtracking, naming the field and what patterns can use", async () => {
    const message = await contractError(
      "fields:\n  - name: id\n    constraints:\n      pattern: '(?=a)[a-z]+'\n",
    );
    expect(message).toBe(
      "mlops validate-data: contract.yml:4: field '/fields/0/constraints/pattern' is not a regular expression that runs in linear time (RE2's syntax): invalid or unsupported Perl syntax: `(?=`. Patterns have no lookaround or backreference, and repeat counts of at most 1000",
    );
  });

  it("refuses patterns that together cost more than the contract's bound, naming the one that crosses it", async () => {
    // 100 plus 2,002 RE2 instructions each: the 48th brings them to 100,896, past 100,000.
    const message = await contractError(fieldsWithPattern(60, "[a-z]{0,1000}"));
    expect(message).toBe(
      "mlops validate-data: contract.yml:145: field '/fields/47/constraints/pattern' brings the cost of the contract's patterns to 100,896, more than the 100,000 they may have together. A pattern costs 100 plus its length or its RE2 program size, the larger (this one 2,002; [a-z]{0,1000} takes 2,002): use fewer patterns or smaller repeat counts",
    );
  });

  it("counts a pattern that re2js makes small by its length, and each pattern at least 100", async () => {
    // re2js makes a|a|...|a three instructions; the byte DFA builds a node for each character.
    const message = await contractError(fieldsWithPattern(100, `${"a|".repeat(499)}a`));
    expect(message).toBe(
      "mlops validate-data: contract.yml:274: field '/fields/90/constraints/pattern' brings the cost of the contract's patterns to 100,009, more than the 100,000 they may have together. A pattern costs 100 plus its length or its RE2 program size, the larger (this one 999; [a-z]{0,1000} takes 2,002): use fewer patterns or smaller repeat counts",
    );
  });

  it("refuses an empty pattern, which matches only an empty value, in YAML or in JSON", async () => {
    const problem =
      "field '/fields/0/constraints/pattern' is empty, which matches only an empty value (a pattern matches the whole value), so every other value would fail it. Remove the pattern, or write the one the values must match";
    expect(await contractError(fieldsWithPattern(1, ""))).toBe(
      `mlops validate-data: contract.yml:4: ${problem}`,
    );
    const json = '{\n  "fields": [\n    { "name": "id", "constraints": { "pattern": "" } }\n  ]\n}';
    expect(await contractError(json, "contract.json")).toBe(
      `mlops validate-data: contract.json:3: ${problem}`,
    );
  });

  it("refuses a pattern longer than 1,000 characters before compiling it", async () => {
    const message = await contractError(fieldsWithPattern(1, "[a-z]{0,1000}".repeat(77)));
    expect(message).toBe(
      "mlops validate-data: contract.yml:4: field '/fields/0/constraints/pattern' is 1,001 characters long, more than the 1,000 a pattern may have. For a list of allowed values, use enum",
    );
  });

  it("refuses a key naming a field the contract does not declare", async () => {
    const message = await contractError("fields:\n  - name: id\nprimaryKey: [id, day]\n");
    expect(message).toBe(
      "mlops validate-data: contract.yml:3: field '/primaryKey/1' names 'day', which is not a field",
    );
  });

  it("names a long field name in an error cut to 200 characters", async () => {
    const name = "n".repeat(100_000);
    const message = await contractError(`fields:\n  - name: id\nprimaryKey: [id, ${name}]\n`);
    expect(message).toBe(
      `mlops validate-data: contract.yml:3: field '/primaryKey/1' names '${"n".repeat(200)}… (100,000 characters)', which is not a field`,
    );
  });

  it("refuses a date bound on a date field that is not a date", async () => {
    const message = await contractError(
      "fields:\n  - name: id\n    type: date\n    constraints:\n      minimum: yesterday\n",
    );
    expect(message).toContain(
      "field '/fields/0/constraints/minimum' is not a date. Write an ISO 8601 date",
    );
  });

  it("refuses a mean on a field that is not numeric", async () => {
    const message = await contractError(
      "fields:\n  - name: id\n    type: string\n    x-mlops:\n      mean: { max: 3 }\n",
    );
    expect(message).toContain(
      "field '/fields/0/x-mlops/mean' applies to numeric fields, not string",
    );
  });

  it("refuses a Wasserstein skew on a string field, which could never be measured", async () => {
    const message = await contractError(
      "fields:\n  - name: plan\n    type: string\n    x-mlops:\n      skew: { method: wasserstein }\n",
    );
    expect(message).toBe(
      "mlops validate-data: contract.yml:5: field '/fields/0/x-mlops/skew/method' is wasserstein, which measures numbers and dates, not string values. Use linf (the largest change of one value's share) or psi for a string field",
    );
  });
});

describe("a contract whose bounds leave nothing to pass is refused, naming the bound", () => {
  const field = (lines: string) => `fields:\n  - name: age\n${lines}`;

  it("a maximum below the minimum", async () => {
    const message = await contractError(
      field("    type: integer\n    constraints:\n      minimum: 50\n      maximum: 10\n"),
    );
    expect(message).toBe(
      "mlops validate-data: contract.yml:6: field '/fields/0/constraints/maximum' is 10, below minimum 50, so the check fails whatever the data. Swap minimum and maximum if they are the wrong way round, or correct the one that is wrong",
    );
  });

  it("equal bounds when either is exclusive, and dates compared as dates", async () => {
    const exclusive = await contractError(
      field("    constraints: { exclusiveMinimum: 10, maximum: 10 }\n"),
    );
    expect(exclusive).toContain(
      "contract.yml:3: field '/fields/0/constraints/maximum' is 10, equal to exclusiveMinimum 10,",
    );
    const dates = await contractError(
      field(
        "    type: date\n    constraints: { minimum: 2024-05-01, exclusiveMaximum: 2024-04-30 }\n",
      ),
    );
    expect(dates).toContain(
      "field '/fields/0/constraints/exclusiveMaximum' is 2024-04-30, below minimum 2024-05-01,",
    );
  });

  it("equal inclusive bounds, which leave one value, are kept", async () => {
    const run = await validate(
      { "d.csv": "age\n10\n", "c.yml": field("    constraints: { minimum: 10, maximum: 10 }\n") },
      { data: "d.csv", schema: "c.yml" },
    );
    expect(run.outputs.valid).toBe("true");
  });

  it("integer bounds in order with no whole number between them; a number field keeps them", async () => {
    const fix = "Write whole-number bounds, or declare the field a number";
    const between = await contractError(
      field("    type: integer\n    constraints: { minimum: 1.5, maximum: 1.9 }\n"),
    );
    expect(between).toBe(
      `mlops validate-data: contract.yml:4: field '/fields/0/constraints/maximum' leaves no whole number between the bounds of this integer field, so the check fails whatever the data. ${fix}`,
    );
    const exclusive = await contractError(
      field("    type: integer\n    constraints: { exclusiveMinimum: 1, exclusiveMaximum: 2 }\n"),
    );
    expect(exclusive).toContain("field '/fields/0/constraints/exclusiveMaximum' leaves no whole");
    for (const [type, data] of [
      ["integer", "age\n2\n"],
      ["number", "age\n1.7\n"],
    ]) {
      const bounds =
        type === "integer" ? "{ minimum: 1.5, maximum: 2 }" : "{ minimum: 1.5, maximum: 1.9 }";
      const run = await validate(
        { "d.csv": data!, "c.yml": field(`    type: ${type}\n    constraints: ${bounds}\n`) },
        { data: "d.csv", schema: "c.yml" },
      );
      expect(run.outputs.valid).toBe("true");
    }
  });

  it("a maxLength below the minLength", async () => {
    const message = await contractError(field("    constraints: { minLength: 5, maxLength: 3 }\n"));
    expect(message).toContain(
      "field '/fields/0/constraints/maxLength' is 3, below minLength 5, so the check fails whatever the data",
    );
  });

  it("a statistic's max below its min: mean, distinct, a quantile, and the row count", async () => {
    const mean = await contractError(
      field("    type: number\n    x-mlops:\n      mean: { min: 80, max: 30 }\n"),
    );
    expect(mean).toContain(
      "contract.yml:5: field '/fields/0/x-mlops/mean/max' is 30, below min 80, so the check fails whatever the data. Swap min and max",
    );
    const quantile = await contractError(
      field("    type: number\n    x-mlops:\n      quantiles: [{ q: 0.5, min: 3, max: 1 }]\n"),
    );
    expect(quantile).toContain("field '/fields/0/x-mlops/quantiles/0/max' is 1, below min 3");
    const distinct = await contractError(field("    x-mlops: { distinct: { min: 9, max: 2 } }\n"));
    expect(distinct).toContain("field '/fields/0/x-mlops/distinct/max' is 2, below min 9");
    const rows = await contractError(`${field("")}x-mlops: { rows: { min: 100, max: 10 } }\n`);
    expect(rows).toContain("contract.yml:3: field '/x-mlops/rows/max' is 10, below min 100");
  });
});

describe("a contract that is not a Table Schema at all says what one is", () => {
  it("an empty file", async () => {
    expect(await contractError("")).toBe(
      "mlops validate-data: contract.yml: is empty. A data contract is a Table Schema with a 'fields' list, such as fields: [{ name: id, type: integer }]",
    );
  });

  it("a file that is a list, not an object", async () => {
    expect(await contractError("- name: id\n")).toBe(
      "mlops validate-data: contract.yml: holds a list, not a mlops.table-schema/v1 document. A data contract is a Table Schema with a 'fields' list, such as fields: [{ name: id, type: integer }]",
    );
  });

  it("an empty list of fields", async () => {
    expect(await contractError("fields: []\n")).toBe(
      "mlops validate-data: contract.yml:1: field '/fields' is an empty list. List at least one item",
    );
  });
});

describe("a mistake in a hand-written contract is told with its fix", () => {
  const field = (lines: string) => `fields:\n  - name: id\n${lines}`;

  it("a yes where true or false is asked, which YAML 1.2 reads as text", async () => {
    const message = await contractError(
      field("    type: integer\n    constraints:\n      required: yes\n"),
    );
    expect(message).toBe(
      `mlops validate-data: contract.yml:5: field '/fields/0/constraints/required' must be true or false, not the text "yes". Write true or false: YAML 1.2 reads "yes" as text`,
    );
  });

  it("a value of another type says what it is and what to write", async () => {
    expect(await contractError(`${field("")}x-mlops: { maxKeys: "1000" }\n`)).toBe(
      `mlops validate-data: contract.yml:3: field '/x-mlops/maxKeys' must be a whole number, not the text "1000". Write the number without quotes`,
    );
    expect(await contractError("fields:\n  - name: 2024\n")).toBe(
      "mlops validate-data: contract.yml:2: field '/fields/0/name' must be text, not the number 2024. Put it in quotes to make it text",
    );
    expect(await contractError(field("    constraints:\n      unique:\n"))).toBe(
      "mlops validate-data: contract.yml:4: field '/fields/0/constraints/unique' has no value. Write true or false",
    );
  });

  it("a quoted yes, in YAML or in JSON, is text in any reader: no word of YAML 1.1", async () => {
    const fix = `must be true or false, not the text "yes". Write true or false`;
    expect(await contractError(field('    constraints:\n      required: "yes"\n'))).toBe(
      `mlops validate-data: contract.yml:4: field '/fields/0/constraints/required' ${fix}`,
    );
    const json =
      '{\n  "fields": [\n    { "name": "id", "constraints": { "required": "yes" } }\n  ]\n}';
    expect(await contractError(json, "contract.json")).toBe(
      `mlops validate-data: contract.json:3: field '/fields/0/constraints/required' ${fix}`,
    );
  });

  it("an infinite enum entry is told it is no finite number, as written, and to quote it for text", async () => {
    expect(await contractError(field("    constraints:\n      enum: [a, .inf]\n"))).toBe(
      "mlops validate-data: contract.yml:4: field '/fields/0/constraints/enum/1' is .inf, which is not a finite number. Write a finite number, or put it in quotes where text is meant",
    );
  });

  it("a pattern YAML read as a list is told to be quoted", async () => {
    expect(await contractError(field("    constraints:\n      pattern: [a-z]\n"))).toBe(
      "mlops validate-data: contract.yml:4: field '/fields/0/constraints/pattern' must be text, not a list. Write one piece of text in its place, in quotes if it starts with [ or {",
    );
  });

  it("a number written otherwise than it reads back is shown, and quoted, as written", async () => {
    expect(await contractError("fields:\n  - name: 01234\n")).toBe(
      `mlops validate-data: contract.yml:2: field '/fields/0/name' must be text, not 01234, read as the number 1234. Put it in quotes ("01234") to make it text`,
    );
    expect(await contractError(field("    constraints:\n      pattern: 1e3\n"))).toBe(
      `mlops validate-data: contract.yml:4: field '/fields/0/constraints/pattern' must be text, not 1e3, read as the number 1000. Put it in quotes ("1e3") to make it text`,
    );
    expect(
      await contractError('{\n  "fields": [\n    { "name": 1e3 }\n  ]\n}', "contract.json"),
    ).toBe(
      `mlops validate-data: contract.json:3: field '/fields/0/name' must be text, not 1e3, read as the number 1000. Put it in quotes ("1e3") to make it text`,
    );
  });

  it("a length, a share or a threshold out of its range is told the numbers it takes", async () => {
    expect(await contractError(field("    constraints:\n      minLength: -1\n"))).toBe(
      "mlops validate-data: contract.yml:4: field '/fields/0/constraints/minLength' is -1, less than 0. Write a whole number of at least 0",
    );
    expect(await contractError(field("    x-mlops:\n      mostly: 1.5\n"))).toBe(
      "mlops validate-data: contract.yml:4: field '/fields/0/x-mlops/mostly' is 1.5, more than 1. Write a number from 0 to 1",
    );
    expect(await contractError(field("    x-mlops:\n      skew: { threshold: 0 }\n"))).toBe(
      "mlops validate-data: contract.yml:4: field '/fields/0/x-mlops/skew/threshold' is 0, not greater than 0. Write a number greater than 0",
    );
  });

  it("a skew that is neither false nor an object is told both forms", async () => {
    expect(await contractError(field("    x-mlops:\n      skew: true\n"))).toBe(
      "mlops validate-data: contract.yml:4: field '/fields/0/x-mlops/skew' must be false or an object, not true. Write false, or give it properties: method, threshold",
    );
  });

  it("an empty name, a key naming a field twice and a missing name are each told the fix", async () => {
    expect(await contractError("fields:\n  - name: ''\n")).toBe(
      "mlops validate-data: contract.yml:2: field '/fields/0/name' is empty. Write at least one character",
    );
    expect(await contractError(`${field("")}primaryKey: [id, id]\n`)).toBe(
      `mlops validate-data: contract.yml:3: field '/primaryKey' lists the text "id" twice, as items 0 and 1. Remove one of them`,
    );
    expect(await contractError("fields:\n  - type: integer\n")).toBe(
      "mlops validate-data: contract.yml:2: field '/fields/0' is missing the required property 'name'. Add name",
    );
  });

  it("a misspelt required property is named, to be renamed", async () => {
    expect(await contractError("fields:\n  - nmae: id\n")).toBe(
      "mlops validate-data: contract.yml:2: field '/fields/0' is missing the required property 'name'. Rename 'nmae' to name",
    );
  });

  it("a type it does not know is given the allowed one it abbreviates or misspells", async () => {
    expect(await contractError(field("    type: int\n"))).toBe(
      "mlops validate-data: contract.yml:3: field '/fields/0/type' has a value that is not allowed. Did you mean 'integer'? Use one of: string, number, integer, boolean, date, datetime, any",
    );
    expect(await contractError(field("    type: nubmer\n"))).toContain(
      "has a value that is not allowed. Did you mean 'number'? Use one of:",
    );
  });

  it("a type named as SQL, pandas or Python name it (float, bigint, varchar) is given the contract's own", async () => {
    const meant = {
      float: "number",
      double: "number",
      decimal: "number",
      real: "number",
      int: "integer",
      long: "integer",
      bigint: "integer",
      str: "string",
      text: "string",
      varchar: "string",
      TIMESTAMP: "datetime",
      bool: "boolean",
    };
    for (const [alias, type] of Object.entries(meant)) {
      expect(await contractError(field(`    type: ${alias}\n`))).toBe(
        `mlops validate-data: contract.yml:3: field '/fields/0/type' has a value that is not allowed. Did you mean '${type}'? Use one of: string, number, integer, boolean, date, datetime, any`,
      );
    }
  });

  it("a quantile bound names what it lacks: min or max beside q, and q itself", async () => {
    const bound = (quantile: string) =>
      contractError(field(`    type: number\n    x-mlops:\n      quantiles: [${quantile}]\n`));
    expect(await bound("{ q: 0.5 }")).toBe(
      "mlops validate-data: contract.yml:5: field '/fields/0/x-mlops/quantiles/0' has only 'q'. Add min or max",
    );
    expect(await bound("{ max: 10 }")).toBe(
      "mlops validate-data: contract.yml:5: field '/fields/0/x-mlops/quantiles/0' has only 'max'. Add q",
    );
    expect(await bound("{}")).toBe(
      "mlops validate-data: contract.yml:5: field '/fields/0/x-mlops/quantiles/0' is empty. Add q, and min or max",
    );
  });
});

describe("a string field's enum holds its entries as the file writes them", () => {
  const stringEnum = (entries: string) =>
    `fields:\n  - name: zip\n    type: string\n    constraints:\n      enum: [${entries}]\n`;

  it("refuses an unquoted number that reads back as other text, at its line, with the quoted fix", async () => {
    expect(await contractError(stringEnum("01234, b"))).toBe(
      `mlops validate-data: contract.yml:5: field '/fields/0/constraints/enum/0' is 01234 unquoted, which is read as the number 1234 and matches the cell "1234", not "01234". Quote it ("01234") to match the text as written`,
    );
    for (const [written, read] of [
      ["1.0", "the number 1"],
      ["1e3", "the number 1000"],
      ["0x10", "the number 16"],
      [".5", "the number 0.5"],
      ["True", "the boolean true"],
    ]) {
      expect(await contractError(stringEnum(`a, ${written}`))).toContain(
        `field '/fields/0/constraints/enum/1' is ${written} unquoted, which is read as ${read} and matches`,
      );
    }
  });

  it("refuses the same in a JSON contract, where 1.0 is the number 1", async () => {
    const json =
      '{\n  "fields": [\n    { "name": "v", "type": "string", "constraints": { "enum": ["a", 1.0] } }\n  ]\n}';
    expect(await contractError(json, "contract.json")).toBe(
      `mlops validate-data: contract.json:3: field '/fields/0/constraints/enum/1' is 1.0 unquoted, which is read as the number 1 and matches the cell "1", not "1.0". Quote it ("1.0") to match the text as written`,
    );
  });

  it("keeps numbers written as they read back, which match their cells", async () => {
    const run = await validate(
      { "d.csv": "zip\n5\n7\n8\n", "c.yml": stringEnum("5, 7, true") },
      { data: "d.csv", schema: "c.yml" },
    );
    expect(run.check("zip.enum")).toMatchObject({ evaluated: 3, failed: 1 });
    expect(run.check("zip.enum").examples[0]).toMatchObject({ line: 4, value: "8" });
  });
});

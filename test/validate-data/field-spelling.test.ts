import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validate, validateCsv } from "./validate.js";

/** Runs validate-data on d.csv and c.yml and expects the contract refused in one line. */
async function refused(contract: string) {
  const run = await validateCsv("x\n1\n", contract);
  expect(run.code).toBe(1);
  expect(run.reportText).toBe("");
  return run.stderr.trim();
}

describe("a contract says how a field's values are written (Table Schema's decimalChar, groupChar, bareNumber, trueValues, falseValues)", () => {
  it("checks a semicolon-delimited file with decimal commas against the numbers' bounds, and names a cell written otherwise at its line", async () => {
    const run = await validate(
      {
        "d.csv": 'id;price;paid\n1;"1.234,50";ja\n2;-3,5;nein\n3;4.5;ja\n4;10,25 €;vielleicht\n',
        "c.yml": [
          "fields:",
          "  - name: id",
          "    type: integer",
          "  - name: price",
          "    type: number",
          '    decimalChar: ","',
          '    groupChar: "."',
          "    bareNumber: false",
          "    constraints: { minimum: 0 }",
          "  - name: paid",
          "    type: boolean",
          "    trueValues: [ja]",
          "    falseValues: [nein]",
          "",
        ].join("\n"),
      },
      { data: "d.csv", schema: "c.yml", delimiter: ";" },
    );
    expect(run.code).toBe(1);
    // 10,25 € reads as 10.25 and -3,5 is under the minimum; 4.5 is no number here (a point
    // groups three digits), and a word that is neither ja nor nein fails the boolean's type.
    expect(run.outputs["failed-checks"]).toBe('["price.type","paid.type","price.minimum"]');
    expect(run.check("price.type").examples).toMatchObject([{ line: 4, value: "4.5" }]);
    expect(run.check("price.minimum").examples).toMatchObject([{ line: 3, value: -3.5 }]);
    expect(run.check("paid.type").examples).toMatchObject([{ line: 5, value: "vielleicht" }]);
    expect(run.stderr).toContain(
      'error: d.csv:5: "vielleicht": expected true or false (trueValues ja; falseValues nein)',
    );
    const profile = JSON.parse(readFileSync(join(run.dir, run.outputs["profile-path"]!), "utf8"));
    const price = profile.columns.find((c: { name: string }) => c.name === "price");
    expect(price.count).toBe(3);
    expect(price.max).toBeCloseTo(1234.5, 9);
  });

  it("reads US dates and times by the field's format, checks them against ISO bounds, and names a cell written otherwise", async () => {
    const run = await validate(
      {
        "d.csv": "id,at\n1,12/31/2024 05:30 PM\n2,01/02/2014 09:00 AM\n3,2024-12-31T17:30:00Z\n",
        "c.yml": [
          "fields:",
          "  - name: id",
          "    type: integer",
          "  - name: at",
          "    type: datetime",
          "    format: '%m/%d/%Y %I:%M %p'",
          "    constraints: { minimum: 2015-01-01T00:00:00Z }",
          "",
        ].join("\n"),
      },
      { data: "d.csv", schema: "c.yml" },
    );
    expect(run.outputs["failed-checks"]).toBe('["at.type","at.minimum"]');
    expect(run.check("at.minimum").examples).toMatchObject([{ line: 3 }]);
    expect(run.stderr).toContain(
      'error: d.csv:4: "2024-12-31T17:30:00Z": expected a date and time written as %m/%d/%Y %I:%M %p',
    );
  });

  it("refuses a spelling on a field of another type, naming the type it belongs to", async () => {
    expect(await refused("fields:\n  - name: x\n    type: integer\n    decimalChar: ','\n")).toBe(
      "mlops validate-data: c.yml:4: field '/fields/0/decimalChar' applies to number fields, not integer. Remove it, or declare the field's type as number",
    );
    expect(await refused("fields:\n  - name: x\n    trueValues: [yes]\n")).toBe(
      "mlops validate-data: c.yml:3: field '/fields/0/trueValues' applies to boolean fields, not an untyped field. Remove it, or declare the field's type as boolean",
    );
  });

  it("refuses a group character that is also the decimal one, or a mark of the number's own", async () => {
    expect(await refused("fields:\n  - name: x\n    type: number\n    groupChar: '.'\n")).toBe(
      'mlops validate-data: c.yml:4: field \'/fields/0/groupChar\' is ".", the field\'s decimal character too. Set decimalChar to "," where numbers are written 1.234,5',
    );
    expect(await refused("fields:\n  - name: x\n    type: number\n    decimalChar: 'e'\n")).toBe(
      'mlops validate-data: c.yml:4: field \'/fields/0/decimalChar\' is "e": it must be one character, not a digit, a sign or an e. Write one character, such as ","',
    );
  });

  it("takes a point between an integer's groups of digits, which has no decimals", async () => {
    const run = await validateCsv(
      'x\n"1.234.567"\n999\n"1.5"\n',
      "fields:\n  - name: x\n    type: integer\n    groupChar: '.'\n",
    );
    expect(run.outputs["failed-checks"]).toBe('["x.type"]');
    // 1.5 groups no digits as numbers are written: no integer, rather than 15.
    expect(run.check("x.type").examples).toMatchObject([{ line: 4, value: "1.5" }]);
    expect(run.stderr).toContain(
      '"1.5": expected an integer written with "." between groups of digits',
    );
  });

  it("names a group character that prints as a space by its code point, where cells use another", async () => {
    // French Excel groups digits with a no-break space; this cell has a narrow one.
    const run = await validateCsv(
      'x\n"1\u00a0234,5"\n"1\u202f234,5"\n',
      "fields:\n  - name: x\n    type: number\n    decimalChar: ','\n    groupChar: \"\\u00a0\"\n",
    );
    expect(run.check("x.type")).toMatchObject({ failed: 1, evaluated: 2 });
    expect(run.stderr).toContain(
      'expected a number written with "," for decimals, "\u00a0" (U+00A0) between groups of digits',
    );
  });

  it("refuses a word both true and false, a default list included", async () => {
    expect(
      await refused("fields:\n  - name: x\n    type: boolean\n    trueValues: [yes, '0']\n"),
    ).toBe(
      "mlops validate-data: c.yml:4: field '/fields/0/trueValues' makes \"0\" both true and false (falseValues left out is the default: false, False, FALSE, 0). Keep each word in one of trueValues and falseValues, and give both lists where a default word is meant otherwise",
    );
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { validate, validateCsv } from "./validate.js";

/** Runs validate-data on d.csv and c.yml and expects the contract refused in one line. */
async function refused(contract: string) {
  const run = await validateCsv("id,email,day\n1,a@b.co,2024-01-05\n", contract);
  expect(run.code).toBe(1);
  expect(run.reportText).toBe("");
  return run.stderr.trim();
}

/** The notes of a date-time in a date field and of a date in a datetime field. */
const DATE_TIME_IN_DATE =
  'a date-time, not a date: declare the field "datetime" to keep its time, or give it format: any where dates and date-times mix';
const DATE_IN_DATETIME =
  'a date without a time: declare the field "date", add the time (such as T00:00:00Z), or give it format: any where dates and date-times mix';

describe("Table Schema properties that validate-data does not read are refused, not ignored", () => {
  it("refuses an email format, which would pass any text, and says to use a pattern", async () => {
    expect(await refused("fields:\n  - name: email\n    type: string\n    format: email\n")).toBe(
      "mlops validate-data: c.yml:4: field '/fields/0/format' is \"email\", which is not read. Remove format and check the values with a pattern instead, such as [^@\\s]+@[^@\\s]+\\.[a-z]{2,} for an email",
    );
  });

  it("refuses a date format that is no strptime pattern it reads, saying how to write one", async () => {
    const fix =
      "Write the pattern with strptime's directives, such as %d/%m/%Y for 31/12/2024 or %m/%d/%Y %I:%M %p for 12/31/2024 05:30 PM, or any for either ISO 8601 form";
    expect(await refused("fields:\n  - name: day\n    type: date\n    format: dd/mm/yyyy\n")).toBe(
      `mlops validate-data: c.yml:4: field '/fields/0/format' is "dd/mm/yyyy", which has no year (%Y, or %y for two digits). ${fix}`,
    );
    const datetime =
      "fields:\n  - name: id\n  - name: day\n    type: datetime\n    format: '%Y-%m-%d %X'\n";
    expect(await refused(datetime)).toBe(
      `mlops validate-data: c.yml:5: field '/fields/1/format' is "%Y-%m-%d %X", which has %X, which is not read (the directives read: %Y %y %m %b %B %d %H %I %p %M %S %f %z %%). ${fix}`,
    );
  });

  it("tells a date's format on a field without a date type to declare the type", async () => {
    expect(await refused("fields:\n  - name: day\n    format: '%d/%m/%Y'\n")).toBe(
      `mlops validate-data: c.yml:3: field '/fields/0/format' is "%d/%m/%Y", a date's format, on a field that is not a date. Declare the field's type as date (datetime where it has a time), which reads this format`,
    );
  });

  it("refuses format any on a field that is not a date or datetime, where it means nothing here", async () => {
    expect(await refused("fields:\n  - name: id\n    type: integer\n    format: any\n")).toBe(
      `mlops validate-data: c.yml:4: field '/fields/0/format' is "any", which is not read. Remove format: Table Schema's integer fields have no format but the default`,
    );
  });

  it("reads format default, the ISO 8601 it reads anyway", async () => {
    const run = await validateCsv(
      "day\n2024-01-05\n",
      "fields:\n  - name: day\n    type: date\n    format: default\n",
    );
    expect(run.code).toBe(0);
    expect(run.outputs.valid).toBe("true");
  });

  it("refuses foreignKeys: one table is checked by itself", async () => {
    const contract =
      "fields:\n  - name: id\nforeignKeys:\n  - fields: id\n    reference: { resource: '', fields: id }\n";
    expect(await refused(contract)).toBe(
      "mlops validate-data: c.yml:4: field '/foreignKeys' is not checked: validate-data checks one table, by itself. Remove foreignKeys; primaryKey and uniqueKeys are checked",
    );
  });
});

describe("cells read as Table Schema v1 reads them", () => {
  it("reads a number field's NaN, INF and -INF in any case, and Infinity, profiling them as missing and infinite", async () => {
    const run = await validate(
      {
        "d.csv": "x\n1\nnan\ninf\n-Inf\n+INF\nInfinity\n-nan\n2\ninfinite\n",
        "c.yml": "fields:\n  - name: x\n    type: number\n",
      },
      { data: "d.csv", schema: "c.yml", "profile-path": "p.json", "fail-step": "false" },
    );
    // Infinity (Spark's, Java's) and -nan (C's) are read as pandas reads them: one bad number.
    expect(run.check("x.type")).toMatchObject({ failed: 1, evaluated: 9, expected: "a number" });
    expect(run.check("x.type").examples).toMatchObject([{ line: 10, value: "infinite" }]);
    const profile = JSON.parse(readFileSync(`${run.dir}/p.json`, "utf8"));
    const x = profile.columns.find((c: { name: string }) => c.name === "x");
    // nan, -nan and the refused word are missing; inf, -Inf, +INF and Infinity infinite, in no
    // statistic.
    expect([x.count, x.missing, x.infinite]).toEqual([2, 3, 4]);
    expect(x.mean).toBeCloseTo(1.5, 12);
  });

  it("says of a failed cell that often means no value how the contract reads it as missing", async () => {
    const run = await validate(
      {
        "d.csv": "x,d\n1,2024-01-01\nNA,NULL\n2,2024-01-02\n",
        "c.yml": "fields:\n  - name: x\n    type: number\n  - name: d\n    type: date\n",
      },
      { data: "d.csv", schema: "c.yml", "fail-step": "false" },
    );
    expect(run.check("x.type").examples).toMatchObject([
      {
        line: 3,
        value: "NA",
        note: "'NA' often means no value: list it in the contract's missingValues (or the field's) to read it as missing",
      },
    ]);
    expect(run.check("d.type").examples[0]!.note).toMatch(/^'NULL' often means no value/);
  });

  it("fails a date-time in a date field and a plain date in a datetime field, saying which to declare", async () => {
    const run = await validateCsv(
      "day,at\n2024-05-01,2024-05-01T12:30:00Z\n2024-05-01T12:30:00,2024-05-02\nsoon,2024-05-03 08:00\n",
      "fields:\n  - name: day\n    type: date\n  - name: at\n    type: datetime\n",
    );
    expect(run.outputs.valid).toBe("false");
    expect(run.check("day.type")).toMatchObject({ failed: 2, expected: "an ISO 8601 date" });
    expect(run.check("day.type").examples).toMatchObject([
      {
        line: 3,
        value: "2024-05-01T12:30:00",
        note: DATE_TIME_IN_DATE,
      },
      { line: 4, value: "soon", note: null },
    ]);
    expect(run.check("at.type")).toMatchObject({ failed: 1, expected: "an ISO 8601 date-time" });
    expect(run.check("at.type").examples).toMatchObject([
      {
        line: 3,
        value: "2024-05-02",
        note: DATE_IN_DATETIME,
      },
    ]);
    expect(run.stderr).toContain(
      `error: d.csv:3: "2024-05-01T12:30:00" (${DATE_TIME_IN_DATE}): expected an ISO 8601 date`,
    );
  });

  it("takes dates and date-times mixed in a date or datetime field of format any, profiled as instants", async () => {
    const run = await validate(
      {
        "d.csv": "day,at\n2024-05-01,2024-05-01T12:30:00Z\n2024-05-02T08:00:00Z,2024-05-02\n",
        "c.yml":
          "fields:\n  - name: day\n    type: date\n    format: any\n  - name: at\n    type: datetime\n    format: any\n",
      },
      { data: "d.csv", schema: "c.yml", "profile-path": "p.json" },
    );
    expect(run.code).toBe(0);
    expect(run.outputs.valid).toBe("true");
    expect(run.check("day.type")).toBeUndefined();
    const profile = JSON.parse(readFileSync(`${run.dir}/p.json`, "utf8"));
    const column = (name: string) => profile.columns.find((c: { name: string }) => c.name === name);
    // Epoch milliseconds, UTC: a date alone is its midnight, a date-time its instant.
    expect(column("day")).toMatchObject({
      count: 2,
      missing: 0,
      min: Date.UTC(2024, 4, 1),
      max: Date.UTC(2024, 4, 2, 8),
    });
    expect(column("at")).toMatchObject({
      count: 2,
      missing: 0,
      min: Date.UTC(2024, 4, 1, 12, 30),
      max: Date.UTC(2024, 4, 2),
    });
  });

  it("still fails a date written other than in ISO 8601 in a field of format any", async () => {
    const run = await validateCsv(
      "day\n2024-05-01\n2024-05-01T12:30:00Z\n05/01/2024\n",
      "fields:\n  - name: day\n    type: date\n    format: any\n",
    );
    expect(run.outputs.valid).toBe("false");
    expect(run.check("day.type")).toMatchObject({
      failed: 1,
      evaluated: 3,
      expected: "an ISO 8601 date or date-time",
    });
    expect(run.check("day.type").examples).toMatchObject([
      {
        line: 4,
        value: "05/01/2024",
        note: 'give the field format: "%m/%d/%Y" or "%d/%m/%Y" to read it',
      },
    ]);
    expect(run.stderr).toContain(
      'error: d.csv:4: "05/01/2024" (give the field format: "%m/%d/%Y" or "%d/%m/%Y" to read it): expected an ISO 8601 date or date-time',
    );
  });
});

describe("a date constraint is written in the form its field's cells take", () => {
  /** A contract of d.csv's fields and a datetime field 'at', with `day` and `at` under each date field. */
  const dated = (day: string, at = "") =>
    `fields:\n  - name: id\n  - name: email\n  - name: day\n    type: date\n${day}  - name: at\n    type: datetime\n${at}`;

  it("refuses a date-time bound on a date field, at its line, with the date to write", async () => {
    const contract = dated("    constraints:\n      minimum: 2015-01-01T00:00:00\n");
    expect(await refused(contract)).toBe(
      "mlops validate-data: c.yml:7: field '/fields/2/constraints/minimum' is the date-time 2015-01-01T00:00:00, but 'day' is a date field, whose cells are dates without a time. Write the bound as a date, 2015-01-01, or declare the field as datetime (or give it format: any where dates and date-times mix)",
    );
  });

  it("refuses a plain date in a datetime field's enum and bounds, in a JSON contract too", async () => {
    const json = (constraints: string) =>
      `{\n  "fields": [\n    { "name": "at", "type": "datetime",\n      "constraints": ${constraints} }\n  ]\n}`;
    const run = await validate(
      { "d.csv": "at\n2015-01-01T00:00:00Z\n", "c.json": json('{ "enum": ["2015-01-01"] }') },
      { data: "d.csv", schema: "c.json" },
    );
    expect(run.code).toBe(1);
    expect(run.reportText).toBe("");
    expect(run.stderr.trim()).toBe(
      "mlops validate-data: c.json:4: field '/fields/0/constraints/enum/0' is the date 2015-01-01, but 'at' is a datetime field, whose cells have a time. Write the value as a date-time, 2015-01-01T00:00:00Z, or declare the field as date (or give it format: any where dates and date-times mix)",
    );
    // A bound that is no date at all is told the form the field takes.
    expect(await refused(dated("", "    constraints:\n      exclusiveMaximum: soon\n"))).toBe(
      "mlops validate-data: c.yml:9: field '/fields/3/constraints/exclusiveMaximum' is not a date-time. Write an ISO 8601 date-time such as 2024-05-01T12:30:00Z",
    );
  });

  it("takes either form in a field of format any, comparing each as an instant", async () => {
    const run = await validateCsv(
      "day\n2024-05-01\n2024-05-02T08:00:00Z\n2024-05-03\n",
      "fields:\n  - name: day\n    type: date\n    format: any\n    constraints:\n      minimum: 2024-05-01T12:00:00Z\n      enum: [2024-05-01, 2024-05-02T08:00:00Z]\n",
    );
    expect(run.code).toBe(1);
    // 2024-05-01 is its midnight, before the noon bound; 2024-05-03 is in no enum entry.
    expect(run.check("day.minimum")).toMatchObject({ failed: 1, evaluated: 3 });
    expect(run.check("day.minimum").examples).toMatchObject([{ line: 2, value: "2024-05-01" }]);
    expect(run.check("day.enum")).toMatchObject({ failed: 1, evaluated: 3 });
    expect(run.check("day.enum").examples).toMatchObject([{ line: 4, value: "2024-05-03" }]);
  });
});

describe("date-times a microsecond apart", () => {
  it("are told apart by unique, distinct and bounds, as pandas tells them apart", async () => {
    const run = await validateCsv(
      "ts\n2024-01-01T00:00:00.000100Z\n2024-01-01T00:00:00.000200Z\n2024-01-01T00:00:00.000300Z\n",
      'fields:\n  - name: ts\n    type: datetime\n    constraints: { unique: true, maximum: "2024-01-01T00:00:00Z" }\n    x-mlops: { distinct: { min: 3 } }\n',
    );
    expect(run.check("ts.unique")).toMatchObject({ status: "pass", failed: 0 });
    expect(run.check("ts.distinct")).toMatchObject({ status: "pass", observed: 3 });
    // Each is past midnight by its microseconds: all three exceed the bound.
    expect(run.check("ts.maximum")).toMatchObject({ failed: 3, evaluated: 3 });
  });

  it("and a second 60 is not a time, as pandas and Python's datetime refuse it", async () => {
    const run = await validateCsv(
      "ts\n2024-03-05T10:20:60Z\n2024-03-05T10:21:00Z\n",
      "fields:\n  - name: ts\n    type: datetime\n    constraints: { unique: true }\n",
    );
    expect(run.check("ts.type")).toMatchObject({ failed: 1, evaluated: 2 });
    expect(run.check("ts.unique")).toMatchObject({ failed: 0 });
  });
});

describe("what the data's shape looks like, said so it can be seen", () => {
  it("refuses a data file whose format its extension does not tell, before writing any report", async () => {
    const run = await validate(
      { "d.txt": "id\n1\n", "c.yml": "fields:\n  - name: id\n" },
      { data: "d.txt", schema: "c.yml" },
    );
    expect(run.code).toBe(1);
    expect(run.reportText).toBe("");
    expect(run.stderr).toBe(
      "mlops validate-data: d.txt: the format cannot be told from the extension. Name the file .csv, .tsv, .jsonl, .ndjson or .parquet (gzipped, add .gz)\n",
    );
  });

  it("names an empty column as pandas does, quotes one with spaces around it, and says which declared name it is", async () => {
    const run = await validateCsv(
      "id,,b \n1,2,3\n",
      "fields:\n  - name: id\n  - name: a\n  - name: b\n",
    );
    expect(run.check("fields")).toMatchObject({
      status: "fail",
      observed: "id, Unnamed: 1, 'b '",
      note: "absent: a, b; undeclared: Unnamed: 1, 'b '; the data has b as 'b ', with spaces around the name: remove them from the header",
    });
  });

  it("says a header read as one column holds another delimiter, and reads it with that delimiter given", async () => {
    const contract =
      "fields:\n  - name: id\n    type: integer\n  - name: price\n    type: number\n";
    const data = "id;price\n1;2.5\n2;x\n";
    const run = await validateCsv(data, contract);
    expect(run.check("fields").note).toBe(
      'absent: id, price; undeclared: id;price; the header reads as one column: CSV is read with commas between fields (tabs in a .tsv file); if the file is delimited by ";", give the delimiter input: ;',
    );
    const given = await validate(
      { "d.csv": data, "c.yml": contract },
      { data: "d.csv", schema: "c.yml", delimiter: ";" },
    );
    expect(given.check("fields").status).toBe("pass");
    const other = await validate(
      { "d.csv": data, "c.yml": contract },
      { data: "d.csv", schema: "c.yml", delimiter: "|" },
    );
    expect(other.check("fields").note).toBe(
      'absent: id, price; undeclared: id;price; the header reads as one column: it was read with "|" between fields, as the delimiter input says; if the file is delimited by ";", give the delimiter input: ;',
    );
    expect(given.check("price.type")).toMatchObject({ status: "fail", failed: 1 });
    expect(given.stderr).toContain('d.csv:3: "x": expected a number');
  });

  it("does not suggest the comma a CSV was read with for one quoted name holding commas", async () => {
    const run = await validateCsv('"a,b"\n1\n', "fields:\n  - name: a\n  - name: b\n");
    expect(run.check("fields").note).not.toContain("give the delimiter input");
  });

  it("reads a tab-delimited .csv with delimiter tab, and refuses a delimiter that could be part of a value", async () => {
    const contract = "fields:\n  - name: id\n  - name: name\n";
    const tabbed = await validate(
      { "d.csv": "id\tname\n1\ta, b\n", "c.yml": contract },
      { data: "d.csv", schema: "c.yml", delimiter: "tab" },
    );
    expect(tabbed.outputs.valid).toBe("true");
    const spaced = await validate(
      { "d.csv": 'id name\n1 "a b"\n2 c\n', "c.yml": contract },
      { data: "d.csv", schema: "c.yml", delimiter: "space" },
    );
    expect(spaced.outputs).toMatchObject({ valid: "true", "row-count": "2" });
    // A space given as it is would be trimmed away, as a runner trims it, and read as a comma.
    const blank = await validate(
      { "d.csv": "id name\n1 a\n", "c.yml": contract },
      { data: "d.csv", schema: "c.yml", delimiter: " " },
    );
    expect(blank.code).toBe(1);
    expect(blank.stderr).toBe(
      "mlops validate-data: input 'delimiter': is white space alone, which is read as not given. Write space for fields separated by a space, or tab for a tab\n",
    );
    for (const bad of ["x", "ab", '"', ".", "-"]) {
      const run = await validate(
        { "d.csv": "id,name\n1,a\n", "c.yml": contract },
        { data: "d.csv", schema: "c.yml", delimiter: bad },
      );
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toBe(
        `mlops validate-data: input 'delimiter': '${bad}' is not a delimiter. Give the one character between fields, such as ; or |, or tab or space`,
      );
    }
  });
});

describe("checks over no values say why they fail", () => {
  it("notes that a statistic of a header-only file could not be computed", async () => {
    const run = await validateCsv(
      "age\n",
      "fields:\n  - name: age\n    type: integer\n    x-mlops:\n      mean: { min: 18 }\nx-mlops:\n  rows: { min: 0 }\n",
    );
    expect(run.check("age.mean")).toMatchObject({
      status: "fail",
      observed: null,
      note: "not computed: the column has no values",
    });
  });

  it("says the reference has no values, not that the column's types differ, when its file has no rows", async () => {
    const run = await validate(
      {
        "d.csv": "age\n30\n41\n",
        "ref.csv": "age\n",
        "c.yml": "fields:\n  - name: age\n    type: integer\n",
      },
      { data: "d.csv", schema: "c.yml", reference: "ref.csv" },
    );
    expect(run.check("age.skew")).toMatchObject({
      status: "fail",
      note: "the reference has no values in this column",
    });
  });
});

describe("failing cells as the data holds them", () => {
  it("shows a date field's value and a key of dates as dates, not midnight date-times", async () => {
    const run = await validateCsv(
      "store,day\n1,2023-12-31\n1,2024-01-02\n1,2024-01-02\n",
      "fields:\n  - name: store\n    type: integer\n  - name: day\n    type: date\n    constraints:\n      minimum: '2024-01-01'\nprimaryKey: [store, day]\n",
    );
    expect(run.check("day.minimum").examples[0]).toMatchObject({ line: 2, value: "2023-12-31" });
    expect(run.check("primaryKey(store, day)").examples[0]).toMatchObject({
      line: 4,
      value: "1, 2024-01-02",
    });
  });

  it("keeps a date-time's time, in UTC", async () => {
    const run = await validateCsv(
      "ts\n2024-01-01T01:30:00+02:00\n",
      "fields:\n  - name: ts\n    type: datetime\n    constraints:\n      minimum: '2024-01-01T00:00:00Z'\n",
    );
    expect(run.check("ts.minimum").examples[0].value).toBe("2023-12-31T23:30:00.000Z");
  });

  it("lists the type checks in the data's column order, whichever cell failed first", async () => {
    const run = await validateCsv(
      "a,b,c\n1,2,x\n1,y,3\nz,2,3\n",
      "fields:\n  - name: a\n    type: integer\n  - name: b\n    type: integer\n  - name: c\n    type: integer\n",
    );
    expect(JSON.parse(run.outputs["failed-checks"]!)).toEqual(["a.type", "b.type", "c.type"]);
  });
});

describe("the summary counts in words", () => {
  it("says 1 row and 1 other check, not 1 rows", async () => {
    const { dir, write } = tempDir();
    write("d.csv", "id,x\n1,2\n");
    write("c.yml", "fields:\n  - name: id\n    type: integer\n  - name: y\n");
    const { stdout } = await mlops(
      ["validate-data", "--data", "d.csv", "--schema", "c.yml", "--fail-step", "false"],
      dir,
    );
    expect(stdout).toContain("`d.csv`: 1 row, 0 failing a row check (0%)");
    expect(stdout).toContain("<summary>1 other check</summary>");
  });
});

describe("a read that stops before any row", () => {
  it("names the file alone where it has no line or row to name", async () => {
    const { dir, write } = tempDir();
    write("d.parquet", "not parquet at all");
    write("c.yml", "fields:\n  - name: id\n");
    const { stdout } = await mlops(
      ["validate-data", "--data", "d.parquet", "--schema", "c.yml"],
      dir,
    );
    expect(stdout).toMatch(/\| readable \| [^\n]*\| d\.parquet: \(/);
    expect(stdout).not.toContain("row null");
  });
});

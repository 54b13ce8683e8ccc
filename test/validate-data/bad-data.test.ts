import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { validateContract, validationReportContract } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { validate, validateCsv } from "./validate.js";

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
      "Give every row as many fields as the header, quoting fields that contain the delimiter. The read stopped here; the other checks cover the 1 row before",
    );
    // The line on stderr says how to fix it, as the report does.
    expect(check.run.stderr).toContain(
      "error: d.csv:3: this row has 3 fields, the header has 2. Give every row as many fields as the header, quoting fields that contain the delimiter. The read stopped here; the other checks cover the 1 row before\n",
    );
  });

  it("counts and checks the rows before the one that stopped the read, within the first batch too", async () => {
    // 50 rows, the 10th out of range, then a short row: far fewer than a batch's 8,192 rows.
    const good = Array.from({ length: 50 }, (_, i) => `${i},n${i}`);
    good[9] = "-1,n9";
    const run = await validate(
      {
        "d.csv": `id,name\n${good.join("\n")}\n51\n52,n52\n`,
        "c.yml": contract.replace("{ required: true }", "{ required: true, minimum: 0 }"),
      },
      { data: "d.csv", schema: "c.yml" },
    );
    expect(run.outputs).toMatchObject({ valid: "false", "row-count": "50" });
    expect(run.check("readable").note).toMatch(/the other checks cover the 50 rows before$/);
    expect(run.check("readable").examples[0]).toMatchObject({ line: 52 });
    expect(run.check("id.minimum")).toMatchObject({
      evaluated: 50,
      failed: 1,
      examples: [{ line: 11, value: -1 }],
    });
  });

  it("counts the JSON lines before one that does not parse", async () => {
    const lines = Array.from({ length: 20 }, (_, i) => `{"id": ${i}, "name": "n${i}"}`);
    const run = await validate(
      { "d.jsonl": `${lines.join("\n")}\n{"id": 20,\n`, "c.yml": contract },
      { data: "d.jsonl", schema: "c.yml" },
    );
    expect(run.outputs["row-count"]).toBe("20");
    expect(run.check("readable").examples[0]).toMatchObject({ line: 21 });
  });

  it("bytes that are not UTF-8", async () => {
    const check = await unreadable(Buffer.from([...Buffer.from("id,name\n1,"), 0xff, 0x0a]));
    expect(check.examples[0]).toMatchObject({ file: "d.csv", line: 2 });
    expect(check.examples[0].note).toMatch(/UTF-8/);
  });

  it("a file that is not UTF-8, named with the conversion that fits it", async () => {
    const check = await unreadable(Buffer.from([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00, 0x0a, 0x00]));
    expect(check.examples[0]).toMatchObject({ line: 1 });
    expect(check.examples[0].note).toMatch(/^the file is UTF-16 text/);
    expect(check.note).toMatch(/^Save it as UTF-8, for example with `iconv -f utf-16 -t utf-8`/);
  });

  it("a JSON line that does not parse", async () => {
    const check = await unreadable('{"id": 1, "name": "a"}\n{"id": 2,\n', "d.jsonl");
    expect(check.examples[0]).toMatchObject({ file: "d.jsonl", line: 2 });
  });
});

describe("a cell that does not parse as its field's type fails `type` at its row, and the run goes on", () => {
  const typed = `${contract}  - name: score\n    type: number\n    constraints: { maximum: 10 }\nprimaryKey: id\n`;
  /** 12,000 rows, past the 10,000 the reader samples first; ids bad at lines 4, 10,500 and 11,999. */
  const rows = ["id,name,score"];
  for (let i = 1; i <= 12_000; i++) rows.push(`${i},n${i},${i === 11_000 ? 99 : 1}`);
  rows[3] = "seven,n3,1";
  rows[10_499] = "10499.5,n10499,1";
  rows[11_998] = ",n11998,abc";

  it("is counted with every bad cell at its line, and every other check covers every row", async () => {
    const run = await validate(
      { "d.csv": `${rows.join("\n")}\n`, "c.yml": typed },
      { data: "d.csv", schema: "c.yml", "fail-step": "false" },
    );
    expect(run.outputs).toMatchObject({ valid: "false", "row-count": "12000" });
    expect(run.check("readable")).toBeUndefined();
    expect(run.check("id.type")).toMatchObject({
      level: "row",
      status: "fail",
      evaluated: 12_000,
      failed: 2,
      expected: "an integer",
      note: null,
      examples: [
        { file: "d.csv", line: 4, row: 2, column: "id", value: "seven", note: null },
        { file: "d.csv", line: 10_500, row: 10_498, column: "id", value: "10499.5", note: null },
      ],
    });
    expect(run.check("score.type")).toMatchObject({ failed: 1, expected: "a number" });
    expect(run.check("score.type").examples[0]).toMatchObject({ line: 11_999, value: "abc" });
    expect(run.check("score.maximum")).toMatchObject({ failed: 1, evaluated: 11_999 });
    expect(run.check("score.maximum").examples[0]).toMatchObject({ line: 11_001, value: 99 });
    expect(run.report.counts.invalid_rows).toBe(4);
    expect(run.stderr).toContain('error: d.csv:4: "seven": expected an integer');
  });

  it("does not also fail `required` or the primary key, and is missing in the profile", async () => {
    const run = await validate(
      { "d.csv": `${rows.join("\n")}\n`, "c.yml": typed },
      { data: "d.csv", schema: "c.yml", "fail-step": "false" },
    );
    // The empty id on line 11,999 is the one missing value; the two bad ids are not evaluated.
    expect(run.check("id.required")).toMatchObject({ failed: 1, evaluated: 11_998 });
    expect(run.check("id.required").examples[0]).toMatchObject({ line: 11_999 });
    expect(run.check("id.primaryKey")).toMatchObject({ failed: 1, evaluated: 11_998 });
    const profile = JSON.parse(readFileSync(join(run.dir, run.outputs["profile-path"]!), "utf8"));
    const id = profile.columns.find((c: { name: string }) => c.name === "id");
    expect([id.missing, id.count]).toEqual([3, 11_997]);
  });

  it("on a column whose type was inferred, it says so and how to accept any value", async () => {
    // The reader infers `extra` from the first 10,000 rows, all integers.
    const data = ["id,name,extra", ...Array.from({ length: 10_000 }, (_, i) => `${i},a,${i}`)];
    const run = await validate(
      { "d.csv": `${data.join("\n")}\n10000,b,x\n`, "c.yml": `${contract}fieldsMatch: subset\n` },
      { data: "d.csv", schema: "c.yml" },
    );
    expect(run.code).toBe(1);
    expect(run.check("extra.type")).toMatchObject({
      failed: 1,
      evaluated: 10_001,
      expected: "an integer",
      note: "the column's type was inferred from the first rows; declare the field's type in the contract (string takes any value)",
    });
  });

  it("in JSONL, names the line and keeps the value as text", async () => {
    const data = '{"id": 1, "name": "a"}\n{"id": {"n": 2}, "name": "b"}\n{"id": 3, "name": "c"}\n';
    const run = await validate(
      { "d.jsonl": data, "c.yml": contract },
      { data: "d.jsonl", schema: "c.yml" },
    );
    expect(run.outputs).toMatchObject({ valid: "false", "row-count": "3" });
    expect(run.check("id.type").examples[0]).toMatchObject({ line: 2, value: '{"n":2}' });
    expect(run.check("id.required")).toMatchObject({ status: "pass", evaluated: 2 });
  });
});

describe("fields named like the properties every JavaScript object has", () => {
  const names = ["constructor", "__proto__", "hasOwnProperty", "toString"];
  const contract = `fields:\n${names.map((name) => `  - name: "${name}"\n    constraints: { required: true }\n`).join("")}fieldsMatch: subset\n`;

  it("are missing in a CSV row that has no value for them, and present in one that has", async () => {
    const run = await validate(
      { "d.csv": `${names.join(",")}\na,b,c,d\n,,,\n`, "c.yml": contract },
      { data: "d.csv", schema: "c.yml" },
    );
    for (const name of names) {
      expect(run.check(`${name}.required`)).toMatchObject({ failed: 1, evaluated: 2 });
    }
  });

  it("are missing in a JSONL row that lacks them", async () => {
    const full = JSON.stringify(Object.fromEntries(names.map((name) => [name, "x"])));
    const run = await validate(
      { "d.jsonl": `${full}\n{"other": 1}\n`, "c.yml": contract },
      { data: "d.jsonl", schema: "c.yml" },
    );
    for (const name of names) {
      expect(run.check(`${name}.required`)).toMatchObject({
        failed: 1,
        evaluated: 2,
        examples: [{ line: 2, value: null, note: "no value" }],
      });
    }
  });
});

describe("a path that names no file", () => {
  it("names the input and says where a relative path starts, for the data as for the contract", async () => {
    const data = await validate({ "c.yml": contract }, { data: "gone.csv", schema: "c.yml" });
    const schema = await validate({ "d.csv": "id,name\n" }, { data: "d.csv", schema: "gone.yml" });
    const fix = "Check the path; a relative path starts from the working directory";
    expect(data.stderr).toBe(`mlops validate-data: input 'data': gone.csv: no such file. ${fix}\n`);
    expect(schema.stderr).toBe(
      `mlops validate-data: input 'schema': file 'gone.yml' does not exist. ${fix}\n`,
    );
  });

  it("names the reference input when its glob matches no file, apart from the data", async () => {
    const run = await validate(
      { "c.yml": contract, "d.csv": "id,name\n1,a\n" },
      { data: "d.csv", schema: "c.yml", reference: "last-month/*.csv" },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "mlops validate-data: input 'reference': last-month/*.csv: no file matches this pattern. Check the path and the pattern\n",
    );
  });

  it("refuses a reference profile that fails its schema at its line, before anything is written", async () => {
    const { dir, write } = tempDir();
    write("c.yml", contract);
    write("d.csv", "id,name\n1,a\n2,b\n");
    const made = await mlops(
      [
        ...["validate-data", "--data", "d.csv", "--schema", "c.yml"],
        ...["--profile-path", "p.json", "--report-path", "first.json"],
      ],
      dir,
    );
    expect(made.code).toBe(0);
    const profile = JSON.parse(readFileSync(join(dir, "p.json"), "utf8")) as object;
    write("edited.json", JSON.stringify({ ...profile, rowCount: "many" }, null, 1));
    const run = await mlops(
      ["validate-data", "--data", "d.csv", "--schema", "c.yml", "--reference", "edited.json"],
      dir,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "mlops validate-data: edited.json:3: field '/rowCount' must be a whole number, not the text \"many\". Write a whole number, such as 3\n",
    );
    expect(existsSync(join(dir, "mlops-out"))).toBe(false);
  });

  it("a folder is told of a glob of its data files, as the path was given", async () => {
    const run = await validate(
      { "c.yml": contract, "days/01.jsonl": "{}\n", "days/02.jsonl": "{}\n" },
      { data: "days", schema: "c.yml" },
    );
    expect(run.stderr).toBe(
      "mlops validate-data: input 'data': days: is a folder, not a file. Give the path of a file inside it, or a glob of its files such as 'days/*.jsonl'\n",
    );
  });

  it("a folder given with a trailing slash, relative or absolute, is named and globbed alike", async () => {
    const { dir, write } = tempDir();
    write("c.yml", contract);
    write("days/01.jsonl", "{}\n");
    const refusal = (shown: string) =>
      `mlops validate-data: input 'data': ${shown}: is a folder, not a file. Give the path of a file inside it, or a glob of its files such as '${shown}/*.jsonl'\n`;
    const run = (data: string, cwd = dir) =>
      mlops(["validate-data", "--data", data, "--schema", join(dir, "c.yml")], cwd);
    expect((await run("days/")).stderr).toBe(refusal("days"));
    expect((await run(`${dir}/days/`)).stderr).toBe(refusal("days"));
    // Outside the working directory the path stays absolute, in the glob as in the name.
    const outside = join(dir, "elsewhere");
    mkdirSync(outside);
    expect((await run(`${dir}/days/`, outside)).stderr).toBe(refusal(join(dir, "days")));
  });
});

describe("data that reads but does not fit the contract's columns", () => {
  it("says when a column and a field differ only in their Unicode normalisation", async () => {
    const composed = "gr\u00f6\u00dfe";
    const decomposed = composed.normalize("NFD");
    const run = await validateCsv(
      `id,${decomposed}\n1,2\n`,
      `fields:\n  - name: id\n  - name: ${composed}\n`,
    );
    expect(run.check("fields").note).toBe(
      `absent: ${composed}; undeclared: ${decomposed}; ${composed} is in the data too, in another Unicode normalisation (NFC and NFD compose letters such as ö differently): write the names the same way in both`,
    );
  });

  it.each(["d.csv", "d.jsonl", "d.csv.gz"])(
    "an empty file (%s) is no rows of the contract's fields: rows min 0 passes it",
    async (name) => {
      const data = name.endsWith(".gz") ? gzipSync("") : "";
      const files = { [name]: data, "c.yml": contract };
      const run = await validate(files, { data: name, schema: "c.yml" });
      expect(run.outputs).toMatchObject({ valid: "false", "failed-checks": '["rows"]' });
      expect(run.check("fields")).toMatchObject({ status: "pass", observed: "id, name" });
      const rows0 = `${contract}x-mlops:\n  rows: { min: 0 }\n`;
      const passed = await validate({ ...files, "c.yml": rows0 }, { data: name, schema: "c.yml" });
      expect(passed.outputs).toMatchObject({ valid: "true", "row-count": "0" });
    },
  );

  it("a JSON Lines key first seen after the rows the columns were read from fails `fields` at its line", async () => {
    const lines = Array.from({ length: 10_050 }, (_, i) =>
      JSON.stringify(i < 10_020 ? { id: i, name: "n" } : { id: i, name: "n", promo: "yes" }),
    );
    const files = { "d.jsonl": lines.join("\n"), "c.yml": contract };
    const run = await validate(files, { data: "d.jsonl", schema: "c.yml" });
    expect(run.outputs).toMatchObject({ valid: "false", "failed-checks": '["fields"]' });
    const late =
      "a key first seen after the rows the columns were read from, so not read: promo at d.jsonl:10021";
    expect(run.check("fields")).toMatchObject({
      status: "fail",
      observed: "id, name, promo",
      note: `undeclared: promo; ${late}`,
    });
    // Where undeclared columns are allowed, the note still says where the key starts.
    const subset = `${contract}fieldsMatch: subset\n`;
    const allowed = await validate(
      { ...files, "c.yml": subset },
      { data: "d.jsonl", schema: "c.yml" },
    );
    expect(allowed.check("fields")).toMatchObject({ status: "pass", note: late });
  });

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
    const exact = await validateCsv(data, contract);
    expect(exact.check("fields")).toMatchObject({ status: "fail", note: "undeclared: extra" });
    // The error line says what is wrong, not only which columns there are.
    expect(exact.stderr).toContain(
      "error: fields: undeclared: extra (expected the declared fields, in their order)",
    );
    const subset = await validateCsv(data, `${contract}fieldsMatch: subset\n`);
    expect(subset.check("fields").status).toBe("pass");
  });

  it("a declared field the data lacks fails `fields`, and the fields there are still checked", async () => {
    const run = await validateCsv("id,extra\n1,x\n,y\n", contract);
    expect(run.outputs.valid).toBe("false");
    expect(run.check("fields")).toMatchObject({
      status: "fail",
      note: "absent: name; undeclared: extra",
    });
    expect(run.check("id.required")).toMatchObject({ failed: 1, evaluated: 2 });
    expect(run.report.checks.some((c: { check: string }) => c.check === "readable")).toBe(false);
    const subset = await validateCsv("id,extra\n1,x\n", `${contract}fieldsMatch: subset\n`);
    expect(subset.check("fields")).toMatchObject({ status: "fail", note: "absent: name" });
  });

  it("a declared field the data lacks passes superset and partial, which check the fields there", async () => {
    const typed = `${contract}  - name: score\n    type: number\n    constraints: { maximum: 1 }\n`;
    const data = "id,score\n1,0.5\n,2\n";
    const superset = await validateCsv(data, `${typed}fieldsMatch: superset\n`);
    expect(superset.check("fields")).toMatchObject({
      status: "pass",
      note: "absent, as fieldsMatch superset allows: name",
    });
    // The fields that are there are checked as always; nothing is said of `name` but that.
    expect(superset.check("id.required")).toMatchObject({ failed: 1, evaluated: 2 });
    expect(superset.check("score.maximum")).toMatchObject({ failed: 1, evaluated: 2 });
    expect(superset.report.checks.some((c: { column: string | null }) => c.column === "name")).toBe(
      false,
    );
    // Superset refuses a column the contract does not declare; partial takes it.
    const extra = "id,score,extra\n1,0.5,x\n";
    const refused = await validateCsv(extra, `${typed}fieldsMatch: superset\n`);
    expect(refused.check("fields")).toMatchObject({ status: "fail", note: "undeclared: extra" });
    const partial = await validateCsv(extra, `${typed}fieldsMatch: partial\n`);
    expect(partial.check("fields")).toMatchObject({
      status: "pass",
      note: "absent, as fieldsMatch partial allows: name",
    });
    const none = await validateCsv("other\n1\n", `${typed}fieldsMatch: partial\n`);
    expect(none.check("fields")).toMatchObject({
      status: "fail",
      note: "none of the declared fields is there",
    });
  });

  it("the checks declared on a field the data lacks are listed as not run, each saying why", async () => {
    const declared = `${contract}  - name: age
    type: integer
    constraints: { minimum: 0, unique: true }
    x-mlops: { maxMissingRatio: 0.1, quantiles: [{ q: 0.5, max: 100 }] }
  - name: email
    constraints: { pattern: "[^@]+@.+" }
fieldsMatch: superset
`;
    const run = await validateCsv("id,name\n1,a\n2,b\n", declared);
    // Superset allows the absence: the run passes, and its counts say what did not run.
    expect(run.outputs.valid).toBe("true");
    expect(run.report.counts).toMatchObject({ failed: 0, skipped: 5 });
    const notRun = run.report.checks.filter((c: { status: string }) => c.status === "skipped");
    expect(notRun.map((c: { id: string }) => c.id)).toEqual([
      "age.minimum",
      "age.unique",
      "email.pattern",
      "age.missingRatio",
      "age.quantile(0.5)",
    ]);
    for (const check of notRun) {
      expect(check).toMatchObject({
        evaluated: null,
        observed: null,
        examples: [],
        note: "not checked: the data has no such field",
      });
    }
    expect(run.check("age.minimum").expected).toBe("≥ 0");
    // The summary's table has no column for notes: a check not run says why where it would
    // say what it saw.
    const shown = await mlops(["validate-data", "--data", "d.csv", "--schema", "c.yml"], run.dir);
    expect(shown.stdout).toContain("### ✅ validate-data: pass (3 checks passed, 5 skipped)");
    expect(shown.stdout).toContain(
      "| age.minimum | ≥ 0 | not checked: the data has no such field | skipped |",
    );
    // Under an exact match the absence fails `fields`; the checks it stops are still listed.
    const exact = await validateCsv("id,name\n1,a\n", declared.replace("superset", "exact"));
    expect(exact.check("fields")).toMatchObject({ status: "fail", note: "absent: age, email" });
    expect(exact.check("age.minimum").status).toBe("skipped");
  });

  it("a key's field may not be absent, even under superset: the key is listed as not checked", async () => {
    const keyed = `${contract}primaryKey: [id, name]\nuniqueKeys: [[name], [id]]\nfieldsMatch: superset\n`;
    const run = await validateCsv("id\n1\n1\n", keyed);
    expect(run.outputs.valid).toBe("false");
    expect(run.check("fields")).toMatchObject({
      status: "fail",
      note: "absent, but part of a key: name",
    });
    const skipped = { status: "skipped", note: "not checked: the data lacks a field of the key" };
    expect(run.check("primaryKey(id, name)")).toMatchObject(skipped);
    expect(run.check("name.uniqueKey")).toMatchObject(skipped);
    // A key whose fields are all there is checked as ever.
    expect(run.check("id.uniqueKey")).toMatchObject({ status: "fail", failed: 1 });
    expect(validateContract(validationReportContract, run.report, "report")).toBe(run.report);
  });

  it("a required field may not be absent, even under superset or partial: no row has its value", async () => {
    const declared = `${contract}  - name: score\n    type: number\n    constraints: { required: true }\n`;
    const fix =
      "(a value in every row); add the column to the data, or drop required from its constraints";
    for (const match of ["superset", "partial"]) {
      const run = await validateCsv("id,name\n1,a\n", `${declared}fieldsMatch: ${match}\n`);
      expect(run.code).toBe(1);
      expect(run.outputs.valid).toBe("false");
      expect(run.check("fields")).toMatchObject({
        status: "fail",
        note: `absent, but required: score ${fix}`,
      });
      // Its row-level check has no cells to see: it is listed as not run, the failure is `fields`'s.
      expect(run.check("score.required")).toMatchObject({
        status: "skipped",
        note: "not checked: the data has no such field",
      });
      expect(run.report.counts).toMatchObject({ failed: 1, skipped: 1 });
      expect(validateContract(validationReportContract, run.report, "report")).toBe(run.report);
      expect(run.stderr).toContain(`error: fields: absent, but required: score ${fix}`);
    }
    // A field not required stays allowed to be absent, beside the required ones that are there.
    const optional = await validateCsv("id\n1\n", `${contract}fieldsMatch: superset\n`);
    expect(optional.check("fields")).toMatchObject({
      status: "pass",
      note: "absent, as fieldsMatch superset allows: name",
    });
  });

  it("names every required field absent, and a key's field once, as part of the key", async () => {
    const declared = `fields:
  - { name: id, type: integer }
  - { name: name, constraints: { required: true } }
  - { name: score, constraints: { required: true } }
  - { name: day, constraints: { required: true } }
primaryKey: [id, name]
fieldsMatch: superset
`;
    const run = await validateCsv("id\n1\n", declared);
    expect(run.check("fields")).toMatchObject({
      status: "fail",
      note: "absent, but part of a key: name; absent, but required: score, day (a value in every row); add the columns to the data, or drop required from their constraints",
    });
  });

  it("names an undeclared column and a required field absent together under superset", async () => {
    const declared =
      "fieldsMatch: superset\nfields:\n  - { name: id, type: integer }\n  - { name: score, constraints: { required: true } }\n";
    const run = await validateCsv("id,extra\n1,x\n", declared);
    expect(run.check("fields")).toMatchObject({
      status: "fail",
      note: "undeclared: extra; absent, but required: score (a value in every row); add the column to the data, or drop required from its constraints",
    });
  });

  it("a required field absent fails exact, equal and subset as any absent field does", async () => {
    const declared = `${contract}  - name: score\n    type: number\n    constraints: { required: true }\n`;
    for (const match of ["exact", "equal", "subset"]) {
      const run = await validateCsv("id,name\n1,a\n", `${declared}fieldsMatch: ${match}\n`);
      expect(run.check("fields")).toMatchObject({ status: "fail", note: "absent: score" });
    }
  });

  it("columns in another order fail an exact match and pass an equal one", async () => {
    const data = "name,id\na,1\n";
    const exact = await validateCsv(data, contract);
    expect(exact.check("fields")).toMatchObject({ status: "fail", note: "the order differs" });
    const equal = await validateCsv(data, `${contract}fieldsMatch: equal\n`);
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

describe("numbers whose range passes the largest double", () => {
  it("are profiled, the histogram measured in halves, and drift-check reads the profile", async () => {
    // 1e308 - (-1e308) is no double: the histogram's bins were NaN, and the profile refused.
    const run = await validate(
      {
        "d.csv": "v\n1e308\n-1e308\n1e308\n0\n",
        "c.yml": "fields:\n  - name: v\n    type: number\n",
      },
      { data: "d.csv", schema: "c.yml", "profile-path": "profile.json" },
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const profile = JSON.parse(readFileSync(join(run.dir, "profile.json"), "utf8"));
    const [column] = profile.columns;
    // The default 20 bins of 1e307 each, from -1e308 to 1e308, all finite.
    const { edges, counts } = column.histogram;
    expect(edges).toHaveLength(21);
    expect(edges[0]).toBe(-1e308);
    expect(edges[20]).toBe(1e308);
    edges.forEach((edge: number, i: number) =>
      expect(Math.abs(edge - (i - 10) * 1e307)).toBeLessThanOrEqual(1e-12 * 1e308),
    );
    expect(counts).toEqual([1, ...Array(9).fill(0), 1, ...Array(8).fill(0), 2]);
    const drift = await mlops(
      [
        "drift-check",
        "--reference",
        "profile.json",
        "--current",
        "profile.json",
        "--mode",
        "compare",
      ],
      run.dir,
    );
    expect(drift.stderr).not.toMatch(/NaN|not a finite number/);
    expect(drift.code).toBe(0);
  });
});

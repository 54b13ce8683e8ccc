import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readStructured } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { example } from "./validate.js";

/** `mlops contract infer ...args` in `dir`. */
const infer = (dir: string, ...args: string[]) => mlops(["contract", "infer", ...args], dir);

/** The contract in `dir` as validate-data reads it. */
const contractIn = (dir: string, name = "contract.yml") =>
  readStructured(join(dir, name)).value as { missingValues?: string[]; fields: unknown[] };

/** validate-data on `data` with `schema` in `dir`: its outputs, and what it said on stderr. */
async function validateIn(dir: string, data: string, schema: string, ...more: string[]) {
  const run = await mlops(
    ["validate-data", "--json", "--data", data, "--schema", schema, ...more],
    dir,
  );
  return { ...run, outputs: run.stdout ? JSON.parse(run.stdout) : {} };
}

/** 24 rows of every type: `note` is text (each value once), `age` lacks a value in row 5. */
function everyType(): string {
  const rows = ["id,amount,active,day,at,plan,note,age"];
  for (let i = 1; i <= 24; i++) {
    const day = `2024-05-${String(i).padStart(2, "0")}`;
    // One date among the date-times: the column takes both forms, and is not all midnights.
    const at = i === 3 ? day : `${day}T12:30:00Z`;
    const plan = i % 3 === 0 ? "pro" : "basic";
    rows.push(
      [i, i + 0.5, i % 2 === 0, day, at, plan, `note ${i}`, i === 5 ? "" : 20 + i].join(","),
    );
  }
  return `${rows.join("\n")}\n`;
}

describe("mlops contract infer", () => {
  it("gives each column its type, required where no value is missing, and a categorical column its values", async () => {
    const { dir, write } = tempDir();
    write("train.csv", everyType());
    const run = await infer(dir, "--data", "train.csv", "--output", "contract.yml");
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toBe(
      "contract.yml: 8 fields from train.csv; review it, then give it to validate-data --schema\n",
    );
    const required = { required: true };
    expect(contractIn(dir)).toEqual({
      fields: [
        { name: "id", type: "integer", constraints: required },
        { name: "amount", type: "number", constraints: required },
        { name: "active", type: "boolean", constraints: required },
        { name: "day", type: "date", format: "any", constraints: required },
        { name: "at", type: "datetime", format: "any", constraints: required },
        { name: "plan", type: "string", constraints: { required: true, enum: ["basic", "pro"] } },
        { name: "note", type: "string", constraints: required },
        { name: "age", type: "integer" },
      ],
    });
    const text = readFileSync(join(dir, "contract.yml"), "utf8");
    expect(text).toMatch(
      /^# A starter data contract for validate-data, inferred by mlops contract infer\n# from "train\.csv" \(24 rows\)\. It is a starting point: review it before relying on it\.\n/,
    );
    expect(text).toContain('      enum: ["basic", "pro"]\n');
  });

  it("writes a contract that validate-data takes as it is, and that the same data passes", async () => {
    const { dir, write } = tempDir();
    write("churn.csv", readFileSync(example("churn.csv"), "utf8"));
    expect((await infer(dir, "--data", "churn.csv", "--output", "contract.yml")).code).toBe(0);
    const run = await validateIn(dir, "churn.csv", "contract.yml");
    expect(run.stderr).toBe("");
    expect(run.outputs).toMatchObject({ valid: "true", "row-count": "200", "failed-checks": "[]" });
    const report = JSON.parse(readFileSync(join(dir, run.outputs["report-path"]), "utf8"));
    // Each inferred constraint ran, and all passed.
    expect(report.checks.map((check: { id: string }) => check.id)).toEqual([
      "fields",
      ...["customer_id", "signup_date", "plan"].map((name) => `${name}.required`),
      "plan.enum",
      "country.required",
      "country.enum",
      ...["tenure_months", "monthly_charges", "support_tickets", "churned"].map(
        (name) => `${name}.required`,
      ),
      "rows",
    ]);
    expect(report.checks.every((check: { status: string }) => check.status === "pass")).toBe(true);
  });

  it("infers the same contract from the data's profile, with the missing values it was read with", async () => {
    const { dir, write } = tempDir();
    write("train.csv", "id,plan\n1,basic\n2,NA\n3,pro\n");
    write("read.yml", 'missingValues: ["", "NA"]\nfields:\n  - name: id\n  - name: plan\n');
    const profiled = await validateIn(dir, "train.csv", "read.yml", "--profile-path", "p.json");
    expect(profiled.outputs.valid).toBe("true");
    expect((await infer(dir, "--profile", "p.json", "--output", "contract.yml")).code).toBe(0);
    expect(contractIn(dir)).toEqual({
      missingValues: ["", "NA"],
      fields: [
        { name: "id", type: "integer", constraints: { required: true } },
        { name: "plan", type: "string", constraints: { enum: ["basic", "pro"] } },
      ],
    });
    expect((await validateIn(dir, "train.csv", "contract.yml")).outputs.valid).toBe("true");
  });

  it("reads the cells --missing-values lists as missing, as drift-check does, and records them in the contract", async () => {
    const { dir, write } = tempDir();
    // As R's write.csv leaves a gap: without the option, NA is one more word of a text column.
    write("r.csv", "id,a,plan\n1,1,basic\n2,NA,pro\n3,3,NA\n");
    expect((await infer(dir, "--data", "r.csv", "--output", "plain.yml")).code).toBe(0);
    expect(contractIn(dir, "plain.yml").fields[1]).toEqual({
      name: "a",
      type: "string",
      constraints: { required: true, enum: ["1", "3", "NA"] },
    });
    const run = await infer(dir, "--data", "r.csv", "--missing-values", "NA", "--output", "na.yml");
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(contractIn(dir, "na.yml")).toEqual({
      missingValues: ["", "NA"],
      fields: [
        { name: "id", type: "integer", constraints: { required: true } },
        { name: "a", type: "integer" },
        { name: "plan", type: "string", constraints: { enum: ["basic", "pro"] } },
      ],
    });
    expect((await validateIn(dir, "r.csv", "na.yml")).outputs.valid).toBe("true");
    // pandas stands for pandas' own set, and a value listed beside it is added.
    const pandas = ["--missing-values", "pandas,-999", "--output", "pandas.yml"];
    expect((await infer(dir, "--data", "r.csv", ...pandas)).code).toBe(0);
    const { missingValues, fields } = contractIn(dir, "pandas.yml");
    expect(missingValues).toHaveLength(20);
    expect(missingValues).toEqual(expect.arrayContaining(["", "NA", "N/A", "NaN", "null", "-999"]));
    expect(fields).toEqual(contractIn(dir, "na.yml").fields);
  });

  it("writes a column of dates as date only where each value is a date alone, so that the header's advice on format holds", async () => {
    const { dir, write } = tempDir();
    // 1,100 days: more distinct values than a profile lists, so only the cells can tell.
    const days = Array.from({ length: 1_100 }, (_, i) =>
      new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
    );
    // `stamp` holds 30 midnights written as date-times, each listed in the profile; `mixed`
    // writes a time in its last row only.
    const rows = days.map((day, i) => {
      const mixed = i === days.length - 1 ? `${day}T00:00:00Z` : day;
      return `${day},${days[i % 30]}T00:00:00Z,${mixed}`;
    });
    write("days.csv", `day,stamp,mixed\n${rows.join("\n")}\n`);
    const run = await infer(dir, "--data", "days.csv", "--output", "contract.yml");
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const required = { required: true };
    expect(contractIn(dir).fields).toEqual([
      { name: "day", type: "date", format: "any", constraints: required },
      { name: "stamp", type: "datetime", format: "any", constraints: required },
      { name: "mixed", type: "datetime", format: "any", constraints: required },
    ]);
    expect(readFileSync(join(dir, "contract.yml"), "utf8")).toContain(
      '#   (format: "any"). Remove the format where every value, now and later, is written in its\n#   type\'s form: a date alone (2024-05-01) for date, a date and a time for datetime.\n',
    );
    // As the header says: `day` and `stamp` each write one form, their type's, and take the
    // default format; `mixed` keeps `any`.
    const fields = contractIn(dir).fields as { name: string; format?: string }[];
    for (const field of fields) if (field.name !== "mixed") delete field.format;
    write("strict.yml", JSON.stringify({ fields }));
    const strict = await validateIn(dir, "days.csv", "strict.yml");
    expect(strict.outputs).toMatchObject({ valid: "true", "row-count": "1100" });
  });

  it("writes a column of midnights from a profile as datetime, since a profile keeps no form", async () => {
    const { dir, write } = tempDir();
    write("days.csv", "day\n2024-01-01\n2024-01-02\n2024-01-03\n");
    write("read.yml", "fields:\n  - name: day\n");
    const profiled = await validateIn(dir, "days.csv", "read.yml", "--profile-path", "p.json");
    expect(profiled.outputs.valid).toBe("true");
    expect((await infer(dir, "--profile", "p.json", "--output", "contract.yml")).code).toBe(0);
    expect(contractIn(dir).fields).toEqual([
      { name: "day", type: "datetime", format: "any", constraints: { required: true } },
    ]);
    expect((await validateIn(dir, "days.csv", "contract.yml")).outputs.valid).toBe("true");
    // From the data itself, the same column is a date.
    const fromData = await infer(dir, "--data", "days.csv", "--output", "data.yml");
    expect(fromData.code).toBe(0);
    expect(contractIn(dir, "data.yml").fields).toEqual([
      { name: "day", type: "date", format: "any", constraints: { required: true } },
    ]);
  });

  it("lists at most 50 values in an enum", async () => {
    const { dir, write } = tempDir();
    // Three rows of each value: categorical (at most half as many values as rows) either way.
    const rows = (count: number) =>
      Array.from({ length: count * 3 }, (_, i) => `v${i % count},${i}`).join("\n");
    write("fifty.csv", `kind,n\n${rows(50)}\n`);
    write("more.csv", `kind,n\n${rows(51)}\n`);
    await infer(dir, "--data", "fifty.csv", "--output", "fifty.yml");
    await infer(dir, "--data", "more.csv", "--output", "more.yml");
    const kind = (name: string) => contractIn(dir, name).fields[0];
    expect(kind("fifty.yml")).toMatchObject({ constraints: { required: true } });
    expect(
      (kind("fifty.yml") as { constraints: { enum: string[] } }).constraints.enum,
    ).toHaveLength(50);
    expect(kind("more.yml")).toEqual({
      name: "kind",
      type: "string",
      constraints: { required: true },
    });
  });

  it("widens a column whose later cells its first rows' type does not take, and says so", async () => {
    const { dir, write } = tempDir();
    const rows = Array.from({ length: 10_005 }, (_, i) => `${i % 7},${i % 5},true`);
    // Past the 10,000 rows that types are read from: a fraction, a word, and a third value.
    rows.push("2.5,N/A,maybe", "3.5,4,false");
    write("late.csv", `whole,count,flag\n${rows.join("\n")}\n`);
    const run = await infer(dir, "--data", "late.csv", "--output", "contract.yml");
    expect(run.code).toBe(0);
    expect(run.stderr.split("\n")).toEqual([
      "warning: column 'whole' reads as integer in its first rows, but 2 later cells are not (the first, late.csv:10007: \"2.5\"), so it is written as number. Where such a cell means no value, infer again with it in --missing-values (pandas for NA and its kin), or add it to missingValues and give the column its type back",
      "warning: column 'count' reads as integer in its first rows, but 1 later cell is not (the first, late.csv:10007: \"N/A\"), so it is written as string. Where such a cell means no value, infer again with it in --missing-values (pandas for NA and its kin), or add it to missingValues and give the column its type back",
      "warning: column 'flag' reads as boolean in its first rows, but 1 later cell is not (the first, late.csv:10007: \"maybe\"), so it is written as string. Where such a cell means no value, infer again with it in --missing-values (pandas for NA and its kin), or add it to missingValues and give the column its type back",
      "",
    ]);
    // Still required: the cells that did not fit are values. No enum: they were not counted.
    expect(contractIn(dir).fields).toEqual([
      { name: "whole", type: "number", constraints: { required: true } },
      { name: "count", type: "string", constraints: { required: true } },
      { name: "flag", type: "string", constraints: { required: true } },
    ]);
    expect((await validateIn(dir, "late.csv", "contract.yml")).outputs.valid).toBe("true");
  });

  it("types a column empty in the rows types are read from by its first values, and marks a column with none", async () => {
    const { dir, write } = tempDir();
    // Lag features as pandas writes them: empty for the first rows, then values (whole numbers
    // as floats, for a float64 column with gaps).
    const rows = Array.from({ length: 10_010 }, (_, i) => {
      if (i < 10_003) return `${i},,,,`;
      return [i, `${i % 9}.0`, i % 4, `2024-05-${10 + (i % 9)}`, ""].join(",");
    });
    write("lagged.csv", `id,units_lag_364,count_lag,day_lag,unknown\n${rows.join("\n")}\n`);
    const run = await infer(dir, "--data", "lagged.csv", "--output", "contract.yml");
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      "warning: column 'unknown' has no value in the data's 10,010 rows, so it has no type to read: it is written as string, which takes any value; declare the type its values will have (integer, number, boolean, date, datetime or string), or leave the column out of the data\n",
    );
    expect(contractIn(dir).fields).toEqual([
      { name: "id", type: "integer", constraints: { required: true } },
      { name: "units_lag_364", type: "number" },
      { name: "count_lag", type: "integer" },
      { name: "day_lag", type: "date", format: "any" },
      {
        name: "unknown",
        type: "string",
        description:
          "No value in the data this contract was inferred from: declare the type its values will have.",
      },
    ]);
    expect((await validateIn(dir, "lagged.csv", "contract.yml")).outputs.valid).toBe("true");
  });

  it("types a column whose first value comes after the rows of long text types are read from", async () => {
    const { dir, write } = tempDir();
    // 2,000 rows of 10 KB: types are read from the first 16 MiB, some 1,640 rows, not 10,000.
    const note = "x".repeat(10_000);
    const rows = Array.from({ length: 2_000 }, (_, i) => `${i},${note},${i < 1_800 ? "" : i % 7}`);
    write("long.csv", `id,note,lag\n${rows.join("\n")}\n`);
    const run = await infer(dir, "--data", "long.csv", "--output", "contract.yml");
    expect(run.code).toBe(0);
    expect(contractIn(dir).fields).toContainEqual({ name: "lag", type: "integer" });
  });

  it("reads such a column again alone, the other columns keeping what the first read found", async () => {
    const { dir, write } = tempDir();
    const rows = Array.from({ length: 10_010 }, (_, i) => {
      const score = i === 10_005 ? "abc" : i % 50;
      return i < 10_003 ? `${i},,${score}` : `${i},${i % 9},${score}`;
    });
    write("lagged.csv", `id,lag,score\n${rows.join("\n")}\n`);
    const run = await infer(dir, "--data", "lagged.csv", "--output", "contract.yml");
    expect(run.stderr).toContain(
      "column 'score' reads as integer in its first rows, but 1 later cell is not (the first, lagged.csv:10007: \"abc\"), so it is written as string.",
    );
    expect(contractIn(dir).fields).toEqual([
      { name: "id", type: "integer", constraints: { required: true } },
      { name: "lag", type: "integer" },
      { name: "score", type: "string", constraints: { required: true } },
    ]);
  });

  it("types such a column from its first 10,000 values, in the data's order, widening it for a later cell", async () => {
    const { dir, write } = tempDir();
    const lines = Array.from({ length: 20_010 }, (_, i) => {
      const lag = i < 10_003 ? null : i === 20_008 ? 2.5 : i % 9;
      return JSON.stringify({ id: i, lag, flag: i < 10_003 ? null : i % 2 === 0 });
    });
    write("lagged.jsonl", `${lines.join("\n")}\n`);
    const run = await infer(dir, "--data", "lagged.jsonl", "--output", "contract.yml");
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      "warning: column 'lag' reads as integer in its first rows, but 1 later cell is not (the first, lagged.jsonl:20009: \"2.5\"), so it is written as number.",
    );
    expect(contractIn(dir).fields).toEqual([
      { name: "id", type: "integer", constraints: { required: true } },
      { name: "lag", type: "number" },
      { name: "flag", type: "boolean" },
    ]);
  });

  it("writes a float column with inf and NaN cells, as pandas writes it, as a number, not as strings", async () => {
    const { dir, write } = tempDir();
    const cells = Array.from({ length: 200 }, (_, i) => (i * 0.37 - 20).toFixed(3));
    cells.splice(40, 0, "inf", "INF", "-inf", "NaN", "nan");
    write("floats.csv", `x\n${cells.join("\n")}\n`);
    const run = await infer(dir, "--data", "floats.csv", "--output", "contract.yml");
    expect(run).toMatchObject({ code: 0, stderr: "" });
    // NaN is no value, so the column is not required; the infinities are values, in no enum.
    expect(contractIn(dir).fields).toEqual([{ name: "x", type: "number" }]);
    expect((await validateIn(dir, "floats.csv", "contract.yml")).outputs.valid).toBe("true");
  });

  it("names the file of a glob that holds the first cell that widened a column", async () => {
    const { dir, write } = tempDir();
    write("data/a.csv", "id,score\n1,10\n2,20\n");
    write("data/b.csv", "id,score\n3,30\n4,abc\n5,def\n");
    const run = await infer(dir, "--data", "data/*.csv");
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      "warning: column 'score' reads as integer in its first rows, but 2 later cells are not (the first, data/b.csv:3: \"abc\"), so it is written as string. Where such a cell means no value, infer again with it in --missing-values (pandas for NA and its kin), or add it to missingValues and give the column its type back\n",
    );
    expect(run.stdout).toContain('# from "data/*.csv" (5 rows).');
  });

  it("names a Parquet row by its row in its own file, as validate-data names it", async () => {
    const { dir } = tempDir();
    // Daily files of three rows: the second day's units are strings, "n/a" in its row 1.
    const sales = fileURLToPath(new URL("../fixtures/parquet/pandas/sales", import.meta.url));
    cpSync(sales, join(dir, "sales"), { recursive: true });
    const run = await infer(dir, "--data", "sales/*.parquet", "--output", "contract.yml");
    expect(run.stderr).toContain('(the first, sales/2024-12-24.parquet row 1: "n/a")');
    writeFileSync(
      join(dir, "units.yml"),
      "fields:\n  - name: store_id\n  - {name: units, type: integer}\n",
    );
    const validated = await validateIn(dir, "sales/*.parquet", "units.yml");
    expect(validated.stderr).toContain('error: sales/2024-12-24.parquet: row 1: "n/a"');
  });

  it("says 1 row, not 1 rows, in the header of a contract from one row", async () => {
    const { dir, write } = tempDir();
    write("one.csv", "id,at\n1,2024-01-01T00:00:00Z\n");
    const run = await infer(dir, "--data", "one.csv", "--output", "contract.yml");
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, "contract.yml"), "utf8")).toContain(
      '# from "one.csv" (1 row). It is a starting point: review it before relying on it.\n',
    );
    expect(contractIn(dir).fields).toEqual([
      { name: "id", type: "integer", constraints: { required: true } },
      { name: "at", type: "datetime", format: "any", constraints: { required: true } },
    ]);
  });

  it("writes names and values quoted, so that each is read back as the text it is", async () => {
    const { dir, write } = tempDir();
    const names = ["__proto__", "a: b", `q"uote'`, "line\nbreak", "##[x", "\u202eevil", "- x"];
    const values = ["01234", "yes", "null", "~", "a,b", "#c", "&a"];
    const csv = (cells: string[]) =>
      cells.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell));
    write("odd.csv", `${csv(names).join(",")}\n${csv(values).join(",")}\n`);
    const run = await infer(dir, "--data", "odd.csv");
    expect(run.code).toBe(0);
    // Printed as the file is written: steering characters and a runner's `##[` as escapes.
    expect(run.stdout).not.toMatch(/\u202e|##\[/);
    expect(run.stdout).toContain('  - name: "\\u202eevil"\n');
    writeFileSync(join(dir, "contract.yml"), run.stdout);
    expect(contractIn(dir).fields).toEqual(
      names.map((name, i) => ({
        name,
        type: "string",
        constraints: { required: true, enum: [values[i]] },
      })),
    );
    expect((await validateIn(dir, "odd.csv", "contract.yml")).outputs.valid).toBe("true");
  });
});

describe("mlops contract infer refuses, in one line that says how to fix it", () => {
  it("an output file that exists, unless --force", async () => {
    const { dir, write } = tempDir();
    write("train.csv", "id\n1\n");
    write("contract.yml", "kept\n");
    expect(await infer(dir, "--data", "train.csv", "--output", "contract.yml")).toMatchObject({
      code: 1,
      stderr:
        "mlops contract: contract.yml: exists already, and is not replaced. Give --force to replace it, or name another file with --output\n",
    });
    expect(readFileSync(join(dir, "contract.yml"), "utf8")).toBe("kept\n");
    const forced = await infer(dir, "--data", "train.csv", "--output", "contract.yml", "--force");
    expect(forced.code).toBe(0);
    expect(contractIn(dir).fields).toEqual([
      { name: "id", type: "integer", constraints: { required: true } },
    ]);
  });

  it("data or a profile that is not there, or not usable", async () => {
    const { dir, write } = tempDir();
    write("header.csv", "id,plan\n");
    const refusals: [string[], string][] = [
      [
        ["--data", "missing.csv"],
        "mlops contract: input 'data': missing.csv: no such file. Check the path; a relative path starts from the working directory\n",
      ],
      [
        ["--profile", "missing.json"],
        "mlops contract: input 'profile': file 'missing.json' does not exist. Check the path; a relative path starts from the working directory\n",
      ],
      [
        ["--data", "header.csv"],
        "mlops contract: header.csv: has no rows, so there are no values to read the columns' types from. Infer the contract from data that has rows\n",
      ],
    ];
    for (const [args, stderr] of refusals)
      expect(await infer(dir, ...args)).toMatchObject({ code: 1, stdout: "", stderr });
  });

  it("names a CSV column with an empty header field as pandas does, as the reader names it", async () => {
    const { dir, write } = tempDir();
    write("unnamed.csv", "id,,plan\n1,2,x\n");
    const run = await infer(dir, "--data", "unnamed.csv", "--output", "contract.yml");
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(contractIn(dir).fields).toMatchObject([
      { name: "id" },
      { name: "Unnamed: 1", type: "integer" },
      { name: "plan" },
    ]);
  });

  it("arguments that do not fit the command", async () => {
    const { dir, write } = tempDir();
    write("train.csv", "id\n1\n");
    const usage =
      "infer reads either --data or --profile. Usage: mlops contract infer --data train.csv (or --profile profile.json) [--output contract.yml]";
    const refusals: [string[], string][] = [
      [
        ["contract", "guess"],
        "unknown contract command 'guess'. Commands: infer (mlops contract --help)",
      ],
      [["contract", "infer"], usage],
      [["contract", "infer", "--data", "train.csv", "--profile", "p.json"], usage],
      [
        ["contract", "infer", "--data", "profile.json"],
        "--data 'profile.json' names a .json file, which is no data format but a profile's. Give a profile with --profile profile.json",
      ],
      [
        ["contract", "infer", "--data", "train.csv", "--output", "contract.json"],
        "--output 'contract.json' ends in .json, and validate-data reads a .json contract as strict JSON. Name it .yml or .yaml: the contract is YAML, with a header for its review",
      ],
      [
        ["contract", "infer", "--profile", "p.json", "--missing-values", "NA"],
        "--missing-values goes with --data. A profile records the missing values it was made with, which the contract takes: leave it out, or infer from the data with --missing-values",
      ],
      [
        ["contract", "infer", "--data", "train.csv", "--delimiter", "ab"],
        "input 'delimiter': 'ab' is not a delimiter. Give the one character between fields, such as ; or |, or tab or space",
      ],
    ];
    for (const [args, line] of refusals)
      expect(await mlops(args, dir)).toMatchObject({
        code: 1,
        stderr: `mlops contract: ${line}\n`,
      });
  });

  it("says in its help that it is a command, not an action, and mlops --help lists it", async () => {
    const { dir } = tempDir();
    const help = await mlops(["contract", "--help"], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("A command of this program only, not an action");
    expect(help.stdout).toContain("at most 50");
    const program = await mlops(["--help"], dir);
    expect(program.stdout).toMatch(
      /\n {2}contract +write a starter data contract for validate-data/,
    );
  });
});

import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Profile } from "@mlops/shared";
import { flags } from "../helpers/flags.js";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { driftIn } from "./check-csv.js";
import { written } from "./drift-data.js";

/**
 * A folder with an income written by R (every fifth cell NA) as reference and current data, and
 * drift-check run in it: `profile` writes a profile of a data file, `drift` compares.
 */
function workspace() {
  const { dir, write } = tempDir();
  write("reference.csv", written(400, 0, "NA"));
  write("current.csv", written(400, 0, "NA"));
  const profile = async (data: string, path: string, missingValues?: string) => {
    const run = await mlops(
      [
        "drift-check",
        ...flags({
          mode: "profile",
          current: data,
          "report-path": path,
          ...(missingValues === undefined ? {} : { "missing-values": missingValues }),
        }),
      ],
      dir,
    );
    expect(run.code).toBe(0);
    return JSON.parse(readFileSync(`${dir}/${path}`, "utf8")) as Profile;
  };
  const drift = (values: Record<string, string>) => driftIn(dir, values);
  return { dir, write, profile, drift };
}

describe("a profile records the missing values its data was read with", () => {
  it("in profile mode: the empty cell by default, else the missing-values input's", async () => {
    const { profile } = workspace();
    expect((await profile("current.csv", "plain.json")).missingValues).toBeUndefined();
    expect((await profile("current.csv", "na.json", "NA")).missingValues).toEqual(["", "NA"]);
  });
});

describe("drift-check reads data against a profile with the profile's missing values", () => {
  it("reads the current data with them when missing-values is not given, and says so", async () => {
    const { profile, drift } = workspace();
    await profile("reference.csv", "reference.json", "NA");
    const run = await drift({ reference: "reference.json", current: "current.csv" });
    expect(run.stderr).not.toContain("mlops drift-check:");
    expect(run.code).toBe(0);
    const income = run.report!.columns.find((c) => c.name === "income")!;
    // NA read as missing on both sides: numbers with gaps, not a category.
    expect(income).toMatchObject({ missing_reference: 80, missing_current: 80 });
    expect(income.method).toBe("ks");
    expect(run.report!.settings.missing_values).toEqual(["", "NA"]);
  });

  it("refuses missing-values other than the profile's, naming both, before reading the current data; takes the same set in any order", async () => {
    const { write, profile, drift } = workspace();
    await profile("reference.csv", "reference.json", "NA, n/a");
    // Current data that cannot be read: a refusal of the input means it never was.
    write("current.csv", "income,plan\n1,basic\n2\n");
    const run = await drift({
      reference: "reference.json",
      current: "current.csv",
      "missing-values": "-999",
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'mlops drift-check: input \'missing-values\': gives ["", "-999"], and reference.json was made with ["", "NA", "n/a"]. Give the missing-values the profile was made with (or leave it out to read with them), or make the profile again with these\n',
    );
    expect(run.report).toBeUndefined();
    write("current.csv", written(400, 0, "NA"));
    const same = await drift({
      reference: "reference.json",
      current: "current.csv",
      "missing-values": "n/a, NA",
    });
    expect(same.code).toBe(0);
    expect(same.report!.settings.missing_values).toEqual(["", "n/a", "NA"]);
  });

  it("takes a profile that does not record them as made with the empty cell alone", async () => {
    const { dir, profile, drift } = workspace();
    const made = await profile("reference.csv", "reference.json");
    delete made.missingValues;
    writeFileSync(`${dir}/reference.json`, JSON.stringify(made));
    const run = await drift({ reference: "reference.json", current: "current.csv" });
    expect(run.code).toBe(0);
    expect(run.report!.settings.missing_values).toEqual([""]);
    expect(run.report!.columns.find((c) => c.name === "income")!.method).toBe("chi2");
    const pandas = await drift({
      reference: "reference.json",
      current: "current.csv",
      "missing-values": "pandas",
    });
    expect(pandas.code).toBe(1);
    expect(pandas.stderr).toContain(
      'and reference.json was made with [""]. Give the missing-values',
    );
  });
});

describe("a profile's missing values, from whoever made the file", () => {
  it("are refused past 100, at their line, before any data is read with them", async () => {
    const { dir, profile, drift } = workspace();
    const made = await profile("reference.csv", "reference.json");
    const many = Array.from({ length: 101 }, (_, i) => `a${i}`);
    writeFileSync(
      `${dir}/reference.json`,
      JSON.stringify({ ...made, missingValues: many }, null, 1),
    );
    const run = await drift({ reference: "reference.json", current: "current.csv" });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^mlops drift-check: reference\.json:\d+: records 101 missing values, more than the 100 a profile may hold\. Make the profile again with fewer missing values\n$/,
    );
    expect(run.report).toBeUndefined();
  });
});

describe("a profile that read the empty cell as a value", () => {
  it("is compared with missing-values left out, which a given one cannot match: the refusal says so", async () => {
    const { dir, profile, drift } = workspace();
    const made = await profile("reference.csv", "reference.json", "NA");
    // As validate-data writes it for a contract with missingValues: [NA].
    writeFileSync(`${dir}/reference.json`, JSON.stringify({ ...made, missingValues: ["NA"] }));
    const run = await drift({ reference: "reference.json", current: "current.csv" });
    expect(run.code).toBe(0);
    expect(run.report!.settings.missing_values).toEqual(["NA"]);
    const given = await drift({
      reference: "reference.json",
      current: "current.csv",
      "missing-values": "NA",
    });
    expect(given.stderr).toBe(
      'mlops drift-check: input \'missing-values\': gives ["", "NA"], and reference.json was made with ["NA"]. Leave missing-values out to read with the profile\'s (the input always adds the empty cell, which the profile read as a value), or make the profile again with these\n',
    );
  });
});

describe("drift-check compares profiles only when they were made with the same missing values", () => {
  it("refuses a reference profile and current profiles made with different ones, naming the files", async () => {
    const { profile, drift } = workspace();
    await profile("reference.csv", "reference.json");
    await profile("current.csv", "profiles/0.json", "NA");
    const run = await drift({
      mode: "compare",
      reference: "reference.json",
      current: "profiles/*.json",
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'mlops drift-check: reference.json was made with missing values [""] and profiles/*.json with ["", "NA"], so their counts are of data read differently. Make both profiles with the same missing values (drift-check\'s missing-values, a data contract\'s missingValues)\n',
    );
    expect(run.report).toBeUndefined();
  });

  it("refuses to merge shards made with different ones, naming the two", async () => {
    const { profile, drift } = workspace();
    await profile("current.csv", "profiles/0.json", "NA");
    await profile("current.csv", "profiles/1.json", "NA");
    await profile("current.csv", "profiles/2.json");
    const run = await drift({
      mode: "compare",
      reference: "reference.csv",
      current: "profiles/*.json",
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'mlops drift-check: profiles/0.json was made with missing values ["", "NA"] and profiles/2.json with [""], so their counts are of data read differently. Make both profiles with the same missing values (drift-check\'s missing-values, a data contract\'s missingValues)\n',
    );
  });

  it("reads reference data with the shards' missing values when missing-values is not given", async () => {
    const { profile, drift } = workspace();
    await profile("current.csv", "profiles/0.json", "NA");
    await profile("current.csv", "profiles/1.json", "NA");
    const run = await drift({
      mode: "compare",
      reference: "reference.csv",
      current: "profiles/*.json",
    });
    expect(run.code).toBe(0);
    expect(run.report!.settings.missing_values).toEqual(["", "NA"]);
    const income = run.report!.columns.find((c) => c.name === "income")!;
    expect(income).toMatchObject({ method: "ks", missing_reference: 80, missing_current: 160 });
    const other = await drift({
      mode: "compare",
      reference: "reference.csv",
      current: "profiles/*.json",
      "missing-values": "pandas",
    });
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('and profiles/*.json was made with ["", "NA"]');
  });
});

describe("validate-data's profile as drift-check's reference", () => {
  it("records the contract's missingValues, which drift-check then reads the current data with", async () => {
    const { write, drift, dir } = workspace();
    write(
      "contract.yml",
      'missingValues: ["", "NA"]\nfields:\n  - name: income\n    type: integer\n  - name: plan\n',
    );
    const validated = await mlops(
      [
        "validate-data",
        ...flags({
          data: "reference.csv",
          schema: "contract.yml",
          "profile-path": "reference.json",
        }),
      ],
      dir,
    );
    expect(validated.code).toBe(0);
    const profile = JSON.parse(readFileSync(`${dir}/reference.json`, "utf8")) as Profile;
    expect(profile.missingValues).toEqual(["", "NA"]);
    const run = await drift({ reference: "reference.json", current: "current.csv" });
    expect(run.code).toBe(0);
    expect(run.report!.settings.missing_values).toEqual(["", "NA"]);
    expect(run.report!.columns.find((c) => c.name === "income")).toMatchObject({
      method: "ks",
      missing_current: 80,
    });
  });
});

/** Rows of an income and a plan, each with `-` for no value: every fifth income, every fourth plan. */
const dashed = (rows: number) =>
  Array.from({ length: rows }, (_, i) => ({
    income: i % 5 === 0 ? "-" : 40_000 + ((i * 7919) % 20_000),
    plan: i % 4 === 1 ? "-" : ["basic", "pro"][i % 2]!,
  }));
const dashedCsv = (rows: number) =>
  ["income,plan", ...dashed(rows).map((row) => `${row.income},${row.plan}`)].join("\n") + "\n";
const dashedJsonl = (rows: number) =>
  dashed(rows)
    .map((row) => JSON.stringify(row))
    .join("\n") + "\n";

/** A contract whose fields read `-` as missing, each its own: the table's stay the empty cell. */
const DASH_CONTRACT =
  'fields:\n  - name: income\n    type: integer\n    missingValues: ["-"]\n  - name: plan\n    missingValues: ["-"]\n';

/** A workspace whose reference.json is validate-data's profile of `data` under DASH_CONTRACT. */
async function dashWorkspace(data = "reference.csv", profilePath = "reference.json") {
  const space = workspace();
  space.write("reference.csv", dashedCsv(400));
  space.write("current.csv", dashedCsv(400));
  space.write("current.jsonl", dashedJsonl(400));
  space.write("contract.yml", DASH_CONTRACT);
  const validated = await mlops(
    ["validate-data", ...flags({ data, schema: "contract.yml", "profile-path": profilePath })],
    space.dir,
  );
  expect(validated.code).toBe(0);
  return space;
}

describe("a field's own missing values, recorded with its column by validate-data", () => {
  it.each(["current.csv", "current.jsonl"])(
    "are those drift-check reads the column of %s with: `-` is missing, not a category",
    async (current) => {
      const { dir, drift } = await dashWorkspace();
      const profile = JSON.parse(readFileSync(`${dir}/reference.json`, "utf8")) as Profile;
      expect(profile.missingValues).toBeUndefined();
      expect(profile.columns.map((c) => c.missingValues)).toEqual([["-"], ["-"]]);
      const run = await drift({ reference: "reference.json", current });
      expect(run.stderr).not.toContain("mlops drift-check:");
      expect(run.code).toBe(0);
      // The table's missing values stay the empty cell alone; the report names the columns'.
      expect(run.report!.settings.missing_values).toEqual([""]);
      expect(run.report!.settings.column_missing_values).toEqual([
        { column: "income", values: ["-"] },
        { column: "plan", values: ["-"] },
      ]);
      const income = run.report!.columns.find((c) => c.name === "income")!;
      expect(income).toMatchObject({ method: "ks", missing_reference: 80, missing_current: 80 });
      const plan = run.report!.columns.find((c) => c.name === "plan")!;
      expect(plan).toMatchObject({ missing_reference: 100, missing_current: 100, drifted: false });
      expect(plan.tests.chi2!.new_categories).toEqual([]);
      expect(plan.distribution).toMatchObject({ kind: "categories", labels: ["basic", "pro"] });
    },
  );

  it("are those reference data is read with against shards that record them", async () => {
    const { dir, drift } = await dashWorkspace("current.csv", "profiles/0.json");
    await mlops(
      [
        "validate-data",
        ...flags({
          data: "current.csv",
          schema: "contract.yml",
          "profile-path": "profiles/1.json",
        }),
      ],
      dir,
    );
    const run = await drift({
      mode: "compare",
      reference: "reference.csv",
      current: "profiles/*.json",
    });
    expect(run.code).toBe(0);
    expect(run.report!.columns.find((c) => c.name === "income")).toMatchObject({
      method: "ks",
      missing_reference: 80,
      missing_current: 160,
    });
  });

  it("say, for a cell its column cannot take, that the profile is made again to read it as missing", async () => {
    const { write, drift } = await dashWorkspace();
    // Past the rows its types are inferred from, so that income reads as integers.
    write("current.csv", `${dashedCsv(12_000)}NA,pro\n`);
    const run = await drift({ reference: "reference.json", current: "current.csv" });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^mlops drift-check: current\.csv:12002: .*"NA".*\. Fix the value, or make the profile compared again with it among its missing values \(drift-check's missing-values, a data contract's missingValues\): data compared with a profile is read as the profile was made; a profile made with a data contract's spellings \(trueValues, a date format, decimalChar\) reads the data with that contract as schema\n$/,
    );
  });

  it("must be the same in a reference profile and the current profiles: else one line names the column and both", async () => {
    const { profile, drift } = await dashWorkspace();
    await profile("current.csv", "profiles/0.json");
    const run = await drift({
      mode: "compare",
      reference: "reference.json",
      current: "profiles/*.json",
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'mlops drift-check: column \'income\' of reference.json was made with missing values ["-"] and of profiles/*.json with [""], so its counts are of data read differently. Make both profiles alike: with validate-data and the same data contract (its profile-path), or both with drift-check\'s profile mode, which reads every column with its missing-values\n',
    );
    expect(run.report).toBeUndefined();
  });
});

describe("a column of numbers that R's NA made text", () => {
  const note =
    "its values are numbers but for 'NA', so it is read as text: where that means no value, read both sides with missing-values pandas to compare it as numbers";

  it("is compared as text with a note naming the missing values that read it as numbers", async () => {
    const { drift, write } = workspace();
    // Its values move by 5,000: as text, each is a new category.
    write("current.csv", written(400, 5_000, "NA"));
    const run = await drift({ reference: "reference.csv", current: "current.csv" });
    expect(run.column("income")).toMatchObject({ type: "text", kind: "categorical" });
    expect(run.column("income").note).toContain(note);
    // Warned of too: an annotation reaches whom a passing verdict's table may not.
    expect(run.stderr).toContain(`warning: column 'income': ${note}\n`);
    // The plan, text and no number, has no such note.
    expect(run.column("plan").note ?? "").not.toContain("numbers but for");
    // Read as the note says, the column is numbers with gaps, and drifts.
    const read = await drift({
      reference: "reference.csv",
      current: "current.csv",
      "missing-values": "pandas",
    });
    expect(read.column("income")).toMatchObject({ method: "ks", drifted: true });
    expect(read.column("income").note ?? "").not.toContain("numbers but for");
  });

  it("with a data contract, is noted with the contract's fix where undeclared, and not where declared", async () => {
    const { drift, write } = workspace();
    write("plan.yml", "fields:\n  - name: plan\n    type: string\n");
    const undeclared = await drift({
      reference: "reference.csv",
      current: "current.csv",
      schema: "plan.yml",
    });
    expect(undeclared.column("income").note).toContain(
      "its values are numbers but for 'NA', so it is read as text: where that means no value, add it to the data contract's missingValues to compare it as numbers",
    );
    write("income.yml", "fields:\n  - name: income\n    type: string\n");
    const declared = await drift({
      reference: "reference.csv",
      current: "current.csv",
      schema: "income.yml",
    });
    expect(declared.column("income").note ?? "").not.toContain("numbers but for");
  });

  it("is noted from a reference profile's kept values too", async () => {
    const { profile, drift } = workspace();
    await profile("reference.csv", "reference.json");
    const run = await drift({ reference: "reference.json", current: "current.csv" });
    expect(run.code).toBe(0);
    expect(run.column("income").note).toContain(note);
  });
});

import { describe, expect, it } from "vitest";
import { flags } from "../helpers/flags.js";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { driftIn } from "./check-csv.js";

/** An age and a plan per row; the current's eleventh row's age is "unknown" (file line 12). */
const people = (rows: number, junkAt?: number) =>
  [
    "age,plan",
    ...Array.from({ length: rows }, (_, i) =>
      i === junkAt ? "unknown,pro" : `${20 + ((i * 7) % 50)},${["basic", "pro"][i % 2]}`,
    ),
  ].join("\n") + "\n";

/**
 * A folder with train.csv as reference data, and drift-check run in it: `profile` writes the
 * profile of a data file, `drift` compares and returns the report, where one was written.
 */
function workspace() {
  const { dir, write } = tempDir();
  write("train.csv", people(200));
  const profile = async (data: string, path: string) => {
    const run = await mlops(
      ["drift-check", ...flags({ mode: "profile", current: data, "report-path": path })],
      dir,
    );
    expect(run.code).toBe(0);
  };
  const drift = (values: Record<string, string>) => driftIn(dir, values);
  return { dir, write, profile, drift };
}

describe("drift-check reads current data against a reference profile as against its data", () => {
  it("stops at a junk cell of a numeric column, naming its file and line, with either reference", async () => {
    const { write, profile, drift } = workspace();
    write("d.csv", people(200, 10));
    await profile("train.csv", "train.profile.json");
    const fromData = await drift({ reference: "train.csv", current: "d.csv" });
    const fromProfile = await drift({ reference: "train.profile.json", current: "d.csv" });
    expect(fromData.stderr).toMatch(/^mlops drift-check: d\.csv:12: column 'age' /);
    // The profile's types read the cell as the data's did: the same problem at the same line,
    // with the fix that fits a profile (a value is made missing by making the profile again).
    expect(fromProfile.code).toBe(1);
    expect(fromProfile.stderr).toBe(
      `mlops drift-check: d.csv:12: column 'age' (numeric): "unknown" is not a number. Fix the value, or make the profile compared again with it among its missing values (drift-check's missing-values, a data contract's missingValues): data compared with a profile is read as the profile was made; a profile made with a data contract's spellings (trueValues, a date format, decimalChar) reads the data with that contract as schema\n`,
    );
    expect(fromProfile.report).toBeUndefined();
  });

  it("compares a column the profile holds as categories as categories, whatever the current's first rows look like", async () => {
    const { write, profile, drift } = workspace();
    // Codes that read as text in the reference (one is lettered), and as numbers in the current.
    write("codes.csv", "code\n" + ["10", "20", "A30", "10"].join("\n") + "\n");
    write("current.csv", "code\n" + ["10", "20", "20", "10"].join("\n") + "\n");
    await profile("codes.csv", "codes.json");
    const run = await drift({ reference: "codes.json", current: "current.csv" });
    expect(run.stderr).not.toContain("mlops drift-check:");
    expect(run.code).toBe(0);
    const code = run.report!.columns.find((c) => c.name === "code")!;
    expect(code.distribution).toMatchObject({ kind: "categories" });
  });
});

describe("two profiles made apart in compare mode", () => {
  it("are refused where one read a column as numbers and the other as text, saying how to make them alike", async () => {
    const { write, profile, drift } = workspace();
    // Junk among the first rows makes the current's ages text when it is profiled on its own.
    write("d.csv", people(200, 10));
    await profile("train.csv", "train.profile.json");
    await profile("d.csv", "d.profile.json");
    const run = await drift({
      mode: "compare",
      reference: "train.profile.json",
      current: "d.profile.json",
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "mlops drift-check: column 'age' is integer in the reference profile and categorical in the current one, and numbers do not compare with text. Make the profiles again with the column read as one type: with the same data contract declaring it (drift-check's schema input, validate-data's profile-path), or with the values fixed that made one side's first rows read it as the other. A profile made before Parquet string columns of ISO 8601 dates were read as dates has such a column as text: make it again, or declare the field type: string\n",
    );
  });
});

describe("a JSON document given as the reference profile that is not one", () => {
  it("is named for what it is, with how to make a profile", async () => {
    const { write, drift } = workspace();
    write("d.csv", people(20));
    write("pred-report.json", '{\n  "schema": "mlops.eval-report/v1",\n  "metrics": {}\n}\n');
    write("other.json", '{"a": 1}\n');
    const report = await drift({ reference: "pred-report.json", current: "d.csv" });
    expect(report.code).toBe(1);
    expect(report.stderr).toBe(
      'mlops drift-check: pred-report.json:2: has schema "mlops.eval-report/v1", not a mlops.profile/v1 profile. Give a profile: the JSON file that validate-data\'s profile-path, or drift-check --mode profile, writes from the data\n',
    );
    const other = await drift({ reference: "other.json", current: "d.csv" });
    expect(other.stderr).toBe(
      "mlops drift-check: other.json: has no schema field, not a mlops.profile/v1 profile. Give a profile: the JSON file that validate-data's profile-path, or drift-check --mode profile, writes from the data\n",
    );
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Profile } from "@mlops/shared";
import { repoRoot } from "../helpers/examples.js";
import { validate } from "./validate.js";

const csv = (header: string, rows: readonly string[]) => `${header}\n${rows.join("\n")}\n`;
/** Ages 20 to 69, four of each, shifted by `shift` years. */
const ages = (shift: number) => Array.from({ length: 200 }, (_, i) => 20 + shift + (i % 50));
/** The training data: ages and a tenure in months, both integers. */
const training = csv(
  "age,tenure",
  ages(0).map((age, i) => `${age},${i % 24}`),
);
/**
 * The serving data: every age 3 years older, and a row of junk on line 2, among the first rows
 * that type inference reads: "unknown" for the age, a fraction of a month for the tenure.
 */
const serving = csv("age,tenure", ["unknown,2.5", ...ages(3).map((age, i) => `${age},${i % 24}`)]);
/** The contract lists age without a type, and does not declare tenure at all. */
const untyped = "fields:\n  - name: age\nfieldsMatch: superset\n";

/** The profile a validate-data run wrote to `profile-path`. */
const profileOf = (dir: string) => JSON.parse(readFileSync(`${dir}/p.json`, "utf8")) as Profile;
const columnType = (profile: Profile, name: string) =>
  profile.columns.find((column) => column.name === name)!.type;

/** The training data's profile, as validate-data writes it with the same contract. */
async function trainingProfile(): Promise<string> {
  const made = await validate(
    { "train.csv": training, "c.yml": untyped },
    { data: "train.csv", schema: "c.yml", "profile-path": "ref.json" },
  );
  return readFileSync(`${made.dir}/ref.json`, "utf8");
}

describe("fields the contract leaves untyped, read with the reference's types", () => {
  it.each([
    ["a profile", "ref.json"],
    ["data, profiled here", "train.csv"],
  ])(
    "fail a junk cell in the first rows at its line and measure skew on the numbers, the reference being %s",
    async (_, reference) => {
      const run = await validate(
        {
          "d.csv": serving,
          "c.yml": untyped,
          "ref.json": await trainingProfile(),
          "train.csv": training,
        },
        {
          data: "d.csv",
          schema: "c.yml",
          reference,
          "profile-path": "p.json",
          "fail-step": "false",
        },
      );
      const note = `the contract gives the column no type, so it is read with the reference's (${reference} has it as integer): fix the value, or declare the field's type in the contract (string takes any value)`;
      expect(run.check("age.type")).toMatchObject({
        status: "fail",
        evaluated: 201,
        failed: 1,
        expected: "a number",
        examples: [expect.objectContaining({ line: 2, value: "unknown" })],
        note,
      });
      // A column the contract does not declare is left to inference: no type check fails it.
      expect(run.report.checks.map((check: { id: string }) => check.id)).not.toContain(
        "tenure.type",
      );
      // Every age moved by 3 years: W1 = 3, normed by the reference's population standard
      // deviation, that of 50 consecutive integers, sqrt((50^2 - 1) / 12).
      const skew = run.check("age.skew");
      expect(skew).toMatchObject({
        status: "fail",
        expected: "< 0.1 (Wasserstein distance / reference std)",
        note: null,
      });
      expect(skew.observed).toBeCloseTo(3 / Math.sqrt((50 ** 2 - 1) / 12), 9);
      // Read as numbers, as the reference's integers are (a whole 57.0 is one of them).
      expect(columnType(profileOf(run.dir), "age")).toBe("numeric");
    },
  );
});

describe("whole numbers written as decimals", () => {
  it("pass an integer reference column whose data writes 57.0, as pandas writes integers with gaps", async () => {
    const written = csv(
      "age",
      ages(0).map((age, i) => (i % 10 === 9 ? "" : `${age}.0`)),
    );
    const run = await validate(
      { "d.csv": written, "train.csv": training, "c.yml": untyped },
      { data: "d.csv", schema: "c.yml", reference: "train.csv" },
    );
    expect(run.code).toBe(0);
    expect(run.check("age.skew").status).toBe("pass");
  });
});

describe("fields the contract types, or that no reference types", () => {
  const typeChecks = (run: Awaited<ReturnType<typeof validate>>) =>
    run.report.checks.filter((check: { check: string }) => check.check === "type");

  it("without a reference, infer an untyped field from the first rows: the junk cell makes it strings", async () => {
    const run = await validate(
      { "d.csv": serving, "c.yml": untyped },
      { data: "d.csv", schema: "c.yml", "profile-path": "p.json" },
    );
    expect(typeChecks(run)).toEqual([]);
    expect(columnType(profileOf(run.dir), "age")).toBe("categorical");
    expect(columnType(profileOf(run.dir), "tenure")).toBe("numeric");
  });

  it("keep the contract's type over the reference's", async () => {
    const run = await validate(
      {
        "d.csv": serving,
        "c.yml": "fields:\n  - name: age\n    type: string\nfieldsMatch: superset\n",
        "ref.json": await trainingProfile(),
      },
      { data: "d.csv", schema: "c.yml", reference: "ref.json", "profile-path": "p.json" },
    );
    expect(typeChecks(run)).toEqual([]);
    expect(columnType(profileOf(run.dir), "age")).toBe("categorical");
    expect(run.check("age.skew").expected).toBe("< 0.1 (L-infinity distance of category shares)");
  });

  it("infer a column the reference has no values in from the data, not as the reference's text", async () => {
    const run = await validate(
      { "d.csv": "age\n30\n41\n", "ref.csv": "age\n\n\n", "c.yml": untyped },
      { data: "d.csv", schema: "c.yml", reference: "ref.csv", "profile-path": "p.json" },
    );
    expect(columnType(profileOf(run.dir), "age")).toBe("integer");
    expect(run.check("age.skew").note).toBe("the reference has no values in this column");
  });

  it("leave a field declared `any` to the data's first rows", async () => {
    const run = await validate(
      {
        "d.csv": serving,
        "c.yml": "fields:\n  - name: age\n    type: any\nfieldsMatch: superset\n",
        "ref.json": await trainingProfile(),
      },
      { data: "d.csv", schema: "c.yml", reference: "ref.json", "profile-path": "p.json" },
    );
    expect(typeChecks(run)).toEqual([]);
    expect(columnType(profileOf(run.dir), "age")).toBe("categorical");
  });

  it("add no column of the reference's to JSON Lines data that lacks it", async () => {
    // The training data has a label that serving data never carries.
    const run = await validate(
      {
        "d.jsonl": '{"age":30}\n{"age":41}\n',
        "ref.csv": "age,label\n30,1\n40,0\n",
        "c.yml": "fields:\n  - name: age\n",
      },
      { data: "d.jsonl", schema: "c.yml", reference: "ref.csv", "profile-path": "p.json" },
    );
    expect(run.check("fields")).toMatchObject({ status: "pass" });
    expect(profileOf(run.dir).columns.map((column) => column.name)).toEqual(["age"]);
  });

  it("keep the types a Parquet file carries", async () => {
    const parquet = readFileSync(`${repoRoot}test/fixtures/parquet/table-snappy.parquet`);
    const names = ["id", "score", "small", "flag", "city", "zip", "when"];
    // A reference of whole numbers only: the file's doubles, strings and times keep their types.
    const reference = csv(
      names.join(","),
      ["1", "2", "3"].map((n) => names.map(() => n).join(",")),
    );
    const run = await validate(
      {
        "d.parquet": parquet,
        "ref.csv": reference,
        "c.yml": `fields:\n${names.map((name) => `  - name: ${name}\n`).join("")}`,
      },
      { data: "d.parquet", schema: "c.yml", reference: "ref.csv", "fail-step": "false" },
    );
    expect(typeChecks(run)).toEqual([]);
  });
});

describe("the error line of a cell that fails the reference's type", () => {
  it("says the type is the reference's and how to declare another, as the report's note does", async () => {
    const run = await validate(
      { "d.csv": serving, "c.yml": untyped, "ref.json": await trainingProfile() },
      { data: "d.csv", schema: "c.yml", reference: "ref.json" },
    );
    expect(run.code).toBe(1);
    // The annotation's line, which the runner shows at line 2 of d.csv.
    expect(run.stderr).toContain(
      `error: d.csv:2: "unknown": expected a number; ${run.check("age.type").note}\n`,
    );
    expect(run.stderr).toContain("(ref.json has it as integer)");
  });

  it("keeps the line one line where the reference's file name holds a line break", async () => {
    const run = await validate(
      { "d.csv": serving, "c.yml": untyped, "ref\n::warning::x.json": await trainingProfile() },
      // Matched by a glob: a line break in the input itself separates two references.
      { data: "d.csv", schema: "c.yml", reference: "ref?::warning::x.json" },
    );
    const line = run.stderr.split("\n").find((l: string) => l.startsWith("error: d.csv:2:"));
    expect(line).toContain("has it as integer");
    expect(run.stderr).not.toMatch(/^::warning::/m);
  });
});

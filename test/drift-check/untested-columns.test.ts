import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Profile } from "@mlops/shared";
import { tempDir } from "../helpers/temp-dir.js";
import { check, driftIn } from "./check-csv.js";

/**
 * `rows` rows of a whole-number quantity and a price; `late` replaces the quantity of the row on
 * line 11,002, past the 10,000 rows that types are inferred from.
 */
function orders(rows: number, late?: string): string {
  const lines = ["qty,price"];
  for (let i = 0; i < rows; i++) {
    const qty = i === 11_000 && late !== undefined ? late : String(1 + ((i * 7) % 10));
    lines.push(`${qty},${(8 + ((i * 13) % 400) / 100).toFixed(2)}`);
  }
  return `${lines.join("\n")}\n`;
}

const REFERENCE = orders(5_000);
const LATE_DECIMAL = orders(12_000, "2.5");

/** drift-check of `reference` against `current`, with a data contract declaring `qty` `type`. */
function declaring(type: string, reference: string, current: string) {
  const { dir, write } = tempDir();
  write("reference.csv", reference);
  write("current.csv", current);
  write("contract.yml", `fields:\n  - name: qty\n    type: ${type}\n`);
  return driftIn(dir, {
    reference: "reference.csv",
    current: "current.csv",
    schema: "contract.yml",
  });
}

const profileOf = (dir: string) =>
  JSON.parse(readFileSync(`${dir}/mlops-out/drift-profile.json`, "utf8")) as Profile;

describe("drift-check never types a column it does not test", () => {
  it("reads current data whose ignored column has a late decimal, as it does with the column tested", async () => {
    const tested = await check(REFERENCE, LATE_DECIMAL);
    expect(tested.code).toBe(0);
    for (const selection of [
      ["--ignore-columns", "qty"],
      ["--columns", "price"],
    ]) {
      const run = await check(REFERENCE, LATE_DECIMAL, selection);
      expect(run.code).toBe(0);
      expect(run.stderr).not.toContain("warning");
      expect(run.report.columns.map((c) => c.name)).toEqual(["price"]);
    }
  });

  it("compares with a reference profile that holds the ignored column as numbers", async () => {
    const { dir, write } = tempDir();
    write("reference.csv", REFERENCE);
    write("current.csv", orders(3_000));
    const profiled = await driftIn(dir, { mode: "profile", current: "reference.csv" });
    expect(profiled.code).toBe(0);
    expect(profileOf(dir).columns.find((c) => c.name === "qty")!.type).toBe("integer");
    // Left out, qty is read as text on the current side: never set against the profile's numbers.
    const run = await driftIn(dir, {
      reference: "mlops-out/drift-profile.json",
      current: "current.csv",
      "ignore-columns": "qty",
    });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain("warning");
    expect(run.report!.columns.map((c) => c.name)).toEqual(["price"]);
  });

  it("nor any value of such a column, on either side", async () => {
    const word = orders(12_000, "lots");
    const run = await check(word, word, ["--ignore-columns", "qty"]);
    expect(run.code).toBe(0);
    expect(run.report.columns.map((c) => c.name)).toEqual(["price"]);
  });
});

describe("a column inferred as integers takes a later decimal, with a warning", () => {
  it("as the reference: compared as numbers, the warning naming the file and the line", async () => {
    const run = await check(LATE_DECIMAL, REFERENCE);
    expect(run.code).toBe(0);
    expect(run.column("qty").type).toBe("numeric");
    expect(run.stderr).toContain(
      "warning: reference.csv:11002: column 'qty' holds whole numbers in the first rows its type was inferred from, and 2.5 here: it is read as numbers (numeric), as pandas reads it. Declare it a number in a data contract given as schema to read it so without this warning\n",
    );
  });

  it("in profile mode: the profile holds it as numeric", async () => {
    const { dir, write } = tempDir();
    write("current.csv", LATE_DECIMAL);
    const run = await driftIn(dir, { mode: "profile", current: "current.csv" });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("warning: current.csv:11002: column 'qty' holds whole numbers");
    const qty = profileOf(dir).columns.find((c) => c.name === "qty")!;
    expect(qty.type).toBe("numeric");
    expect(qty.max).toBe(10);
    expect(qty.count).toBe(12_000);
  });

  it("in a Parquet file after a CSV file's whole numbers: named by its 0-based row, as Parquet rows are", async () => {
    const { dir, write } = tempDir();
    // The Parquet file's score is 0.5 times its id: 0.0, then 0.5 in its row 1.
    copyFileSync(
      new URL("../fixtures/parquet/table-none.parquet", import.meta.url),
      join(dir, "part-2.parquet"),
    );
    write(
      "part-1.csv",
      "id,score,small,flag,city,zip,when\n0,0,0,True,paris,00000,2024-01-01T00:00:00Z\n",
    );
    const run = await driftIn(dir, { mode: "profile", current: "part-*" });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      "warning: part-2.parquet row 1: column 'score' holds whole numbers in the first rows",
    );
  });

  it("a column a data contract declares integer still refuses it", async () => {
    const run = await declaring("integer", LATE_DECIMAL, REFERENCE);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `reference.csv:11002: column 'qty' (integer): "2.5" is not an integer.`,
    );
  });
});

describe("a cell its inferred type cannot take", () => {
  it("is told with the fixes that work: missing-values for no value, else a contract's declared type", async () => {
    const word = orders(12_000, "lots");
    const run = await check(REFERENCE, word);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `mlops drift-check: current.csv:11002: column 'qty' (numeric): "lots" is not a number. Fix the value; if it means no value (such as NA or -), add it to missing-values; else declare the column's type in a data contract given as schema (string takes any value), which reads both sides: the current data is read with the types inferred from the reference's first rows\n`,
    );
    const declared = await declaring("string", REFERENCE, word);
    expect(declared.code).toBe(0);
    expect(declared.column("qty").type).toBe("categorical");
  });
});

describe("a column with an empty name (pandas' and R's index, a spreadsheet's empty columns)", () => {
  /** `rows` rows as pandas' `to_csv` writes them: the index first, under an empty name. */
  const indexed = (from: number, rows: number) =>
    `,x\n${Array.from({ length: rows }, (_, i) => `${from + i},${((i * 37) % 100) / 10}`).join("\n")}\n`;

  it("is named Unnamed: 0, as pandas reads it, which ignore-columns leaves out", async () => {
    const reference = indexed(0, 150);
    const current = indexed(150, 150);
    const tested = await check(reference, current);
    expect(tested.report.dataset.drifted_columns).toEqual(["Unnamed: 0"]);
    const ignored = await check(reference, current, ["--ignore-columns", "Unnamed: 0"]);
    expect(ignored.code).toBe(0);
    expect(ignored.report.columns.map((c) => c.name)).toEqual(["x"]);
    expect(ignored.report.dataset.drifted_columns).toEqual([]);
  });

  it("reads a spreadsheet's trailing empty columns as columns without values", async () => {
    const sheet = "id,x,y,,,\n1,2.5,a,,,\n2,3.5,b,,,\n3,1.5,a,,,\n";
    const run = await check(sheet, sheet);
    expect(run.code).toBe(0);
    expect(run.report.columns.map((c) => c.name)).toEqual([
      "id",
      "x",
      "y",
      "Unnamed: 3",
      "Unnamed: 4",
      "Unnamed: 5",
    ]);
    expect(run.column("Unnamed: 3").n_reference).toBe(0);
  });
});

describe("profile mode profiles the columns selected, as check mode checks them", () => {
  const LABELLED = "id,age,churned\n1,30,0\n2,41,1\n3,35,0\n";

  it("leaves out ignore-columns, and keeps columns' alone", async () => {
    const { dir, write } = tempDir();
    write("current.csv", LABELLED);
    const ignoring = await driftIn(dir, {
      mode: "profile",
      current: "current.csv",
      "ignore-columns": "id, churned",
    });
    expect(ignoring.code).toBe(0);
    expect(profileOf(dir).columns.map((c) => c.name)).toEqual(["age"]);
    const naming = await driftIn(dir, { mode: "profile", current: "current.csv", columns: "id" });
    expect(naming.code).toBe(0);
    const profile = profileOf(dir);
    expect(profile.columns.map((c) => c.name)).toEqual(["id"]);
    expect(profile.rowCount).toBe(3);
  });

  it("refuses a name the data lacks, as check mode does", async () => {
    const { dir, write } = tempDir();
    write("current.csv", LABELLED);
    for (const input of ["columns", "ignore-columns"]) {
      const run = await driftIn(dir, { mode: "profile", current: "current.csv", [input]: "label" });
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `mlops drift-check: input '${input}': current.csv has no column 'label'. Its columns: id, age, churned\n`,
      );
    }
  });
});

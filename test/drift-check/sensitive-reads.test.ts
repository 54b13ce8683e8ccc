import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Profile } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { driftIn } from "./check-csv.js";

/** `rows` rows of a card number (each its own) and an amount, the cards from `from` on. */
function payments(rows: number, from: number, header = "card,amount"): string {
  const lines = [header];
  for (let i = 0; i < rows; i++) lines.push(`${from + 7 * i},${(10 + ((i * 37) % 90)).toFixed(2)}`);
  return `${lines.join("\n")}\n`;
}

const CONTRACT =
  "fields:\n  - name: card\n    type: integer\n    x-mlops: { sensitive: true }\n  - name: amount\n    type: number\n";

/** The card numbers of `payments` from 4,100,000: none may be shown. */
const CARD = /41\d{5}(?!\d)/;

/** CSV data without its header row: its first row would name the columns. */
const withoutHeader = (text: string) => text.split("\n").slice(1).join("\n");

/** The refusal of a current file without a header row (`withoutHeader`). */
const HEADERLESS =
  "current.csv: the header names none of the data contract's fields, and is not shown (withheld: sensitive): in a file without a header row it is a row of data. Give the file a header row naming the contract's fields, or check that the data is the contract's\n";

/** A folder holding `files` and the contract. */
function folder(files: Record<string, string>): string {
  const { dir, write } = tempDir();
  write("contract.yml", CONTRACT);
  for (const [name, text] of Object.entries(files)) write(name, text);
  return dir;
}

describe("drift-check reading data with a contract's sensitive fields", () => {
  it("refuses a current file whose header names none of the contract's fields, without it", async () => {
    const current = withoutHeader(payments(50, 4_100_000));
    const dir = folder({ "reference.csv": payments(80, 4_000_000), "current.csv": current });
    const checked = await driftIn(dir, {
      reference: "reference.csv",
      current: "current.csv",
      schema: "contract.yml",
    });
    expect(checked.code).toBe(1);
    expect(checked.stderr).toBe(`mlops drift-check: ${HEADERLESS}`);
    const profiled = await driftIn(dir, {
      mode: "profile",
      current: "current.csv",
      schema: "contract.yml",
      "report-path": "p.json",
    });
    expect(profiled.code).toBe(1);
    expect(profiled.stderr).toBe(`mlops drift-check: ${HEADERLESS}`);
    expect(existsSync(join(dir, "p.json"))).toBe(false);
  });

  it("refuses it before a name in ignore-columns that neither side has is refused, which would list its columns", async () => {
    const current = withoutHeader(payments(50, 4_100_000));
    const dir = folder({ "reference.csv": payments(80, 4_000_000), "current.csv": current });
    const run = await driftIn(dir, {
      reference: "reference.csv",
      current: "current.csv",
      schema: "contract.yml",
      "ignore-columns": "note",
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`mlops drift-check: ${HEADERLESS}`);
  });

  it("names a later file's differing header without quoting it", async () => {
    const dir = folder({
      "reference.csv": payments(80, 4_000_000),
      "current/a.csv": payments(20, 4_100_000),
      "current/b.csv": withoutHeader(payments(20, 4_100_500)),
    });
    const run = await driftIn(dir, {
      reference: "reference.csv",
      current: "current/*.csv",
      schema: "contract.yml",
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "current/b.csv:1: the header differs from the first file's (card, amount), and is not shown (withheld: sensitive): in a file without a header row it is a row of data",
    );
    expect(run.stderr).not.toMatch(CARD);
  });

  it("profiles the columns the contract does not declare without values where a sensitive field is absent", async () => {
    const dir = folder({ "current.csv": payments(50, 4_100_000, "Card,amount") });
    const run = await driftIn(dir, {
      mode: "profile",
      current: "current.csv",
      schema: "contract.yml",
      "report-path": "p.json",
    });
    expect(run.code).toBe(0);
    const text = readFileSync(join(dir, "p.json"), "utf8");
    const profile = JSON.parse(text) as Profile;
    // `Card` may be the card under another name; `amount` is declared, and kept.
    expect(profile.columns.map((c) => [c.name, c.sensitive ?? false, c.sketch === null])).toEqual([
      ["Card", true, true],
      ["amount", false, false],
    ]);
    expect(text).not.toMatch(CARD);
  });
});

describe("drift-check without a contract, against a profile that withheld a column", () => {
  /** The reference profiled by validate-data with the contract, and current data. */
  async function withheldReference(current: string) {
    const dir = folder({ "reference.csv": payments(80, 4_000_000), "current.csv": current });
    const made = await mlops(
      ["validate-data", "--data", "reference.csv", "--schema", "contract.yml"].concat([
        "--profile-path",
        "ref.json",
      ]),
      dir,
    );
    expect(made.code).toBe(0);
    return driftIn(dir, { reference: "ref.json", current: "current.csv" });
  }

  it("refuses a cell of that column its type does not take without quoting it", async () => {
    const current = payments(50, 4_100_000).replace("\n4100007,", "\nSECRET-CARD,");
    const run = await withheldReference(current);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^mlops drift-check: current\.csv:3: column 'card' \(\w+\): a value its type does not take \(value withheld: sensitive\)\. /,
    );
    expect(run.stderr).not.toContain("SECRET");
  });

  it("tests the other columns and names none of its values", async () => {
    const run = await withheldReference(payments(50, 4_100_000));
    expect(run.code).toBe(0);
    expect(run.column("card")).toMatchObject({ tests: {}, distribution: null });
    expect(run.column("amount").tests).not.toEqual({});
    expect(run.stdout + run.stderr).not.toMatch(CARD);
  });
});

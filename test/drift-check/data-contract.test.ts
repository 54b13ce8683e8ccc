import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Profile } from "@mlops/shared";
import { tempDir } from "../helpers/temp-dir.js";
import { driftIn } from "./check-csv.js";

/** Statistics of the same numbers read two ways agree to rounding. */
const TOLERANCE = 1e-12;

/**
 * A store id (12 stores, coded as integers) and an amount, `rows` rows; `shift` moves the
 * amount and sends more sales to the first stores.
 */
function sales(rows: number, shift: number) {
  return Array.from({ length: rows }, (_, i) => ({
    store: 1 + ((i * 7 + (i % 3 === 0 ? 0 : shift)) % 12),
    amount: 950 + ((i * 37) % 200) + shift * 40 + (i % 4) * 0.25,
  }));
}

type Sale = ReturnType<typeof sales>[number];

/** CSV written plainly: a comma between fields, a point for decimals. */
const plain = (rows: readonly Sale[]) =>
  ["store,amount", ...rows.map((r) => `${r.store},${r.amount.toFixed(2)}`)].join("\n") + "\n";

/** The same CSV as a European spreadsheet exports it: `;` between fields, `1.234,50`. */
const european = (rows: readonly Sale[]) =>
  [
    "store;amount",
    ...rows.map((r) => {
      const [whole, cents] = r.amount.toFixed(2).split(".");
      return `${r.store};${whole!.replace(/\B(?=(\d{3})+$)/g, ".")},${cents}`;
    }),
  ].join("\n") + "\n";

/** The store a category, and a region that the data lacks, which is no error. */
const STORES = `fields:
  - name: store
    type: string
  - name: region
    type: string
`;

/** The stores, and the amount as a European spreadsheet writes it. */
const CONTRACT = `${STORES}  - name: amount
    type: number
    decimalChar: ","
    groupChar: "."
`;

/** A folder with a data contract, and drift-check run in it. */
function workspace() {
  const { dir, write } = tempDir();
  write("contract.yml", CONTRACT);
  const drift = (values: Record<string, string>) => driftIn(dir, values);
  const read = <T>(path: string) => JSON.parse(readFileSync(`${dir}/${path}`, "utf8")) as T;
  return { dir, write, drift, read };
}

describe("drift-check reads data with a data contract (schema)", () => {
  it("tests an integer-coded column the contract declares a string as categories, where it is otherwise numbers", async () => {
    const { write, drift } = workspace();
    write("contract.yml", STORES);
    write("reference.csv", plain(sales(300, 0)));
    write("current.csv", plain(sales(300, 1)));
    const files = { reference: "reference.csv", current: "current.csv" };
    const inferred = await drift(files);
    expect(inferred.code).toBe(0);
    expect(inferred.column("store")).toMatchObject({ type: "integer", kind: "numeric" });
    expect(inferred.column("store").method).toBe("ks");
    expect(inferred.report!.settings.data_contract).toBeUndefined();

    const declared = await drift({ ...files, schema: "contract.yml" });
    expect(declared.stderr).not.toContain("mlops drift-check:");
    expect(declared.code).toBe(0);
    expect(declared.column("store")).toMatchObject({ type: "categorical", kind: "categorical" });
    expect(declared.column("store").method).toBe("chi2");
    expect(declared.column("store").tests.chi2).toBeDefined();
    // The report names the contract as the workspace shows it.
    expect(declared.report!.settings.data_contract).toBe("contract.yml");
  });

  it("reads a European CSV through the contract's spellings as the same numbers written plainly", async () => {
    const { write, drift } = workspace();
    const [reference, current] = [sales(300, 0), sales(300, 2)];
    write("reference.csv", plain(reference));
    write("current.csv", plain(current));
    write("reference-eu.csv", european(reference));
    write("current-eu.csv", european(current));
    const written = await drift({ reference: "reference.csv", current: "current.csv" });
    const spelled = await drift({
      reference: "reference-eu.csv",
      current: "current-eu.csv",
      schema: "contract.yml",
      delimiter: ";",
    });
    expect(spelled.stderr).not.toContain("mlops drift-check:");
    const [a, b] = [written.column("amount"), spelled.column("amount")];
    expect(b).toMatchObject({ type: "numeric", kind: "numeric", method: "ks", drifted: true });
    expect(b.missing_reference).toBe(0);
    expect(a.method).toBe(b.method);
    expect(Math.abs(b.statistic! - a.statistic!)).toBeLessThanOrEqual(TOLERANCE);
    expect(Math.abs(b.p_value! - a.p_value!)).toBeLessThanOrEqual(TOLERANCE);
  });

  it("refuses missing-values beside schema: the contract's missingValues say them", async () => {
    const { write, drift } = workspace();
    write("reference.csv", plain(sales(20, 0)));
    write("current.csv", plain(sales(20, 0)));
    const run = await drift({
      reference: "reference.csv",
      current: "current.csv",
      schema: "contract.yml",
      "missing-values": "NA",
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "mlops drift-check: input 'missing-values': cannot be given with schema: the data contract's missingValues say which cells are missing. Leave missing-values out and list the values in the contract's missingValues (or a field's own missingValues for one column)\n",
    );
    expect(run.report).toBeUndefined();
  });

  it("refuses schema in compare mode, which reads profiles only", async () => {
    const { drift } = workspace();
    const run = await drift({
      mode: "compare",
      reference: "reference.json",
      current: "shards/*.json",
      schema: "contract.yml",
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "mlops drift-check: input 'schema': is not read in compare mode, which compares profiles and reads no data. Give the schema to the profile-mode steps that make the profiles, and leave it out here\n",
    );
  });

  it("profiles with the contract's types and missing values, and compares data with such a profile read alike", async () => {
    const { write, drift, read } = workspace();
    write(
      "contract.yml",
      `${CONTRACT}missingValues: ["", "NA"]\n`.replace(
        '    groupChar: "."\n',
        '    groupChar: "."\n    missingValues: ["", "-"]\n',
      ),
    );
    write("reference-eu.csv", european(sales(300, 0)).replace(/\n7;/g, "\nNA;"));
    write("current-eu.csv", european(sales(300, 0)));
    const profiled = await drift({
      mode: "profile",
      current: "reference-eu.csv",
      schema: "contract.yml",
      delimiter: ";",
      "report-path": "reference.json",
    });
    expect(profiled.stderr).not.toContain("mlops drift-check:");
    const profile = read<Profile>("reference.json");
    const column = (name: string) => profile.columns.find((c) => c.name === name)!;
    expect(column("store").type).toBe("categorical");
    expect(column("amount").type).toBe("numeric");
    expect(profile.missingValues).toEqual(["", "NA"]);
    expect(column("amount").missingValues).toEqual(["", "-"]);

    const run = await drift({
      reference: "reference.json",
      current: "current-eu.csv",
      schema: "contract.yml",
      delimiter: ";",
    });
    expect(run.stderr).not.toContain("mlops drift-check:");
    expect(run.column("store").method).toBe("chi2");
    expect(run.column("store").missing_reference).toBeGreaterThan(0);
    expect(run.report!.settings).toMatchObject({
      missing_values: ["", "NA"],
      column_missing_values: [{ column: "amount", values: ["", "-"] }],
      data_contract: "contract.yml",
    });
  });

  it("refuses a reference profile counted with other missing values than the contract's", async () => {
    const { write, drift } = workspace();
    write("reference.csv", plain(sales(50, 0)));
    write("current.csv", plain(sales(50, 0)));
    await drift({
      mode: "profile",
      current: "reference.csv",
      "missing-values": "NA",
      "report-path": "reference.json",
    });
    const run = await drift({
      reference: "reference.json",
      current: "current.csv",
      schema: "contract.yml",
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `mlops drift-check: input 'reference': reference.json was made with missing values ["", "NA"], and the contract reads the data with [""]. Declare the profile's values in the contract's missingValues, or make the reference profile again with the contract's\n`,
    );
  });

  it("reads only a field's declared type: constraints, which validate-data runs, imply none here", async () => {
    const { write, drift } = workspace();
    // validate-data would read a field with a minimum as a number; its checks are not run here.
    write("contract.yml", `${STORES}  - name: note\n    constraints: { minimum: 0 }\n`);
    const withNote = (rows: readonly Sale[]) =>
      [
        "store,amount,note",
        ...rows.map((r, i) => `${r.store},${r.amount},${i % 5 ? i : "NA"}`),
      ].join("\n") + "\n";
    write("reference.csv", withNote(sales(100, 0)));
    write("current.csv", withNote(sales(100, 0)));
    const run = await drift({
      reference: "reference.csv",
      current: "current.csv",
      schema: "contract.yml",
    });
    expect(run.code).toBe(0);
    expect(run.column("note").kind).toBe("categorical");
    expect(run.stdout).toContain("data read with the contract `contract.yml`");
    expect(run.stdout + run.stderr).not.toContain("is not a number");
  });

  it("refuses a reference profile whose column types are not those the contract reads, naming the column, before reading the data", async () => {
    const { write, drift } = workspace();
    write("contract.yml", STORES);
    write("reference.csv", plain(sales(50, 0)));
    write("current.csv", plain(sales(50, 0)));
    await drift({ mode: "profile", current: "reference.csv", "report-path": "reference.json" });
    const run = await drift({
      reference: "reference.json",
      current: "current.csv",
      schema: "contract.yml",
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "mlops drift-check: input 'reference': reference.json profiled column 'store' as integer, and the data contract reads it as string. Make the reference profile again with this contract (drift-check --mode profile with schema, or validate-data's profile-path), or leave schema out to read the data as the profile was made\n",
    );
  });
});

import { describe, expect, it } from "vitest";
import { ContractError, FileError, profileDataset, readProfile } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { validate } from "../validate-data/validate.js";

/** A valid profile's JSON with its row count replaced by text, on the line it stands on. */
async function brokenProfile(): Promise<{ text: string; line: number }> {
  const { write } = tempDir();
  const profile = await profileDataset(write("d.csv", "id\n1\n2\n"));
  const text = JSON.stringify({ ...profile, rowCount: "many" }, null, 2);
  const line = text.split("\n").findIndex((l) => l.includes('"rowCount"')) + 1;
  return { text, line };
}

describe("readProfile", () => {
  it("reads a valid profile", async () => {
    const { write } = tempDir();
    const profile = await profileDataset(write("d.csv", "id\n1\n2\n"));
    const path = write("ref.json", JSON.stringify(profile));
    expect(await readProfile(path, "ref.json")).toEqual(profile);
  });

  it("names the file and the line of a field that breaks the contract", async () => {
    const { write } = tempDir();
    const { text, line } = await brokenProfile();
    const error = await readProfile(write("ref.json", text), "ref.json").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).message).toMatch(
      new RegExp(`^ref\\.json:${line}: field '/rowCount'`),
    );
  });

  it("refuses a column's own missing values past 100, at their line", async () => {
    const { write } = tempDir();
    const profile = await profileDataset(write("d.csv", "id,plan\n1,a\n2,b\n"));
    const many = Array.from({ length: 101 }, (_, i) => `a${i}`);
    profile.columns[1]!.missingValues = many;
    const text = JSON.stringify(profile, null, 2);
    // The table's are the empty cell alone, unrecorded: the one list is the column's.
    const line = text.split("\n").findIndex((l) => l.includes('"missingValues"')) + 1;
    const error = await readProfile(write("ref.json", text), "ref.json").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileError);
    expect((error as FileError).message).toBe(
      `ref.json:${line}: records 101 missing values for column 'plan', more than the 100 a profile may hold`,
    );
    // 100 of them are taken.
    profile.columns[1]!.missingValues = many.slice(1);
    const path = write("ok.json", JSON.stringify(profile));
    expect((await readProfile(path, "ok.json")).columns[1]!.missingValues).toHaveLength(100);
  });

  it("gives validate-data's reference errors their line too", async () => {
    const { text, line } = await brokenProfile();
    const run = await validate(
      { "d.csv": "id\n1\n", "c.yml": "fields:\n  - name: id\n", "ref.json": text },
      { data: "d.csv", schema: "c.yml", reference: "ref.json" },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`ref.json:${line}: field '/rowCount'`);
  });

  it("names a document of another kind by its schema, and says how to make a profile", async () => {
    const { write } = tempDir();
    const fix =
      "Give a profile: the JSON file that validate-data's profile-path, or drift-check --mode profile, writes from the data";
    const refused = async (name: string, text: string) => {
      const error = await readProfile(write(name, text), name).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FileError);
      return error as FileError;
    };
    const report = await refused(
      "pred.json",
      '{\n  "rowCount": 3,\n  "schema": "mlops.eval-report/v1"\n}',
    );
    expect(report.line).toBe(
      `pred.json:3: has schema "mlops.eval-report/v1", not a mlops.profile/v1 profile. ${fix}`,
    );
    expect((await refused("a.json", '{"a": 1}')).line).toBe(
      `a.json: has no schema field, not a mlops.profile/v1 profile. ${fix}`,
    );
    expect((await refused("n.json", '{"schema": 1}')).line).toBe(
      `n.json:1: has schema 1, not a mlops.profile/v1 profile. ${fix}`,
    );
  });

  it("gives contract infer and validate-data's reference the same line", async () => {
    const report = '{"schema": "mlops.eval-report/v1"}';
    const { dir, write } = tempDir();
    write("pred.json", report);
    const problem =
      'pred.json:1: has schema "mlops.eval-report/v1", not a mlops.profile/v1 profile';
    const infer = await mlops(["contract", "infer", "--profile", "pred.json"], dir);
    expect(infer.code).toBe(1);
    expect(infer.stderr).toContain(problem);
    const run = await validate(
      {
        "d.csv": "id\n1\n",
        "c.yml": "fields:\n  - name: id\n",
        "pred.json": report,
      },
      { data: "d.csv", schema: "c.yml", reference: "pred.json" },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(problem);
  });
});

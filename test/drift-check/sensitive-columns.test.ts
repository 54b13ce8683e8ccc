import { describe, expect, it } from "vitest";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { driftIn } from "./check-csv.js";

/** `rows` rows of a card number (each its own) and an amount, drawn from `shift` on. */
function payments(rows: number, shift: number): string {
  const lines = ["card,amount"];
  for (let i = 0; i < rows; i++) {
    lines.push(`${4_000_000 + 7 * i + shift},${(10 + ((i * 37) % 90) + shift).toFixed(2)}`);
  }
  return `${lines.join("\n")}\n`;
}

/** A contract whose `card` field is sensitive where `sensitive` is. */
const contract = (sensitive: boolean) =>
  `fields:\n  - name: card\n    type: integer${sensitive ? "\n    x-mlops: { sensitive: true }" : ""}\n  - name: amount\n    type: number\n`;

const WITHHELD =
  "not tested: the reference profile holds no values of this column, only its counts, as a sensitive field where it was profiled, marked x-mlops sensitive in its data contract: compare the data itself in check mode to test it";

/**
 * A folder with reference and current data, the reference profiled by validate-data under the
 * contract (`sensitive` or not) into ref.json.
 */
async function profiledReference(sensitive: boolean) {
  const { dir, write } = tempDir();
  write("reference.csv", payments(400, 0));
  write("current.csv", payments(300, 50));
  write("contract.yml", contract(sensitive));
  const made = await mlops(
    [
      "validate-data",
      ...["--data", "reference.csv", "--schema", "contract.yml", "--profile-path", "ref.json"],
    ],
    dir,
  );
  expect(made.code).toBe(0);
  return dir;
}

describe("drift-check against a profile that withheld a sensitive column", () => {
  it("lists the column as not tested, saying why, and tests the others", async () => {
    const dir = await profiledReference(true);
    const run = await driftIn(dir, { reference: "ref.json", current: "current.csv" });
    expect(run.code).toBe(0);
    const card = run.column("card");
    expect(card).toMatchObject({
      drifted: false,
      score: null,
      tests: {},
      distribution: null,
      n_reference: 400,
      n_current: 300,
      note: WITHHELD,
    });
    // The amount moved by 50 in a range of 90: it drifts, and the dataset's share counts it alone.
    expect(run.column("amount").drifted).toBe(true);
    expect(run.report!.dataset).toMatchObject({ tested_columns: 1, drifted: true });
    // The step summary shows the reason, not a silent pass.
    expect(run.stdout).toContain(
      `| card | integer | ks | — | — | p_value <= 0.05 | — (${WITHHELD}) | 400 | 300 |`,
    );
  });

  it("tests the column where the reference profile kept its values", async () => {
    const dir = await profiledReference(false);
    const run = await driftIn(dir, { reference: "ref.json", current: "current.csv" });
    expect(run.column("card").score).not.toBeNull();
    expect(run.column("card").note).not.toBe(WITHHELD);
  });

  it("says which profile withheld it in compare mode, the current one too", async () => {
    const dir = await profiledReference(true);
    const current = await mlops(
      [
        "validate-data",
        ...["--data", "current.csv", "--schema", "contract.yml", "--profile-path", "cur.json"],
      ],
      dir,
    );
    expect(current.code).toBe(0);
    const run = await driftIn(dir, { mode: "compare", reference: "ref.json", current: "cur.json" });
    expect(run.code).toBe(0);
    expect(run.column("card").note).toBe(
      WITHHELD.replace("the reference profile holds", "both profiles hold"),
    );
  });

  it("is inconclusive where the withheld column is the only one, naming it and why", async () => {
    const dir = await profiledReference(true);
    const run = await driftIn(dir, {
      reference: "ref.json",
      current: "current.csv",
      columns: "card",
    });
    expect(run.code).toBe(0);
    expect(run.report!.dataset).toMatchObject({ inconclusive: true, drifted: false });
    expect(run.stdout).toContain(`no column could be tested (card: ${WITHHELD})`);
  });
});

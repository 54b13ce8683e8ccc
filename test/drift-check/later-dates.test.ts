import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/temp-dir.js";
import { driftIn } from "./check-csv.js";

const LATER_NOTE =
  "current values are later than every reference value, as in a timestamp, which drifts with every new batch: if it is one, leave it out with ignore-columns";

/**
 * 300 rows: a day of the 30 from `2026-11-01` plus `shift` days, ten rows each, as a date or a
 * date-time (the hour varying), and a column `x` alike on every side.
 */
function days(shift: number, time = false): string {
  const rows = Array.from({ length: 300 }, (_, i) => {
    const at = new Date(Date.UTC(2026, 10, 1 + (i % 30) + shift, i % 24));
    const written = time ? at.toISOString().replace(".000", "") : at.toISOString().slice(0, 10);
    return `${written},${i % 7}`;
  });
  return `${["at,x", ...rows].join("\n")}\n`;
}

/** drift-check of November against the days `shift` later, with `contract` where given. */
async function noteOf(shift: number, options: { time?: boolean; contract?: string } = {}) {
  const { dir, write } = tempDir();
  write("reference.csv", days(0, options.time));
  write("current.csv", days(shift, options.time));
  const schema: Record<string, string> =
    options.contract === undefined ? {} : { schema: "contract.yml" };
  if (options.contract !== undefined) write("contract.yml", options.contract);
  const run = await driftIn(dir, { reference: "reference.csv", current: "current.csv", ...schema });
  return { run, at: run.column("at"), dir, schema };
}

describe("drift-check on columns of dates that move on with time", () => {
  it("names a column of dates wholly past the reference's, as it names integers that count up", async () => {
    // November against December: dates, and date-times, both read as dates.
    for (const time of [false, true]) {
      const { run, at } = await noteOf(30, { time });
      expect(at).toMatchObject({ type: "datetime", drifted: true, note: `all ${LATER_NOTE}` });
      expect(run.stdout).toMatch(/\| at \| datetime \|.*all current values are later/);
    }
  });

  it("says how many are later where most are, and nothing where the current stays mostly within the reference's days", async () => {
    // November 21 to December 20: 20 of the 30 days past November; 10 of them, or none.
    expect((await noteOf(20)).at.note).toBe(`66.6% of the ${LATER_NOTE}`);
    expect((await noteOf(10)).at.note).toBeNull();
    expect((await noteOf(0)).at.note).toBeNull();
  });

  it("says nothing where the later dates lie far past the reference, as a placeholder for no end date does", async () => {
    const { dir, write } = tempDir();
    write("reference.csv", days(0));
    // 60 of 100 rows dated 9999-12-31, the rest within November.
    const rows = Array.from({ length: 100 }, (_, i) =>
      i < 60 ? "9999-12-31,1" : `2026-11-${String(1 + (i % 30)).padStart(2, "0")},1`,
    );
    write("current.csv", `${["at,x", ...rows].join("\n")}\n`);
    const run = await driftIn(dir, { reference: "reference.csv", current: "current.csv" });
    expect(run.column("at")).toMatchObject({ drifted: true, note: null });
  });

  it("names dates that a data contract reads as text, as categories", async () => {
    const contract = "fields:\n  - name: at\n    type: string\n  - name: x\n";
    const { at } = await noteOf(30, { contract });
    expect(at).toMatchObject({ type: "categorical", drifted: true });
    // Before chi2's note on the categories the reference never had.
    expect(at.note).toMatch(
      new RegExp(`^all ${LATER_NOTE}; p-value 0, as the reference never had`),
    );
  });

  it("names them from profiles too, as dates and as text", async () => {
    const text = "fields:\n  - name: at\n    type: string\n  - name: x\n";
    for (const contract of [undefined, text]) {
      const { dir, schema } = await noteOf(30, { contract });
      for (const side of ["reference", "current"]) {
        const made = await driftIn(dir, {
          mode: "profile",
          current: `${side}.csv`,
          "report-path": `${side}.json`,
          ...schema,
        });
        expect(made.code).toBe(0);
      }
      const compared = await driftIn(dir, {
        mode: "compare",
        reference: "reference.json",
        current: "current.json",
      });
      expect(compared.column("at").note).toMatch(new RegExp(`^all ${LATER_NOTE}`));
    }
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chiSquareDrift, jensenShannonDrift } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/** `n` distinct ids from `from` on, and a column `x` with few values, as CSV text. */
const idTable = (n: number, from: number) =>
  `${["id,x", ...Array.from({ length: n }, (_, i) => `u${from + i},${i % 7}`)].join("\n")}\n`;

/** Tolerance of a distance summed over 150,000 categories. */
const TOLERANCE = 1e-12;

describe("drift-check on columns with many distinct values", () => {
  // Structural bound: the quadratic alignment took about two minutes here, far past the timeout.
  it("aligns 100,000 distinct categories per side in linear time", () => {
    const counts = (from: number) =>
      new Map(Array.from({ length: 100_000 }, (_, i) => [`u${from + i}`, 1] as const));
    const chi2 = chiSquareDrift(counts(0), counts(50_000));
    expect(chi2.dof).toBe(149_999);
    expect(chi2.newCategories).toHaveLength(50_000);
    expect(chi2.pValue).toBe(0);
    // Half of each side is shared: JS divergence is ln 2 / 2 in nats.
    const { distance } = jensenShannonDrift(counts(0), counts(50_000));
    expect(Math.abs(distance - Math.sqrt(Math.LN2 / 2))).toBeLessThan(TOLERANCE);
  });

  it("reports a column of 100,000 distinct ids as all distinct and not tested, and tests the others", async () => {
    const { dir, write } = tempDir();
    write("reference.csv", idTable(100_000, 0));
    write("current.csv", idTable(100_000, 50_000));
    const run = await mlops(
      ["drift-check", "--reference", "reference.csv", "--current", "current.csv"],
      dir,
    );
    expect(run.stderr).not.toMatch(/error/);
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(`${dir}/mlops-out/drift-report.json`, "utf8"));
    expect(report.columns[0]).toMatchObject({
      name: "id",
      score: null,
      drifted: false,
      tests: {},
      distribution: null,
      note: "all 100000 reference values are distinct, as in an id column, so it is not tested: leave it out with ignore-columns",
    });
    expect(report.dataset).toMatchObject({ tested_columns: 1, drifted_columns: [] });
    expect(run.stdout).toMatch(/\| id \| text \|.*all 100000 reference values are distinct/);
  });

  it("sees an id column in profiles too, where the distinct count is estimated", async () => {
    const { dir, write } = tempDir();
    write("reference.csv", idTable(5000, 0));
    write("current.csv", idTable(5000, 2500));
    const profiled = await mlops(
      ["drift-check", "--mode", "profile", "--current", "current.csv", "--report-path", "p.json"],
      dir,
    );
    expect(profiled.code).toBe(0);
    const compare = await mlops(
      ["drift-check", "--mode", "compare", "--reference", "reference.csv", "--current", "p.json"],
      dir,
    );
    expect(compare.code).toBe(0);
    const report = JSON.parse(readFileSync(`${dir}/mlops-out/drift-report.json`, "utf8"));
    expect(report.columns[0]).toMatchObject({ name: "id", score: null });
    expect(report.columns[0].note).toMatch(/^all 5000 reference values are distinct/);
  });

  it("still tests a small categorical column whose few values are all distinct", async () => {
    const { dir, write } = tempDir();
    write("reference.csv", idTable(10, 0));
    write("current.csv", idTable(10, 0));
    const run = await mlops(
      ["drift-check", "--reference", "reference.csv", "--current", "current.csv"],
      dir,
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(`${dir}/mlops-out/drift-report.json`, "utf8"));
    expect(report.columns[0]).toMatchObject({ name: "id", note: null, drifted: false });
  });

  it("tests integer ids that count up, and says why they drift and how to leave them out", async () => {
    const { dir, write } = tempDir();
    const counting = (from: number) =>
      `${["row,x", ...Array.from({ length: 500 }, (_, i) => `${from + i},${(i * 7) % 11}`)].join("\n")}\n`;
    write("reference.csv", counting(1));
    write("current.csv", counting(501));
    const note =
      "all 500 reference values are distinct integers, as in an id or a timestamp, which drifts with every new batch: if it is one, leave it out with ignore-columns";
    const checked = await mlops(
      [
        "drift-check",
        "--reference",
        "reference.csv",
        "--current",
        "current.csv",
        "--fail-step",
        "false",
      ],
      dir,
    );
    const report = () => JSON.parse(readFileSync(`${dir}/mlops-out/drift-report.json`, "utf8"));
    expect(checked.code).toBe(0);
    expect(report().columns[0]).toMatchObject({
      name: "row",
      type: "integer",
      drifted: true,
      note,
    });
    // x repeats its values: measured, not counted, and no such note.
    expect(report().columns[1]).toMatchObject({ name: "x", note: null });
    // From profiles, where the distinct count is estimated, the same.
    await mlops(
      ["drift-check", "--mode", "profile", "--current", "reference.csv", "--report-path", "r.json"],
      dir,
    );
    await mlops(
      ["drift-check", "--mode", "profile", "--current", "current.csv", "--report-path", "c.json"],
      dir,
    );
    const compared = await mlops(
      [
        "drift-check",
        "--mode",
        "compare",
        "--reference",
        "r.json",
        "--current",
        "c.json",
        "--fail-step",
        "false",
      ],
      dir,
    );
    expect(compared.code).toBe(0);
    expect(report().columns[0].note).toContain(note);
  });

  it("says so from profiles whose distinct count is estimated, and not of ids that repeat", async () => {
    const { dir, write } = tempDir();
    const ids = (from: number, repeat: number) =>
      `${["row", ...Array.from({ length: 5000 }, (_, i) => `${from + Math.floor(i / repeat)}`)].join("\n")}\n`;
    const noteOf = async (repeat: number) => {
      write("reference.csv", ids(1, repeat));
      write("current.csv", ids(10_001, repeat));
      for (const side of ["reference", "current"]) {
        const args = [
          "--mode",
          "profile",
          "--current",
          `${side}.csv`,
          "--report-path",
          `${side}.json`,
        ];
        await mlops(["drift-check", ...args], dir);
      }
      const args = [
        "--mode",
        "compare",
        "--reference",
        "reference.json",
        "--current",
        "current.json",
      ];
      await mlops(["drift-check", ...args, "--fail-step", "false"], dir);
      return JSON.parse(readFileSync(`${dir}/mlops-out/drift-report.json`, "utf8")).columns[0].note;
    };
    expect(await noteOf(1)).toContain(
      "the 5000 reference values are all or nearly all distinct integers (the profile estimates how many), as in an id or a timestamp",
    );
    // Each id twice: half as many distinct values, however the estimate errs.
    expect((await noteOf(2)) ?? "").not.toContain("distinct integers");
  });
});

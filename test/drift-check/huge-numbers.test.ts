import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  energyDistance,
  hellingerNumbers,
  klDivergenceNumbers,
  psi,
  sturgesEdges,
  wasserstein,
  wassersteinNormed,
} from "@mlops/shared";
import { flags } from "../helpers/flags.js";
import { HUGE, placeholderColumn } from "../helpers/placeholder-numbers.js";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { check, driftIn } from "./check-csv.js";

/** A relative difference of at most `tolerance` (a few roundings of a double). */
const near = (actual: number, expected: number, tolerance = 1e-12) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));

const reference = placeholderColumn();
const current = placeholderColumn({ shift: 5 });

/**
 * The Wasserstein distance and the reference's population standard deviation of that data, from
 * scipy 1.10.1 and numpy 1.24.2, which overflow on it as it is: scipy's `wasserstein_distance`
 * of the values halved, doubled, and numpy's `std` of the values times 2^-1000, times 2^1000.
 * KS from `ks_2samp` of the values themselves.
 */
const SCIPY = {
  distance: 4.949999999999999,
  std: 1e307,
  ks: { statistic: 0.166, pValue: 1.730250311809714e-36 },
};

/** The values of a CSV column written by `placeholderColumn`. */
const valuesOf = (csv: string) => csv.trim().split("\n").slice(1).map(Number);

describe("drift-check on a column holding ±1e308 among small numbers", () => {
  it("checks it by every method, with finite histogram edges: 20 bins of 1e307 from -1e308 to 1e308", async () => {
    for (const method of ["auto", "ks", "wasserstein", "psi", "jensenshannon"]) {
      const run = await check(reference, current, ["--method", method]);
      // Each failed with "field '/columns/0/distribution/edges/0' is NaN" before.
      expect(run.stderr).not.toContain("mlops drift-check:");
      expect(run.code).toBe(0);
      const { distribution } = run.column("x");
      if (distribution?.kind !== "histogram") throw new Error(`${method}: no histogram`);
      expect(distribution.edges).toHaveLength(21);
      expect(distribution.edges[0]).toBe(-HUGE);
      expect(distribution.edges[20]).toBe(HUGE);
      distribution.edges.forEach((edge, i) =>
        expect(Math.abs(edge - (i - 10) * 1e307)).toBeLessThanOrEqual(1e-12 * HUGE),
      );
      // The placeholders in the end bins, every small number in the middle one.
      for (const shares of [distribution.reference, distribution.current]) {
        near(shares[0]!, 0.005);
        near(shares[10]!, 0.99);
        near(shares[19]!, 0.005);
      }
      expect(run.text).not.toMatch(/NaN|Infinity/);
      const html = readFileSync(`${run.dir}/mlops-out/drift-report.html`, "utf8");
      expect(html).not.toMatch(/NaN|Infinity/);
    }
  });

  it("gives scipy's KS and Wasserstein distance, normed by the reference's standard deviation", async () => {
    const { column } = await check(reference, current, ["--method", "wasserstein"]);
    const { ks, wasserstein } = column("x").tests;
    expect(ks!.statistic).toBe(SCIPY.ks.statistic);
    near(ks!.p_value, SCIPY.ks.pValue, 1e-9);
    near(wasserstein!.distance, SCIPY.distance);
    near(wasserstein!.normed, SCIPY.distance / SCIPY.std);
    // A shift of 5 among values 1e308 apart is no drift by the normed distance; KS sees it.
    expect(column("x")).toMatchObject({ drifted: false, note: null });
  });

  it("bins PSI over the range in halves: the 14 Sturges bins of numpy over the values halved", async () => {
    const { column } = await check(reference, current, ["--method", "psi"]);
    // Every small number falls in the middle bin of 1.4e307, on both sides alike.
    expect(column("x").tests.psi).toEqual({ value: 0, bins: 14, binning: "evidently" });
  });

  it("gives Jensen-Shannon and chi2 over reference quantiles as for the placeholders moved to ±1000, whose order they keep", async () => {
    const moved = (csv: string) => csv.replaceAll("1e+308", "1000");
    const huge = await check(reference, current, ["--method", "jensenshannon"]);
    const small = await check(moved(reference), moved(current), ["--method", "jensenshannon"]);
    expect(huge.column("x").tests.jensen_shannon).toEqual(small.column("x").tests.jensen_shannon);
    expect(huge.column("x").tests.chi2).toEqual(small.column("x").tests.chi2);
    expect(huge.column("x").drifted).toBe(true);
  });

  describe("a Wasserstein distance past the largest double", () => {
    /** 2,000 values, nine in ten a placeholder at `sign`1.7e308, the rest 0 to 199.9. */
    const far = (sign: string) =>
      `x\n${Array.from({ length: 2000 }, (_, i) => (i % 10 === 0 ? String(i / 10) : `${sign}1.7e308`)).join("\n")}\n`;
    /**
     * The normed distance of `far("-")` to `far("")`, from scipy 1.10.1 and numpy 1.24.2 on the
     * values halved (the distance itself is 3.06e308): `wasserstein_distance` over numpy's `std`
     * of the values times 2^-1000, times 2^1000 (5.1e307), doubled.
     */
    const NORMED = 6.000000000000001;
    const note =
      "the Wasserstein distance passes the largest double, about 1.8e308, which the report cannot hold: the test is left out";
    const fix =
      "if values that large are placeholders for no value (such as ±1e308), list them in missing-values";

    it("is left out of the report, and the column judged by its normed distance, which fits", async () => {
      const judged = await check(far("-"), far(""), ["--method", "wasserstein"]);
      expect(judged.code).toBe(0);
      const column = judged.column("x");
      expect(column).toMatchObject({
        method: "wasserstein",
        drifted: true,
        note: `${note}, and the column is judged by its normed distance, which the report holds as its score, and ${fix}`,
      });
      near(column.statistic!, NORMED);
      expect(column.score).toBe(column.statistic);
      expect(Object.keys(column.tests)).toEqual(["ks"]);
      expect(judged.report.dataset).toMatchObject({ drifted: true, tested_columns: 1 });
      expect(judged.stderr).toContain(`warning: x drifted: wasserstein score 6, score >= 0.1`);
      expect(judged.text).not.toMatch(/NaN|Infinity/);
      // Against a threshold above that score, the column does not drift.
      const lenient = await check(far("-"), far(""), [
        "--method",
        "wasserstein",
        "--threshold",
        "10",
      ]);
      expect(lenient.column("x")).toMatchObject({ drifted: false, threshold: 10 });
      near(lenient.column("x").score!, NORMED);
    });

    it("is judged alike from profiles that count every value", async () => {
      const { dir, write } = tempDir();
      for (const [side, sign] of [
        ["reference", "-"],
        ["current", ""],
      ] as const) {
        write(`${side}.csv`, far(sign));
        const report = `${side}.json`;
        const run = await mlops(
          [
            "drift-check",
            ...flags({ mode: "profile", current: `${side}.csv`, "report-path": report }),
          ],
          dir,
        );
        expect(run.stderr).toBe("");
      }
      const compared = await driftIn(dir, {
        mode: "compare",
        reference: "reference.json",
        current: "current.json",
        method: "wasserstein",
      });
      const column = compared.column("x");
      expect(column).toMatchObject({
        drifted: true,
        note: `${note}, and the column is judged by its normed distance, which the report holds as its score, and ${fix}`,
      });
      near(column.score!, NORMED);
      expect(Object.keys(column.tests)).toEqual(["ks"]);
    });

    it("drifts a column whose normed distance passes it too, past any threshold", async () => {
      // A constant reference is normed by the 0.001 floor.
      const constant = (value: string) => `x\n${Array(2000).fill(value).join("\n")}\n`;
      const run = await check(constant("-1.7e308"), constant("1.7e308"), [
        "--method",
        "wasserstein",
        "--threshold",
        "1e300",
      ]);
      expect(run.column("x")).toMatchObject({
        statistic: null,
        score: null,
        drifted: true,
        note: `${note}, and the column drifts, its normed distance passing it too, past any threshold, and ${fix}`,
      });
      expect(run.report.dataset).toMatchObject({ drifted: true, tested_columns: 1 });
      expect(run.text).not.toMatch(/NaN|Infinity/);
    });

    it("leaves only a note where another method judges the column", async () => {
      const ks = await check(far("-"), far(""), ["--method", "ks"]);
      expect(ks.column("x")).toMatchObject({ drifted: true, note: `${note}, and ${fix}` });
      expect(ks.column("x").score).toBe(0);
    });
  });
});

describe("drift-check compares profiles of such a column", () => {
  /** A folder with both sides' data and their profiles, made by drift-check's profile mode. */
  async function profiled(distinct: number) {
    const { dir, write } = tempDir();
    write("reference.csv", placeholderColumn({ distinct }));
    write("current.csv", placeholderColumn({ distinct, shift: 5 }));
    for (const side of ["reference", "current"]) {
      const run = await mlops(
        [
          "drift-check",
          ...flags({ mode: "profile", current: `${side}.csv`, "report-path": `${side}.json` }),
        ],
        dir,
      );
      expect(run.stderr).toBe("");
      // Its variance passes the largest double: the profile holds no standard deviation.
      const profile = JSON.parse(readFileSync(`${dir}/${side}.json`, "utf8"));
      expect(profile.columns[0]).toMatchObject({ count: 3000, variance: null, stddev: null });
    }
    const compare = (method: string) =>
      driftIn(dir, {
        mode: "compare",
        reference: "reference.json",
        current: "current.json",
        method,
      });
    return { dir, compare };
  }

  it("gives check mode's numbers where the profiles count every value, the deviation from those counts", async () => {
    const { compare } = await profiled(101);
    const run = await compare("wasserstein");
    // Failed with "field '/columns/0/tests/wasserstein/error_bound' is NaN" (0 times an infinite span).
    expect(run.stderr).not.toContain("mlops drift-check:");
    const data = await check(
      placeholderColumn({ distinct: 101 }),
      placeholderColumn({ distinct: 101, shift: 5 }),
      ["--method", "wasserstein"],
    );
    const fromData = data.column("x").tests.wasserstein!;
    const fromProfiles = run.column("x").tests.wasserstein!;
    expect(fromProfiles.distance).toBe(fromData.distance);
    near(fromProfiles.normed, fromData.normed);
    expect(fromProfiles).toMatchObject({ error_bound: 0, normed_error_bound: 0 });
    expect(run.column("x")).toMatchObject({ drifted: false, note: null });
  });

  it("leaves Wasserstein out where the reference is only sketched, and tests the rest: KS, PSI", async () => {
    const { compare } = await profiled(2999);
    const why =
      "the reference profile holds no standard deviation to norm the Wasserstein distance by, its variance having passed the largest double, about 1.8e308 (as values more than about 1.3e154 apart make it), and its sketch cannot give one: the test is left out";
    const fix =
      "if values that large are placeholders for no value (such as ±1e308), list them in missing-values";
    const byWasserstein = await compare("wasserstein");
    expect(byWasserstein.code).toBe(0);
    expect(byWasserstein.column("x")).toMatchObject({
      score: null,
      drifted: false,
      note: `${why}, and the column is not tested: compare the data itself, in check mode, to test it, and ${fix}`,
    });
    expect(byWasserstein.report!.dataset.inconclusive).toBe(true);
    const byPsi = await compare("psi");
    expect(Object.keys(byPsi.column("x").tests)).toEqual(["ks", "psi"]);
    expect(Number.isFinite(byPsi.column("x").score)).toBe(true);
    expect(byPsi.column("x").note).toContain(`${why}, and ${fix}`);
  });
});

describe("the statistics measure a range past the largest double in halves", () => {
  const x = Float64Array.from(valuesOf(reference));
  const y = Float64Array.from(valuesOf(current));
  const half = (values: Float64Array) => values.map((v) => v / 2);

  it("as they measure the values halved, exactly where the statistic does not scale", () => {
    expect(sturgesEdges(-HUGE, HUGE, 6000)).toEqual(
      sturgesEdges(-HUGE / 2, HUGE / 2, 6000).map((e) => e * 2),
    );
    expect(psi(x, y)).toEqual(psi(half(x), half(y)));
    const quantiles = { binning: "reference-quantiles" as const, bins: 10 };
    expect(psi(x, y, quantiles)).toEqual(psi(half(x), half(y), quantiles));
    // The reference's median lies between -1e308 and 1e308, interpolated in halves: at 0.
    const median = { binning: "reference-quantiles" as const, bins: 2 };
    const [ref, cur] = [Float64Array.of(-HUGE, HUGE), Float64Array.of(0, 0, HUGE)];
    expect(psi(ref, cur, median)).toEqual(psi(half(ref), half(cur), median));
    expect(hellingerNumbers(x, y)).toEqual(hellingerNumbers(half(x), half(y)));
    expect(klDivergenceNumbers(x, y)).toEqual(klDivergenceNumbers(half(x), half(y)));
    expect(wasserstein(x, y)).toBe(2 * wasserstein(half(x), half(y)));
    near(energyDistance(x, y), Math.SQRT2 * energyDistance(half(x), half(y)), 1e-15);
    near(wassersteinNormed(x, y).normed, wassersteinNormed(half(x), half(y)).normed);
  });

  it("norm by the deviation of values whose squares pass the largest double, as of the values scaled down", () => {
    // numpy's std overflows on values 1e200 apart: the normed distance was 0, which never drifts.
    const down = (values: Float64Array) => values.map((v) => v * 2 ** -600);
    const a = Float64Array.from({ length: 100 }, (_, i) => (i - 50) * 1e198);
    const b = a.map((v) => v + 3e199);
    const { normed } = wassersteinNormed(a, b);
    expect(normed).toBeGreaterThan(1);
    near(normed, wassersteinNormed(down(a), down(b)).normed);
    // A constant reference has no deviation, as any constant one: it is normed by the floor.
    const constant = (value: number) => new Float64Array(2000).fill(value);
    expect(wassersteinNormed(constant(1.7e308), constant(1.6e308)).normed).toBe(Infinity);
  });

  it("and give Infinity only for a distance that passes the largest double itself", () => {
    const low = new Float64Array(10).fill(-1.7e308);
    const high = new Float64Array(10).fill(1.7e308);
    expect(wasserstein(low, high)).toBe(Infinity);
    expect(wassersteinNormed(low, high)).toEqual({ distance: Infinity, normed: Infinity });
    // sqrt(2 * 3.4e308) = 2 sqrt(1.7e308), which fits where 3.4e308 does not.
    near(energyDistance(low, high), 2 * Math.sqrt(1.7e308), 1e-15);
  });
});

describe("drift-check on numbers all near the largest double", () => {
  // 1.7e308 - 1e308 fits a double, but three times it does not: the report's histogram edges
  // are taken as first + i * step, numpy's linspace, never (last - first) * i first.
  const column = (values: number[]) => `x\n${values.map((v) => `${v}e308`).join("\n")}\n`;
  const reference = column([1, 1.5, 1.7, 1.6, 1.2, 1.1]);
  const current = column([1, 1.3, 1.4, 1.6, 1.2, 1.1]);

  /** Twenty equal bins from 1e308 to 1.7e308, each edge within a few roundings. */
  function expectFiniteEdges(report: { columns: { distribution?: unknown }[] }) {
    const distribution = report.columns[0]!.distribution as { kind: string; edges: number[] };
    expect(distribution.kind).toBe("histogram");
    expect(distribution.edges).toHaveLength(21);
    expect(distribution.edges[0]).toBe(1e308);
    expect(distribution.edges[20]).toBe(1.7e308);
    distribution.edges.forEach((edge, i) => near(edge, 1e308 + i * 0.035e308));
  }

  it("reports its histogram with finite edges in check mode", async () => {
    // Each failed with "field '/columns/0/distribution/edges/3' is Infinity" before.
    const run = await check(reference, current);
    expect(run.stderr).not.toContain("mlops drift-check:");
    expect(run.code).toBe(0);
    expectFiniteEdges(run.report);
  });

  it("and in compare mode, from both sides' profiles", async () => {
    const { dir, write } = tempDir();
    for (const [side, csv] of [
      ["reference", reference],
      ["current", current],
    ] as const) {
      write(`${side}.csv`, csv);
      const args = flags({
        mode: "profile",
        current: `${side}.csv`,
        "report-path": `${side}.json`,
      });
      expect((await mlops(["drift-check", ...args], dir)).stderr).toBe("");
    }
    const compared = await driftIn(dir, {
      mode: "compare",
      reference: "reference.json",
      current: "current.json",
    });
    expect(compared.stderr).not.toContain("mlops drift-check:");
    expectFiniteEdges(compared.report!);
  });
});

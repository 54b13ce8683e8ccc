import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { csvTable } from "./drift-data.js";
import { flags } from "../helpers/flags.js";
import { seededRandom } from "../helpers/seeded-random.js";

const git = (cwd: string, ...args: string[]) =>
  execFileSync(
    "git",
    [
      "-c",
      "user.name=Fixture",
      "-c",
      "user.email=f@example.com",
      "-c",
      "tag.gpgsign=false",
      "-c",
      "commit.gpgsign=false",
      ...args,
    ],
    {
      cwd,
      encoding: "utf8",
    },
  );

describe("drift-check at scale: profiles per shard, merged and compared", () => {
  it("profiles each shard, then compares the merged profiles with the reference, stating the error", async () => {
    const { dir, write } = tempDir();
    write("reference.csv", csvTable({ rows: 2000, seed: 1 }));
    for (const shard of [0, 1, 2])
      write(`shards/${shard}.csv`, csvTable({ rows: 700, seed: 10 + shard, shift: 0.6, red: 0.6 }));
    for (const shard of [0, 1, 2]) {
      const run = await mlops(
        [
          "drift-check",
          "--mode",
          "profile",
          "--current",
          `shards/${shard}.csv`,
          "--reference",
          "reference.csv",
          "--report-path",
          `profiles/${shard}.json`,
          "--json",
        ],
        dir,
      );
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({
        // Profile mode compares nothing: no verdict.
        verdict: "",
        drifted: "false",
        "report-path": `profiles/${shard}.json`,
        "html-path": "",
      });
    }
    const compare = await mlops(
      [
        "drift-check",
        ...flags({
          mode: "compare",
          reference: "reference.csv",
          current: "profiles/*.json",
          "fail-step": "false",
          json: true,
        }),
      ],
      dir,
    );
    expect(compare.stderr).toContain("columns compared");
    const report = JSON.parse(readFileSync(`${dir}/mlops-out/drift-report.json`, "utf8"));
    expect(report).toMatchObject({
      mode: "compare",
      exact: false,
      current: { kind: "profiles", rows: 2100 },
    });
    expect(report.current.files).toEqual(["profiles/0.json", "profiles/1.json", "profiles/2.json"]);
    expect(report.dataset.drifted_columns).toEqual(["x", "color", "score"]);
    const x = report.columns.find((c: { name: string }) => c.name === "x");
    expect(x.method).toBe("wasserstein");
    expect(x.tests.wasserstein.error_bound).toBeGreaterThanOrEqual(0);

    // The exact check on the same data agrees with the sketch within the stated bound.
    await mlops(
      [
        "drift-check",
        ...flags({
          reference: "reference.csv",
          current: "shards/*.csv",
          "fail-step": "false",
          "report-path": "exact.json",
        }),
      ],
      dir,
    );
    const exact = JSON.parse(readFileSync(`${dir}/exact.json`, "utf8"));
    const exactX = exact.columns.find((c: { name: string }) => c.name === "x");
    expect(
      Math.abs(exactX.tests.wasserstein.normed - x.tests.wasserstein.normed),
    ).toBeLessThanOrEqual(x.tests.wasserstein.normed_error_bound + 1e-12);
    expect(Math.abs(exactX.tests.ks.statistic - x.tests.ks.statistic)).toBeLessThanOrEqual(
      x.tests.ks.error_bound + 1e-12,
    );
  });

  it("reads the reference profile of the version in a stage from the registry", async () => {
    const { dir, write } = tempDir();
    git(dir, "init", "--quiet", "-b", "main");
    write("train.py", "print('train')\n");
    git(dir, "add", "train.py");
    git(dir, "commit", "--quiet", "-m", "Train");
    write("reference.csv", csvTable({ rows: 500, seed: 1 }));
    write("current.csv", csvTable({ rows: 500, seed: 2, shift: 1 }));
    const profiled = await mlops(
      [
        "drift-check",
        ...flags({
          mode: "profile",
          reference: "reference.csv",
          current: "reference.csv",
          "report-path": "out/reference-profile.json",
        }),
      ],
      dir,
    );
    expect(profiled.code).toBe(0);
    const promoted = await mlops(
      [
        "promote",
        ...flags({
          model: "churn",
          version: "v1.0.0",
          stage: "prod",
          assets: "train.py, out/reference-profile.json",
        }),
      ],
      dir,
    );
    expect(promoted.code).toBe(0);

    const run = await mlops(
      [
        "drift-check",
        ...flags({ reference: "churn#prod", current: "current.csv", "fail-step": "false" }),
      ],
      dir,
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(`${dir}/mlops-out/drift-report.json`, "utf8"));
    expect(report.reference).toEqual({
      source: "churn#prod",
      kind: "registry",
      rows: 500,
      from: "churn@v1.0.0 (reference-profile.json)",
    });
    expect(report.dataset.drifted_columns).toContain("x");

    const missing = await mlops(
      ["drift-check", ...flags({ reference: "churn#staging", current: "current.csv" })],
      dir,
    );
    expect(missing.stderr).toContain(
      "input 'reference': no version of 'churn' is in stage 'staging'",
    );
  });

  /** Ages (72 distinct values, counted exactly) and amounts (thousands of distinct values). */
  function customers(rows: number, seed: number, older = 0): string {
    const next = seededRandom(seed);
    const lines = ["age,amount"];
    for (let i = 0; i < rows; i++) {
      const age = 18 + Math.min(71, Math.floor(next() * 60 + older * next() * 12));
      lines.push(`${age},${(Math.exp(3 + next() * 2) + older).toFixed(2)}`);
    }
    return `${lines.join("\n")}\n`;
  }

  /** Profiles `data` (profile mode) into `path`. */
  const profile = (dir: string, data: string, path: string) =>
    mlops(["drift-check", ...flags({ mode: "profile", current: data, "report-path": path })], dir);

  /** The report's columns by name, from a run of drift-check with `options`. */
  async function columnsOf(dir: string, options: Record<string, string>) {
    const run = await mlops(
      ["drift-check", ...flags({ "fail-step": "false", "html-path": "none", ...options })],
      dir,
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(`${dir}/${options["report-path"]}`, "utf8"));
    return new Map(report.columns.map((c: { name: string }) => [c.name, c])) as Map<
      string,
      { tests: Record<string, Record<string, number>>; drifted: boolean; note: string | null }
    >;
  }

  it("tests a column whose profiles count every distinct value exactly as check mode tests the data", async () => {
    const { dir, write } = tempDir();
    write("reference.csv", customers(30_000, 1));
    write("current.csv", customers(20_000, 2, 1));
    await profile(dir, "reference.csv", "reference.json");
    await profile(dir, "current.csv", "current.json");
    const options = { method: "ks", columns: "age" };
    const exact = await columnsOf(dir, {
      ...options,
      reference: "reference.csv",
      current: "current.csv",
      "report-path": "exact.json",
    });
    const profiled = await columnsOf(dir, {
      ...options,
      mode: "compare",
      reference: "reference.json",
      current: "current.json",
      "report-path": "profiled.json",
    });
    const [want, got] = [exact.get("age")!.tests, profiled.get("age")!.tests];
    // The same walk of the same counts: KS to the last bit, Wasserstein normed by the profile's
    // standard deviation (from its moments) within rounding.
    expect(got.ks).toEqual({ ...want.ks, error_bound: 0 });
    expect(got.wasserstein!.normed).toBeCloseTo(want.wasserstein!.normed!, 12);
    expect(got.wasserstein!.error_bound).toBe(0);
    expect(profiled.get("age")!.drifted).toBe(exact.get("age")!.drifted);
  });

  it("says once which columns' scores from sketches are within their error bound of the threshold, and on a drifted one why it may be a false alarm", async () => {
    const { dir, write } = tempDir();
    /** Five standard normal columns, a to e, `a` shifted by `shift`. */
    const table = (seed: number, shift = 0) => {
      const next = seededRandom(seed);
      const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
      const row = () => [0, 1, 2, 3, 4].map((i) => (normal() + (i === 0 ? shift : 0)).toFixed(6));
      return ["a,b,c,d,e", ...Array.from({ length: 3000 }, () => row().join(","))].join("\n");
    };
    write("reference.csv", table(1));
    write("nudged.csv", table(2, 0.2));
    write("shifted.csv", table(3, 3));
    await profile(dir, "reference.csv", "reference.json");
    const compared = async (reference: string, current: string) => {
      const options = { reference, current, "fail-step": "false", "html-path": "none" };
      const report = `${current}.json`;
      const run = await mlops(
        ["drift-check", ...flags({ ...options, "report-path": report })],
        dir,
      );
      const json = JSON.parse(readFileSync(`${dir}/${report}`, "utf8"));
      return { summary: run.stdout, dataset: json.dataset, columns: json.columns };
    };
    const settle = "run check mode on the reference and current data themselves, not profiles";
    // Undrifted columns score about 0.02 from the sketches, with a bound of about 0.27 (twice the
    // rank error times the span, some 7 standard deviations): within it of the threshold 0.1. They
    // are named once, for the dataset, three of them and a count; a note on each would be noise.
    const nudged = await compared("reference.json", "nudged.csv");
    const [a, ...rest] = nudged.columns;
    const note = `the sketches cannot settle the verdict of 5 columns (a, b, c and 2 more): each score is within its error bound of its threshold, so the data's own score may lie on either side; ${settle}, for the exact scores`;
    expect(nudged.dataset.notes).toEqual([note]);
    expect(nudged.summary).toContain(`\n\n> ${note}\n\n| Column |`);
    for (const column of rest) {
      expect(column).toMatchObject({ method: "wasserstein", drifted: false, note: null });
      const bound = column.tests.wasserstein.normed_error_bound;
      expect(bound).toBeGreaterThan(Math.abs(column.score - 0.1));
    }
    // Nudged by 0.2 standard deviations, `a` drifts, but within its bound of the threshold: a
    // false alarm, perhaps, and a user acts on an alarm, so the column says so itself.
    const bound = a.tests.wasserstein.normed_error_bound;
    expect(a).toMatchObject({ drifted: true, threshold: 0.1 });
    expect(a.score - 0.1).toBeLessThan(bound);
    const own =
      /^the sketches cannot settle this verdict: the score (\S+) is within (\S+), its error bound, of the threshold 0\.1, and the data itself may not drift: (.*)$/.exec(
        a.note,
      );
    expect(own).not.toBeNull();
    // Six significant digits, as the report's numbers are shown.
    expect(Number(own![1])).toBeCloseTo(a.score, 5);
    expect(Number(own![2])).toBeCloseTo(bound, 5);
    expect(own![3]).toBe(`${settle}, for the exact score`);
    expect(nudged.summary).toContain(`| ⚠️ yes (${a.note}) |`);
    // Check mode with the reference data itself settles them: exact scores, each within its
    // bound of the sketched one, and no note.
    const exact = await compared("reference.csv", "nudged.csv");
    expect(exact.dataset.notes).toEqual([]);
    exact.columns.forEach((column: { score: number; note: string | null }, i: number) => {
      expect(column.note).toBeNull();
      const sketched = nudged.columns[i];
      const within = sketched.tests.wasserstein.normed_error_bound;
      expect(Math.abs(column.score - sketched.score)).toBeLessThanOrEqual(within);
    });
    // A shift of three standard deviations is far past the bound: the sketches settle `a`.
    const shifted = await compared("reference.json", "shifted.csv");
    expect(shifted.columns[0].score - 0.1).toBeGreaterThan(
      shifted.columns[0].tests.wasserstein.normed_error_bound,
    );
    expect(shifted.columns[0]).toMatchObject({ drifted: true, note: null });
    expect(shifted.dataset.notes).toEqual([
      note.replace("5 columns (a, b, c and 2 more)", "4 columns (b, c, d and 1 more)"),
    ]);
  });

  it("does not call a sketched column drifted by KS on its own data: the p-value allows for the sketch's error", async () => {
    const { dir, write } = tempDir();
    const rows = customers(60_000, 3).trimEnd().split("\n");
    const [header, ...body] = rows;
    write("reference.csv", `${rows.join("\n")}\n`);
    write("shuffled.csv", `${[header, ...body.reverse()].join("\n")}\n`);
    await profile(dir, "reference.csv", "reference.json");
    const columns = await columnsOf(dir, {
      method: "ks",
      reference: "reference.json",
      current: "shuffled.csv",
      "report-path": "report.json",
    });
    const amount = columns.get("amount")!;
    // Two sketches of the same values differ by up to their rank errors; at 30,000 rows a side
    // a difference of 0.01 would be a p-value near 1e-11, read as certain drift.
    expect(amount.tests.ks!.error_bound).toBeGreaterThan(0);
    expect(amount.tests.ks!.p_value).toBe(1);
    expect(amount.drifted).toBe(false);
    expect(amount.note).toMatch(
      /KS p-value of the sketched statistic less [\d.e+-]+, its error bound/,
    );
    expect(columns.get("age")!.tests.ks).toMatchObject({
      statistic: 0,
      p_value: 1,
      error_bound: 0,
    });
  });
});

/**
 * A day of sales, 300 rows: units (0 to 39, counted exactly), and a holiday on every other row
 * where the day has one; a day without one has no value in that column, which reads as text.
 */
function salesDay(seed: number, holiday = ""): string {
  const next = seededRandom(seed);
  const rows = Array.from({ length: 300 }, (_, i) => {
    const units = Math.floor(next() * (holiday ? 60 : 40));
    return `${units},${i % 2 ? holiday : ""}`;
  });
  return ["units,holiday", ...rows].join("\n") + "\n";
}

/**
 * Days 20 to 25 of December as data (days/) and their profiles (prof/), a holiday on 24 and 25;
 * `profile` profiles a day's data, `drift` compares in compare mode and reads the report.
 */
async function december() {
  const { dir, write } = tempDir();
  const profile = async (day: number) => {
    const options = { mode: "profile", current: `days/2024-12-${day}.csv` };
    const path = `prof/2024-12-${day}.json`;
    const run = await mlops(["drift-check", ...flags({ ...options, "report-path": path })], dir);
    expect(run.code).toBe(0);
  };
  const holidays: Record<number, string> = { 24: "Christmas Eve", 25: "Christmas Day" };
  for (const day of [20, 21, 22, 23, 24, 25]) {
    write(`days/2024-12-${day}.csv`, salesDay(day, holidays[day]));
    await profile(day);
  }
  const drift = async (options: Record<string, string>) => {
    const fixed = { mode: "compare", "fail-step": "false", "html-path": "none" };
    const path = "report.json";
    const run = await mlops(
      ["drift-check", ...flags({ ...fixed, ...options, "report-path": path })],
      dir,
    );
    const report = run.code === 0 ? JSON.parse(readFileSync(`${dir}/${path}`, "utf8")) : undefined;
    return { ...run, report };
  };
  return { write, profile, drift };
}

describe("daily profiles merged, as the current and as the reference", () => {
  it("merges days whose column has no values with days that have them", async () => {
    const { drift } = await december();
    const run = await drift({
      reference: "prof/2024-12-20.json",
      current: "prof/2024-12-2[1-5].json",
    });
    expect(run.stderr).not.toContain("mlops drift-check:");
    expect(run.report.current).toMatchObject({ kind: "profiles", rows: 1500 });
    const holiday = run.report.columns.find((c: { name: string }) => c.name === "holiday");
    expect(holiday).toMatchObject({
      n_reference: 0,
      n_current: 300,
      note: "no values in the reference data",
    });
  });

  it("takes a glob of daily profiles as the reference, merged as the current's are", async () => {
    const { drift } = await december();
    const current = "prof/2024-12-25.json";
    const window = await drift({ reference: "prof/2024-12-2[0-4].json", current });
    expect(window.stderr).not.toContain("mlops drift-check:");
    expect(window.report.reference).toEqual({
      source: "prof/2024-12-2[0-4].json",
      kind: "profile",
      rows: 1500,
      from: null,
    });
    // The same days' data, profiled whole as the reference: units and holidays are counted
    // exactly on both sides, so every test is the same.
    const data = await drift({ reference: "days/2024-12-2[0-4].csv", current });
    expect(data.report.reference).toMatchObject({ kind: "data", rows: 1500 });
    const tests = (report: { columns: { name: string; tests: unknown }[] }) =>
      report.columns.map(({ name, tests }) => ({ name, tests }));
    expect(tests(window.report)).toEqual(tests(data.report));
    const units = window.report.columns.find((c: { name: string }) => c.name === "units");
    expect(units.tests.ks.error_bound).toBe(0);
  });

  it("refuses a reference glob as the current's: one that matches nothing, or profiles that do not merge", async () => {
    const { write, profile, drift } = await december();
    const none = await drift({ reference: "prof/2023-*.json", current: "prof/2024-12-25.json" });
    expect(none.code).toBe(1);
    expect(none.stderr).toBe(
      "mlops drift-check: input 'reference': no file matches 'prof/2023-*.json'. Check the path and the pattern: it names the reference's profile files, such as profiles/2024-05-*.json, which are merged into one\n",
    );
    // A day whose holiday column holds numbers: they do not merge with the 24th's names.
    write("days/2024-12-26.csv", "units,holiday\n3,1\n4,0\n");
    await profile(26);
    const refused =
      "mlops drift-check: prof/2024-12-24.json and prof/2024-12-26.json differ in their columns: column 2 is 'holiday' (categorical) in prof/2024-12-24.json and 'holiday' (integer) in prof/2024-12-26.json. Make the profiles again with column 'holiday' read as one type: each with the same data contract declaring it (drift-check's schema input, validate-data's profile-path), or with the values fixed that made one part's first rows read it as the other\n";
    const glob = "prof/2024-12-2[2-6].json";
    const asReference = await drift({ reference: glob, current: "prof/2024-12-20.json" });
    const asCurrent = await drift({ reference: "prof/2024-12-20.json", current: glob });
    for (const run of [asReference, asCurrent]) {
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(refused);
    }
  });
});

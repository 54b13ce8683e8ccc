import {
  linkSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { driftCheck, runInRunner } from "@mlops/shared";
import { flags } from "../helpers/flags.js";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { runner } from "../runner/runner-step.js";

/** A day of sales: 100 rows of units (0 to 5) and a store, their mix changing with the day. */
const salesDay = (day: number) =>
  `units,store\n${Array.from({ length: 100 }, (_, i) => `${(i * day) % 6},${"abc"[(i * day) % 3]}`).join("\n")}\n`;

/**
 * A workspace of days 1 to 6, each as data (`days/<n>.csv`) and as a profile, the first three in
 * `old/` and the rest in `new/`, as a team keeping a month's profiles in a folder of its own.
 */
async function workspace() {
  const { dir, write } = tempDir();
  for (const day of [1, 2, 3, 4, 5, 6]) {
    write(`days/${day}.csv`, salesDay(day));
    const profile = `${day <= 3 ? "old" : "new"}/${day}.json`;
    const options = { mode: "profile", current: `days/${day}.csv`, "report-path": profile };
    expect((await mlops(["drift-check", ...flags(options)], dir)).code).toBe(0);
  }
  const drift = async (reference: readonly string[], options: Record<string, string> = {}) => {
    // Compare mode, as profiles are compared: the current is day 6's profile.
    const fixed = {
      mode: "compare",
      current: "new/6.json",
      "fail-step": "false",
      "html-path": "none",
      "report-path": "report.json",
      ...options,
    };
    const given = reference.flatMap((item) => ["--reference", item]);
    const run = await mlops(["drift-check", ...given, ...flags(fixed)], dir);
    const report =
      run.code === 0
        ? JSON.parse(readFileSync(join(dir, fixed["report-path"]), "utf8"))
        : undefined;
    return { ...run, report };
  };
  return Object.assign(drift, { dir });
}

/** A report's tests, column by column. */
const tests = (report: { columns: { name: string; tests: unknown }[] }) =>
  report.columns.map(({ name, tests }) => ({ name, tests }));

describe("drift-check's reference as a list of paths and globs", () => {
  it("merges profiles from two folders, given as repeated flags or one a line, as their days' data reads", async () => {
    const drift = await workspace();
    const listed = await drift(["old/*.json", "new/[45].json"]);
    expect(listed.stderr).not.toContain("mlops drift-check:");
    expect(listed.report.reference).toEqual({
      source: "old/*.json, new/[45].json",
      kind: "profile",
      rows: 500,
      from: null,
    });
    // A workflow's `reference: |` block reaches the action as the same list, one a line.
    const lines = await drift(["old/*.json\nnew/[45].json\n"]);
    expect(lines.report.reference).toEqual(listed.report.reference);
    // Days 1 to 5 as data, two explicit files beside a glob: counted exactly on both sides, as
    // the profiles count these few values, so every test is the same.
    const data = await drift(["days/[1-3].csv", "days/4.csv", "days/5.csv"]);
    expect(data.report.reference).toMatchObject({
      source: "days/[1-3].csv, days/4.csv, days/5.csv",
      kind: "data",
      rows: 500,
    });
    expect(tests(listed.report)).toEqual(tests(data.report));
  });

  it("reads a file that two items name once", async () => {
    const drift = await workspace();
    const profiles = await drift(["old/*.json", "old/2.json", "old/[12].json"]);
    expect(profiles.report.reference).toMatchObject({ kind: "profile", rows: 300 });
    // In check mode too, where the data is read whole rather than profiled.
    const check = { mode: "check", current: "days/6.csv" };
    const data = await drift(["days/[1-3].csv", "days/2.csv"], check);
    expect(data.report.reference).toMatchObject({ kind: "data", rows: 300 });
    expect(tests(data.report)).toEqual(tests((await drift(["days/[1-3].csv"], check)).report));
  });

  it("reads a file once that a link beside it names too, as profiles and as data", async () => {
    const drift = await workspace();
    // The latest day kept as a link, as a folder of dailies often has one.
    symlinkSync("3.json", join(drift.dir, "old/latest.json"));
    symlinkSync("3.csv", join(drift.dir, "days/latest.csv"));
    const profiles = await drift(["old/*.json"]);
    expect(profiles.report.reference).toMatchObject({ kind: "profile", rows: 300 });
    const check = { mode: "check", current: "days/6.csv" };
    const data = await drift(["days/[1-3].csv", "days/latest.csv"], check);
    expect(data.report.reference).toMatchObject({ kind: "data", rows: 300 });
  });

  it("reads a file once that a hard link names too, as profiles and as data", async () => {
    const drift = await workspace();
    // A hard link is the same file under a second name: no path tells it, its inode does.
    linkSync(join(drift.dir, "old/3.json"), join(drift.dir, "old/copy.json"));
    linkSync(join(drift.dir, "days/3.csv"), join(drift.dir, "days/copy.csv"));
    const profiles = await drift(["old/[1-3].json", "old/copy.json"]);
    expect(profiles.report.reference).toMatchObject({ kind: "profile", rows: 300 });
    const check = { mode: "check", current: "days/6.csv" };
    const data = await drift(["days/[1-3].csv", "days/copy.csv"], check);
    expect(data.report.reference).toMatchObject({ kind: "data", rows: 300 });
  });

  it("refuses an item that matches nothing, naming it, as a single pattern is", async () => {
    const drift = await workspace();
    const profiles = await drift(["old/*.json", "older/*.json"]);
    expect(profiles.code).toBe(1);
    expect(profiles.stderr).toBe(
      "mlops drift-check: input 'reference': no file matches 'older/*.json'. Check the path and the pattern: it names the reference's profile files, such as profiles/2024-05-*.json, which are merged into one\n",
    );
    const data = await drift(["days/[1-3].csv", "days/2023-*.csv"]);
    expect(data.code).toBe(1);
    expect(data.stderr).toBe(
      "mlops drift-check: input 'reference': days/2023-*.csv: no file matches this pattern. Check the path and the pattern\n",
    );
    const file = await drift(["old/1.json", "old/9.json"]);
    expect(file.stderr).toBe(
      "mlops drift-check: input 'reference': 'old/9.json' is neither a file nor a registry reference. Give a data or profile file, or a registry reference such as churn#prod\n",
    );
    // Items are one a line: commas, which a file name may hold, separate none.
    const commas = await drift(["old/1.json, old/2.json"]);
    expect(commas.stderr).toBe(
      "mlops drift-check: input 'reference': 'old/1.json, old/2.json' is neither a file nor a registry reference. To give several files or globs, give one a line (or --reference once for each)\n",
    );
  });

  it("refuses data listed with profiles, and a registry reference listed with anything", async () => {
    const drift = await workspace();
    const mixed = await drift(["old/*.json", "days/4.csv"]);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toBe(
      "mlops drift-check: input 'reference': lists data ('days/4.csv') and profiles ('old/*.json'), which cannot be compared as one. List only data files, read as one table, or only profile files, merged into one\n",
    );
    const registry = await drift(["churn#prod", "old/*.json"]);
    expect(registry.code).toBe(1);
    expect(registry.stderr).toBe(
      "mlops drift-check: input 'reference': 'churn#prod' is a registry reference, which names one version's profile and cannot be listed with other references. Give the registry reference alone, or list only files and globs\n",
    );
  });

  it("refuses a report written over a listed file, or over a file a listed glob matches, and leaves the file", async () => {
    const drift = await workspace();
    const profile = (day: number) => readFileSync(join(drift.dir, `old/${day}.json`), "utf8");
    const before = [1, 2, 3].map(profile);
    const listed = await drift(["old/1.json", "old/2.json"], { "report-path": "old/2.json" });
    expect(listed.code).toBe(1);
    expect(listed.stderr).toBe(
      "mlops drift-check: input 'report-path': would overwrite the file of input 'reference' ('old/2.json'). Write the output somewhere else\n",
    );
    // A single item is a list of one: still refused, as a reference given alone always was.
    const alone = await drift(["old/1.json"], { "report-path": "./old/1.json" });
    expect(alone.stderr).toContain("would overwrite the file of input 'reference' ('old/1.json')");
    const matched = await drift(["new/[45].json", "old/*.json"], { "report-path": "old/3.json" });
    expect(matched.code).toBe(1);
    expect(matched.stderr).toBe(
      "mlops drift-check: input 'report-path': would overwrite the file of input 'reference' ('old/3.json', matched by 'old/*.json'). Write the output somewhere else\n",
    );
    expect([1, 2, 3].map(profile)).toEqual(before);
    // A report the glob would match but that is not there yet is written after the read.
    const fresh = await drift(["old/*.json"], { "report-path": "old/report.json" });
    expect(fresh.code).toBe(0);
    expect(fresh.report.reference).toMatchObject({ source: "old/*.json", rows: 300 });
  });

  it("in a runner, refuses a listed file that a link leads out of the workspace", async () => {
    const outside = tempDir();
    const secret = outside.write("secret.csv", "units,store\n1,a\n");
    const step = runner({ reference: "days/1.csv\nlinked.csv", current: "days/1.csv" });
    mkdirSync(join(step.dir, "days"));
    writeFileSync(join(step.dir, "days/1.csv"), salesDay(1));
    symlinkSync(secret, join(step.dir, "linked.csv"));
    expect(await runInRunner(driftCheck, step.io)).toBe(1);
    expect(step.lines).toEqual([
      `::error::input 'reference': 'linked.csv' is a symbolic link to '${realpathSync(secret)}', out of the workspace. Commit the file itself, not a link to it; a file outside the workspace is read when given by its own path`,
    ]);
  });
});

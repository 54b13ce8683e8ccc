import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { DriftReport } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { csvTable } from "./drift-data.js";

/** A workspace with a reference and a current dataset, and `mlops drift-check` run in it. */
function workspace(reference: string, current: string) {
  const { dir, write } = tempDir();
  write("reference.csv", reference);
  write("current.csv", current);
  const run = (flags: string[]) => mlops(["drift-check", "--fail-step", "false", ...flags], dir);
  return { dir, run };
}

/** Current data whose third row cannot be read: a reply naming it means the read began. */
const unreadable = csvTable({ rows: 20, seed: 2 }).replace(/\n(?:[^\n]*\n){2}[^,\n]+,/, (m) =>
  m.replace(/[^,\n]+,$/, "abc,"),
);

describe("drift-check inputs", () => {
  it("needs no reference in profile mode", async () => {
    const { dir, run } = workspace("", csvTable({ rows: 20, seed: 1 }));
    const { code, stderr } = await run(["--mode", "profile", "--current", "current.csv"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(existsSync(`${dir}/mlops-out/drift-profile.json`)).toBe(true);
  });

  it("names a file that cannot be read as the working directory shows it, with its line", async () => {
    const current = "x,level,color,score\n1,2,red,0.5\n3\n";
    const { run } = workspace(csvTable({ rows: 20, seed: 1 }), current);
    const { code, stderr } = await run([
      "--reference",
      "reference.csv",
      "--current",
      "current.csv",
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^mlops drift-check: current\.csv:3: this row has 1 field, the header has 4\./,
    );
  });

  it("names the input whose path or glob names no file, in every mode, before reading the other side", async () => {
    // The reference cannot be read past its header: an answer about the current means the
    // reference was never read.
    const { run } = workspace("x,level\n1\n", csvTable({ rows: 20, seed: 1 }));
    const noSuchFile =
      "no such file. Check the path; a relative path starts from the working directory";
    const noMatch = "no file matches this pattern. Check the path and the pattern";
    const check = await run(["--reference", "reference.csv", "--current", "current.csv.gz"]);
    expect(check.code).toBe(1);
    expect(check.stderr).toBe(
      `mlops drift-check: input 'current': current.csv.gz: ${noSuchFile}\n`,
    );
    const reference = await run(["--reference", "last-month/*.csv", "--current", "current.csv"]);
    expect(reference.stderr).toBe(
      `mlops drift-check: input 'reference': last-month/*.csv: ${noMatch}\n`,
    );
    const compare = ["--mode", "compare", "--reference", "reference.csv"];
    expect((await run([...compare, "--current", "profiles/*.json"])).stderr).toBe(
      `mlops drift-check: input 'current': profiles/*.json: ${noMatch}\n`,
    );
    expect((await run(["--mode", "profile", "--current", "today.csv"])).stderr).toBe(
      `mlops drift-check: input 'current': today.csv: ${noSuchFile}\n`,
    );
  });

  it("in compare mode, says that the current side must be profiles when it is data", async () => {
    const { dir, write } = tempDir();
    write("reference.csv", csvTable({ rows: 20, seed: 1 }));
    write("current.csv", csvTable({ rows: 20, seed: 2 }));
    write("notes.txt", "profiled on Monday\n");
    const compare = (current: string) =>
      mlops(
        ["drift-check", "--mode", "compare", "--reference", "reference.csv", "--current", current],
        dir,
      );
    const data = await compare("current.csv");
    expect(data.code).toBe(1);
    expect(data.stderr).toBe(
      "mlops drift-check: input 'current': compare mode reads profiles written by drift-check --mode profile; current.csv is data, not one. Profile each part of the data with --mode profile and give those files, or compare the data itself with --mode check\n",
    );
    const text = await compare("notes.txt");
    expect(text.stderr).toBe(
      "mlops drift-check: notes.txt: holds text, not a mlops.profile/v1 document. A profile is the JSON file that drift-check --mode profile, or validate-data's profile-path, writes\n",
    );
  });

  it("refuses issue and dispatch without a repository and token before reading any data", async () => {
    // The current data is unreadable: an answer about on-drift means it was never read.
    const { dir, run } = workspace(csvTable({ rows: 20, seed: 1 }), unreadable);
    const base = ["--reference", "reference.csv", "--current", "current.csv"];
    const { code, stderr } = await run([...base, "--on-drift", "issue"]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      "mlops drift-check: input 'on-drift': issue and dispatch need the repository and a token. Run in a workflow (GITHUB_REPOSITORY) with github-token, or set GITHUB_REPOSITORY and GITHUB_TOKEN\n",
    );
    expect(existsSync(`${dir}/mlops-out`)).toBe(false);
  });

  it("asks for the reference in check mode, naming the input", async () => {
    const { run } = workspace("", csvTable({ rows: 20, seed: 1 }));
    const { code, stderr } = await run(["--current", "current.csv"]);
    expect(code).toBe(1);
    expect(stderr).toContain("mlops drift-check: input 'reference': is required in check mode");
  });

  it("refuses a method or threshold for a column not checked before reading the current data", async () => {
    const { run } = workspace(csvTable({ rows: 20, seed: 1 }), unreadable);
    const base = ["--reference", "reference.csv", "--current", "current.csv"];
    expect((await run(base)).stderr).toMatch(/current\.csv:4: column 'x' \(numeric\)/);
    const method = await run([...base, "--method", "{colour: psi}"]);
    expect(method.code).toBe(1);
    expect(method.stderr).toContain("input 'method': 'colour' is not a checked column");
    const threshold = await run([...base, "--ignore-columns", "x", "--threshold", "{x: 0.2}"]);
    expect(threshold.code).toBe(1);
    expect(threshold.stderr).toContain(
      "input 'threshold': 'x' is neither a checked column nor a method",
    );
  });

  it("checks a column whose name holds a comma, listed in double quotes", async () => {
    const table = (seed: number) =>
      csvTable({ rows: 40, seed }).replace(/^[^,\n]+/, '"income, annual"');
    const { dir, run } = workspace(table(5), table(6));
    const flags = ["--reference", "reference.csv", "--current", "current.csv"];
    const { code, stderr } = await run([...flags, "--columns", '"income, annual"']);
    expect(stderr).toMatch(/^drift-check: 1 column compared in [\d.]+ s\n$/);
    expect(code).toBe(0);
    const report = JSON.parse(
      readFileSync(`${dir}/mlops-out/drift-report.json`, "utf8"),
    ) as DriftReport;
    expect(report.columns.map((c) => c.name)).toEqual(["income, annual"]);
    // Unquoted, the comma separates two names.
    const split = await run([...flags, "--columns", "income, annual"]);
    expect(split.code).toBe(1);
    expect(split.stderr).toContain("'income'");
  });

  it("writes no HTML report with html-path none", async () => {
    const { dir, run } = workspace(
      csvTable({ rows: 50, seed: 3 }),
      csvTable({ rows: 50, seed: 4 }),
    );
    const { code, stdout } = await run([
      "--reference",
      "reference.csv",
      "--current",
      "current.csv",
      "--html-path",
      "none",
      "--json",
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      "html-path": "",
      "report-path": "mlops-out/drift-report.json",
    });
    expect(existsSync(`${dir}/mlops-out/drift-report.html`)).toBe(false);
    expect(existsSync(`${dir}/none`)).toBe(false);
  });

  const base = ["--reference", "reference.csv", "--current", "current.csv", "--html-path", "none"];

  it.each([
    [
      "2",
      "column 'x' is tested with ks, whose threshold is a p-value, and 2 is not between 0 and 1",
    ],
    ["{chi2: 0}", "column 'level' is tested with chi2, whose threshold is a p-value, and 0 is not"],
    ["{x: 1}", "column 'x' is tested with ks, whose threshold is a p-value, and 1 is not between"],
    ["1e400", "the threshold of every column is Infinity"],
    ["Infinity", 'the threshold of every column is "Infinity"'],
    ["{x: .inf}", "the threshold of 'x' is Infinity"],
  ])(
    "refuses the threshold %s, naming the column and method, and writes nothing",
    async (threshold, line) => {
      const { dir, run } = workspace(
        csvTable({ rows: 50, seed: 5 }),
        csvTable({ rows: 50, seed: 6 }),
      );
      const { code, stderr } = await run([...base, "--threshold", threshold]);
      expect(code).toBe(1);
      expect(stderr).toContain(`mlops drift-check: input 'threshold': ${line}`);
      expect(stderr).not.toMatch(/bug|\n\s+at /);
      expect(existsSync(`${dir}/mlops-out/drift-report.json`)).toBe(false);
    },
  );

  it("takes a distance threshold above 1 where no p-value test uses it", async () => {
    const { run } = workspace(csvTable({ rows: 50, seed: 5 }), csvTable({ rows: 50, seed: 6 }));
    const { code } = await run([...base, "--method", "{x: wasserstein}", "--threshold", "{x: 2}"]);
    expect(code).toBe(0);
  });

  it.each([
    [["--method", "constructor"], "input 'method': 'constructor' is not a method"],
    [["--method", "__proto__"], "input 'method': '__proto__' is not a method"],
    [["--method", "{x: toString}"], "input 'method': 'toString' is not a method"],
    [
      ["--threshold", "{__proto__: 0.5}"],
      "input 'threshold': '__proto__' is neither a checked column nor a method",
    ],
    [
      ["--threshold", "{constructor: 0.5}"],
      "input 'threshold': 'constructor' is neither a checked column nor a method",
    ],
  ])("refuses prototype names in %j instead of reading or ignoring them", async (flags, line) => {
    const { run } = workspace(csvTable({ rows: 50, seed: 5 }), csvTable({ rows: 50, seed: 6 }));
    const { code, stderr } = await run([...base, ...flags]);
    expect(code).toBe(1);
    expect(stderr).toContain(`mlops drift-check: ${line}`);
  });
});

describe("drift-check with columns named like prototype properties", () => {
  it("checks columns named __proto__ and constructor, with a threshold and method each", async () => {
    const rename = (csv: string) =>
      csv.replace("x,level,color,score", "__proto__,level,constructor,score");
    const { dir, run } = workspace(
      rename(csvTable({ rows: 300, seed: 7 })),
      rename(csvTable({ rows: 300, seed: 8 })),
    );
    const { code } = await run([
      "--reference",
      "reference.csv",
      "--current",
      "current.csv",
      "--threshold",
      '{"__proto__": 0.2, "constructor": 0.3}',
      "--method",
      '{"__proto__": wasserstein, "constructor": jensen_shannon}',
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(
      readFileSync(`${dir}/mlops-out/drift-report.json`, "utf8"),
    ) as DriftReport;
    const byName = new Map(report.columns.map((c) => [c.name, c]));
    expect(byName.get("__proto__")).toMatchObject({ method: "wasserstein", threshold: 0.2 });
    expect(byName.get("constructor")).toMatchObject({ method: "jensen_shannon", threshold: 0.3 });
  });
});

describe("drift-check's reports, all or none", () => {
  it("writes no JSON report when the HTML report cannot be written, and says which file failed", async () => {
    const { dir, run } = workspace(
      csvTable({ rows: 50, seed: 5 }),
      csvTable({ rows: 50, seed: 6 }),
    );
    // A 250-byte name is valid, but its temporary (name.pid.random.tmp) passes the 255-byte
    // limit of a file name: the HTML's own write fails, even as root, after the JSON's was staged.
    const html = `${"h".repeat(245)}.html`;
    const { code, stderr } = await run([
      "--reference",
      "reference.csv",
      "--current",
      "current.csv",
      "--html-path",
      html,
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `${html}: cannot be written (ENAMETOOLONG); no output of this run was written`,
    );
    expect(stderr).not.toMatch(/bug/);
    expect(existsSync(`${dir}/mlops-out/drift-report.json`)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(["current.csv", "mlops-out", "reference.csv"]);
    expect(readdirSync(`${dir}/mlops-out`)).toEqual([]);
  });
});

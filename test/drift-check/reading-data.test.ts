import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { flags } from "../helpers/flags.js";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { check } from "./check-csv.js";
import { csvTable, written } from "./drift-data.js";

describe("drift-check's missing values", () => {
  it("reads only the empty cell as missing by default, as validate-data does: NA makes a column text", async () => {
    const run = await check(written(400, 0, "NA"), written(400, 0, "NA"));
    expect(run.code).toBe(0);
    expect(run.column("income").method).toBe("chi2");
    expect(run.report.settings.missing_values).toEqual([""]);
  });

  it("with pandas, reads NA, n/a and their kin as pandas does for Evidently: a column with gaps is numbers", async () => {
    const run = await check(written(400, 0, "NA"), written(400, 0, "n/a"), [
      "--missing-values",
      "pandas",
    ]);
    expect(run.code).toBe(0);
    const income = run.column("income");
    expect(income.method).toBe("ks");
    expect(income.drifted).toBe(false);
    expect(income.n_reference).toBe(320);
    expect(income.missing_reference).toBe(80);
    expect(income.missing_current).toBe(80);
    expect(run.report.settings.missing_values).toContain("NA");
    expect(run.report.settings.missing_values[0]).toBe("");
  });

  it("takes values of its own, such as a sentinel number, beside pandas' or alone", async () => {
    const run = await check(written(400, 0, "-999"), written(400, 0, "NA"), [
      "--missing-values",
      "pandas, -999",
    ]);
    const income = run.column("income");
    expect(income.missing_reference).toBe(80);
    expect(income.missing_current).toBe(80);
    expect(income.drifted).toBe(false);
    const alone = await check(written(400, 0, "-999"), written(400, 0, "-999"), [
      "--missing-values",
      "-999",
    ]);
    expect(alone.report.settings.missing_values).toEqual(["", "-999"]);
  });

  it("applies them in profile mode too, so that its profiles compare with data read alike", async () => {
    const { dir, write } = tempDir();
    write("current.csv", written(400, 0, "NA"));
    const run = await mlops(
      [
        "drift-check",
        "--mode",
        "profile",
        "--current",
        "current.csv",
        "--missing-values",
        "pandas",
      ],
      dir,
    );
    expect(run.code).toBe(0);
    const profile = JSON.parse(readFileSync(`${dir}/mlops-out/drift-profile.json`, "utf8")) as {
      columns: { name: string; type: string; missing: number }[];
    };
    expect(profile.columns.find((c) => c.name === "income")).toMatchObject({
      type: "integer",
      missing: 80,
    });
  });
});

describe("drift-check's non-finite numbers", () => {
  /** `csv` with the x cell of the given data rows (0 is the first after the header) replaced. */
  const withX = (csv: string, cells: Record<number, string>) =>
    csv
      .split("\n")
      .map((line, i) => (cells[i - 1] === undefined ? line : line.replace(/^[^,]*/, cells[i - 1]!)))
      .join("\n");

  it("tests a float column with inf and NaN cells, as pandas writes them, as numbers, leaving those cells out", async () => {
    const reference = csvTable({ rows: 200, seed: 7 });
    const current = csvTable({ rows: 200, seed: 8, shift: 0.1 });
    const run = await check(
      withX(reference, { 3: "inf", 50: "NaN" }),
      withX(current, { 10: "-INF", 20: "nan" }),
    );
    expect(run.code).toBe(0);
    const x = run.column("x");
    expect(x).toMatchObject({ type: "numeric", method: "ks", note: null });
    expect([x.n_reference, x.missing_reference, x.n_current, x.missing_current]).toEqual([
      198, 2, 198, 2,
    ]);
    // As if the cells were empty: no value, in the test and in the counts.
    const empty = await check(
      withX(reference, { 3: "", 50: "" }),
      withX(current, { 10: "", 20: "" }),
    );
    expect(empty.column("x").method).toBe("ks");
    expect(x.statistic).toBeCloseTo(empty.column("x").statistic!, 12);
    expect(x.p_value).toBeCloseTo(empty.column("x").p_value!, 12);
  });
});

describe("drift-check's delimiter", () => {
  const semicolons = (text: string) => text.replaceAll(",", ";");

  it("reads both sides' CSV files with the delimiter given", async () => {
    const run = await check(semicolons(written(400, 0, "")), semicolons(written(400, 5_000, "")), [
      "--delimiter",
      ";",
    ]);
    expect(run.code).toBe(0);
    expect(run.report.columns.map((c) => c.name)).toEqual(["income", "plan"]);
    expect(run.column("income")).toMatchObject({ method: "ks", drifted: true });
    expect(run.column("plan")).toMatchObject({ method: "z", drifted: false });
  });

  it("profiles with it, and compares current data read with it against that profile", async () => {
    const { dir, write } = tempDir();
    write("reference.csv", semicolons(written(400, 0, "")));
    write("current.csv", semicolons(written(400, 0, "")));
    const semicolon = ["--delimiter", ";"];
    const profiled = await mlops(
      ["drift-check", "--mode", "profile", "--current", "reference.csv", ...semicolon].concat(
        flags({ "report-path": "reference.json" }),
      ),
      dir,
    );
    expect(profiled.code).toBe(0);
    const run = await mlops(
      ["drift-check", "--reference", "reference.json", "--current", "current.csv", ...semicolon],
      dir,
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(`${dir}/mlops-out/drift-report.json`, "utf8"));
    expect(report.columns.map((c: { name: string }) => c.name)).toEqual(["income", "plan"]);
    expect(report.dataset.drifted).toBe(false);
  });

  it("warns of a reference read as one column, naming the delimiter to give", async () => {
    const data = semicolons(written(50, 0, ""));
    const run = await check(data, data);
    expect(run.stderr).toContain(
      `warning: the reference reads as one column, 'income;plan': if its fields are delimited by ";", give the delimiter input: ;`,
    );
    const given = await check(data, data, ["--delimiter", ";"]);
    expect(given.stderr).not.toContain("reads as one column");
  });

  it("warns of data profiled as one column, and of a reference profile made so, which must be made again", async () => {
    const { dir, write } = tempDir();
    write("reference.csv", semicolons(written(50, 0, "")));
    const profiled = await mlops(
      ["drift-check", "--mode", "profile", "--current", "reference.csv"].concat(
        flags({ "report-path": "reference.json" }),
      ),
      dir,
    );
    expect(profiled.code).toBe(0);
    expect(profiled.stderr).toContain(
      `warning: reference.csv reads as one column, 'income;plan': if its fields are delimited by ";", give the delimiter input: ;`,
    );
    write("current.csv", semicolons(written(50, 0, "")));
    const run = await mlops(
      ["drift-check", "--reference", "reference.json", "--current", "current.csv"],
      dir,
    );
    expect(run.stderr).toContain(
      `warning: reference.json reads as one column, 'income;plan': if its fields are delimited by ";", make the profile again with the delimiter input: ;`,
    );
  });

  it("refuses a delimiter that could be part of a value, before reading anything", async () => {
    const run = await check("a,b\n1,2\n", "a,b\n1,2\n", ["--delimiter", "1"]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      "mlops drift-check: input 'delimiter': '1' is not a delimiter. Give the one character between fields, such as ; or |, or tab or space",
    );
    expect(run.text).toBe("{}");
  });
});

describe("drift-check's columns", () => {
  it("warns of columns the current data has and the reference lacks, which it cannot check", async () => {
    const reference = "income\n1\n2\n3\n";
    const current = "income,region,channel\n1,eu,web\n2,us,app\n3,eu,web\n";
    const run = await check(reference, current);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      "warning: current.csv has columns the reference lacks, not checked: 'region', 'channel'",
    );
    expect(run.report.columns.map((c) => c.name)).toEqual(["income"]);
  });

  it("keeps that warning one line whatever the new column's name holds", async () => {
    const run = await check("income\n1\n2\n", 'income,"a\nwarning: forged"\n1,x\n2,y\n');
    const warnings = run.stderr.split("\n").filter((line) => line.includes("warning"));
    expect(warnings).toEqual([
      "warning: current.csv has a column the reference lacks, not checked: 'a\\nwarning: forged'",
    ]);
  });

  it("refuses JSON Lines reference data whose lines have no key, with a fix that fits it", async () => {
    const { dir, write } = tempDir();
    write("reference.jsonl", "{}\n{}\n");
    write("current.csv", "income\n1\n2\n");
    const run = await mlops(
      ["drift-check", ...flags({ reference: "reference.jsonl", current: "current.csv" })],
      dir,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "mlops drift-check: input 'reference': has no columns: no line of its data has a key, or its profile has no column. Give reference data whose lines have keys (or a header row, in CSV), or a profile of such data\n",
    );
  });
});

describe("drift-check's dates", () => {
  it("reads the current data's dates and date-times alike where the reference's column mixes them", async () => {
    // Days of January, every third one with a time: inferred a column of dates on both sides.
    const days = (from: number) =>
      Array.from({ length: 30 }, (_, i) => {
        const day = `2024-01-${String(((from + i) % 28) + 1).padStart(2, "0")}`;
        return i % 3 === 0 ? `${day}T06:00:00Z` : day;
      });
    const run = await check(`day\n${days(0).join("\n")}\n`, `day\n${days(5).join("\n")}\n`);
    expect(run.code).toBe(0);
    expect(run.column("day")).toMatchObject({ n_current: 30, missing_current: 0 });
  });
});

/** `rows` rows of an income and a plan, with a region when `region` is given. */
const incomes = (rows: number, region?: string) =>
  Array.from({ length: rows }, (_, i) => ({
    income: 40_000 + ((i * 7919) % 20_000),
    plan: ["basic", "pro"][i % 2]!,
    ...(region === undefined ? {} : { region }),
  }));

const csv = (rows: Record<string, string | number>[]) =>
  [Object.keys(rows[0]!).join(","), ...rows.map((row) => Object.values(row).join(","))].join("\n") +
  "\n";

const jsonl = (rows: Record<string, string | number>[]) =>
  rows.map((row) => JSON.stringify(row)).join("\n") + "\n";

/** A reference and a current side of one kind, whose current side has columns of its own. */
interface Setting {
  /** Writes the reference and the current side into `dir`; returns drift-check's flags for them. */
  readonly make: (dir: string, write: (name: string, text: string) => string) => Promise<string[]>;
  /** The current side as drift-check names it. */
  readonly source: string;
  /** The columns of both sides, reference first. */
  readonly columns: string;
  /** The columns only the current side has, as ignore-columns lists them. */
  readonly added: string;
  /** The warning of those columns, when they are not ignored. */
  readonly warning: string;
  /**
   * Whether a name in ignore-columns that no column has is refused only once the data is read
   * whole, after the warning of its first rows' columns: in JSON Lines it may be a key that first
   * appears later.
   */
  readonly refusedAtTheEnd?: true;
}

const parquetFixture = fileURLToPath(
  new URL("../fixtures/parquet/table-none.parquet", import.meta.url),
);

const profiled = async (dir: string, data: string, profile: string) => {
  const run = await mlops(
    ["drift-check", ...flags({ mode: "profile", current: data, "report-path": profile })],
    dir,
  );
  expect(run.code).toBe(0);
};

const SETTINGS: Record<string, Setting> = {
  "CSV data": {
    make: async (_, write) => {
      write("reference.csv", csv(incomes(50)));
      write("current.csv", csv(incomes(50, "eu")));
      return flags({ reference: "reference.csv", current: "current.csv" });
    },
    source: "current.csv",
    columns: "income, plan, region",
    added: "region",
    warning: "current.csv has a column the reference lacks, not checked: 'region'",
  },
  "JSONL data": {
    make: async (_, write) => {
      write("reference.csv", csv(incomes(50)));
      write("current.jsonl", jsonl(incomes(50, "eu")));
      return flags({ reference: "reference.csv", current: "current.jsonl" });
    },
    source: "current.jsonl",
    columns: "income, plan, region",
    added: "region",
    warning: "current.jsonl has a column the reference lacks, not checked: 'region'",
    refusedAtTheEnd: true,
  },
  "Parquet data": {
    make: async (dir, write) => {
      // The fixture's score and city, and five columns more.
      const rows = Array.from({ length: 50 }, (_, i) => ({
        score: i * 0.5,
        city: ["paris", "lyon", "nice"][i % 3]!,
      }));
      write("reference.csv", csv(rows));
      copyFileSync(parquetFixture, `${dir}/current.parquet`);
      return flags({ reference: "reference.csv", current: "current.parquet" });
    },
    source: "current.parquet",
    columns: "score, city, id, small, flag, zip, when",
    added: "id, small, flag, zip, when",
    warning:
      "current.parquet has columns the reference lacks, not checked: 'id', 'small', 'flag', 'zip', 'when'",
  },
  "data against a reference profile": {
    make: async (dir, write) => {
      write("reference.csv", csv(incomes(50)));
      await profiled(dir, "reference.csv", "reference.json");
      write("current.csv", csv(incomes(50, "eu")));
      return flags({ reference: "reference.json", current: "current.csv" });
    },
    source: "current.csv",
    columns: "income, plan, region",
    added: "region",
    warning: "current.csv has a column the reference lacks, not checked: 'region'",
  },
  "profiles in compare mode": {
    make: async (dir, write) => {
      write("reference.csv", csv(incomes(50)));
      write("current.csv", csv(incomes(50, "eu")));
      await profiled(dir, "current.csv", "profiles/0.json");
      return flags({ mode: "compare", reference: "reference.csv", current: "profiles/*.json" });
    },
    source: "profiles/*.json",
    columns: "income, plan, region",
    added: "region",
    warning: "profiles/*.json has a column the reference lacks, not checked: 'region'",
  },
};

describe.each(Object.entries(SETTINGS))(
  "ignore-columns and the columns only the current side has, on %s",
  (_, setting) => {
    const run = async (ignore: string) => {
      const { dir, write } = tempDir();
      const sides = await setting.make(dir, write);
      const args = [...sides, "--ignore-columns", ignore, "--fail-step", "false"];
      const result = await mlops(["drift-check", ...args], dir);
      return { ...result, written: existsSync(`${dir}/mlops-out/drift-report.json`) };
    };

    it("silences the warning of such a column that ignore-columns names", async () => {
      const warned = await run("");
      expect(warned.stderr).toContain(`warning: ${setting.warning}\n`);
      const ignored = await run(setting.added);
      expect(ignored.code).toBe(0);
      expect(ignored.stderr).not.toContain("warning");
      expect(ignored.written).toBe(true);
    });

    it("refuses a name neither side has as a typo, listing the columns of both", async () => {
      const typo = await run("regoin");
      expect(typo.code).toBe(1);
      const warned = setting.refusedAtTheEnd ? `warning: ${setting.warning}\n` : "";
      expect(typo.stderr).toBe(
        `${warned}mlops drift-check: input 'ignore-columns': neither the reference nor ${setting.source} has a column 'regoin'. Their columns: ${setting.columns}\n`,
      );
      expect(typo.written).toBe(false);
    });
  },
);

describe("a name in ignore-columns that neither side has", () => {
  /** 20,000 rows of current data whose last row cannot be read: its error means it was reached. */
  const unreadableAtTheEnd = `${csv(incomes(20_000, "eu"))}many,pro,eu\n`;

  it.each([
    ["reference data", "reference.csv"],
    ["a reference profile", "reference.json"],
  ])(
    "is refused from the current's first rows, not after reading it all, with %s",
    async (_, reference) => {
      const { dir, write } = tempDir();
      write("reference.csv", csv(incomes(50)));
      await profiled(dir, "reference.csv", "reference.json");
      write("current.csv", unreadableAtTheEnd);
      const args = flags({ reference, current: "current.csv", "ignore-columns": "regoin" });
      const run = await mlops(["drift-check", ...args], dir);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        "input 'ignore-columns': neither the reference nor current.csv has a column 'regoin'",
      );
      // The same data, no typo: the read goes on to the row it cannot read.
      const read = await mlops(
        ["drift-check", ...flags({ reference, current: "current.csv" })],
        dir,
      );
      expect(read.stderr).toContain("current.csv:20002:");
    },
  );
});

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { driftCheck, runInRunner, type DriftReport, type Profile } from "@mlops/shared";
import { flags } from "../helpers/flags.js";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { runner } from "../runner/runner-step.js";

/**
 * A data contract marks `tier` and `card` sensitive and declares `amount`; data may hold the two
 * under other names (`Tier`, `Card`), and a `segment` the contract does not declare. Where a side
 * lacks a marked name, every column the contract does not declare is withheld, as validate-data
 * and profile mode withhold them: compared as ever, none of their values shown.
 */

/** The names a side's data gives the contract's sensitive fields. */
interface Names {
  readonly tier: string;
  readonly card: string;
}
const PROPER: Names = { tier: "tier", card: "card" };
const MISNAMED: Names = { tier: "Tier", card: "Card" };

/**
 * `rows` payments under `names`: a tier among two (the current adds new ones), a card number each
 * its own, a segment among three (the current adds one), and an amount, which moves by 40 in the
 * current.
 */
function payments(rows: number, names: Names, current: boolean): string {
  const shift = current ? 40 : 0;
  const lines = [`${names.tier},${names.card},segment,amount`];
  for (let i = 0; i < rows; i++) {
    const tier = current && i % 5 === 0 ? `TIER-NEW-${i % 3}` : ["TIER-GOLD", "TIER-SILVER"][i % 2];
    const segment = current && i % 7 === 0 ? "SEG-NEW" : `SEG-${"ABC"[i % 3]}`;
    const card = 9_100_000 + 13 * i + shift;
    const amount = (20 + ((i * 31) % 70) + shift).toFixed(2);
    lines.push(`${tier},${card},${segment},${amount}`);
  }
  return `${lines.join("\n")}\n`;
}

/** CSV data as JSON Lines, a line per row keyed by its header, numbers written as numbers. */
function asJsonLines(csv: string): string {
  const [header, ...rows] = csv.trimEnd().split("\n");
  const keys = header!.split(",");
  const cell = (text: string) => (/^\d+(\.\d+)?$/.test(text) ? Number(text) : text);
  const line = (row: string) => {
    const cells = row.split(",");
    return JSON.stringify(Object.fromEntries(keys.map((key, i) => [key, cell(cells[i]!)])));
  };
  return `${rows.map(line).join("\n")}\n`;
}

/** The contract, its `tier` and `card` marked sensitive where `sensitive` is. */
const contract = (sensitive: boolean) => {
  const mark = sensitive ? "\n    x-mlops: { sensitive: true }" : "";
  return `fields:\n  - name: tier\n    type: string${mark}\n  - name: card\n    type: integer${mark}\n  - name: amount\n    type: number\n`;
};

/** The values of the sensitive fields in `text`: tiers and card numbers, of either side. */
function sensitiveIn(text: string): string[] {
  return [...(text.match(/TIER-[A-Z]+/g) ?? []), ...(text.match(/91\d{5}(?!\d)/g) ?? [])];
}

/** The values of the undeclared `segment` in `text`. */
const segmentsIn = (text: string): string[] => text.match(/SEG-[A-Z]+/g) ?? [];

/** Every text a run writes: the step's log (its annotations), summary, outputs, reports, --json. */
type Texts = Record<string, string>;

/**
 * Runs drift-check with `inputs` in a folder holding `files`, after `prepare` (which makes the
 * profiles of a run that compares them): as a workflow step and as `mlops drift-check --json`.
 * Returns the step's exit code, the report and every text either wrote.
 */
async function driftRun(
  files: Record<string, string>,
  inputs: Record<string, string>,
  prepare: (dir: string) => Promise<void> = async () => {},
) {
  const step = runner({
    ...inputs,
    "report-path": "out/drift.json",
    "html-path": "out/drift.html",
    "fail-step": "false",
  });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(step.dir, name), text);
  await prepare(step.dir);
  const code = await runInRunner(driftCheck, step.io);
  const cli = await mlops(
    [
      "drift-check",
      ...flags({
        ...inputs,
        "report-path": "cli/drift.json",
        "html-path": "cli/drift.html",
        "fail-step": "false",
      }),
      "--json",
    ],
    step.dir,
  );
  const read = (path: string) => {
    try {
      return readFileSync(join(step.dir, path), "utf8");
    } catch {
      return "";
    }
  };
  const texts = {
    log: step.lines.join("\n"),
    summary: readFileSync(step.env.GITHUB_STEP_SUMMARY!, "utf8"),
    outputs: readFileSync(step.env.GITHUB_OUTPUT!, "utf8"),
    report: read("out/drift.json"),
    html: read("out/drift.html"),
    json: cli.stdout,
    stderr: cli.stderr,
    cliReport: read("cli/drift.json"),
    cliHtml: read("cli/drift.html"),
  };
  expect(cli.code).toBe(code);
  const report = texts.report ? (JSON.parse(texts.report) as DriftReport) : undefined;
  return { code, texts, report, column: (name: string) => columnOf(report, name) };
}

const columnOf = (report: DriftReport | undefined, name: string) => {
  const column = report?.columns.find((c) => c.name === name);
  if (!column) throw new Error(`the report has no column '${name}'`);
  return column;
};

/** Where each text holds values that `find` finds: none, for a run that withholds them. */
const found = (texts: Texts, find: (text: string) => string[]) =>
  Object.entries(texts)
    .map(([where, text]) => ({ where, values: find(text) }))
    .filter(({ values }) => values.length > 0);

type Column = DriftReport["columns"][number];

/**
 * What a column's comparison decided and counted, which withholding its values leaves as it is:
 * the same computation on the same values, so its numbers are compared exactly (tolerance 0).
 */
const decided = (c: Column) => ({
  name: c.name,
  method: c.method,
  statistic: c.statistic,
  p_value: c.p_value,
  adjusted_p_value: c.adjusted_p_value,
  score: c.score,
  drifted: c.drifted,
  ...counts(c),
});

/** What a column counted on each side. */
const counts = (c: Column) => ({
  n_reference: c.n_reference,
  n_current: c.n_current,
  missing_reference: c.missing_reference,
  missing_current: c.missing_current,
});

type Format = "csv" | "jsonl";

/**
 * Check mode on the reference and current data, their sides named as `reference` and `current`,
 * written as CSV or JSON Lines.
 */
const checkData = (
  reference: Names,
  current: Names,
  sensitive: boolean,
  format: Format = "csv",
) => {
  const written = (csv: string) => (format === "csv" ? csv : asJsonLines(csv));
  return driftRun(
    {
      [`reference.${format}`]: written(payments(300, reference, false)),
      [`current.${format}`]: written(payments(200, current, true)),
      "contract.yml": contract(sensitive),
    },
    { reference: `reference.${format}`, current: `current.${format}`, schema: "contract.yml" },
  );
};

describe("drift-check in check mode where a side lacks a sensitive field's name", () => {
  // JSON Lines data read with a contract has a column for each of its fields, a field no line
  // has as a key among them: such a field is as absent as one a CSV header lacks.
  describe.each([
    ["CSV", "csv"],
    ["JSON Lines", "jsonl"],
  ] as const)("of %s data", (_, format) => {
    it.each([
      ["both sides lack the names", MISNAMED, MISNAMED, ["Tier", "Card", "segment"]],
      ["the reference alone lacks them", MISNAMED, PROPER, ["Tier", "Card", "segment"]],
      ["the current alone lacks them", PROPER, MISNAMED, ["tier", "card", "segment"]],
    ])(
      "withholds every undeclared column where %s, with the verdicts and counts of the run without the mark",
      async (_, reference, current, withheld) => {
        const marked = await checkData(reference, current, true, format);
        const plain = await checkData(reference, current, false, format);
        expect(marked.code).toBe(0);
        // Unmarked, the segments are shown (and the misnamed columns' values, where both sides
        // have them: a column the current lacks shows none): the test reaches them.
        expect(segmentsIn(Object.values(plain.texts).join("\n")).length).toBeGreaterThan(0);
        if (reference === MISNAMED && current === MISNAMED) {
          expect(sensitiveIn(Object.values(plain.texts).join("\n")).length).toBeGreaterThan(0);
        }
        expect(found(marked.texts, (t) => [...sensitiveIn(t), ...segmentsIn(t)])).toEqual([]);
        expect(marked.report!.columns.map(decided)).toEqual(plain.report!.columns.map(decided));
        expect(marked.report!.dataset).toEqual(plain.report!.dataset);
        for (const name of withheld) expect(marked.column(name).distribution).toBeNull();
        // The declared amount keeps its histogram.
        expect(marked.column("amount").distribution?.kind).toBe("histogram");
      },
    );
  });

  it("counts the new categories of an undeclared column without naming them", async () => {
    const { texts, column } = await checkData(PROPER, MISNAMED, true);
    expect(column("segment").tests.chi2).toMatchObject({
      new_categories: [],
      new_category_count: 1,
    });
    const row = texts.summary.split("\n").find((line) => line.startsWith("| segment |"));
    expect(row).toMatch(/ \| 1, names withheld: sensitive \|$/);
  });

  it.each(["csv", "jsonl"] as const)(
    "keeps the undeclared columns' values where both sides have the sensitive fields' names (%s)",
    async (format) => {
      const { column } = await checkData(PROPER, PROPER, true, format);
      expect(column("tier").distribution).toBeNull();
      expect(column("segment").distribution?.kind).toBe("categories");
    },
  );

  it("keeps them where a sensitive field's key first appears after the first batch of JSON Lines", async () => {
    // No line of the first batch read (8,192 rows at most) has a tier: the read withholds the
    // undeclared columns' cells while it may lack the field, and the data read whole has it.
    const lines = asJsonLines(payments(9_000, PROPER, true))
      .trimEnd()
      .split("\n");
    const current = lines.map((line, i) =>
      i < 8_500 ? line.replace(/"tier":"[^"]*",/, "") : line,
    );
    expect(current[0]).not.toContain('"tier"');
    const run = await driftRun(
      {
        "reference.jsonl": asJsonLines(payments(300, PROPER, false)),
        "current.jsonl": `${current.join("\n")}\n`,
        "contract.yml": contract(true),
      },
      { reference: "reference.jsonl", current: "current.jsonl", schema: "contract.yml" },
    );
    expect(run.code).toBe(0);
    expect(found(run.texts, sensitiveIn)).toEqual([]);
    expect(run.column("tier")).toMatchObject({ distribution: null, missing_current: 8_500 });
    expect(run.column("segment").distribution?.kind).toBe("categories");
  });

  // A refusal in the first batch read comes before the columns are known: every undeclared
  // column's cell is withheld then; later, the columns tell.
  it.each([
    ["the first batch read", 200, 1],
    ["a later batch", 9_000, 8_500],
  ])(
    "refuses a cell of a misnamed column its type does not take in %s without quoting it",
    async (_, rows, row) => {
      const card = 9_100_000 + 13 * row + 40;
      const current = payments(rows, MISNAMED, true).replace(`,${card},`, `,CARD-${card},`);
      expect(current).toContain(`CARD-${card}`);
      const run = await driftRun(
        {
          "reference.csv": payments(300, MISNAMED, false),
          "current.csv": current,
          "contract.yml": contract(true),
        },
        { reference: "reference.csv", current: "current.csv", schema: "contract.yml" },
      );
      expect(run.code).toBe(1);
      expect(found(run.texts, (t) => t.match(/CARD-\d+/g) ?? [])).toEqual([]);
      expect(run.texts.stderr).toContain(
        `current.csv:${row + 2}: column 'Card' (numeric): a value its type does not take (value withheld: sensitive)`,
      );
    },
  );
});

/** Profiles `data` in profile mode under the contract (`sensitive` or not) into `profile`. */
async function profile(dir: string, data: string, profilePath: string, sensitive: boolean) {
  const contractPath = sensitive ? "contract.yml" : "plain.yml";
  writeFileSync(join(dir, contractPath), contract(sensitive));
  const inputs = {
    mode: "profile",
    current: data,
    schema: contractPath,
    "report-path": profilePath,
  };
  const made = await mlops(["drift-check", ...flags(inputs)], dir);
  expect(made.code).toBe(0);
  return JSON.parse(readFileSync(join(dir, profilePath), "utf8")) as Profile;
}

const WITHHELD_NOTE = (which: string) =>
  `not tested: ${which} no values of this column, only its counts, as a sensitive field where it was profiled, marked x-mlops sensitive in its data contract: compare the data itself in check mode to test it`;

describe("drift-check in profile mode on JSON Lines data lacking a sensitive field's keys", () => {
  it("marks every undeclared column, its values left out, as for CSV data", async () => {
    const { dir, write } = tempDir();
    write("current.jsonl", asJsonLines(payments(200, MISNAMED, true)));
    const made = await profile(dir, "current.jsonl", "p.json", true);
    const marked = made.columns.filter((c) => c.sensitive).map((c) => c.name);
    expect(marked).toEqual(["tier", "card", "Tier", "Card", "segment"]);
    const text = readFileSync(join(dir, "p.json"), "utf8");
    expect([...sensitiveIn(text), ...segmentsIn(text)]).toEqual([]);
  });
});

describe("drift-check in compare mode on profiles made of data lacking a sensitive field's name", () => {
  /** Compare mode on the reference data and the current's profiles, made under the contract. */
  const compare = (sensitive: boolean) =>
    driftRun(
      {
        "reference.csv": payments(300, MISNAMED, false),
        "current-a.csv": payments(120, MISNAMED, true),
        "current-b.csv": payments(80, MISNAMED, true),
      },
      { mode: "compare", reference: "reference.csv", current: "profiles/*.json" },
      async (dir) => {
        await profile(dir, "current-a.csv", "profiles/a.json", sensitive);
        await profile(dir, "current-b.csv", "profiles/b.json", sensitive);
      },
    );

  it("names none of the undeclared columns' values, and counts them as without the mark", async () => {
    const marked = await compare(true);
    const plain = await compare(false);
    expect(marked.code).toBe(0);
    const shown = Object.values(plain.texts).join("\n");
    expect(sensitiveIn(shown).length).toBeGreaterThan(0);
    expect(segmentsIn(shown).length).toBeGreaterThan(0);
    expect(found(marked.texts, (t) => [...sensitiveIn(t), ...segmentsIn(t)])).toEqual([]);
    // The profiles kept no values of them: they are listed as not tested, their counts the same.
    for (const name of ["Tier", "Card", "segment"]) {
      expect(marked.column(name)).toMatchObject({
        tests: {},
        distribution: null,
        note: WITHHELD_NOTE("the current profile holds"),
      });
      expect(counts(marked.column(name))).toEqual(counts(plain.column(name)));
    }
    expect(decided(marked.column("amount"))).toEqual(decided(plain.column("amount")));
  });
});

describe("drift-check against a reference profile, where a side lacks a sensitive field's name", () => {
  it("lists the columns the profile withheld as not tested, contract or not, naming none of their values", async () => {
    const contractOrNot: Record<string, string>[] = [{}, { schema: "contract.yml" }];
    for (const schema of contractOrNot) {
      const run = await driftRun(
        {
          "reference.csv": payments(300, MISNAMED, false),
          "current.csv": payments(200, MISNAMED, true),
        },
        { reference: "ref.json", current: "current.csv", ...schema },
        async (dir) => {
          const made = await profile(dir, "reference.csv", "ref.json", true);
          expect(made.columns.filter((c) => c.sensitive).map((c) => c.name)).toEqual([
            "Tier",
            "Card",
            "segment",
          ]);
        },
      );
      expect(run.code).toBe(0);
      expect(found(run.texts, (t) => [...sensitiveIn(t), ...segmentsIn(t)])).toEqual([]);
      for (const name of ["Tier", "Card", "segment"]) {
        expect(run.column(name).note).toBe(WITHHELD_NOTE("the reference profile holds"));
      }
      expect(run.column("amount").drifted).toBe(true);
    }
  });

  /** Check mode on current data lacking the names, against the profile of data that has them. */
  const againstProfile = (sensitive: boolean, inputs: Record<string, string> = {}) =>
    driftRun(
      {
        "reference.csv": payments(300, PROPER, false),
        "current.csv": payments(200, MISNAMED, true),
      },
      { reference: "ref.json", current: "current.csv", ...inputs },
      async (dir) => void (await profile(dir, "reference.csv", "ref.json", sensitive)),
    );

  it("withholds the current's undeclared columns under the contract, with the verdicts of the run without the mark", async () => {
    const marked = await againstProfile(true, { schema: "contract.yml" });
    const plain = await againstProfile(false, { schema: "plain.yml" });
    expect(marked.code).toBe(0);
    expect(segmentsIn(Object.values(plain.texts).join("\n")).length).toBeGreaterThan(0);
    expect(found(marked.texts, (t) => [...sensitiveIn(t), ...segmentsIn(t)])).toEqual([]);
    expect(marked.column("segment").distribution).toBeNull();
    expect(decided(marked.column("segment"))).toEqual(decided(plain.column("segment")));
    expect(decided(marked.column("amount"))).toEqual(decided(plain.column("amount")));
  });

  it("shows no value of a column the current holds under another name, without a contract", async () => {
    // The current's Tier and Card are not among the profile's columns, so never compared; the
    // profile kept the segment's values, which the contract's author let it keep.
    const run = await againstProfile(true);
    expect(run.code).toBe(0);
    expect(found(run.texts, sensitiveIn)).toEqual([]);
    expect(run.column("card")).toMatchObject({ tests: {}, distribution: null });
    expect(run.column("segment").distribution?.kind).toBe("categories");
  });
});

describe("drift-check reading a misnamed column of whole numbers that a later number widens", () => {
  /** Past the 10,000 rows a column's type is inferred from, a card number that is not whole. */
  const widened = payments(10_200, MISNAMED, false).replace(",9230013,", ",9230013.5,");

  it.each([
    [
      "profile mode",
      { mode: "profile", current: "data.csv", schema: "contract.yml", "report-path": "p.json" },
    ],
    ["check mode", { reference: "data.csv", current: "current.csv", schema: "contract.yml" }],
    // No contract: the current's profile marks the column, and the mark travels with it.
    ["compare mode", { mode: "compare", reference: "data.csv", current: "current.json" }],
  ])("warns of it in %s without naming the number", async (_, inputs) => {
    const { dir, write } = tempDir();
    write("data.csv", widened);
    write("current.csv", payments(200, MISNAMED, true));
    await profile(dir, "current.csv", "current.json", true);
    const run = await mlops(["drift-check", ...flags({ ...inputs, "fail-step": "false" })], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      "data.csv:10003: column 'Card' holds whole numbers in the first rows its type was inferred from, and a number that is not whole (value withheld: sensitive) here",
    );
    expect(`${run.stdout}${run.stderr}`).not.toContain("9230013.5");
  });
});

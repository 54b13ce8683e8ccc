import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runInRunner, validateData, type Profile } from "@mlops/shared";
import { mlops } from "../helpers/run-cli.js";
import { runner } from "../runner/runner-step.js";
import { validateCsv } from "./validate.js";

/**
 * 40 rows whose sensitive fields fail every kind of check at rows holding markers that no
 * message, name or bound holds: `SECRET…` text, `GOLD` (a case slip of the enum's `gold`),
 * `98.765,43` (a decimal comma), the date-time `1999-12-31T23:59:59` on a date field, and the
 * card numbers, each 9,0xx,007. `note` is not sensitive: its failing `VISIBLE-1` is shown.
 */
function rows(): string {
  const lines = ["id,email,tier,card,amount,visit,note"];
  for (let i = 0; i < 40; i++) {
    const email =
      i === 3
        ? "SECRET-MAIL-3(at)example.com"
        : i === 4 || i === 5
          ? "SECRET-DUP-4@example.com"
          : i === 7
            ? "SECRET7@x.y"
            : i === 9
              ? "SECRET-LONG-9-abcdefghijklmnopqrstuvwxyz@example.com"
              : i === 11
                ? ""
                : `user${i}@example.com`;
    const tier = i === 6 ? "GOLD" : i === 8 ? "SECRET-TIER-8" : i % 2 ? "gold" : "silver";
    // Rows 14 and 15 repeat a card, and with it the key (tier, card).
    const card =
      i === 10
        ? "SECRET-CARD"
        : i === 12
          ? "123456789"
          : String(9_000_007 + 1000 * (i === 15 ? 14 : i));
    const amount = i === 13 ? '"98.765,43"' : `${10 + i}.5`;
    const visit =
      i === 16 ? "1999-12-31T23:59:59" : `2024-02-${String(1 + (i % 28)).padStart(2, "0")}`;
    const note = i === 1 ? "VISIBLE-1" : "ok";
    lines.push([i, email, i === 15 ? "silver" : tier, card, amount, visit, note].join(","));
  }
  return `${lines.join("\n")}\n`;
}

/** The reference: a card held at one value, and visits in the January before the data's. */
const REFERENCE = [
  "card,visit,email",
  ...Array.from(
    { length: 20 },
    (_, i) => `5550001,2024-01-${String(1 + i).padStart(2, "0")},ref-SECRET-${i}@example.com`,
  ),
  "",
].join("\n");

/** Every check kind on the sensitive fields; `sensitive` off gives the same contract unmarked. */
function contract(sensitive: boolean): string {
  const mark = sensitive ? "sensitive: true, " : "";
  return `fields:
  - name: id
    type: integer
  - name: email
    type: string
    constraints: { required: true, unique: true, pattern: '[^@]+@[^@]+', minLength: 12, maxLength: 40 }
    x-mlops: { ${mark}maxMissingRatio: 0, distinct: { max: 5 }, skew: {} }
  - name: tier
    type: string
    constraints: { enum: [gold, silver] }
    x-mlops: { ${mark}mostly: 1 }
  - name: card
    type: integer
    constraints: { minimum: 0, maximum: 9999999, unique: true }
    x-mlops: { ${mark}mean: { max: 1 }, quantiles: [{ q: 0.5, max: 1 }, { q: 1, min: 0 }], skew: {} }
  - name: amount
    type: number
    x-mlops: { ${mark}mean: { min: 0 } }
  - name: visit
    type: date
    x-mlops: { ${mark}skew: {}, quantiles: [{ q: 0.9, max: "2024-01-01" }] }
  - name: note
    type: string
    constraints: { enum: [ok] }
uniqueKeys: [[tier, card]]
`;
}

/** The card numbers the data and the reference hold, each to be found as a whole number. */
const CARDS = [
  ...Array.from({ length: 40 }, (_, i) => 9_000_007 + 1000 * i),
  123_456_789,
  5_550_001,
];

/** The markers of sensitive values found in `text`; a card counts as a whole number only. */
function markersIn(text: string): string[] {
  const found = ["SECRET", "GOLD", "98.765,43", "1999-12-31", "user2@example.com"].filter(
    (marker) => text.includes(marker),
  );
  for (const card of CARDS) {
    if (new RegExp(`(?<![\\d.])${card}(?![\\d]|\\.\\d)`).test(text)) found.push(String(card));
  }
  return found;
}

const INPUTS = {
  data: "d.csv",
  schema: "c.yml",
  reference: "ref.csv",
  "report-path": "out/report.json",
  "profile-path": "out/profile.json",
};

/** Runs validate-data in a runner: every line it writes, its summary, outputs, report and profile. */
async function inRunner(sensitive: boolean) {
  const step = runner(INPUTS);
  writeFileSync(join(step.dir, "d.csv"), rows());
  writeFileSync(join(step.dir, "ref.csv"), REFERENCE);
  writeFileSync(join(step.dir, "c.yml"), contract(sensitive));
  const code = await runInRunner(validateData, step.io);
  const read = (path: string) => readFileSync(path, "utf8");
  return {
    code,
    texts: {
      log: step.lines.join("\n"),
      summary: read(step.env.GITHUB_STEP_SUMMARY!),
      outputs: read(step.env.GITHUB_OUTPUT!),
      report: read(join(step.dir, "out/report.json")),
      profile: read(join(step.dir, "out/profile.json")),
    },
  };
}

/** Runs `mlops validate-data` on the command line: what it prints, its report and profile. */
async function onCommandLine(sensitive: boolean) {
  const step = runner({});
  writeFileSync(join(step.dir, "d.csv"), rows());
  writeFileSync(join(step.dir, "ref.csv"), REFERENCE);
  writeFileSync(join(step.dir, "c.yml"), contract(sensitive));
  const args = Object.entries(INPUTS).flatMap(([name, value]) => [`--${name}`, value]);
  const { code, stdout, stderr } = await mlops(["validate-data", ...args], step.dir);
  const read = (path: string) => readFileSync(join(step.dir, path), "utf8");
  return {
    code,
    texts: { stdout, stderr, report: read("out/report.json"), profile: read("out/profile.json") },
  };
}

type Check = { id: string; status: string; evaluated: number | null; failed: number | null };
type Example = { file: string; line: number | null; row: number | null; column: string | null };
const verdicts = (report: string) =>
  (JSON.parse(report) as { checks: (Check & { examples: Example[] })[] }).checks.map(
    ({ id, status, evaluated, failed, examples }) => ({
      id,
      status,
      evaluated,
      failed,
      // The same rows fail, where the values are withheld.
      examples: examples.map(({ file, line, row, column }) => ({ file, line, row, column })),
    }),
  );

describe("a sensitive field (x-mlops sensitive: true)", () => {
  it("has no value in any log line, annotation, summary, output, report or profile of a runner", async () => {
    const marked = await inRunner(true);
    const plain = await inRunner(false);
    expect(marked.code).toBe(1);
    // Unmarked, each marker is shown somewhere: the test reaches every place a value goes.
    const shown = markersIn(Object.values(plain.texts).join("\n"));
    expect(shown.toSorted()).toEqual(markersIn(markersText()).toSorted());
    for (const [where, text] of Object.entries(marked.texts)) {
      expect({ where, markers: markersIn(text) }).toEqual({ where, markers: [] });
    }
    // The field that is not sensitive still shows its value.
    expect(marked.texts.summary).toContain("VISIBLE-1");
  });

  it("has no value in what the command line prints, nor in its report and profile", async () => {
    const marked = await onCommandLine(true);
    expect(marked.code).toBe(1);
    for (const [where, text] of Object.entries(marked.texts)) {
      expect({ where, markers: markersIn(text) }).toEqual({ where, markers: [] });
    }
    expect(marked.texts.stderr).toContain("VISIBLE-1");
  });

  it("is checked exactly as an unmarked one: the same checks, verdicts and counts", async () => {
    const marked = await inRunner(true);
    const plain = await inRunner(false);
    expect(verdicts(marked.texts.report)).toEqual(verdicts(plain.texts.report));
    const counts = (report: string) => (JSON.parse(report) as { counts: unknown }).counts;
    expect(counts(marked.texts.report)).toEqual(counts(plain.texts.report));
    // Every kind of check failed somewhere, so that each kind's output was looked at.
    const failed = verdicts(marked.texts.report).filter((c) => c.status === "fail");
    expect(failed.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        "email.required",
        "email.unique",
        "email.pattern",
        "email.minLength",
        "email.maxLength",
        "tier.enum",
        "card.type",
        "card.maximum",
        "card.unique",
        "uniqueKey(tier, card)",
        "amount.type",
        "visit.type",
        "email.missingRatio",
        "card.mean",
        "card.quantile(0.5)",
        "visit.quantile(0.9)",
        "card.skew",
        "visit.skew",
      ]),
    );
  });

  it("names a failing row's line, field and expectation, and says its value is withheld", async () => {
    const { texts } = await onCommandLine(true);
    expect(texts.stderr).toContain(
      "error: d.csv:5: field 'email' (value withheld: sensitive): expected matches [^@]+@[^@]+\n",
    );
    // A duplicate names the line of the first, not the key.
    expect(texts.stderr).toContain(
      "error: d.csv:7: field 'email' (value withheld: sensitive; duplicate of line 6): expected unique\n",
    );
    expect(texts.stderr).toContain(
      "error: d.csv:17: (value withheld: sensitive; duplicate of line 16): expected unique\n",
    );
    // A hint that would quote the value (did you mean 'gold'?) is left out with it.
    expect(texts.stderr).toContain(
      "error: d.csv:8: field 'tier' (value withheld: sensitive): expected one of gold, silver\n",
    );
    // A missing value has nothing to withhold.
    expect(texts.stderr).toContain("error: d.csv:13: (no value): expected a value in every row\n");
    const report = JSON.parse(texts.report) as { checks: (Check & Record<string, unknown>)[] };
    const check = (id: string) => report.checks.find((c) => c.id === id)!;
    expect(check("email.pattern").examples).toEqual([
      {
        file: "d.csv",
        line: 5,
        row: 3,
        column: "email",
        value: null,
        note: "value withheld: sensitive",
      },
    ]);
  });

  it("has its statistics judged and not shown, but for counts, which tell no value", async () => {
    const { texts } = await onCommandLine(true);
    const report = JSON.parse(texts.report) as { checks: (Check & Record<string, unknown>)[] };
    const check = (id: string) => report.checks.find((c) => c.id === id)!;
    expect(check("card.quantile(0.5)")).toMatchObject({
      status: "fail",
      expected: "≤ 1",
      observed: null,
      note: "value withheld: sensitive",
    });
    expect(check("card.mean")).toMatchObject({ status: "fail", observed: null });
    expect(check("email.distinct")).toMatchObject({ status: "fail", observed: 38 });
    expect(texts.stderr).toContain("card.quantile(0.5) (value withheld: sensitive, expected ≤ 1)");
    // The skew is a distance, not a value: shown, with a note that names none.
    expect(check("card.skew").note).toBe(
      "the reference is constant, and 39 of the data's 39 values differ from it: with no spread in the reference to norm the Wasserstein distance by, any other value fails; compare the field by linf to bound their share",
    );
  });
});

/** Every marker the data and reference hold, as one text. */
const markersText = () => `${rows()}\n${REFERENCE}`;

describe("the profile of a sensitive field", () => {
  it("keeps its type and counts, and no value: the column is marked sensitive", async () => {
    const { texts } = await inRunner(true);
    const profile = JSON.parse(texts.profile) as Profile;
    const card = profile.columns.find((c) => c.name === "card")!;
    expect(card).toEqual({
      name: "card",
      type: "integer",
      sensitive: true,
      count: 39,
      missing: 1,
      infinite: 0,
      min: null,
      max: null,
      mean: null,
      m2: null,
      variance: null,
      stddev: null,
      distinct: { value: 38, exact: true, relativeError: 0, hll: null },
      frequent: null,
      sketch: null,
      histogram: null,
    });
    // A field that is not sensitive keeps its profile whole.
    const note = profile.columns.find((c) => c.name === "note")!;
    expect(note.sensitive).toBeUndefined();
    expect(note.frequent?.items).toEqual([
      { value: "ok", count: 39 },
      { value: "VISIBLE-1", count: 1 },
    ]);
  });

  it("is not compared when it is the reference: the skew is skipped, saying why", async () => {
    const { dir } = await (async () => {
      const step = runner({});
      writeFileSync(join(step.dir, "d.csv"), rows());
      writeFileSync(join(step.dir, "ref.csv"), REFERENCE);
      writeFileSync(join(step.dir, "c.yml"), contract(true));
      return step;
    })();
    const made = await mlops(
      [
        "validate-data",
        "--data",
        "ref.csv",
        "--schema",
        "c.yml",
        "--profile-path",
        "ref.json",
        "--fail-step",
        "false",
      ],
      dir,
    );
    expect(made.code).toBe(0);
    const run = await mlops(
      [
        "validate-data",
        "--data",
        "d.csv",
        "--schema",
        "c.yml",
        "--reference",
        "ref.json",
        "--report-path",
        "r.json",
      ],
      dir,
    );
    expect(run.code).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as {
      checks: Check[] & { note: string }[];
    };
    const skew = report.checks.find((c) => c.id === "card.skew") as Check & { note: string };
    expect(skew).toMatchObject({ status: "skipped" });
    expect(skew.note).toBe(
      "not checked: the reference profile keeps no values of this field, which was sensitive where it was profiled (x-mlops sensitive), so there is nothing to compare; give the reference data itself as reference, which is profiled here and kept in memory only, or set skew: false",
    );
  });
});

describe("a contract inferred from a profile that withheld a field", () => {
  it("keeps the field sensitive, with no enum of its values", async () => {
    const step = runner({});
    writeFileSync(join(step.dir, "d.csv"), "tier,n\ngold,1\nsilver,2\ngold,3\n");
    const marked = "fields:\n  - name: tier\n    x-mlops: { sensitive: true }\n  - name: n\n";
    writeFileSync(join(step.dir, "c.yml"), marked);
    const profile = ["--profile-path", "p.json"];
    const made = await mlops(
      ["validate-data", "--data", "d.csv", "--schema", "c.yml", ...profile],
      step.dir,
    );
    expect(made.code).toBe(0);
    const inferred = await mlops(["contract", "infer", "--profile", "p.json"], step.dir);
    expect(inferred.code).toBe(0);
    expect(inferred.stdout).toContain(
      [
        '  - name: "tier"',
        '    type: "string"',
        "    constraints:",
        "      required: true",
        "    x-mlops:",
        "      sensitive: true",
      ].join("\n"),
    );
    expect(inferred.stdout).not.toMatch(/gold|silver/);
  });
});

describe("the mark in a contract", () => {
  it("is refused beside the name, saying where it belongs", async () => {
    const run = await validateCsv("x\n1\n", "fields:\n  - name: x\n    sensitive: true\n");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "c.yml:3: field '/fields/0/sensitive' is not a Table Schema property: the mark that withholds a field's values is mlops' own. Write it under the field's x-mlops: x-mlops: { sensitive: true }",
    );
  });

  it("takes true or false only", async () => {
    const run = await validateCsv(
      "x\n1\n",
      "fields:\n  - name: x\n    x-mlops: { sensitive: yes }\n",
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("/fields/0/x-mlops/sensitive");
  });
});

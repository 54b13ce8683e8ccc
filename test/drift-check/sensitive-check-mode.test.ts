import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { driftCheck, runInRunner, type DriftReport, type Profile } from "@mlops/shared";
import { runner } from "../runner/runner-step.js";

/** `rows` payments: a tier among few (and, from `from` on, new ones) and a card number. */
function payments(rows: number, newTiers: boolean, shift: number): string {
  const lines = ["tier,card,amount"];
  for (let i = 0; i < rows; i++) {
    const tier = newTiers && i % 5 === 0 ? `SECRET-TIER-${i % 3}` : ["gold", "silver"][i % 2];
    lines.push(
      `${tier},${9_100_000 + 13 * i + shift},${(20 + ((i * 31) % 70) + shift).toFixed(2)}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

const contract = (sensitive: boolean) => {
  const mark = sensitive ? "\n    x-mlops: { sensitive: true }" : "";
  return `fields:\n  - name: tier\n    type: string${mark}\n  - name: card\n    type: integer${mark}\n  - name: amount\n    type: number\n`;
};

const REFERENCE = payments(300, false, 0);
const CURRENT = payments(200, true, 40);

/** Runs drift-check in a runner on `current` against the reference: every text it writes. */
async function check(sensitive: boolean, current = CURRENT, inputs: Record<string, string> = {}) {
  const step = runner({
    reference: "reference.csv",
    current: "current.csv",
    schema: "contract.yml",
    "report-path": "out/drift.json",
    "html-path": "out/drift.html",
    "fail-step": "false",
    ...inputs,
  });
  writeFileSync(join(step.dir, "reference.csv"), REFERENCE);
  writeFileSync(join(step.dir, "current.csv"), current);
  writeFileSync(join(step.dir, "contract.yml"), contract(sensitive));
  const code = await runInRunner(driftCheck, step.io);
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
  };
  return { code, texts };
}

/** The sensitive values in `text`: the new tiers, and card numbers of either side. */
function markersIn(text: string): string[] {
  const found = text.includes("SECRET") ? ["SECRET"] : [];
  return [...found, ...(text.match(/91\d{5}(?![\d])/g) ?? [])];
}

type Column = DriftReport["columns"][number];
const columns = (report: string) => (JSON.parse(report) as DriftReport).columns;
const tested = ({ name, method, statistic, p_value, drifted }: Column) => ({
  name,
  method,
  statistic,
  p_value,
  drifted,
});

describe("drift-check in check mode with a contract's sensitive fields", () => {
  it("compares them as ever and names none of their values, categories or histogram edges", async () => {
    const marked = await check(true);
    const plain = await check(false);
    expect(marked.code).toBe(0);
    // Unmarked, the new categories and the card numbers are shown: the test reaches them.
    expect(markersIn(Object.values(plain.texts).join("\n"))).toEqual(
      expect.arrayContaining(["SECRET", "9100000"]),
    );
    for (const [where, text] of Object.entries(marked.texts)) {
      expect({ where, markers: markersIn(text) }).toEqual({ where, markers: [] });
    }
    expect(columns(marked.texts.report).map(tested)).toEqual(
      columns(plain.texts.report).map(tested),
    );
  });

  it("counts the new categories of a sensitive column without naming them", async () => {
    const { texts } = await check(true);
    const tier = columns(texts.report).find((c) => c.name === "tier")!;
    expect(tier.tests.chi2).toMatchObject({ new_categories: [], new_category_count: 3 });
    expect(tier.distribution).toBeNull();
    expect(tier.note).toBe(
      "p-value 0, as the reference never had 3 categories of the current data, their names withheld as sensitive: scipy's statistic is then infinite, and the one shown sums the other categories",
    );
    const row = texts.summary.split("\n").find((line) => line.startsWith("| tier |"));
    expect(row).toMatch(/ \| 300 \| 200 \| 3, names withheld: sensitive \|$/);
    // The field that is not sensitive keeps its histogram.
    const amount = columns(texts.report).find((c) => c.name === "amount")!;
    expect(amount.distribution?.kind).toBe("histogram");
  });

  it("refuses a cell a sensitive column's type does not take without quoting it", async () => {
    const bad = CURRENT.replace(",9100040,", ",SECRET-CARD,");
    expect(bad).toContain("SECRET-CARD");
    const { code, texts } = await check(true, bad);
    expect(code).toBe(1);
    expect(markersIn(texts.log)).toEqual([]);
    expect(texts.log).toContain(
      "current.csv:2: column 'card' (integer): a value its type does not take (value withheld: sensitive)",
    );
  });

  it("writes a profile whose sensitive columns keep their counts alone", async () => {
    const { texts } = await check(true, CURRENT, {
      mode: "profile",
      "report-path": "out/drift.json",
    });
    const profile = JSON.parse(texts.report) as Profile;
    expect(profile.columns.map((c) => [c.name, c.sensitive ?? false, c.sketch === null])).toEqual([
      ["tier", true, true],
      ["card", true, true],
      ["amount", false, false],
    ]);
    expect(markersIn(texts.report)).toEqual([]);
  });
});

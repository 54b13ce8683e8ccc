import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { DriftReport } from "@mlops/shared";
import { flags } from "../helpers/flags.js";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { check } from "./check-csv.js";

/** A `payment` column as CSV: each category repeated as many times as its count. */
const payments = (counts: Record<string, number>) =>
  `payment\n${Object.entries(counts)
    .flatMap(([category, n]) => Array<string>(n).fill(category))
    .join("\n")}\n`;

const reference = payments({ card: 30, cash: 20 });
const current = payments({ card: 25, cash: 15, crypto: 10 });

const NOTE =
  "p-value 0, as the reference never had 'crypto': scipy's statistic is then infinite, and the one shown sums the other categories";

describe("a category the reference never had", () => {
  it("gives auto's chi2 a p-value of 0 beside a finite statistic, and the note names the category in every report", async () => {
    const run = await check(reference, current);
    const payment = run.column("payment");
    // Both sides hold 50 rows, so the expected counts are the reference's: card 30, cash 20.
    expect(payment.statistic).toBeCloseTo(5 ** 2 / 30 + 5 ** 2 / 20, 12);
    expect(payment).toMatchObject({ method: "chi2", p_value: 0, drifted: true, note: NOTE });
    expect(payment.tests.chi2?.new_categories).toEqual(["crypto"]);
    expect(run.stdout).toContain(`| ⚠️ yes (${NOTE}) |`);
    const html = readFileSync(`${run.dir}/mlops-out/drift-report.html`, "utf8");
    expect(html).toContain(`drifted (${NOTE.replaceAll("'", "&#39;")})`);
  });

  it("says the same for g_test, whose G over the other categories may fall below 0", async () => {
    const { column } = await check(reference, current, ["--method", "{payment: g_test}"]);
    expect(column("payment").statistic).toBeCloseTo(
      2 * (25 * Math.log(25 / 30) + 15 * Math.log(15 / 20)),
      12,
    );
    expect(column("payment")).toMatchObject({ method: "g_test", p_value: 0, note: NOTE });
  });

  it("adds no note to a method that scores a new category as any other", async () => {
    const { column } = await check(reference, current, ["--method", "jensen_shannon"]);
    expect(column("payment")).toMatchObject({ method: "jensen_shannon", note: null });
    expect(column("payment").tests.chi2?.new_categories).toEqual(["crypto"]);
  });

  it("names ten new categories and counts the rest", async () => {
    const many = Object.fromEntries(
      Array.from({ length: 12 }, (_, k) => [`wallet${String(k).padStart(2, "0")}`, 1]),
    );
    const { column } = await check(reference, payments({ card: 25, cash: 13, ...many }));
    expect(column("payment").note).toBe(
      "p-value 0, as the reference never had 'wallet00', 'wallet01', 'wallet02', 'wallet03', 'wallet04', 'wallet05', 'wallet06', 'wallet07', 'wallet08', 'wallet09' and 2 more: scipy's statistic is then infinite, and the one shown sums the other categories",
    );
    expect(column("payment").tests.chi2?.new_categories).toHaveLength(12);
  });

  it("keeps the 20 most frequent new categories, each on one line of at most 200 characters, and counts them all", async () => {
    // 60 new categories: a long one with a line break (CRLF, as Excel writes prose), 4 times;
    // five 3 times.
    const long = `Order 17 arrived late.\r\n${"A".repeat(250)}`;
    const shownLong = `Order 17 arrived late.\\r\\n${"A".repeat(173)}…`;
    const news = Array.from({ length: 59 }, (_, k) => `new${String(k).padStart(2, "0")}`);
    const times = (value: string, n: number) => Array<string>(n).fill(`"${value}"`);
    const rows = [
      ...times("card", 250),
      ...times("cash", 150),
      ...times(long, 4),
      ...news.flatMap((value, k) => times(value, k < 5 ? 3 : 1)),
    ];
    const run = await check(payments({ card: 300, cash: 200 }), `payment\n${rows.join("\n")}\n`, [
      "--method",
      "chi2",
    ]);
    const payment = run.column("payment");
    expect(payment.tests.chi2?.new_category_count).toBe(60);
    expect(payment.tests.chi2?.new_categories).toHaveLength(20);
    // The most frequent first, ties in the order the data has them.
    expect(payment.tests.chi2?.new_categories.slice(0, 7)).toEqual([
      shownLong,
      ...news.slice(0, 6),
    ]);
    expect(shownLong).toHaveLength(200);
    expect(payment.distribution).toMatchObject({ labels: expect.arrayContaining([shownLong]) });
    expect(payment.note).toContain(`'${shownLong}', 'new00',`);
    expect(payment.note).toContain("'new08' and 50 more: scipy's statistic");
    expect(run.stdout).toContain("'new08' and 50 more");
    const html = readFileSync(`${run.dir}/mlops-out/drift-report.html`, "utf8");
    expect(html).toContain("new08 and 50 more; new_category_count 60");
    // The long value whole is in no report.
    for (const text of [run.text, run.stdout, html]) expect(text).not.toContain("A".repeat(176));
  });

  it("is noted in compare mode too, from the profiles' counts", async () => {
    const { dir, write } = tempDir();
    write("reference.csv", reference);
    write("current.csv", current);
    const profile = flags({ mode: "profile", current: "current.csv", "report-path": "now.json" });
    expect((await mlops(["drift-check", ...profile], dir)).code).toBe(0);
    const compare = flags({ mode: "compare", reference: "reference.csv", current: "now.json" });
    const run = await mlops(["drift-check", ...compare, "--fail-step", "false"], dir);
    expect(run.code).toBe(0);
    const report = JSON.parse(
      readFileSync(`${dir}/mlops-out/drift-report.json`, "utf8"),
    ) as DriftReport;
    expect(report.columns[0]).toMatchObject({ method: "chi2", p_value: 0, note: NOTE });
  });
});

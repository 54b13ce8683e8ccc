import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { seededRandom } from "../helpers/seeded-random.js";
import { flags } from "../helpers/flags.js";

const LONG = "n".repeat(1_000_000);

/** A table of `columns` normal columns (the long-named one first); `shifted` is moved by 2. */
function table(names: string[], seed: number, shifted = -1): string {
  const next = seededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const rows = Array.from({ length: 200 }, () =>
    names.map((_, k) => (normal() + (k === shifted ? 2 : 0)).toFixed(5)).join(","),
  );
  return `${[names.join(","), ...rows].join("\n")}\n`;
}

describe("drift-check with untrusted column names", () => {
  it("bounds a 1 MB column name in the summary, the HTML and the failure line, and says it was shortened", async () => {
    const { dir, write } = tempDir();
    const names = [LONG, "b"];
    write("reference.csv", table(names, 1));
    write("current.csv", table(names, 2, 0));
    const run = await mlops(
      ["drift-check", ...flags({ reference: "reference.csv", current: "current.csv" })],
      dir,
    );
    expect(run.code).toBe(1);
    const shortened = `${"n".repeat(200)}… (shortened from 1000000 characters)`;
    expect(run.stdout).toContain(shortened);
    // The drifted-columns output is data for later steps, exact like the JSON report.
    const echoed = run.stdout.replace(/^drifted-columns: .*$/m, "");
    expect(echoed.length).toBeLessThan(10_000);
    expect(run.stderr).toContain(`mlops drift-check: drift: ${shortened} (50% of the features`);
    expect(run.stderr.length).toBeLessThan(10_000);
    const html = readFileSync(`${dir}/mlops-out/drift-report.html`, "utf8");
    expect(html).toContain(shortened);
    expect(html.length).toBeLessThan(50_000);
    // The JSON report is data: it keeps the name whole.
    const report = JSON.parse(readFileSync(`${dir}/mlops-out/drift-report.json`, "utf8"));
    expect(report.columns[0].name).toBe(LONG);
  });

  it("bounds the names listed in an error", async () => {
    const { dir, write } = tempDir();
    const names = Array.from({ length: 40 }, (_, k) => `${"c".repeat(300)}${k}`);
    write("reference.csv", table(names, 3));
    write("current.csv", table(names, 4));
    const run = await mlops(
      [
        "drift-check",
        ...flags({ reference: "reference.csv", current: "current.csv", columns: "zz" }),
      ],
      dir,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("input 'columns': the reference has no column 'zz'. Its columns:");
    expect(run.stderr).toContain("and 30 more");
    expect(run.stderr.length).toBeLessThan(5_000);
  });

  it("lists the drifted column first in the summary and the HTML, even when it is the last of many", async () => {
    const { dir, write } = tempDir();
    const names = Array.from({ length: 30 }, (_, k) => `c${k}`);
    write("reference.csv", table(names, 5));
    write("current.csv", table(names, 6, 29));
    const run = await mlops(
      [
        "drift-check",
        ...flags({ reference: "reference.csv", current: "current.csv", "fail-step": "false" }),
      ],
      dir,
    );
    expect(run.code).toBe(0);
    const rows = run.stdout.split("\n").filter((line) => /^\| c\d+ \|/.test(line));
    expect(rows).toHaveLength(30);
    const drifted = rows.map((row) => row.includes("⚠️ yes"));
    expect(drifted.indexOf(false)).toBe(drifted.lastIndexOf(true) + 1);
    expect(rows.slice(0, drifted.indexOf(false)).some((row) => row.startsWith("| c29 |"))).toBe(
      true,
    );
    const html = readFileSync(`${dir}/mlops-out/drift-report.html`, "utf8");
    expect(html.indexOf('data-column="c29"')).toBeLessThan(html.indexOf('data-column="c0"'));
  });
});

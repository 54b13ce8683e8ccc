import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/** A long name or value as every output echoes it: 200 characters, then its full length. */
const cut = (char: string, length: string) => `${char.repeat(200)}… (${length} characters)`;

describe("names and values from the data are echoed bounded", () => {
  const header = `id,name,${"h".repeat(1_000_000)}`;
  const data = `${header}\n1,ab,x\n-1,${"A".repeat(500_000)},y\n`;
  const contract =
    "fields:\n  - name: id\n    type: integer\n    constraints: { minimum: 0 }\n  - name: name\n    constraints: { pattern: '[a-z]+' }\n";

  async function run(extra: string[]) {
    const { dir, write } = tempDir();
    write("d.csv", data);
    write("c.yml", contract);
    const args = ["validate-data", "--data", "d.csv", "--schema", "c.yml", ...extra];
    const result = await mlops(args, dir);
    const reportText = readFileSync(join(dir, "mlops-out/validation-report.json"), "utf8");
    return { ...result, reportText, report: JSON.parse(reportText) };
  }

  it("in the report, at 200 characters that say they were cut", async () => {
    const { code, reportText, report } = await run([]);
    expect(code).toBe(1);
    expect(reportText.length).toBeLessThan(20_000);
    expect(report.data.columns).toEqual(["id", "name", cut("h", "1,000,000")]);
    const check = (id: string) => report.checks.find((c: { id: string }) => c.id === id);
    expect(check("fields").note).toBe(`undeclared: ${cut("h", "1,000,000")}`);
    expect(check("name.pattern").examples[0]).toMatchObject({
      line: 3,
      value: cut("A", "500,000"),
    });
  });

  it("keep a check's kind after a long field name, and never split a character in two", async () => {
    const { dir, write } = tempDir();
    const name = `${"é".repeat(199)}😀😀`;
    write("d.csv", `${name}\nx\n\n`);
    write("c.yml", `fields:\n  - name: "${name}"\n    constraints: { required: true }\n`);
    await mlops(["validate-data", "--data", "d.csv", "--schema", "c.yml"], dir);
    const report = JSON.parse(readFileSync(join(dir, "mlops-out/validation-report.json"), "utf8"));
    const ids = report.checks.map((check: { id: string }) => check.id);
    expect(ids).toContain(`${"é".repeat(199)}… (203 characters).required`);
  });

  it("in the summary and the annotations, with the failed checks first", async () => {
    const { stdout, stderr } = await run([]);
    expect(stdout.length).toBeLessThan(20_000);
    expect(stderr.length).toBeLessThan(20_000);
    expect(stderr).toContain(`error: d.csv:3: "${cut("A", "500,000")}": expected matches [a-z]+`);
    const failedRow = stdout.indexOf("d.csv:3: -1");
    expect(failedRow).toBeGreaterThan(0);
    expect(failedRow).toBeLessThan(stdout.indexOf("2 rows, 1 failing a row check"));
  });
});

import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
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
});

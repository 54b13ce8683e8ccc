import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { WORKFLOW_TOKEN } from "../emulator/github-emulator.js";
import { startEmulatedGitHub } from "../github/emulated-github.js";
import { driftCheckFiles } from "../helpers/examples.js";
import { runBundle, workflowCommands } from "../helpers/run-bundle.js";

const files = driftCheckFiles();
const inputs = {
  reference: "data/reference.csv",
  current: "data/current.csv",
  "prediction-column": "churn_score",
};

describe("the drift-check bundle, run as the runner runs it", async () => {
  it("reports drift in its outputs, the job summary (table and Mermaid chart) and the reports, and fails the step", async () => {
    const run = await runBundle("drift-check", inputs, { files });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    expect(run.outputs).toEqual({
      verdict: "drift",
      drifted: "true",
      share: "0.6",
      "drifted-columns": '["age","income","plan","churn_score"]',
      "report-path": "mlops-out/drift-report.json",
      "html-path": "mlops-out/drift-report.html",
    });
    expect(run.summary).toContain(
      "### ⚠️ drift-check: drift (3 of 5 columns drifted, 60%; the dataset drifts at 50%; the prediction drifted)",
    );
    expect(run.summary).toContain("| plan | categorical | chi2 | 170.319 |");
    expect(run.summary).toContain("```mermaid\nxychart-beta");
    const lines = run.stdout.trim().split("\n");
    expect(lines).toContain(
      "::warning title=drift-check%3A income::income drifted: ks p-value 4.915e-20, p_value <= 0.05",
    );
    expect(lines.at(-1)).toMatch(
      /^::error::drift: age, income, plan, churn_score \(60%25 of the features/,
    );
    const report = JSON.parse(readFileSync(`${run.workspace}/mlops-out/drift-report.json`, "utf8"));
    expect(report.schema).toBe("mlops.drift-report/v1");
    expect(readFileSync(`${run.workspace}/mlops-out/drift-report.html`, "utf8")).toContain("<svg");
  });

  it("only reports with fail-step false, and exits 0", async () => {
    const run = await runBundle("drift-check", { ...inputs, "fail-step": "false" }, { files });
    expect(run.code).toBe(0);
    expect(run.outputs.drifted).toBe("true");
  });

  it("keeps hostile column names out of the summary's markup and the chart's labels", async () => {
    const hostile = (csv: string) =>
      csv.replace(/^age,/, '"@team ]] ``` <b>x</b>\n::stop-commands::z",');
    const run = await runBundle(
      "drift-check",
      { ...inputs, "fail-step": "false" },
      {
        files: {
          "data/reference.csv": hostile(files["data/reference.csv"]),
          "data/current.csv": hostile(files["data/current.csv"]),
        },
      },
    );
    expect(run.code).toBe(0);
    expect(run.summary).not.toContain("@team");
    expect(run.summary).not.toContain("<b>");
    const chart = run.summary.slice(run.summary.indexOf("```mermaid"));
    expect(chart.match(/```/g)).toHaveLength(2);
    expect(chart).toContain(
      '"#64;team #93;#93; #96;#96;#96; #60;b#62;x#60;/b#62; ::stop-commands::z"',
    );
    expect(workflowCommands(run.stdout).every((line) => /^::(warning|error)[ :]/.test(line))).toBe(
      true,
    );
  });

  it("answers a missing reference with one ::error:: line naming the input, writing nothing", async () => {
    const run = await runBundle(
      "drift-check",
      { ...inputs, reference: "data/nope.csv" },
      { files },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      "::error::input 'reference': 'data/nope.csv' is neither a file nor a registry reference. Give a data or profile file, or a registry reference such as churn#prod\n",
    );
    expect(run.outputs).toEqual({});
  });

  it("opens the drift issue through the GitHub API of the runner's environment", async () => {
    const gh = await startEmulatedGitHub();
    try {
      const run = await runBundle(
        "drift-check",
        {
          ...inputs,
          "on-drift": "issue",
          "fail-step": "false",
          "issue-key": "churn",
          "github-token": WORKFLOW_TOKEN,
        },
        { files, env: { GITHUB_API_URL: gh.emulator.apiUrl, GITHUB_REPOSITORY: "acme/models" } },
      );
      expect(run.code).toBe(0);
      const issues = gh.emulator.repo("acme/models").issues;
      expect(issues.map((i) => [i.title, i.state])).toEqual([["Drift detected: churn", "open"]]);
      expect(run.summary).toContain("Drift issue opened: ");
    } finally {
      await gh.emulator.close();
    }
  });

  describe("current data of 16 MiB or more, read on a thread of its own", () => {
    /** Rows of `x,y,label`: x shifted by `shift` from the row's own value, y and label fixed. */
    const table = (rows: number, shift: number, ragged?: number) =>
      [
        "x,y,label",
        ...Array.from({ length: rows }, (_, i) =>
          i === ragged
            ? "1,2"
            : `${((i * 7919) % 1000) / 10 + shift},${(i * 104_729) % 500},${["red", "green", "blue"][i % 3]}-padding-to-fifty-bytes-a-row`,
        ),
      ].join("\n") + "\n";
    const current = table(400_000, 5);
    const large = { ...inputs, "prediction-column": "", "fail-step": "false" };

    it("finds the drift the data has, after a reference read on the caller's thread", async () => {
      expect(current.length).toBeGreaterThan(16 * 2 ** 20);
      const run = await runBundle("drift-check", large, {
        files: { "data/reference.csv": table(40_000, 0), "data/current.csv": current },
      });
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(run.outputs["drifted-columns"]).toBe('["x"]');
      const report = JSON.parse(
        readFileSync(`${run.workspace}/mlops-out/drift-report.json`, "utf8"),
      );
      expect([report.reference.rows, report.current.rows]).toEqual([40_000, 400_000]);
    });

    it("stops the current's read when the reference fails after its first batch", async () => {
      const run = await runBundle("drift-check", large, {
        files: { "data/reference.csv": table(40_000, 0, 30_000), "data/current.csv": current },
      });
      expect(run.code).toBe(1);
      // Annotated at the row, as the runner shows it beside the file.
      expect(run.stdout).toMatch(
        /^::error file=data\/reference\.csv,line=30002::data\/reference\.csv:30002: this row has 2 fields/,
      );
      expect(run.outputs).toEqual({});
    });
  });
});

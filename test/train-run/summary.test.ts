import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const noop = JSON.stringify([process.execPath, "-e", ""]);

describe("train-run's job summary", () => {
  it("shows params, final metrics and a line chart of each history, with hostile names made inert", async () => {
    const { dir, write } = tempDir();
    const hostile = 'loss"] ```\n<script>';
    const lines = [1, 2, 3].map((step) =>
      JSON.stringify({ step, [hostile]: 1 / step, acc: step / 4 }),
    );
    write("log.jsonl", `${lines.join("\n")}\n`);
    write("params.yml", "optimizer:\n  name: adam\n  lr: 0.001\nepochs: 3\n");
    const run = await mlops(
      ["train-run", "--command", noop, "--params", "params.yml", "--metrics-file", "log.jsonl"],
      dir,
    );
    expect(run.code).toBe(0);
    const summary = run.stdout;
    expect(summary).toMatch(/^## train-run `[0-9TZ]+-[0-9a-f]{6}`: succeeded in /);
    expect(summary).toContain("| `optimizer.lr` | `0.001` |");
    expect(summary).toContain("| `acc` | `0.75` |");
    expect(summary).toContain('```mermaid\nxychart-beta\n  title "acc"\n  x-axis "step" [1, 2, 3]');
    expect(summary).toContain("  line [0.25, 0.5, 0.75]");
    const charts = summary.split("```mermaid").slice(1);
    expect(charts).toHaveLength(2);
    // Nothing of the name can end the label, the chart or the fence.
    const chart = charts.find((c) => c.includes("title") && !c.includes('title "acc"'))!;
    const [body] = chart.split("```");
    expect(body).not.toMatch(/<script>|loss"/);
    expect(
      body!
        .trim()
        .split("\n")
        .slice(1)
        .every((line) => line.startsWith("  ")),
    ).toBe(true);
  });

  it("takes the command as a YAML list, one argument a line, or a JSON array alike", async () => {
    const { dir } = tempDir();
    for (const command of [
      `- ${process.execPath}\n- -e\n- ""`,
      `${process.execPath}\n-e\n1`,
      noop,
    ]) {
      const run = await mlops(["train-run", "--json", "--command", command], dir);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).status).toBe("succeeded");
    }
  });

  it("refuses a params file that does not exist, and digests that are not sha256", async () => {
    const { dir } = tempDir();
    const params = await mlops(["train-run", "--command", noop, "--params", "missing.yml"], dir);
    expect(params.stderr).toMatch(/input 'params': file 'missing.yml' does not exist\. /);
    const empty = await mlops(["train-run", "--command", "[]"], dir);
    expect(empty.stderr).toMatch(/input 'command': names no program/);
    const digests = await mlops(["train-run", "--command", noop, "--data-digests", "abc"], dir);
    expect(digests.stderr).toMatch(/input 'data-digests': 'abc' is not a sha256 digest/);
  });
});

describe("train-run's job summary, with long names and values", () => {
  it("echoes at most 200 characters of each param and metric name and value", async () => {
    const { dir, write } = tempDir();
    const long = "n".repeat(5000);
    // The longest name a metrics file may hold.
    const metric = "n".repeat(250);
    write(
      "log.jsonl",
      `${[1, 2].map((step) => JSON.stringify({ step, [metric]: step })).join("\n")}\n`,
    );
    const run = await mlops(
      [
        "train-run",
        "--command",
        noop,
        "--params",
        JSON.stringify({ [long]: "v".repeat(5000) }),
        "--metrics-file",
        "log.jsonl",
      ],
      dir,
    );
    expect(run.code).toBe(0);
    // The outputs after it (metrics) keep every name whole.
    const [summary] = run.stdout.split("\nrun-id: ");
    expect(summary).not.toMatch(/n{200}|v{200}/);
    expect(summary).toContain(`| \`${"n".repeat(199)}…\` | \`${"v".repeat(199)}…\` |`);
  });
});

describe("train-run on Windows", () => {
  it("refuses in one line before running anything: it could not stop the command there", async () => {
    const { dir } = tempDir();
    const platform = Object.getOwnPropertyDescriptor(process, "platform")!;
    Object.defineProperty(process, "platform", { value: "win32" });
    try {
      const run = await mlops(["train-run", "--command", noop], dir);
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(/train-run runs on Linux and macOS runners only/);
      expect(existsSync(join(dir, "mlops-out"))).toBe(false);
    } finally {
      Object.defineProperty(process, "platform", platform);
    }
  });
});

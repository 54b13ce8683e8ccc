import { describe, expect, it } from "vitest";
import { codeSpan, sanitizeMarkdown, sanitizeMermaidLabel, terminalText } from "@mlops/shared";
import { driftCheckExample, evalGateExample } from "../helpers/examples.js";
import { mlops } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const gate = (dir: string, stdoutIsTTY: boolean) =>
  mlops(
    [
      "eval-gate",
      "--challenger",
      evalGateExample("challenger.json"),
      "--champion",
      evalGateExample("champion.json"),
      "--policy",
      evalGateExample("policy.yml"),
    ],
    dir,
    { stdoutIsTTY },
  );

/** What follows a chart's name where a terminal shows the chart. */
const notDrawn =
  ": not drawn on a terminal; redirect the output to a file for its Mermaid markdown.";

describe("the CLI's report on a terminal", () => {
  it("shows eval-gate's comment as aligned text on a terminal, and as markdown in a pipe", async () => {
    const onTerminal = (await gate(tempDir().dir, true)).stdout;
    const piped = (await gate(tempDir().dir, false)).stdout;

    expect(piped).toContain("| `latency_p95_ms` | 84 | 88.5 |");
    expect(onTerminal).not.toMatch(/^\||\\_|<details>|^###/m);
    expect(onTerminal.split("\n")[0]).toBe("✅ eval-gate: pass");
    expect(onTerminal).toContain("\n2 metrics not in the policy:\n");
    const lines = onTerminal.split("\n");
    const header = lines.find((line) => line.startsWith("Metric "))!;
    const row = lines.find((line) => line.startsWith("latency_p95_ms "))!;
    // Numbers are right-aligned under their heading; the rule's dashes span each column.
    const end = (line: string, text: string) => line.indexOf(text) + text.length;
    expect(end(row, "88.5")).toBe(end(header, "Challenger"));
    expect(lines[lines.indexOf(header) + 1]).toMatch(/^-{15} {2}-{8} {2}-{10} {2}/);
    expect(onTerminal).toMatch(/\nverdict: pass\npassed: true\n/);
  });

  it("shows each chart as one line naming it on a terminal, and keeps the Mermaid in a pipe", async () => {
    const predictions = (stdoutIsTTY: boolean) =>
      mlops(
        [
          "eval-gate",
          ...["--challenger", evalGateExample("predictions/challenger.csv")],
          ...["--champion", evalGateExample("predictions/champion.csv")],
          ...["--policy", evalGateExample("predictions/policy.yml")],
        ],
        tempDir().dir,
        { stdoutIsTTY },
      );
    const drift = (stdoutIsTTY: boolean) =>
      mlops(
        [
          "drift-check",
          ...["--reference", driftCheckExample("reference.csv")],
          ...["--current", driftCheckExample("current.csv")],
          ...["--prediction-column", "churn_score"],
        ],
        tempDir().dir,
        { stdoutIsTTY },
      );
    const gatePiped = (await predictions(false)).stdout;
    expect(gatePiped).toContain("\n```mermaid\nxychart-beta\n");
    expect(gatePiped).toContain("\n_▲ better, ▼ worse, by each metric's direction");
    const gateLines = (await predictions(true)).stdout.split("\n");
    expect(gateLines).toContain(
      `Chart "Change of each metric, better upwards: interval (lines) and margin"${notDrawn}`,
    );
    expect(gateLines).toContain(
      "▲ better, ▼ worse, by each metric's direction (a lower loss is ▲).",
    );
    expect(gateLines.find((line) => line.startsWith("Bars: the change;"))).toMatch(/edge\)\.$/);
    // An underscore inside a name emphasises nothing, and stays.
    expect(gateLines.some((line) => line.startsWith("latency_ms_p95 "))).toBe(true);
    expect(gateLines.filter((line) => /^(```|_|\s*xychart|\s*(bar|line) \[)/.test(line))).toEqual(
      [],
    );

    expect((await drift(false)).stdout).toContain("\n```mermaid\nxychart-beta\n");
    const driftOnTerminal = (await drift(true)).stdout;
    expect(driftOnTerminal.split("\n")).toContain(
      `Chart "Drift score relative to its threshold (1 = threshold, above drifts)"${notDrawn}`,
    );
    expect(driftOnTerminal).not.toMatch(/```|xychart/);
  });

  it("drops emphasis markers but not the underscores and stars that data or words hold", () => {
    const markdown = [
      "_▲ better, ▼ worse._",
      `**${sanitizeMarkdown("*bold* name")}** and _${sanitizeMarkdown("a_b")}_`,
      "*starred*, roc_auc_score, 2 * 3 * 4, snake_case_name and _ alone",
      sanitizeMarkdown("_not emphasis_ from a data file"),
    ].join("\n");

    expect(terminalText(markdown).split("\n")).toEqual([
      "▲ better, ▼ worse.",
      "*bold* name and a_b",
      "starred, roc_auc_score, 2 * 3 * 4, snake_case_name and _ alone",
      "_not emphasis_ from a data file",
    ]);
  });

  it("names a chart by its title read back from Mermaid's entities, escaping what steers a terminal", () => {
    const chart = (title: string | undefined) =>
      [
        "```mermaid",
        "xychart-beta",
        ...(title === undefined
          ? []
          : [`  title "${sanitizeMermaidLabel(title)}: median per step"`]),
        '  x-axis "canary weight %" [5, 25]',
        "  line [1, 2]",
        "```",
      ].join("\n");
    const markdown = [
      "Before",
      chart('p99 "latency" @team\x1b[2J'),
      chart(undefined),
      "```",
      "| kept as written | _here_ |",
      "```",
      "After",
    ].join("\n");

    expect(terminalText(markdown).split("\n")).toEqual([
      "Before",
      `Chart "p99 "latency" @team\\x1b[2J: median per step"${notDrawn}`,
      `A chart${notDrawn}`,
      "| kept as written | _here_ |",
      "After",
    ]);
  });

  it("shows untrusted text as it was written, without the escapes that made it safe", () => {
    const name = "@team's `model` | <v2> #3 [x](y) a_b";
    const markdown = [
      `### Report for ${sanitizeMarkdown(name)}`,
      "",
      "| File | Note |",
      "| --- | ---: |",
      `| ${codeSpan("a|b\\c", { inTable: true })} | ${sanitizeMarkdown(name)} |`,
      "",
      "See [the run](https://github.com/o/r/actions/runs/1).",
    ].join("\n");

    expect(terminalText(markdown).split("\n")).toEqual([
      `Report for ${name}`,
      "",
      `File   ${"Note".padStart(name.length)}`,
      `-----  ${"-".repeat(name.length)}`,
      `a|b\\c  ${name}`,
      "",
      "See the run (https://github.com/o/r/actions/runs/1).",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { codeSpan, sanitizeMarkdown, terminalText } from "@mlops/shared";
import { evalGateExample } from "../helpers/examples.js";
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

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runInRunner } from "@mlops/shared";
import { evalGateExample } from "../helpers/examples.js";
import { parseOutputFile } from "../helpers/run-bundle.js";
import { tempDir } from "../helpers/temp-dir.js";

function runner(inputs: Record<string, string>) {
  const { dir, write } = tempDir();
  const lines: string[] = [];
  const env: NodeJS.ProcessEnv = {
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: write("output", ""),
    GITHUB_STEP_SUMMARY: write("summary", ""),
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return { dir, env, lines, io: { env, write: (line: string) => lines.push(line), cwd: dir } };
}

describe("runInRunner", () => {
  it("masks secret inputs (eval-gate's github-token) before anything is printed", async () => {
    const { evalGate } = await import("@mlops/shared");
    const r = runner({ challenger: "nope.json", policy: "nope.yml", "github-token": "s3cr3t" });
    const code = await runInRunner(evalGate, r.io);
    expect(code).toBe(1);
    expect(r.lines[0]).toBe("::add-mask::s3cr3t");
    expect(r.lines.slice(1).join("\n")).not.toContain("s3cr3t");
  });

  it("writes outputs in the runner's delimited format and the summary", async () => {
    const { evalGate } = await import("@mlops/shared");
    const r = runner({
      challenger: evalGateExample("challenger.json"),
      champion: evalGateExample("champion.json"),
      policy: evalGateExample("policy.yml"),
    });
    expect(await runInRunner(evalGate, r.io)).toBe(0);
    expect(parseOutputFile(readFileSync(r.env.GITHUB_OUTPUT!, "utf8")).verdict).toBe("pass");
    expect(readFileSync(r.env.GITHUB_STEP_SUMMARY!, "utf8")).toContain("eval-gate: pass");
  });

  it("refuses to run outside a runner's files, with one error line", async () => {
    const { evalGate } = await import("@mlops/shared");
    const r = runner({
      challenger: evalGateExample("challenger.json"),
      policy: evalGateExample("policy.yml"),
    });
    delete r.env.GITHUB_OUTPUT;
    expect(await runInRunner(evalGate, r.io)).toBe(1);
    expect(r.lines).toEqual([
      "::error::GITHUB_OUTPUT is not set. Run this inside a GitHub Actions runner, or use the mlops command-line program",
    ]);
  });
});

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runInRunner, type AnyActionDefinition, type Annotation } from "@mlops/shared";
import { evalGateExample } from "../helpers/examples.js";
import { flags } from "../helpers/flags.js";
import { mlops } from "../helpers/run-cli.js";
import { parseOutputFile } from "../helpers/run-bundle.js";
import { tempDir } from "../helpers/temp-dir.js";
import { runner } from "./runner-step.js";

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

  it("annotates a failure in a workspace file at the file and line, so the runner shows it there", async () => {
    const { evalGate } = await import("@mlops/shared");
    const r = runner({ challenger: "challenger.json", policy: "gate/policy.yml" });
    writeFileSync(`${r.dir}/challenger.json`, JSON.stringify({ accuracy: 0.9 }));
    mkdirSync(`${r.dir}/gate`);
    writeFileSync(`${r.dir}/gate/policy.yml`, "metrics:\n  accuracy: {direction: higher}\n  [\n");
    expect(await runInRunner(evalGate, r.io)).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/^::error file=gate\/policy\.yml,line=3::gate\/policy\.yml:3: /);
  });

  it("leaves a file outside the workspace unannotated: the runner could not show it", async () => {
    const { evalGate } = await import("@mlops/shared");
    const outside = tempDir().write("policy.yml", "metrics: [\n");
    const r = runner({ challenger: "challenger.json", policy: outside });
    writeFileSync(`${r.dir}/challenger.json`, JSON.stringify({ accuracy: 0.9 }));
    expect(await runInRunner(evalGate, r.io)).toBe(1);
    expect(r.lines).toEqual([expect.stringMatching(/^::error::\/\S+\/policy\.yml:\d+: /)]);
  });

  it("tells how to write a YAML input in the workflow's with:, where the command line would quote it", async () => {
    const { driftCheck } = await import("@mlops/shared");
    const r = runner({ reference: "reference.csv", current: "current.csv", method: "{plan: chi2" });
    writeFileSync(`${r.dir}/reference.csv`, "plan\nbasic\n");
    writeFileSync(`${r.dir}/current.csv`, "plan\npro\n");
    expect(await runInRunner(driftCheck, r.io)).toBe(1);
    expect(r.lines).toEqual([
      "::error::input 'method': is not valid YAML or JSON: unexpected end of the stream within a flow collection. Check its brackets, quotes and commas there; in the workflow's with:, a block keeps it as written: 'method: |', then the value on the lines below, indented",
    ]);
    const cli = await mlops(
      [
        "drift-check",
        ...flags({ reference: "reference.csv", current: "current.csv", method: "{plan: chi2" }),
      ],
      r.dir,
    );
    expect(cli.stderr).toMatch(
      /commas there; on a command line, quote the whole value as one argument\n$/,
    );
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

  it("refuses a GITHUB_STEP_SUMMARY in a missing folder with one line, before writing any report", async () => {
    const { evalGate } = await import("@mlops/shared");
    const r = runner({
      challenger: evalGateExample("challenger.json"),
      policy: evalGateExample("policy.yml"),
    });
    r.env.GITHUB_STEP_SUMMARY = `${r.dir}/no-such-folder/summary`;
    expect(await runInRunner(evalGate, r.io)).toBe(1);
    expect(r.lines).toEqual([
      `::error::GITHUB_STEP_SUMMARY is '${r.dir}/no-such-folder/summary', but its folder does not exist. The runner sets it to a file in its own folder; outside a runner, point it at a file in an existing, writable folder`,
    ]);
    expect(existsSync(`${r.dir}/mlops-out`)).toBe(false);
  });

  it("refuses an event file that holds no JSON object with one line, before writing any report", async () => {
    const { evalGate } = await import("@mlops/shared");
    const r = runner({
      challenger: evalGateExample("challenger.json"),
      policy: evalGateExample("policy.yml"),
    });
    r.env.GITHUB_EVENT_NAME = "pull_request";
    r.env.GITHUB_EVENT_PATH = `${r.dir}/event.json`;
    writeFileSync(r.env.GITHUB_EVENT_PATH, "not json{");
    expect(await runInRunner(evalGate, r.io)).toBe(1);
    expect(r.lines).toEqual([
      `::error::GITHUB_EVENT_PATH is '${r.dir}/event.json', which does not hold a JSON object. The runner writes it for each job; outside a runner, unset GITHUB_EVENT_PATH or point it at a webhook payload (a JSON object)`,
    ]);
    expect(existsSync(`${r.dir}/mlops-out`)).toBe(false);
  });

  it("keeps every failing metric when eval-gate's summary is cut at 1 MiB", async () => {
    const { evalGate, SUMMARY_LIMIT } = await import("@mlops/shared");
    const r = runner({ challenger: "challenger.json", policy: "policy.yml" });
    const names = Array.from({ length: 7000 }, (_, i) => `m${i}_${"x".repeat(150)}`);
    const values = Object.fromEntries(names.map((name) => [name, 0.9]));
    let policy = "metrics:\n";
    for (const name of names) policy += `  ${name}:\n    direction: higher\n    min: 0.5\n`;
    // The failing metrics come last in the policy and in the file.
    for (const name of ["late.fail.a", "late.fail.b"]) {
      values[name] = 0.1;
      policy += `  ${name}:\n    direction: higher\n    min: 0.5\n`;
    }
    writeFileSync(`${r.dir}/challenger.json`, JSON.stringify(values));
    writeFileSync(`${r.dir}/policy.yml`, policy);
    expect(await runInRunner(evalGate, r.io)).toBe(1);
    const summary = readFileSync(r.env.GITHUB_STEP_SUMMARY!, "utf8");
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(summary).toContain("The summary was cut at GitHub's 1 MiB limit");
    for (const name of ["late.fail.a", "late.fail.b"]) {
      expect(summary).toContain(`| \`${name}\` | — | 0.1 |`);
      expect(summary).toContain(`- \`${name}\` (fail): 0.1 is below the minimum 0.5`);
    }
  });

  type RunContext = Parameters<AnyActionDefinition["run"]>[1];

  /**
   * eval-gate on its example files in a bare runner, with `during` called on the run's context
   * before the gate runs, and `atEnd` annotations added to its result.
   */
  async function warningRun(during: (context: RunContext) => void, atEnd: Annotation[] = []) {
    const { evalGate } = await import("@mlops/shared");
    const r = runner({
      challenger: evalGateExample("challenger.json"),
      policy: evalGateExample("policy.yml"),
    });
    const base: AnyActionDefinition = evalGate;
    let shownBeforeRun: string[] = [];
    const definition: AnyActionDefinition = {
      ...base,
      run: async (inputs, context) => {
        during(context);
        shownBeforeRun = [...r.lines];
        const result = await base.run(inputs, context);
        return { ...result, annotations: [...(result.annotations ?? []), ...atEnd] };
      },
    };
    const code = await runInRunner(definition, r.io);
    return { code, lines: r.lines, shownBeforeRun };
  }

  it("annotates a warning found while the step runs at once, before the step goes on", async () => {
    const run = await warningRun((context) =>
      context.warn?.("error_rate: no data for the baseline\nbefore the rollout"),
    );
    expect(run.code).toBe(0);
    // One annotation, its newline escaped as the runner reads it; not repeated at the end.
    const annotation = "::warning::error_rate: no data for the baseline%0Abefore the rollout";
    expect(run.shownBeforeRun).toEqual([annotation]);
    expect(run.lines.filter((line) => line.includes("no data for the baseline"))).toEqual([
      annotation,
    ]);
  });

  it("counts warnings annotated while the step runs toward GitHub's cap of 10, logging the rest", async () => {
    const run = await warningRun(
      (context) => {
        for (let i = 1; i <= 11; i++) context.warn?.(`metric ${i} has no data`);
      },
      [{ level: "warning", message: "found at the end" }],
    );
    expect(run.code).toBe(0);
    expect(run.lines.filter((line) => line.startsWith("::warning::"))).toHaveLength(10);
    expect(run.lines).toContain("warning: metric 11 has no data");
    expect(run.lines).not.toContain("::warning::found at the end");
    expect(run.lines).toContain(
      "::notice title=More annotations::1 warning not annotated (GitHub shows 10 of each per step); see the report for all of them",
    );
  });
});

describe("outputs larger than GitHub takes for a job's outputs (1 MB together, counted in UTF-16)", () => {
  /** eval-gate on its example files in a bare runner, with `extra` among its outputs. */
  async function withOutputs(extra: Record<string, string>) {
    const { evalGate } = await import("@mlops/shared");
    const r = runner({
      challenger: evalGateExample("challenger.json"),
      policy: evalGateExample("policy.yml"),
    });
    const base: AnyActionDefinition = evalGate;
    const definition: AnyActionDefinition = {
      ...base,
      run: async (inputs, context) => {
        const result = await base.run(inputs, context);
        return { ...result, outputs: { ...result.outputs, ...extra } };
      },
    };
    const code = await runInRunner(definition, r.io);
    const outputs = parseOutputFile(readFileSync(r.env.GITHUB_OUTPUT!, "utf8"));
    return { code, lines: r.lines, outputs };
  }

  it("leaves the largest empty, for any action, with a warning naming its report", async () => {
    // 1,000,002 bytes in UTF-16; in UTF-8 it would be 500,001, well within.
    const run = await withOutputs({ "failed-metrics": "m".repeat(500_001) });
    expect(run.code).toBe(0);
    expect(run.outputs["failed-metrics"]).toBe("");
    expect(run.outputs["report-path"]).toBe("mlops-out/eval-report.json");
    const warning = run.lines.find((line) => line.includes("left empty"));
    expect(warning).toMatch(
      /^::warning::output 'failed-metrics' is left empty: it is 1,000,002 bytes as GitHub counts them \(in UTF-16\), of the step's 1,000,\d{3}, more than the 1,000,000 GitHub takes for a job's outputs; the report mlops-out\/eval-report.json holds it in full$/,
    );
  });

  it("counts them together: of two that fit each alone, the larger goes", async () => {
    const run = await withOutputs({
      "failed-metrics": "m".repeat(300_000),
      verdict: "v".repeat(250_000),
    });
    expect(run.outputs["failed-metrics"]).toBe("");
    expect(run.outputs.verdict).toHaveLength(250_000);
    expect(run.lines.filter((line) => line.includes("left empty"))).toHaveLength(1);
  });

  it("sets every output whole while together they fit", async () => {
    const run = await withOutputs({ "failed-metrics": "m".repeat(490_000) });
    expect(run.outputs["failed-metrics"]).toHaveLength(490_000);
    expect(run.lines.join("\n")).not.toContain("left empty");
  });
});

import { mkdirSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evalGate, runInRunner, type AnyActionDefinition } from "@mlops/shared";
import { evalGateExample } from "../helpers/examples.js";
import { tempDir } from "../helpers/temp-dir.js";
import { runner } from "./runner-step.js";

/** eval-gate in a bare runner on a challenger in the workspace and the policy `policyText`. */
async function gateWithPolicy(policyText: string) {
  const r = runner({ challenger: "challenger.json", policy: "gate/policy.yml" });
  writeFileSync(`${r.dir}/challenger.json`, JSON.stringify({ accuracy: 0.9 }));
  mkdirSync(`${r.dir}/gate`);
  writeFileSync(`${r.dir}/gate/policy.yml`, policyText);
  const code = await runInRunner(evalGate, r.io);
  return { code, lines: r.lines };
}

/**
 * eval-gate on its example files in a bare runner, its verdict replaced by a failure that
 * `failureAt` places, as an action places a failure it found in one file.
 */
async function failingAt(failureAt: { file: string; line?: number }, files: string[] = []) {
  const r = runner({
    challenger: evalGateExample("challenger.json"),
    policy: evalGateExample("policy.yml"),
  });
  for (const file of files) writeFileSync(`${r.dir}/${file}`, "acc: .nan\n");
  const base: AnyActionDefinition = evalGate;
  const definition: AnyActionDefinition = {
    ...base,
    run: async (inputs, context) => ({
      ...(await base.run(inputs, context)),
      failure: "metrics.yml:1: is not valid YAML: a flow sequence is not closed",
      failureAt,
    }),
  };
  const code = await runInRunner(definition, r.io);
  return { code, errors: r.lines.filter((line) => line.startsWith("::error")) };
}

describe("where a runner annotates a failure", () => {
  it("places a policy field's error at the policy's file and line", async () => {
    const policy = "metrics:\n  accuracy:\n    direction: higher\n    max-regresion: 0.01\n";
    const run = await gateWithPolicy(policy);
    expect(run.code).toBe(1);
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]).toMatch(
      /^::error file=gate\/policy\.yml,line=3::gate\/policy\.yml:3: field '\/metrics\/accuracy' has an unknown property 'max-regresion'/,
    );
  });

  it("places a policy error found after the schema (a rule no value passes) at its line", async () => {
    const run = await gateWithPolicy("metrics:\n  accuracy:\n    min: 0.9\n    max: 0.8\n");
    expect(run.code).toBe(1);
    expect(run.lines[0]).toMatch(/^::error file=gate\/policy\.yml,line=3::/);
  });

  it("leaves a policy error in a file outside the workspace unplaced", async () => {
    const outside = tempDir().write("policy.yml", "metrics:\n  accuracy:\n    maxx: 1\n");
    const r = runner({ challenger: "challenger.json", policy: outside });
    writeFileSync(`${r.dir}/challenger.json`, JSON.stringify({ accuracy: 0.9 }));
    expect(await runInRunner(evalGate, r.io)).toBe(1);
    expect(r.lines).toEqual([expect.stringMatching(/^::error::\/\S+\/policy\.yml:\d+: field /)]);
  });

  it("places a failing verdict at the file and line the action says it is in", async () => {
    const run = await failingAt({ file: "metrics.yml", line: 1 }, ["metrics.yml"]);
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([
      "::error file=metrics.yml,line=1::metrics.yml:1: is not valid YAML: a flow sequence is not closed",
    ]);
  });

  it("leaves a failing verdict unplaced when its file is not in the workspace", async () => {
    const run = await failingAt({ file: "gone.yml", line: 1 });
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([
      "::error::metrics.yml:1: is not valid YAML: a flow sequence is not closed",
    ]);
  });
});

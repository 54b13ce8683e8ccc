import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evalGate, runInRunner } from "@mlops/shared";
import { runner } from "../runner/runner-step.js";

const EXAMPLE = join(import.meta.dirname, "../../examples/eval-gate/predictions");

/**
 * eval-gate as a runner step on the example's two predictions files, copied into the workspace
 * (the challenger's `size_band` column renamed to `sizeband` when `renamed`), under `policy`.
 */
async function gate(policy: string, { renamed = false } = {}) {
  const r = runner({
    challenger: "challenger.csv",
    champion: "champion.csv",
    policy: "gate.yml",
    "fail-step": "false",
  });
  copyFileSync(join(EXAMPLE, "champion.csv"), join(r.dir, "champion.csv"));
  const challenger = readFileSync(join(EXAMPLE, "challenger.csv"), "utf8");
  writeFileSync(
    join(r.dir, "challenger.csv"),
    renamed
      ? challenger.replace(
          /^id,label,score,prediction,size_band,/,
          "id,label,score,prediction,sizeband,",
        )
      : challenger,
  );
  writeFileSync(join(r.dir, "gate.yml"), policy);
  const code = await runInRunner(evalGate, r.io);
  return { code, errors: r.lines.filter((line) => line.startsWith("::error")) };
}

const COLUMNS = "'id', 'label', 'score', 'prediction', 'size_band', 'latency_ms'";

describe("a column the policy names that a predictions file lacks", () => {
  it("is refused at the policy's slices.by entry, naming the file that lacks it and its columns", async () => {
    const run = await gate(
      "slices: { by: [country] }\nmetrics:\n  accuracy: {direction: higher, max-regression: 0.05}\n",
    );
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([
      `::error file=gate.yml,line=1::gate.yml:1: field '/slices/by/0' names column 'country', which champion.csv does not have. Name a column the file has, or add the column to it; its columns are ${COLUMNS}`,
    ]);
  });

  it("suggests the column a slice name likely misspells", async () => {
    const run = await gate(
      "metrics:\n  accuracy: {direction: higher, max-regression: 0.05}\nslices:\n  by:\n    - size-band\n",
    );
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(
      /^::error file=gate\.yml,line=5::gate\.yml:5: field '\/slices\/by\/0' names column 'size-band', which champion\.csv does not have\. Did you mean 'size_band'\? /,
    );
  });

  it("is refused at a fairness metric's sensitive field, not called a slice", async () => {
    const run = await gate(
      "metrics:\n  accuracy: {direction: higher, max-regression: 0.05}\n  demographic_parity_difference:\n    direction: lower\n    max: 0.5\n    sensitive: sex\n",
    );
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(
      /^::error file=gate\.yml,line=6::gate\.yml:6: field '\/metrics\/demographic_parity_difference\/sensitive' names column 'sex', which champion\.csv does not have\./,
    );
  });

  it("names the challenger's file when only the challenger lacks the column", async () => {
    const run = await gate(
      "slices: { by: [size_band] }\nmetrics:\n  accuracy: {direction: higher, max-regression: 0.05}\n",
      { renamed: true },
    );
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain(
      "field '/slices/by/0' names column 'size_band', which challenger.csv does not have. Did you mean 'sizeband'?",
    );
  });
});

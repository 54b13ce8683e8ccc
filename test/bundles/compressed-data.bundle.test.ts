import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { node24 } from "../../scripts/node24.js";
import { driftCheckFiles, evalGateExample, readFiles, repoRoot } from "../helpers/examples.js";
import { runBundle } from "../helpers/run-bundle.js";
import { tempDir } from "../helpers/temp-dir.js";
import { example } from "../validate-data/validate.js";

/** Writes beside each named file of the workspace its gzipped copy, named with `.gz` added. */
const gzipped =
  (...names: string[]) =>
  (workspace: string) => {
    for (const name of names) {
      writeFileSync(join(workspace, `${name}.gz`), gzipSync(readFileSync(join(workspace, name))));
    }
  };

/** The step's outputs but its data digest: a gzipped file's bytes are not the plain file's. */
const outputsBut = ({ digest: _, ...outputs }: Record<string, string>) => outputs;

// The data path loads zlib only when a file is compressed, at run time: the bundles must carry
// what that load needs, which the tests of the core from source cannot see.
describe("the bundles read gzipped data as they read the same data plain", () => {
  it("validate-data", async () => {
    const files = readFiles({
      "data/churn.csv": example("churn.csv"),
      "contract.yml": example("data-contract.yml"),
    });
    const plain = await runBundle(
      "validate-data",
      { data: "data/churn.csv", schema: "contract.yml" },
      { files },
    );
    const compressed = await runBundle(
      "validate-data",
      { data: "data/churn.csv.gz", schema: "contract.yml" },
      { files, before: gzipped("data/churn.csv") },
    );
    expect(compressed.stderr).toBe("");
    expect(compressed.code).toBe(1);
    expect(outputsBut(compressed.outputs)).toEqual(outputsBut(plain.outputs));
    expect(compressed.outputs["row-count"]).toBe("200");
  });

  it("drift-check", async () => {
    const inputs = { reference: "data/reference.csv", "prediction-column": "churn_score" };
    const files = driftCheckFiles();
    const plain = await runBundle(
      "drift-check",
      { ...inputs, current: "data/current.csv" },
      { files },
    );
    const compressed = await runBundle(
      "drift-check",
      { ...inputs, current: "data/current.csv.gz" },
      { files, before: gzipped("data/current.csv") },
    );
    expect(compressed.stderr).toBe("");
    expect(compressed.outputs).toEqual(plain.outputs);
    expect(compressed.outputs.drifted).toBe("true");
  });

  it("eval-gate, on predictions", async () => {
    const files = readFiles({
      "challenger.csv": evalGateExample("predictions/challenger.csv"),
      "champion.csv": evalGateExample("predictions/champion.csv"),
      "policy.yml": evalGateExample("predictions/policy.yml"),
    });
    const inputs = { policy: "policy.yml", "fail-step": "false" };
    const plain = await runBundle(
      "eval-gate",
      { ...inputs, challenger: "challenger.csv", champion: "champion.csv" },
      { files },
    );
    const compressed = await runBundle(
      "eval-gate",
      { ...inputs, challenger: "challenger.csv.gz", champion: "champion.csv.gz" },
      { files, before: gzipped("challenger.csv", "champion.csv") },
    );
    expect(compressed.stderr).toBe("");
    expect(compressed.outputs).toEqual(plain.outputs);
    expect(compressed.outputs.verdict).toMatch(/^(pass|fail|inconclusive)$/);
  });

  it("the command-line program", () => {
    const { dir } = tempDir();
    const data = join(dir, "churn.csv.gz");
    writeFileSync(data, gzipSync(readFileSync(example("churn-clean.csv"))));
    const run = spawnSync(
      node24,
      [
        join(repoRoot, "bin/mlops.js"),
        "validate-data",
        "--data",
        data,
        "--schema",
        example("data-contract.yml"),
        "--json",
      ],
      { cwd: dir, encoding: "utf8" },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ valid: "true", "row-count": "200" });
  });
});

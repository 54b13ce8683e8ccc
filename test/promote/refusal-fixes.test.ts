/**
 * What promote's refusals tell the user to do, on a real git registry with an ordered policy:
 * a fix it suggests must be one the policy then takes.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evalReport } from "../registry/git-fixture.js";
import { flags } from "../helpers/flags.js";
import { sha, workspace } from "./promote-workspace.js";

const ORDERED = "stages:\n  - name: staging\n  - name: prod\n    evidence: true\n";

/** The workspace with a second and a third model file, and a passing eval report of each. */
function threeModels() {
  const ws = workspace(ORDERED);
  for (const n of [2, 3]) {
    writeFileSync(join(ws.dir, `model${n}.onnx`), `weights ${n}`);
    const report = evalReport("pass", sha(`weights ${n}`));
    writeFileSync(join(ws.dir, `eval-report-${n}.json`), JSON.stringify(report));
  }
  /** Runs promote, and says its error line when it fails. */
  const promote = async (inputs: Record<string, string>) => {
    const run = await ws.mlops(...flags({ model: "churn", ...inputs }));
    return run.code === 0 ? "ok" : run.stderr.trim();
  };
  return { ...ws, promote };
}

describe("promote's refusals", () => {
  it("suggests, when a rollback has nowhere to go, a version that held the stage before, which the policy then takes", async () => {
    const { promote } = threeModels();
    const versions = [
      ["v1.0.0", "model.onnx", "eval-report.json"],
      ["v1.1.0", "model2.onnx", "eval-report-2.json"],
    ];
    for (const [version, assets, evidence] of versions) {
      expect(await promote({ version: version!, stage: "staging", assets: assets! })).toBe("ok");
      const prod = { operation: "assign", version: version!, stage: "prod", evidence: evidence! };
      expect(await promote(prod)).toBe("ok");
    }
    // The latest version never held staging: prod refuses it, so it is no fix to suggest.
    expect(await promote({ version: "v1.2.0", assets: "model3.onnx" })).toBe("ok");
    expect(await promote({ operation: "rollback", stage: "prod" })).toBe("ok");
    expect(await promote({ operation: "rollback", stage: "prod" })).toBe(
      "mlops promote: stage 'prod' of churn has no version before v1.0.0 to roll back to (versions it was rolled back from, unassigned or deregistered are skipped). Assign a version by name instead (operation assign with version, such as v1.1.0, with its evidence), or unassign the stage",
    );
    const suggested = { version: "v1.1.0", stage: "prod", evidence: "eval-report-2.json" };
    expect(await promote({ operation: "assign", ...suggested })).toBe("ok");
  });

  it("names no version when no other one held the stage before, and says to assign one there first", async () => {
    const { promote } = threeModels();
    expect(await promote({ version: "v1.0.0", stage: "staging", assets: "model.onnx" })).toBe("ok");
    const prod = { version: "v1.0.0", stage: "prod", evidence: "eval-report.json" };
    expect(await promote({ operation: "assign", ...prod })).toBe("ok");
    expect(await promote({ version: "v1.1.0", assets: "model2.onnx" })).toBe("ok");
    expect(await promote({ operation: "rollback", stage: "prod" })).toBe(
      "mlops promote: stage 'prod' of churn has no version before v1.0.0 to roll back to (versions it was rolled back from, unassigned or deregistered are skipped). No other version of churn has held 'staging', which comes before 'prod': assign one to 'staging' first, then to 'prod', or unassign the stage",
    );
  });

  it("says a stage that needs evidence takes a promoted canary's report as well as a passing eval report", async () => {
    const { promote } = threeModels();
    expect(await promote({ version: "v1.0.0", stage: "staging", assets: "model.onnx" })).toBe("ok");
    expect(await promote({ operation: "assign", version: "v1.0.0", stage: "prod" })).toBe(
      "mlops promote: stage 'prod' needs evidence: a passing eval report or a promoted canary report about churn v1.0.0's model file. Give as evidence the report eval-gate wrote of the model file, or canary-deploy's of a rollout that promoted it",
    );
  });
});
